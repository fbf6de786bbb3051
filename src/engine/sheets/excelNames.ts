/** The most rows an Excel sheet holds. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** The longest sheet name Excel accepts. */
export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN_SHEET_CHARACTERS = /[:\\/?*[\]]/;

/**
 * Why Excel would refuse a sheet name, or `undefined` when it accepts it.
 * Excel refuses empty names, names over 31 characters, the characters
 * : \ / ? * [ ], a leading or trailing apostrophe, and the reserved name History.
 *
 * @example
 * sheetNameProblem('Balance âgée') // undefined
 * sheetNameProblem('Q1/Q2')        // 'it contains "/"; Excel refuses : \ / ? * [ ] in sheet names'
 */
export function sheetNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'it is empty';
  if (name.length > MAX_SHEET_NAME_LENGTH) {
    return `it has ${name.length} characters; Excel allows at most ${MAX_SHEET_NAME_LENGTH}`;
  }
  const forbidden = FORBIDDEN_SHEET_CHARACTERS.exec(name);
  if (forbidden) {
    return `it contains "${forbidden[0]}"; Excel refuses : \\ / ? * [ ] in sheet names`;
  }
  if (name.startsWith("'") || name.endsWith("'")) {
    return 'it starts or ends with an apostrophe, which Excel refuses';
  }
  if (name.toLowerCase() === 'history') return 'Excel reserves the name History';
  return undefined;
}

/**
 * A sheet name with a number in brackets, shortened so it stays within
 * Excel's 31 characters.
 *
 * @example
 * numberedSheetName('Aged balance', 2) // 'Aged balance (2)'
 */
export function numberedSheetName(base: string, number: number): string {
  const suffix = ` (${number})`;
  return base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
}

/**
 * True when Excel accepts a table name the way this project writes them:
 * a letter first, then letters, digits or _, at most 255 characters, and not
 * something Excel could read as a cell reference (A1, R1C1) or R and C alone.
 *
 * @example
 * isValidTableName('RD_AgedBalance_EUR') // true
 * isValidTableName('AB12')               // false: a cell reference
 */
export function isValidTableName(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_]{0,254}$/.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  if (/^[Rr](\d*[Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name)) return false;
  return true;
}

/**
 * A valid table name made of a prefix and free text (a currency code...),
 * keeping only letters, digits and _.
 *
 * @example
 * tableNameFor('RD_AgedBalance', 'EUR') // 'RD_AgedBalance_EUR'
 */
export function tableNameFor(prefix: string, part: string): string {
  const cleaned = part.replace(/[^A-Za-z0-9_]/g, '_');
  return cleaned === '' ? prefix : `${prefix}_${cleaned}`;
}
