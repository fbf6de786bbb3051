import { FakeExcelError } from './fakeError';

export type Scalar = string | number | boolean;

/** What one entry of a `values` array does to its cell. */
export type CellInput =
  | { kind: 'keep' }
  | { kind: 'blank' }
  | { kind: 'value'; value: Scalar }
  | { kind: 'formula'; formula: string };

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})(\/(\d{2,4}))?$/;

/** Excel serial of a day in the 1900 system (valid from March 1900 on). */
function serialOf(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return Math.round(time / 86_400_000) + 25_569;
}

// Limitation: the double types text the way Excel does in an en-US locale (m/d dates, dot
// decimals); a French Excel reads '1/2' as 1 February and '1,5' as a number, which the double
// does not model. The adapter's apostrophe prefix makes the locale irrelevant for what it writes.
/**
 * How Excel types a string written through `Range.values` (en-US conventions):
 * a leading apostrophe keeps the rest as text; `=`, `+`, `-` or `@` at the
 * start makes a formula unless the whole string is a number; number-like,
 * percent, boolean and date-like text is converted. Everything else is text.
 */
export function interpretString(text: string): CellInput {
  if (text === '') return { kind: 'blank' };
  if (text.startsWith("'")) return { kind: 'value', value: text.slice(1) };
  const trimmed = text.trim();
  if (trimmed !== '' && NUMBER.test(trimmed) && /\d/.test(trimmed)) {
    return { kind: 'value', value: Number(trimmed.replace(/,/g, '')) };
  }
  if (/^[=+\-@]/.test(text) && text.length > 1) {
    return { kind: 'formula', formula: text.startsWith('=') ? text : `=${text}` };
  }
  const percent = /^([+-]?\d+(\.\d+)?)%$/.exec(trimmed);
  if (percent) return { kind: 'value', value: Number(percent[1]) / 100 };
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE' };
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const serial = serialOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== undefined) return { kind: 'value', value: serial };
  }
  const slash = SLASH_DATE.exec(trimmed);
  if (slash) {
    const year = slash[4] === undefined ? 2026 : Number(slash[4]);
    const serial = serialOf(year < 100 ? 2000 + year : year, Number(slash[1]), Number(slash[2]));
    if (serial !== undefined) return { kind: 'value', value: serial };
  }
  return { kind: 'value', value: text };
}

/** One entry of a `values` array as Excel takes it; null leaves the cell unchanged. */
/** Excel's limit on the characters of one cell. */
const CELL_LIMIT = 32_767;

export function interpretValue(entry: unknown, where: () => string): CellInput {
  if (entry === null || entry === undefined) return { kind: 'keep' };
  if (typeof entry === 'string' && entry.length > CELL_LIMIT) {
    throw new FakeExcelError(
      'InvalidArgument',
      `${where()}: ${entry.length} characters is more than a cell can hold (${CELL_LIMIT}).`,
    );
  }
  if (typeof entry === 'string') return interpretString(entry);
  if (typeof entry === 'boolean') return { kind: 'value', value: entry };
  if (typeof entry === 'number') {
    if (!Number.isFinite(entry)) {
      throw new FakeExcelError(
        'InvalidArgument',
        `${where()}: ${entry} is not a number Excel can hold.`,
      );
    }
    return { kind: 'value', value: entry };
  }
  throw new FakeExcelError(
    'InvalidArgument',
    `${where()}: a ${typeof entry} cannot be a cell value.`,
  );
}

/** One entry of a `formulas` array: a string starting with = is a formula, anything else a value. */
export function interpretFormula(entry: unknown, where: () => string): CellInput {
  if (typeof entry === 'string' && entry.startsWith('=') && entry.length > 1) {
    return { kind: 'formula', formula: entry };
  }
  return interpretValue(entry, where);
}
