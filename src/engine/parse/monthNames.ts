import { enUS } from 'date-fns/locale/en-US';
import { fr } from 'date-fns/locale/fr';

/**
 * Lower case, accents and trailing dots off.
 *
 * @example
 * foldWord('Févr.') // 'fevr'
 */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\.+$/, '');
}

function buildMonths(): Map<string, number> {
  const months = new Map<string, number>();
  const prefixes = new Map<string, Set<number>>();
  for (const locale of [fr, enUS]) {
    for (let index = 0; index < 12; index += 1) {
      for (const width of ['wide', 'abbreviated'] as const) {
        const name = foldWord(locale.localize.month(index as 0, { width }));
        months.set(name, index + 1);
        const prefix = name.slice(0, 3);
        prefixes.set(prefix, (prefixes.get(prefix) ?? new Set()).add(index + 1));
      }
    }
  }
  // Three-letter forms ("fev", "dec", "jul") where they name one month only ("jui" does not).
  for (const [prefix, found] of prefixes) {
    if (found.size === 1 && !months.has(prefix)) months.set(prefix, [...found][0] as number);
  }
  months.set('sept', 9);
  return months;
}

function buildWeekdays(): Set<string> {
  const days = new Set<string>();
  for (const locale of [fr, enUS]) {
    for (let index = 0; index < 7; index += 1) {
      for (const width of ['wide', 'abbreviated', 'short'] as const) {
        days.add(foldWord(locale.localize.day(index as 0, { width })));
      }
    }
  }
  return days;
}

/** Month names and abbreviations in French and English, folded, to month numbers 1-12. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = buildMonths();

/** Day names in French and English, folded, which a date text may start with. */
export const WEEKDAY_NAMES: ReadonlySet<string> = buildWeekdays();
