import { civilDayFromParts } from '../dates/civilDay';
import type { CellValue } from '../grid/cellGrid';
import { french, guillemets, NBSP } from '../i18n/frenchTypography';
import { textDateParts } from '../parse/dateParts';
import { MAX_UNITS } from '../parse/parseAmount';
import type { DateOrder } from './fields';
import type { Language } from './types';

/**
 * A column as messages name it: its header and its letter on the sheet.
 *
 * @example
 * columnLabel('Échéance', 'E', 'en') // '"Échéance", column E'
 * columnLabel('Échéance', 'E', 'fr') // '«\u00a0Échéance\u00a0», colonne E'
 */
export function columnLabel(header: string, letters: string, language: Language): string {
  return language === 'fr'
    ? `${guillemets(header)}, colonne ${letters}`
    : `"${header}", column ${letters}`;
}

/**
 * Why a row has no customer, in the output language. `columns` are the
 * labels ({@link columnLabel}) of the customer code and name columns the
 * ledger has.
 *
 * @example
 * customerReason('en', { code: '"Compte", column A' })
 * // 'no customer: the customer code ("Compte", column A) is blank; expected ...'
 */
export function customerReason(
  language: Language,
  columns: { code?: string | undefined; name?: string | undefined },
): string {
  const fr = language === 'fr';
  const parts: string[] = [];
  if (columns.code !== undefined)
    parts.push(`${fr ? 'le code client' : 'the customer code'} (${columns.code})`);
  if (columns.name !== undefined)
    parts.push(`${fr ? 'le nom du client' : 'the customer name'} (${columns.name})`);
  if (fr) {
    const where = parts.length === 2 ? `${parts.join(' et ')} sont vides` : `${parts[0]} est vide`;
    return french`client manquant : ${where} ; attendu un code client (comme 411001) ou un nom`;
  }
  const where =
    parts.length === 2 ? `${parts.join(' and ')} are both blank` : `${parts[0]} is blank`;
  return `no customer: ${where}; expected a customer code (such as 411001) or a name`;
}

const MAX_UNITS_EN = MAX_UNITS.toLocaleString('en');
const MAX_UNITS_FR = MAX_UNITS_EN.replace(/,/g, NBSP);

/** True for the text of a number (as a number cell gives it) too large to hold exact cents. */
function isTooLarge(raw: string): boolean {
  const number = Number(raw);
  return raw.trim() !== '' && !Number.isNaN(number) && Math.abs(number) > MAX_UNITS;
}

/**
 * Why an amount cell was not read: blank, too large to count in exact cents,
 * or not a number.
 *
 * @example
 * amountReason('en', '"Solde", column F', 'abc')
 * // `the amount ("Solde", column F) 'abc' is not a number; expected ...`
 * amountReason('en', '"Solde", column F', '1e+300')
 * // `the amount ("Solde", column F) '1e+300' is too large: above 90,000,000,000,000; expected ...`
 */
export function amountReason(language: Language, column: string, raw: string): string {
  const tooLarge = isTooLarge(raw);
  if (language === 'fr') {
    const what =
      raw.trim() === ''
        ? 'est vide'
        : tooLarge
          ? french`${guillemets(raw)} est trop grand : au-delà de ${MAX_UNITS_FR}`
          : french`${guillemets(raw)} n'est pas un nombre`;
    return french`le montant (${column}) ${what} ; attendu un montant comme 1${NBSP}234,56 ou -12,50`;
  }
  const what =
    raw.trim() === ''
      ? 'is blank'
      : tooLarge
        ? `'${raw}' is too large: above ${MAX_UNITS_EN}`
        : `'${raw}' is not a number`;
  return `the amount (${column}) ${what}; expected an amount such as 1,234.56 or -12.50`;
}

/**
 * Why a currency cell was not read.
 *
 * @example
 * currencyReason('fr', '"Devise", colonne G', 'EURO1')
 * // 'la devise («\u00a0Devise\u00a0», colonne G) «\u00a0EURO1\u00a0» n’est pas une devise\u00a0; ...'
 */
