import type { AnalyseAgeingRequest, AnalyseAgeingResult } from '../actions/analyseAgeingTypes';
import { ReceivablesError } from '../engine/errors/receivablesError';
import type { Language } from '../engine/ledger/types';
import { createLogger } from '../log/logger';
import type { WorkbookPort } from '../port/workbookPort';

const log = createLogger('analyse-command');

/** The manifest's FunctionName for the Analyse ageing button. */
export const ANALYSE_ACTION_ID = 'analyseAgeing';

/** The part of Office's add-in command event the handler uses. */
export interface CommandEvent {
  completed(): void;
}

/** A short message shown to the user when the ribbon button cannot finish. */
export interface Notice {
  title: string;
  text: string;
  language: Language;
}

/** Everything the ribbon's Analyse ageing button needs, passed in so tests can fake it. */
export interface AnalyseCommandDeps {
  checkRequirements(): { ok: boolean; missing: string[]; message: string };
  createWorkbook(): WorkbookPort;
  loadSavedRequest(port: WorkbookPort): Promise<AnalyseAgeingRequest>;
  analyseAgeing(port: WorkbookPort, request: AnalyseAgeingRequest): Promise<AnalyseAgeingResult>;
  /** Shows the notice; resolves once the user has dismissed it (or it could not be shown). */
  showNotice(notice: Notice): Promise<void>;
  /** Office's display language, e.g. fr-FR. */
  displayLanguage(): string;
}

const TITLES: Record<Language, string> = {
  en: 'Analyse ageing could not finish',
  fr: "La balance âgée n'a pas pu être calculée",
};

const UNEXPECTED: Record<Language, string> = {
  en: 'Something unexpected went wrong',
  fr: "Une erreur inattendue s'est produite",
};

function languageOf(displayLanguage: string): Language {
  return displayLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function describe(error: unknown, language: Language): string {
  // ReceivablesError messages are written for the user already; anything else
  // is a bug or an Excel failure the adapter did not translate.
  if (error instanceof ReceivablesError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `${UNEXPECTED[language]}: ${detail}`;
}

/**
 * The handler behind the ribbon's Analyse ageing button: checks the Excel API,
 * runs the analysis with the workbook's saved settings, shows the aged
 * balance sheet, or tells the user why it could not. It always completes the
 * event, or Excel would keep the button busy.
 *
 * @example
 * const handler = createAnalyseCommand(deps);
 * Office.actions.associate('analyseAgeing', handler);
 */
export function createAnalyseCommand(
  deps: AnalyseCommandDeps,
): (event: CommandEvent) => Promise<void> {
  // Limitation: the ribbon run shows no progress (a function command has no page to draw on), and Excel may end a function command that runs for minutes, so very large ledgers are better analysed from the task pane.
  return async (event) => {
    let language = languageOf(deps.displayLanguage());
    try {
      const requirements = deps.checkRequirements();
      if (!requirements.ok) throw new ReceivablesError('EXCEL_API_MISSING', requirements.message);

      const port = deps.createWorkbook();
      const request = await deps.loadSavedRequest(port);
      language = request.language ?? language;
      const result = await deps.analyseAgeing(port, request);
      await port.activateSheet(result.sheets.agedBalance);
    } catch (error) {
      log.error('Analyse ageing from the ribbon failed', error);
      await deps
        .showNotice({ title: TITLES[language], text: describe(error, language), language })
        .catch((noticeError: unknown) => log.error('Could not show the notice', noticeError));
    } finally {
      event.completed();
    }
  };
}
