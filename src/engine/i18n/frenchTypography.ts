/** The no-break space French puts before ; : ? ! and inside guillemets. */
export const NBSP = '\u00a0';

/**
 * A value quoted the French way: guillemets held to it by no-break spaces.
 * The value itself is inserted exactly as given.
 *
 * @example
 * guillemets('Échéance') // '«\u00a0Échéance\u00a0»'
 * guillemets("O'Brien")  // '«\u00a0O\'Brien\u00a0»'
 */
export function guillemets(value: string): string {
  return `«${NBSP}${value}${NBSP}»`;
}

/** French typography for the fixed words of a message, never for the values put in it. */
function typeset(literal: string): string {
  return literal.replace(/'/g, '’').replace(/ ([;:?!])/g, `${NBSP}$1`);
}

/**
 * Tag for a French message template: in the template's own text, a straight
 * apostrophe becomes ’ and the space before ; : ? ! becomes a no-break space,
 * so the punctuation never starts a line. The inserted values are left exactly
 * as they are (a cell holding O'Brien or "x ; y" stays so); quote them with
 * {@link guillemets}.
 *
 * @example
 * french`la devise ${guillemets("O'K")} n'est pas connue ; attendu EUR`
 * // "la devise «\u00a0O'K\u00a0» n’est pas connue\u00a0; attendu EUR"
 */
export function french(template: TemplateStringsArray, ...values: unknown[]): string {
  let text = typeset(template[0] ?? '');
  values.forEach((value, index) => {
    text += String(value) + typeset(template[index + 1] ?? '');
  });
  return text;
}
