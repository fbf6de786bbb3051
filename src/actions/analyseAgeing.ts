import { ageItems } from '../engine/ageing/ageItems';
import { readLedger } from '../engine/ledger/readLedger';
import { buildAnalysisSheets } from '../engine/sheets/buildAnalysisSheets';
import { toAgeingSummary } from '../engine/summary/toAgeingSummary';
import { createLogger } from '../log/logger';
import type { WorkbookPort } from '../port/workbookPort';
import type {
  AnalyseAgeingRequest,
  AnalyseAgeingResult,
  AnalyseProgressListener,
} from './analyseAgeingTypes';
import { findLedgerSheet } from './findLedger';
import { saveRequest } from './savedState';
import { readLedgerOptions, validateRequest } from './validateRequest';
import { writeOwnedSheets } from './writeOwnedSheets';

export { inspectLedgerSheet, listLedgerCandidates } from './findLedger';
export { loadSavedRequest } from './savedState';

const log = createLogger('analyse-ageing');

/**
 * The "Analyse ageing" action, the same inside Excel, on the command line and
 * in the demo: checks the request, finds and reads the ledger sheet, ages its
 * open items, writes the three analysis sheets (replacing the ones an earlier
 * run wrote), saves the request as the workbook's settings and shows the
 * aged balance. The user's sheets are only read.
 *
 * Throws ReceivablesError: INVALID_OPTION for a bad request, SHEET_NOT_FOUND,
 * NO_LEDGER_FOUND or UNKNOWN_COLUMN when the ledger cannot be found or
 * understood, and whatever the workbook adapter reports.
 *
 * @example
 * const result = await analyseAgeing(port, { asOf: '2026-11-30', language: 'fr' });
 * result.sheets.agedBalance // 'Balance âgée'
 */
export async function analyseAgeing(
  port: WorkbookPort,
  request: AnalyseAgeingRequest,
  onProgress: AnalyseProgressListener = () => undefined,
): Promise<AnalyseAgeingResult> {
  const valid = validateRequest(request);

  onProgress('finding', 0);
  const sheet = await findLedgerSheet(port, valid.sheet, valid.map, valid.language, (fraction) =>
    onProgress('finding', fraction),
  );
  onProgress('finding', 1);

  onProgress('reading', 0);
  const grid = await port.readSheet(sheet, (done, total) =>
    onProgress('reading', total > 0 ? done / total : 1),
  );
  onProgress('reading', 1);

  onProgress('analysing', 0);
  const ledger = readLedger(grid, readLedgerOptions(valid));
  const analysis = ageItems(
    ledger.items,
    { asOf: valid.asOf, basis: valid.basis, bounds: valid.bounds },
    valid.language,
  );
  const specs = buildAnalysisSheets(ledger, analysis, valid.language, {
    ledgerFirstColumn: grid.firstColumn,
  });
  const summary = toAgeingSummary(ledger, analysis);
  onProgress('analysing', 1);
  log.info(
    `Read "${sheet}": ${ledger.counts.accepted} accepted, ${ledger.counts.rejected} rejected, ${ledger.counts.skipped} skipped.`,
  );

  onProgress('writing', 0);
  const sheets = await writeOwnedSheets(port, specs, (fraction) => onProgress('writing', fraction));
  await saveRequest(port, request);
  await port.activateSheet(sheets.agedBalance);
  onProgress('done', 1);

  return { ledger, analysis, summary, sheets };
}
