/**
 * An amount in hundredths of its currency unit, as a whole number. Sums of
 * cents are exact, where sums of decimal euros drift.
 */
export type Cents = number & { readonly __brand: 'Cents' };

/**
 * Rounds an amount in currency units to cents, half away from zero.
 *
 * @example
 * centsFromUnits(12.345) // 1235
 * centsFromUnits(-0.5)   // -50
 */
export function centsFromUnits(units: number): Cents {
  const scaled = units * 100;
  // Work on the shortest decimal text so 1.005 rounds up as a person expects.
  const rounded = Math.round(Math.abs(Number(scaled.toPrecision(15))));
  return (scaled < 0 ? -rounded : rounded) as Cents;
}

/**
 * An amount in cents as a number of currency units, for JSON and cells;
 * never a negative zero (which JSON and Excel would show as -0).
 *
 * @example
 * centsToUnits(1235 as Cents) // 12.35
 * centsToUnits(-0 as Cents)   // 0
 */
export function centsToUnits(cents: Cents): number {
  return cents === 0 ? 0 : cents / 100;
}

/**
 * Adds amounts in the same currency, exactly.
 *
 * @example
 * addCents(10 as Cents, 20 as Cents) // 30, where 0.1 + 0.2 is 0.30000000000000004
 */
export function addCents(a: Cents, b: Cents): Cents {
  return (a + b) as Cents;
}

export const ZERO_CENTS = 0 as Cents;
