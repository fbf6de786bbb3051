import type { AnalyseAgeingRequest, AnalyseAgeingResult } from '../actions/analyseAgeingTypes';
import { ReceivablesError } from '../engine/errors/receivablesError';
import type { WorkbookPort } from '../port/workbookPort';
import { type AnalyseCommandDeps, createAnalyseCommand, type Notice } from './analyseCommand';

/** A port that only knows how to activate a sheet; anything else is a bug in the handler. */
function fakePort(sheetNames: string[]): WorkbookPort & { activated: string[] } {
  const unused = (name: string) => () => Promise.reject(new Error(`${name} is not expected here`));
  const activated: string[] = [];
  return {
    activated,
    listSheets: unused('listSheets'),
    readSheetHead: unused('readSheetHead'),
    readSheet: unused('readSheet'),
    writeSheet: unused('writeSheet'),
    readState: unused('readState'),
    writeState: unused('writeState'),
    activateSheet: async (sheet) => {
      // Excel's ItemNotFound, as the Office adapter reports it.
      if (!sheetNames.includes(sheet)) {
        throw new ReceivablesError('SHEET_NOT_FOUND', `There is no sheet called "${sheet}".`);
      }
      activated.push(sheet);
    },
  };
}

function resultWriting(agedBalance: string): AnalyseAgeingResult {
  // The handler reads only the sheet names; the rest belongs to other tests.
  return {
    sheets: { agedBalance, detail: 'Detail', rejected: 'Rejected rows' },
  } as unknown as AnalyseAgeingResult;
}

interface Harness {
  deps: AnalyseCommandDeps;
  port: ReturnType<typeof fakePort>;
  notices: Notice[];
  requests: AnalyseAgeingRequest[];
  log: string[];
}

function harness(
  overrides: Partial<AnalyseCommandDeps> = {},
  savedRequest: AnalyseAgeingRequest = {},
): Harness {
  const port = fakePort(['Ledger', 'Aged balance']);
  const notices: Notice[] = [];
  const requests: AnalyseAgeingRequest[] = [];
  const log: string[] = [];
  const deps: AnalyseCommandDeps = {
    checkRequirements: () => ({ ok: true, missing: [], message: '' }),
    createWorkbook: () => port,
    loadSavedRequest: async () => savedRequest,
    analyseAgeing: async (_port, request) => {
      requests.push(request);
      return resultWriting('Aged balance');
    },
    showNotice: async (notice) => {
      log.push('notice');
      notices.push(notice);
    },
    displayLanguage: () => 'en-GB',
    ...overrides,
  };
  return { deps, port, notices, requests, log };
}

function event(log: string[] = []): { completed: jest.Mock } {
  return { completed: jest.fn(() => log.push('completed')) };
}

describe('createAnalyseCommand', () => {
  it('runs the analysis with the workbook’s saved request', async () => {
    const saved: AnalyseAgeingRequest = { sheet: 'Ledger', bounds: [30, 60], language: 'en' };
    const h = harness({}, saved);

    await createAnalyseCommand(h.deps)(event());

    expect(h.requests).toEqual([saved]);
  });

  it('shows the aged balance sheet the analysis wrote', async () => {
    const h = harness();

    await createAnalyseCommand(h.deps)(event());

    expect(h.port.activated).toEqual(['Aged balance']);
  });

  it('completes the event once, without a notice, when the analysis succeeds', async () => {
    const h = harness();
    const e = event();

    await createAnalyseCommand(h.deps)(e);

    expect([e.completed.mock.calls.length, h.notices.length]).toEqual([1, 0]);
  });

  it('explains missing Excel API sets without touching the workbook', async () => {
    const message =
      'This add-in needs ExcelApi 1.9 (Excel 2019, Microsoft 365 or Excel on the web).';
    const createWorkbook = jest.fn();
    const h = harness({
      checkRequirements: () => ({ ok: false, missing: ['ExcelApi 1.9'], message }),
      createWorkbook,
    });

    await createAnalyseCommand(h.deps)(event());

    expect([h.notices.map((n) => n.text), createWorkbook.mock.calls.length]).toEqual([
      [message],
      0,
    ]);
  });

  const savedBoundsMessage = 'Saved bucket bounds "30,x" are not numbers.';
  const noLedgerMessage = 'No sheet has a ledger header row; saw "Name", "Total".';
  it.each<[string, Partial<AnalyseCommandDeps>, string]>([
    [
      'loading the saved settings',
      {
        loadSavedRequest: () =>
          Promise.reject(new ReceivablesError('INVALID_OPTION', savedBoundsMessage)),
      },
      savedBoundsMessage,
    ],
    [
      'finding the ledger',
      {
        analyseAgeing: () =>
          Promise.reject(new ReceivablesError('NO_LEDGER_FOUND', noLedgerMessage)),
      },
      noLedgerMessage,
    ],
  ])('passes the error message from %s to the user unchanged', async (_step, override, text) => {
    const h = harness(override);

    await createAnalyseCommand(h.deps)(event());

    expect(h.notices.map((n) => n.text)).toEqual([text]);
  });

  it('labels an unexpected failure as such, with its detail', async () => {
    const h = harness({ analyseAgeing: () => Promise.reject(new TypeError('x is undefined')) });

    await createAnalyseCommand(h.deps)(event());

    expect(h.notices[0]?.text).toBe('Something unexpected went wrong: x is undefined');
  });

  it('reports a result sheet that cannot be activated', async () => {
    const h = harness({ analyseAgeing: async () => resultWriting('Balance âgée') });

    await createAnalyseCommand(h.deps)(event());

    expect(h.notices[0]?.text).toBe('There is no sheet called "Balance âgée".');
  });

  it('completes the event only after the user has closed the notice', async () => {
    const h = harness({ analyseAgeing: () => Promise.reject(new Error('boom')) });
    const e = event(h.log);

    await createAnalyseCommand(h.deps)(e);

    expect(h.log).toEqual(['notice', 'completed']);
  });

  it('completes the event even when the notice cannot be shown', async () => {
    const h = harness({
      analyseAgeing: () => Promise.reject(new Error('boom')),
      showNotice: () => Promise.reject(new Error('dialog refused')),
    });
    const e = event();

    await createAnalyseCommand(h.deps)(e);

    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['fr-FR', undefined, "La balance âgée n'a pas pu être calculée"],
    ['fr-CA', undefined, "La balance âgée n'a pas pu être calculée"],
    ['en-US', undefined, 'Analyse ageing could not finish'],
    ['en-US', 'fr' as const, "La balance âgée n'a pas pu être calculée"],
  ])(
    'titles the notice for display language %s and saved language %s',
    async (display, saved, title) => {
      const h = harness(
        {
          displayLanguage: () => display,
          analyseAgeing: () => Promise.reject(new ReceivablesError('NO_LEDGER_FOUND', 'none')),
        },
        saved === undefined ? {} : { language: saved },
      );

      await createAnalyseCommand(h.deps)(event());

      expect(h.notices[0]?.title).toBe(title);
    },
  );
});
