import { civilDayFromParts } from '../dates/civilDay';
import type { CellValue } from '../grid/cellGrid';
import { textDateParts } from '../parse/dateParts';
import type { DateOrder } from './fields';
import type { Language } from './types';

/**
 * Why a row has no customer, in the output language.
 *
 * @example
 * customerReason('en', { code: 'Compte', name: 'Nom' })
 * // 'no customer: "Compte" and "Nom" are both blank; expected a customer code (such as 411001) or a name'
 */
export function customerReason(
  language: Language,
  headers: { code?: string | undefined; name?: string | undefined },
): string {
  const cells = [headers.code, headers.name].filter((header) => header !== undefined);
  const quoted = cells.map((header) => `"${header}"`);
  if (language === 'fr') {
    const where =
      quoted.length === 2 ? `${quoted.join(' et ')} sont vides` : `${quoted[0]} est vide`;
    return `client manquant : ${where} ; attendu un code client (comme 411001) ou un nom`;
  }
  const where =
    quoted.length === 2 ? `${quoted.join(' and ')} are both blank` : `${quoted[0]} is blank`;
  return `no customer: ${where}; expected a customer code (such as 411001) or a name`;
}

/**
 * Why an amount cell was not read.
 *
 * @example
 * amountReason('en', 'Solde', 'abc') // `the amount ("Solde") 'abc' is not a number; expected ...`
 */
export function amountReason(language: Language, header: string, raw: string): string {
  if (language === 'fr') {
    const what = raw.trim() === '' ? 'est vide' : `'${raw}' n'est pas un nombre`;
    return `le montant ("${header}") ${what} ; attendu un montant comme 1 234,56 ou -12,50`;
  }
  const what = raw.trim() === '' ? 'is blank' : `'${raw}' is not a number`;
  return `the amount ("${header}") ${what}; expected an amount such as 1,234.56 or -12.50`;
}

/**
 * Why a currency cell was not read.
 *
 * @example
 * currencyReason('fr', 'Devise', 'EURO1') // `la devise ("Devise") 'EURO1' n'est pas ...`
 */
export function currencyReason(language: Language, header: string, raw: string): string {
  if (language === 'fr') {
    return `la devise ("${header}") '${raw}' n'est pas une devise ; attendu un code à 3 lettres comme EUR ou USD`;
  }
  return `the currency ("${header}") '${raw}' is not a currency; expected a 3-letter code such as EUR or USD`;
}

/** What a date was needed for, in words. */
export type DateRole = 'dueDate' | 'invoiceDate';

const DATE_NAMES: Record<DateRole, Record<Language, string>> = {
  dueDate: { en: 'the due date', fr: "la date d'échéance" },
  invoiceDate: { en: 'the invoice date', fr: 'la date de facture' },
};

/**
 * Why a date cell was not read: blank, a day that does not exist, a number
 * out of the range of dates, or text that is no date; with an example in the
 * expected order. `header` is undefined when the ledger has no such column.
 *
 * @example
 * dateReason('en', 'dueDate', 'Échéance', '31/02/2026', { dateOrder: 'dmy', canDerive: false })
 * // `the due date ("Échéance") '31/02/2026' is not a real day; expected a date such as 28/02/2026`
 */
export function dateReason(
  language: Language,
  role: DateRole,
  header: string | undefined,
  value: CellValue | undefined,
  context: { dateOrder: DateOrder; canDerive: boolean; raw: string },
): string {
  const fr = language === 'fr';
  const subject = DATE_NAMES[role][language];
  const example = exampleDate(value, context.dateOrder);
  const expected = fr ? `attendue une date comme ${example}` : `expected a date such as ${example}`;
  if (header === undefined) {
    return fr
      ? `${subject} manque : le grand livre n'a pas cette colonne ; indiquez la colonne ou un délai de paiement par défaut`
      : `${subject} is missing: the ledger has no such column; map the column or give default payment terms`;
  }
  const named = `${subject} ("${header}")`;
  const raw = context.raw;
  if (raw.trim() === '') {
    const hint =
      role === 'dueDate' && !context.canDerive
        ? fr
          ? ' (ou un délai de paiement par défaut pour la déduire de la date de facture)'
          : ' (or default payment terms to derive it from the invoice date)'
        : '';
    return fr ? `${named} est vide ; ${expected}${hint}` : `${named} is blank; ${expected}${hint}`;
  }
  if (typeof value === 'number') {
    return fr
      ? `${named} ${raw} est un nombre, pas une date entre 1950 et 2199 ; ${expected}`
      : `${named} ${raw} is a number, not a date between 1950 and 2199; ${expected}`;
  }
  if (typeof value === 'string' && textDateParts(value, context.dateOrder)) {
    return fr
      ? `${named} '${raw}' n'est pas un jour qui existe ; ${expected}`
      : `${named} '${raw}' is not a real day; ${expected}`;
  }
  return fr
    ? `${named} '${raw}' n'est pas une date ; ${expected} ou 2026-02-28`
    : `${named} '${raw}' is not a date; ${expected} or 2026-02-28`;
}

/** The nearest real day to a mistyped one (31/02/2026 -> 28/02/2026), or 28 February 2026. */
function exampleDate(value: CellValue | undefined, order: DateOrder): string {
  let year = 2026;
  let month = 2;
  let day = 28;
  const parts = typeof value === 'string' ? textDateParts(value, order) : undefined;
  if (parts && parts.month >= 1 && parts.month <= 12 && parts.year >= 1000 && parts.year <= 9999) {
    year = parts.year;
    month = parts.month;
    day = Math.max(1, Math.min(parts.day, 31));
    while (day > 28 && civilDayFromParts(year, month, day) === undefined) day -= 1;
  }
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  return order === 'mdy' ? `${mm}/${dd}/${year}` : `${dd}/${mm}/${year}`;
}