export function currencyReason(language: Language, column: string, raw: string): string {
  if (language === 'fr') {
    return french`la devise (${column}) ${guillemets(raw)} n'est pas une devise ; attendu un code à 3 lettres comme EUR ou USD`;
  }
  return `the currency (${column}) '${raw}' is not a currency; expected a 3-letter code such as EUR or USD`;
}

/** What a date was needed for, in words. */
export type DateRole = 'dueDate' | 'invoiceDate';

const DATE_NAMES: Record<DateRole, Record<Language, string>> = {
  dueDate: { en: 'the due date', fr: 'la date d’échéance' },
  invoiceDate: { en: 'the invoice date', fr: 'la date de facture' },
};

/**
 * Why a date cell was not read: blank, a day that does not exist, a number
 * out of the range of dates, or text that is no date; with an example in the
 * expected order. `column` (a {@link columnLabel}) is undefined when the
 * ledger has no such column.
 *
 * @example
 * dateReason('en', 'dueDate', '"Échéance", column E', '31/02/2026',
 *   { dateOrder: 'dmy', canDerive: false, raw: '31/02/2026' })
 * // `the due date ("Échéance", column E) '31/02/2026' is not a real day; expected a date such as 28/02/2026`
 */
export function dateReason(
  language: Language,
  role: DateRole,
  column: string | undefined,
  value: CellValue | undefined,
  context: { dateOrder: DateOrder; canDerive: boolean; raw: string },
): string {
  const fr = language === 'fr';
  const subject = DATE_NAMES[role][language];
  const example = exampleDate(value, context.dateOrder);
  const expected = fr
    ? french`attendue une date comme ${example}`
    : `expected a date such as ${example}`;
  if (column === undefined) {
    return fr
      ? french`${subject} manque : le grand livre n'a pas cette colonne ; indiquez la colonne ou un délai de paiement par défaut`
      : `${subject} is missing: the ledger has no such column; map the column or give default payment terms`;
  }
  const named = `${subject} (${column})`;
  const raw = context.raw;
  if (raw.trim() === '') {
    const hint =
      role === 'dueDate' && !context.canDerive
        ? fr
          ? ' (ou un délai de paiement par défaut pour la déduire de la date de facture)'
          : ' (or default payment terms to derive it from the invoice date)'
        : '';
    return fr
      ? french`${named} est vide ; ${expected}${hint}`
      : `${named} is blank; ${expected}${hint}`;
  }
  if (typeof value === 'number') {
    return fr
      ? french`${named} ${raw} est un nombre, pas une date entre 1950 et 2199 ; ${expected}`
      : `${named} ${raw} is a number, not a date between 1950 and 2199; ${expected}`;
  }
  if (typeof value === 'string' && textDateParts(value, context.dateOrder)) {
    if (readsInOtherOrder(value, context.dateOrder)) {
      const other = context.dateOrder === 'dmy' ? 'mdy' : 'dmy';
      return fr
        ? french`${named} ${guillemets(raw)} n'est pas un jour qui existe en lisant ${ORDER_NAMES[context.dateOrder].fr} ; elle se lit en ${ORDER_NAMES[other].fr} : choisissez cet ordre des dates pour ce fichier`
        : `${named} '${raw}' is not a real day read as ${ORDER_NAMES[context.dateOrder].en}; it reads as ${ORDER_NAMES[other].en}: choose that date order for this file`;
    }
    return fr
      ? french`${named} ${guillemets(raw)} n'est pas un jour qui existe ; ${expected}`
      : `${named} '${raw}' is not a real day; ${expected}`;
  }
  return fr
    ? french`${named} ${guillemets(raw)} n'est pas une date ; ${expected} ou 2026-02-28`
    : `${named} '${raw}' is not a date; ${expected} or 2026-02-28`;
}

const ORDER_NAMES: Record<DateOrder, Record<Language, string>> = {
  dmy: { en: 'day/month/year', fr: 'jour/mois/année' },
  mdy: { en: 'month/day/year', fr: 'mois/jour/année' },
};

/** True when a date text that is no real day in one order is one in the other (11/30/2026). */
function readsInOtherOrder(text: string, order: DateOrder): boolean {
  const parts = textDateParts(text, order === 'dmy' ? 'mdy' : 'dmy');
  return parts !== undefined && civilDayFromParts(parts.year, parts.month, parts.day) !== undefined;
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
