import type { AgeingAnalysis } from '../engine/ageing/types';
import type { AgeingBasis, DateOrder, LedgerField } from '../engine/ledger/fields';
import type { Language, LedgerReadResult } from '../engine/ledger/types';
import type { SheetRole } from '../engine/sheets/sheetSpec';
import type { AgeingSummary } from '../engine/summary/types';

/**
 * What the user (or the workbook's saved settings, or the command line)
 * asks of "Analyse ageing". Every field may be left out.
 */
export interface AnalyseAgeingRequest {
  /** The ledger sheet; by default the first sheet whose header row is recognised. */
  sheet?: string;
  /** YYYY-MM-DD; default today on the user's calendar. */
  asOf?: string;
  basis?: AgeingBasis;
  /** Upper bounds in days of the overdue buckets; default 30, 60, 90, 180, 365. */
  bounds?: number[];
  /** Currency of every row when the ledger has no currency column; default EUR. */
  currency?: string;
  map?: Partial<Record<LedgerField, string>>;
  dateOrder?: DateOrder;
  defaultTermsDays?: number;
  /** Language of the written sheets and messages; default en. */
  language?: Language;
}

export type AnalysePhase = 'finding' | 'reading' | 'analysing' | 'writing' | 'done';

/** Progress of a run: `fraction` from 0 to 1 within the phase. */
export type AnalyseProgressListener = (phase: AnalysePhase, fraction: number) => void;

export interface AnalyseAgeingResult {
  ledger: LedgerReadResult;
  analysis: AgeingAnalysis;
  /** The JSON contract of the command line's `--json`. */
  summary: AgeingSummary;
  /** Sheet names written, by role. */
  sheets: Record<SheetRole, string>;
}
