import { analyseAgeing, loadSavedRequest } from '../actions/analyseAgeing';
import { createOfficeWorkbook } from '../adapters/office/officeWorkbook';
import { checkExcelRequirements } from '../adapters/office/requirements';
import { ANALYSE_ACTION_ID, createAnalyseCommand } from './analyseCommand';
import { showNoticeDialog } from './noticeDialog';

// The ribbon's function file.
const analyseFromRibbon = createAnalyseCommand({
  checkRequirements: checkExcelRequirements,
  createWorkbook: createOfficeWorkbook,
  loadSavedRequest,
  analyseAgeing: (port, request) => analyseAgeing(port, request),
  showNotice: showNoticeDialog,
  displayLanguage: () => Office.context?.displayLanguage ?? 'en-US',
});

const handler = (event: Office.AddinCommands.Event): void => void analyseFromRibbon(event);

// Older Excel builds look the function up by name on the page's global object.
(globalThis as unknown as Record<string, unknown>)[ANALYSE_ACTION_ID] = handler;

void Office.onReady(() => {
  Office.actions?.associate(ANALYSE_ACTION_ID, handler);
});
