import type { CellValue } from '../grid/cellGrid';
import { centsFromUnits, type Cents } from '../money/cents';
import { stripCurrencyMarks } from './currencyMarks';

/** Beyond this many currency units a double no longer holds exact cents. */
export const MAX_UNITS = 90_000_000_000_000;

const EXPONENT_FORM = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$/;

/**
 * Reads an amount cell as cents, or `undefined` when it holds no amount.
 *
 * Numbers are taken as they are. Text may be French or English: thousands
 * grouped by spaces (also no-break U+00A0 and narrow no-break U+202F), dots,
 * commas or apostrophes; a decimal comma or dot; a currency sign or code
 * before or after (€, EUR, $, £, CHF...); negatives written `-12,50`,
 * `−12,50` (U+2212), `(12,50)`, `12,50-` (as SAP writes them) or `12,50 CR`.
 *
 * A single dot or comma followed by exactly three digits ("1.234", "1,234")
 * is read as a thousands separator; otherwise a single separator is the
 * decimal one ("12,5", "1234.56").
 *
 * @example
 * parseAmount('1 234,56 €')  // 123456
 * parseAmount('1,234.56')    // 123456
 * parseAmount('(12,50)')     // -1250
 * parseAmount('12,50-')      // -1250
 * parseAmount('abc')         // undefined
 */
export function parseAmount(value: CellValue | undefined): Cents | undefined {
  if (typeof value === 'number') return centsOfUnits(value);
  if (typeof value !== 'string') return undefined;
  return parseAmountText(value);
}

function centsOfUnits(units: number): Cents | undefined {
  if (!Number.isFinite(units) || Math.abs(units) > MAX_UNITS) return undefined;
  // Most amounts are whole cents already; only the others need careful rounding.
  const scaled = units * 100;
  const whole = Math.round(scaled);
  if (Math.abs(scaled - whole) < 1e-7) return (whole === 0 ? 0 : whole) as Cents;
  return centsFromUnits(units);
}

/**
 * Reads amount text; see {@link parseAmount}.
 *
 * @example
 * parseAmountText('1.234,56') // 123456
 */
export function parseAmountText(text: string): Cents | undefined {
  let body = text.trim();
  if (body === '') return undefined;
  const simple = scanSimpleAmount(body);
  if (simple !== null) return simple;

  // Plain machine numbers ("1234.5", "-12") are the common case: take them directly.
  const direct = Number(body);
  if (Number.isFinite(direct) && isPlainNumber(body)) return centsOfUnits(direct);

  body = stripCurrencyMarks(body);
  let negative = false;
  if (body.charCodeAt(0) === 40 && body.charCodeAt(body.length - 1) === 41) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  const upper = body.toUpperCase();
  if (upper.endsWith('CR')) {
    negative = !negative;
    body = body.slice(0, -2).trim();
  } else if (upper.endsWith('DR') || upper.endsWith('DB')) {
    body = body.slice(0, -2).trim();
  }

  body = stripCurrencyMarks(body);
  const sign = signOf(body);
  if (sign.negative === undefined) return undefined;
  if (sign.negative) negative = !negative;
  body = stripCurrencyMarks(sign.rest);
  if (body.length > 40) return undefined;

  const units = readDigits(body);
  if (units === undefined) return undefined;
  return centsOfUnits(negative ? -units : units);
}

function isGroupSpaceOnly(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f;
}

/**
 * Reads the common shapes ("1234.56", "-12,50", "1 234,56") in one pass with
 * no allocation; null for anything else (currency marks, dot groups, three
 * decimals...), which the full reading handles.
 */
function scanSimpleAmount(text: string): Cents | null {
  const length = text.length;
  let at = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 45 || first === 0x2212) {
    negative = true;
    at = 1;
  }
  let whole = 0;
  let digits = 0;
  let groupDigits = 0;
  let grouped = false;
  for (; at < length; at += 1) {
    const code = text.charCodeAt(at);
    if (code >= 48 && code <= 57) {
      whole = whole * 10 + (code - 48);
      digits += 1;
      groupDigits += 1;
      if (digits > 13) return null;
    } else if (isGroupSpaceOnly(code)) {
      if (groupDigits === 0 || (grouped ? groupDigits !== 3 : groupDigits > 3)) return null;
      grouped = true;
      groupDigits = 0;
    } else if (code === 44 || code === 46) break;
    else return null;
  }
  if (digits === 0 || (grouped && groupDigits !== 3)) return null;
  let fraction = 0;
  if (at < length) {
    const decimals = length - at - 1;
    if (decimals < 1 || decimals > 2) return null;
    for (let k = at + 1; k < length; k += 1) {
      const code = text.charCodeAt(k);
      if (code < 48 || code > 57) return null;
      fraction = fraction * 10 + (code - 48);
    }
    if (decimals === 1) fraction *= 10;
  }
  const cents = whole * 100 + fraction;
  return (negative && cents !== 0 ? -cents : cents) as Cents;
}

