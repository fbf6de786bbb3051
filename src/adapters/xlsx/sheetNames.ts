import { ReceivablesError } from '../../engine/errors/receivablesError';

export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN_CHARACTERS = /[:\\/?*[\]]/;

/**
 * Checks a sheet name against Excel's rules: 1 to 31 characters, not blank,
 * none of `: \ / ? * [ ]`, no apostrophe at either end, not `History`
 * (Excel keeps it), and not the name of another sheet, compared without
 * regard to case. `others` are the names of every other sheet. Throws a
 * ReceivablesError that says which rule the name breaks.
 *
 * @example
 * assertValidSheetName('Aged balance', ['Ledger']) // passes
 * assertValidSheetName('Q1/Q2', [])                 // throws INVALID_OPTION
 */
export function assertValidSheetName(name: string, others: readonly string[]): void {
  const quoted = `"${name}"`;
  if (name.trim() === '') {
    throw new ReceivablesError('INVALID_OPTION', 'A sheet name cannot be blank.');
  }
  if (name.length > MAX_SHEET_NAME_LENGTH) {
    throw new ReceivablesError(
      'INVALID_OPTION',
      `The sheet name ${quoted} has ${name.length} characters; Excel allows at most ${MAX_SHEET_NAME_LENGTH}.`,
    );
  }
  const forbidden = FORBIDDEN_CHARACTERS.exec(name);
  if (forbidden) {
    throw new ReceivablesError(
      'INVALID_OPTION',
      `The sheet name ${quoted} contains "${forbidden[0]}"; Excel does not allow : \\ / ? * [ ] in sheet names.`,
    );
  }
  if (name.startsWith("'") || name.endsWith("'")) {
    throw new ReceivablesError(
      'INVALID_OPTION',
      `The sheet name ${quoted} starts or ends with an apostrophe, which Excel does not allow.`,
    );
  }
  if (name.toUpperCase() === 'HISTORY') {
    throw new ReceivablesError('INVALID_OPTION', 'Excel reserves the sheet name "History".');
  }
  const clash = others.find((other) => other.toUpperCase() === name.toUpperCase());
  if (clash !== undefined) {
    throw new ReceivablesError(
      'SHEET_NAME_TAKEN',
      `The workbook already has a sheet named "${clash}"; sheet names must differ (Excel ignores case).`,
    );
  }
}
