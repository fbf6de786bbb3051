/**
 * What breaks French typography in a message rendered with plain sample
 * values (no quotes or punctuation of their own), for tests.
 *
 * @example
 * frenchTypographyFaults("n'est pas ; attendu") // ['a straight apostrophe or quote', ...]
 */
export function frenchTypographyFaults(message: string): string[] {
  const faults: string[] = [];
  if (/['"]/.test(message)) faults.push('a straight apostrophe or quote');
  if (/[^\u00a0\u202f][;:?!]/.test(message)) faults.push('; : ? or ! without a no-break space');
  if (/«[^\u00a0]/.test(message) || /[^\u00a0]»/.test(message)) {
    faults.push('guillemets without no-break spaces inside');
  }
  return faults;
}
