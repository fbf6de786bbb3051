import type { LedgerField } from '../engine/ledger/fields';
import type {
  AnalyseAgeingRequest,
  AnalyseAgeingResult,
  AnalyseProgressListener,
} from '../actions/analyseAgeingTypes';
import type { WorkbookPort } from '../port/workbookPort';

/** A sheet the pane offers as the ledger, with its header row when one was recognised. */
export interface LedgerCandidate {
  sheet: string;
  headerRow?: number;
}

/** How a sheet's columns were understood, for the editable column mapping. */
export interface LedgerInspection {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<LedgerField, string>>;
  headers: string[];
}

/**
 * The user actions the pane calls, each given the workbook port. The add-in
 * and the demo pass the real actions; component tests pass doubles.
 */
export interface PaneServices {
  listLedgerCandidates(port: WorkbookPort): Promise<LedgerCandidate[]>;
  inspectLedgerSheet(
    port: WorkbookPort,
    sheet: string,
    map?: Partial<Record<LedgerField, string>>,
  ): Promise<LedgerInspection | undefined>;
  loadSavedRequest(port: WorkbookPort): Promise<AnalyseAgeingRequest>;
  analyseAgeing(
    port: WorkbookPort,
    request: AnalyseAgeingRequest,
    onProgress?: AnalyseProgressListener,
  ): Promise<AnalyseAgeingResult>;
}