function isPlainNumber(text: string): boolean {
  // Number() also reads '0x1F', 'Infinity', '1e5' and '' - only digits, a dot and a sign here.
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const digit = code >= 48 && code <= 57;
    if (!digit && code !== 46 && !(i === 0 && (code === 45 || code === 43))) return false;
  }
  const dot = text.indexOf('.');
  // "1.234" is a thousands group in French exports; leave it to the full reading.
  return dot === -1 || text.length - dot - 1 !== 3;
}

const MINUS_SIGNS = new Set(['-', '\u2212', '\u2013', '\u2012']);

/** Takes one leading or trailing sign off; `negative` undefined when there are two. */
function signOf(text: string): { negative: boolean | undefined; rest: string } {
  if (text === '') return { negative: false, rest: text };
  const first = text[0] as string;
  const last = text[text.length - 1] as string;
  const leading = MINUS_SIGNS.has(first) || first === '+';
  const trailing = MINUS_SIGNS.has(last) || last === '+';
  if (leading && trailing && text.length > 1) return { negative: undefined, rest: text };
  if (leading) return { negative: first !== '+', rest: text.slice(1).trim() };
  if (trailing) return { negative: last !== '+', rest: text.slice(0, -1).trim() };
  return { negative: false, rest: text };
}

function isGroupSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2009 ||
    code === 39 ||
    code === 0x2019
  );
}

/** Digits with group and decimal separators, unsigned, as currency units. */
function readDigits(text: string): number | undefined {
  if (text === '') return undefined;
  if (EXPONENT_FORM.test(text)) return Number(text);

  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  let digits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits += 1;
    else if (code === 46) {
      dots += 1;
      lastDot = i;
    } else if (code === 44) {
      commas += 1;
      lastComma = i;
    } else if (!isGroupSpace(code)) return undefined;
  }
  if (digits === 0) return undefined;

  const decimalAt = decimalPosition(text, dots, commas, lastDot, lastComma);
  if (decimalAt === null) return undefined;
  const whole = decimalAt === -1 ? text : text.slice(0, decimalAt);
  const fraction = decimalAt === -1 ? '' : text.slice(decimalAt + 1);
  if (!/^\d*$/.test(fraction)) return undefined;
  const wholeDigits = groupedDigits(whole);
  if (wholeDigits === undefined) return undefined;
  if (wholeDigits === '' && fraction === '') return undefined;
  return Number(`${wholeDigits === '' ? '0' : wholeDigits}.${fraction === '' ? '0' : fraction}`);
}

/** Index of the decimal separator, -1 for none, null when the text is not an amount. */
function decimalPosition(
  text: string,
  dots: number,
  commas: number,
  lastDot: number,
  lastComma: number,
): number | null {
  if (dots > 0 && commas > 0) {
    const decimal = Math.max(lastDot, lastComma);
    const decimalCount = decimal === lastDot ? dots : commas;
    return decimalCount === 1 ? decimal : null;
  }
  const count = dots + commas;
  if (count === 0) return -1;
  if (count > 1) return -1;
  const at = dots === 1 ? lastDot : lastComma;
  const after = text.length - at - 1;
  // "1.234" / "1,234": a thousands group, since amounts rarely carry three decimals.
  // Limitation: amount text with one separator and three digits after it ("1.234", "1,234") is
  // read as a thousands group (1234), never as three decimals; each cell is read on its own, not
  // by the convention of its column. A number cell or "1.2340" is read as meant.
  if (after === 3 && isThousandsLead(text.slice(0, at))) return -1;
  return at;
}

/** True when the text before a lone separator can be the start of a grouped number. */
function isThousandsLead(lead: string): boolean {
  const groups = lead.split(/[\s'\u2019]/);
  const last = groups[groups.length - 1] as string;
  if (last.length < 1 || last.length > 3) return false;
  const digits = groupedDigits(lead);
  return digits !== undefined && digits !== '' && Number(digits) !== 0;
}

/** The digits of a whole part, checking that groups after the first have three digits. */
function groupedDigits(whole: string): string | undefined {
  const groups = whole.split(/[\s.,'\u2019\u202f]/);
  if (groups.length === 1) return groups[0];
  const first = groups[0] as string;
  if (first.length === 0 || first.length > 3) return undefined;
  for (let i = 1; i < groups.length; i += 1) {
    if ((groups[i] as string).length !== 3) return undefined;
  }
  return groups.join('');
}
