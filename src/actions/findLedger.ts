import { ReceivablesError } from '../engine/errors/receivablesError';
import {
  closestHeaderRow,
  detectLedgerHeader,
  HEADER_SEARCH_ROWS,
} from '../engine/ledger/detectHeader';
import type { LedgerField } from '../engine/ledger/fields';
import { french, guillemets } from '../engine/i18n/frenchTypography';
import { quoteHeaders } from '../engine/ledger/ledgerMessages';
import type { CellGrid } from '../engine/grid/cellGrid';
import type { Language } from '../engine/ledger/types';
import { cellText } from '../engine/parse/cellText';
import type { SheetInfo, WorkbookPort } from '../port/workbookPort';
import { currentOwnedSheet, loadOwnedSheets, type OwnedSheets } from './savedState';

type FieldMap = Partial<Record<LedgerField, string>>;

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The sheets that are still the ones the add-in wrote (same name and id as recorded). */
function ownedNow(sheets: SheetInfo[], owned: OwnedSheets): Set<SheetInfo> {
  const found = Object.values(owned).map((recorded) => currentOwnedSheet(sheets, recorded));
  return new Set(found.filter((sheet) => sheet !== undefined));
}

/** The visible sheets that are the user's, in tab order: where a ledger may be. */
function userSheets(sheets: SheetInfo[], owned: OwnedSheets): SheetInfo[] {
  const ours = ownedNow(sheets, owned);
  return sheets.filter((sheet) => sheet.visibility === 'visible' && !ours.has(sheet));
}

function quote(name: string, fr: boolean): string {
  return fr ? guillemets(name) : `"${name}"`;
}

function listNames(sheets: SheetInfo[], fr: boolean): string {
  return sheets.map((sheet) => quote(sheet.name, fr)).join(', ') || '-';
}

/** What a sheet's top rows show: the row closest to a header, else the first row with text. */
function describeHead(head: CellGrid, fr: boolean): string {
  const closest = closestHeaderRow(head);
  const rowIndex = head.values.findIndex((row) => row.some((cell) => cellText(cell)));
  const name = quote(head.sheetName, fr);
  if (!closest && rowIndex < 0) return `${name} (${fr ? 'vide' : 'empty'})`;
  const headerRow = closest ? closest.headerRow : head.firstRow + rowIndex;
  const headers = closest
    ? closest.headers
    : (head.values[rowIndex] ?? []).map((cell) => cellText(cell) ?? '');
  const quoted = quoteHeaders(headers, 10, fr ? 'fr' : 'en');
  return fr
    ? french`${name} (ligne ${headerRow} : ${quoted})`
    : `${name} (row ${headerRow}: ${quoted})`;
}

/**
 * The sheet the ledger is read from: the one asked for (SHEET_NOT_FOUND when
 * it does not exist), or the first visible sheet of the user's whose top rows
 * hold a recognised header (NO_LEDGER_FOUND saying what each sheet showed).
 */
export async function findLedgerSheet(
  port: WorkbookPort,
  wanted: string | undefined,
  map: FieldMap | undefined,
  language: Language,
  onProgress: (fraction: number) => void = () => undefined,
): Promise<string> {
  const fr = language === 'fr';
  const sheets = await port.listSheets();
  const owned = await loadOwnedSheets(port);
  if (wanted !== undefined) {
    const found =
      sheets.find((sheet) => sheet.name === wanted) ??
      sheets.find((sheet) => sameName(sheet.name, wanted));
    if (!found || found.visibility === 'veryHidden') {
      const visible = sheets.filter((sheet) => sheet.visibility !== 'veryHidden');
      throw new ReceivablesError(
        'SHEET_NOT_FOUND',
        fr
          ? french`La feuille ${guillemets(wanted)} n'existe pas dans ce classeur. Feuilles : ${listNames(visible, fr)}.`
          : `There is no sheet "${wanted}" in this workbook. Its sheets: ${listNames(visible, fr)}.`,
      );
    }
    if (ownedNow(sheets, owned).has(found)) {
      throw new ReceivablesError(
        'INVALID_OPTION',
        fr
          ? french`La feuille ${guillemets(found.name)} est écrite par Receivables Desk ; choisissez la feuille du grand livre.`
          : `Sheet "${found.name}" is one Receivables Desk writes; choose the ledger sheet instead.`,
      );
    }
    return found.name;
  }

  const candidates = userSheets(sheets, owned);
  const seen: string[] = [];
  let mapError: unknown;
  for (const [index, sheet] of candidates.entries()) {
    const head = await port.readSheetHead(sheet.name, HEADER_SEARCH_ROWS);
    onProgress((index + 1) / candidates.length);
    try {
      if (detectLedgerHeader(head, map, language)) return sheet.name;
    } catch (error) {
      // A mapped header missing here may be present on a later sheet.
      if (!(error instanceof ReceivablesError && error.code === 'UNKNOWN_COLUMN')) throw error;
      mapError ??= error;
    }
    seen.push(describeHead(head, fr));
  }
  if (mapError) throw mapError;
  throw new ReceivablesError(
    'NO_LEDGER_FOUND',
    fr
      ? french`Aucune feuille ne contient un grand livre reconnu : il faut une ligne d'en-tête avec un client (code ou nom), un montant et une date d'échéance ou de facture. Vu : ${seen.join(french` ; `) || 'aucune feuille visible'}.`
      : `No sheet holds a recognised ledger: it needs a header row naming a customer (code or name), an amount and a due or invoice date. Seen: ${seen.join('; ') || 'no visible sheet'}.`,
  );
}

/**
 * The user's visible sheets, each with its header row when one is
 * recognised, for the task pane's sheet picker.
 */
export async function listLedgerCandidates(
  port: WorkbookPort,
): Promise<{ sheet: string; headerRow?: number }[]> {
  const sheets = userSheets(await port.listSheets(), await loadOwnedSheets(port));
  const candidates: { sheet: string; headerRow?: number }[] = [];
  for (const sheet of sheets) {
    const detection = detectLedgerHeader(await port.readSheetHead(sheet.name, HEADER_SEARCH_ROWS));
    candidates.push(
      detection ? { sheet: sheet.name, headerRow: detection.headerRow } : { sheet: sheet.name },
    );
  }
  return candidates;
}

/**
 * How a sheet's header row and columns are understood (with `map` applied),
 * for the task pane's editable column mapping; undefined when no header row
 * is recognised. A `map` header missing from the row throws UNKNOWN_COLUMN.
 */
export async function inspectLedgerSheet(
  port: WorkbookPort,
  sheet: string,
  map?: FieldMap,
): Promise<{ sheet: string; headerRow: number; columns: FieldMap; headers: string[] } | undefined> {
  const head = await port.readSheetHead(sheet, HEADER_SEARCH_ROWS);
  const detection = detectLedgerHeader(head, map);
  if (!detection) return undefined;
  return {
    sheet: head.sheetName,
    headerRow: detection.headerRow,
    columns: detection.columns,
    headers: detection.headers,
  };
}
