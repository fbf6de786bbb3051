import {
  analyseAgeing,
  inspectLedgerSheet,
  listLedgerCandidates,
  loadSavedRequest,
} from '../actions/analyseAgeing';
import type { PaneServices } from './services';

/** The real user actions, for the add-in and the demo. */
export const actionServices: PaneServices = {
  analyseAgeing,
  inspectLedgerSheet,
  listLedgerCandidates,
  loadSavedRequest,
};
