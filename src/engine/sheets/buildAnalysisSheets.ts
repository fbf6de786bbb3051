import type { AgeingAnalysis } from '../ageing/types';
import { outputLabels } from '../i18n/outputLabels';
import type { Language, LedgerReadResult } from '../ledger/types';
import { buildAgedBalanceSheet } from './agedBalanceSheet';
import { buildDetailSheet } from './detailSheet';
import { fitHeaders } from './fitHeaders';
import { buildRejectedSheet } from './rejectedSheet';
import type { SheetSpec } from './sheetSpec';

export interface BuildAnalysisSheetsOptions {
  /**
   * The 1-based sheet column where the ledger grid starts (its `firstColumn`),
   * so links from rejected rows land on the right cell. Default 1.
   */
  ledgerFirstColumn?: number;
}

/**
 * The three sheets an analysis writes, in the order they are written: the
 * aged balance, the invoice-level detail and the rejected rows, named and
 * labelled in `language`. Every table column is wide enough for its header.
 *
 * @example
 * const sheets = buildAnalysisSheets(ledger, analysis, 'fr');
 * sheets.map((sheet) => sheet.name) // ['Balance âgée', 'Détail balance âgée', 'Lignes rejetées']
 */
export function buildAnalysisSheets(
  ledger: LedgerReadResult,
  analysis: AgeingAnalysis,
  language: Language,
  options: BuildAnalysisSheetsOptions = {},
): SheetSpec[] {
  const labels = outputLabels(language);
  return [
    buildAgedBalanceSheet(ledger, analysis, labels),
    buildDetailSheet(analysis, labels),
    buildRejectedSheet(ledger, labels, options.ledgerFirstColumn),
  ].map(fitHeaders);
}
