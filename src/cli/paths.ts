import { realpathSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';

import { ReceivablesError } from '../engine/errors/receivablesError';

/** Excel refuses these characters in a sheet name. */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
const SHEET_NAME_MAX = 31;

/**
 * Where the analysed workbook goes: `--out` when given, else
 * `<name>.analysed.xlsx` next to the input (`.xlsm` when the input keeps
 * macros). Refuses a path that is the input itself, and an `--out` whose
 * extension Excel would not open the workbook under (it goes by the
 * extension: a workbook with macros must end in .xlsm, one without in .xlsx).
 *
 * @example
 * outputPathFor('/data/ledger.csv', false)               // '/data/ledger.analysed.xlsx'
 * outputPathFor('/data/macros.xlsm', true, 'out.xlsx')   // throws: must end in .xlsm
 */
export function outputPathFor(input: string, macroEnabled: boolean, out?: string): string {
  const extension = macroEnabled ? '.xlsm' : '.xlsx';
  const stem = basename(input, extname(input));
  const target = out ?? join(dirname(input), `${stem}.analysed${extension}`);
  const found = extname(target).toLowerCase();
  if (found !== extension) {
    const why = macroEnabled
      ? 'the workbook keeps its macros, and Excel opens a workbook with macros only as .xlsm'
      : 'the workbook has no macros, and Excel opens it only as .xlsx';
    throw new ReceivablesError(
      'INVALID_OPTION',
      `--out '${target}' ends in '${found || '(no extension)'}': ${why}; end the name in ${extension}`,
    );
  }
  refuseInput(input, target, '--out');
  return target;
}

/** True when both paths name one file, also through a symbolic link. */
function samePath(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    // One of them does not exist yet, so they cannot be the same file.
    return false;
  }
}

/** Throws when `target` names the input file, which must never be overwritten. */
export function refuseInput(input: string, target: string, option: string): void {
  if (samePath(target, input)) {
    throw new ReceivablesError(
      'INVALID_OPTION',
      `${option} '${target}' is the input file; the input is never overwritten, choose another path`,
    );
  }
}

/** Throws when `--json` names the file the analysed workbook is written to. */
export function refuseWorkbookPath(workbook: string, json: string): void {
  if (samePath(json, workbook)) {
    throw new ReceivablesError(
      'INVALID_OPTION',
      `--json '${json}' is where the analysed workbook is written; choose another path for the summary`,
    );
  }
}

/**
 * The sheet name a CSV file's rows get: the file name without its extension,
 * with the characters Excel refuses replaced by `_`, cut to 31 characters.
 *
 * @example
 * sheetNameForCsv('/data/ledger [nov].csv') // 'ledger _nov_'
 */
export function sheetNameForCsv(path: string): string {
  const stem = basename(path, extname(path)).replace(SHEET_NAME_FORBIDDEN, '_');
  const trimmed = stem
    .replace(/^'+|'+$/g, '')
    .slice(0, SHEET_NAME_MAX)
    .trim();
  return trimmed === '' ? 'Ledger' : trimmed;
}
