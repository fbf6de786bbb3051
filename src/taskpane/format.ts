import { civilDayToParts, type CivilDay } from '../engine/dates/civilDay';
import type { Language } from '../engine/ledger/types';
import { localeOf } from './i18n/language';

/**
 * An amount in currency units, written the way the pane's language writes
 * money; without the currency sign when `symbol` is false (a table whose
 * caption names the currency), still with the currency's decimals.
 */
export function formatAmount(
  units: number,
  currency: string,
  language: Language,
  options: { symbol?: boolean } = {},
): string {
  const withSymbol = options.symbol !== false;
  try {
    const format = new Intl.NumberFormat(localeOf(language), { style: 'currency', currency });
    if (withSymbol) return format.format(units);
    return format
      .formatToParts(units)
      .filter((part) => part.type !== 'currency')
      .map((part) => part.value)
      .join('')
      .trim();
  } catch {
    // A currency code Intl does not know (a typo in the ledger) is shown as written.
    const plain = new Intl.NumberFormat(localeOf(language), {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(units);
    return withSymbol ? `${plain} ${currency}` : plain;
  }
}

/** A whole number with the language's digit grouping. */
export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}

/** A day written out in full ("jeudi 3 décembre 2026"), the same in every time zone. */
export function formatDayInFull(day: CivilDay, language: Language): string {
  const { year, month, day: dayOfMonth } = civilDayToParts(day);
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'full', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, dayOfMonth),
  );
}
