/**
 * @jest-environment jsdom
 */
// The function file's wiring: what it registers with Office, and that the
// registered handler reaches the agreed action, adapter and requirement check.
import type { AnalyseAgeingResult } from '../actions/analyseAgeingTypes';
import type { WorkbookPort } from '../port/workbookPort';

jest.mock('../actions/analyseAgeing', () => ({
  analyseAgeing: jest.fn(),
  loadSavedRequest: jest.fn(),
}));
jest.mock('../adapters/office/officeWorkbook', () => ({ createOfficeWorkbook: jest.fn() }));
jest.mock('../adapters/office/requirements', () => ({ checkExcelRequirements: jest.fn() }));

const actions = jest.requireMock('../actions/analyseAgeing') as {
  analyseAgeing: jest.Mock;
  loadSavedRequest: jest.Mock;
};
const adapter = jest.requireMock('../adapters/office/officeWorkbook') as {
  createOfficeWorkbook: jest.Mock;
};
const requirements = jest.requireMock('../adapters/office/requirements') as {
  checkExcelRequirements: jest.Mock;
};

type Handler = (event: { completed(): void }) => void;

interface FakeOffice {
  associated: Map<string, Handler>;
  dialogs: string[];
}

/**
 * The parts of Office the function file touches. onReady settles later, like
 * Office's; a dialog's user clicks Close as soon as the page listens for it.
 */
function installOffice(): FakeOffice {
  const associated = new Map<string, Handler>();
  const dialogs: string[] = [];
  (globalThis as Record<string, unknown>)['Office'] = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: {
      DialogMessageReceived: 'dialogMessageReceived',
      DialogEventReceived: 'dialogEventReceived',
    },
    onReady: (callback: () => void) => Promise.resolve().then(callback),
    actions: { associate: (id: string, handler: Handler) => associated.set(id, handler) },
    context: {
      displayLanguage: 'en-US',
      ui: {
        displayDialogAsync: (url: string, _options: unknown, done: (r: unknown) => void) => {
          dialogs.push(url);
          const dialog = {
            addEventHandler: (type: string, handler: () => void) => {
              if (type === 'dialogMessageReceived') setTimeout(handler, 0);
            },
            close: () => undefined,
          };
          done({ status: 'succeeded', value: dialog });
        },
      },
    },
  };
  return { associated, dialogs };
}

function port(activated: string[]): WorkbookPort {
  const unused = () => Promise.reject(new Error('not expected from the ribbon command'));
  return {
    listSheets: unused,
    readSheetHead: unused,
    readSheet: unused,
    writeSheet: unused,
    readState: unused,
    writeState: unused,
    activateSheet: async (sheet) => {
      activated.push(sheet);
    },
  };
}

async function loadFunctionFile(): Promise<FakeOffice> {
  const office = installOffice();
  jest.isolateModules(() => {
    jest.requireActual('./commands');
  });
  await Promise.resolve();
  await Promise.resolve();
  return office;
}

/** Runs the handler and waits until it calls event.completed(). */
function press(handler: Handler | undefined): Promise<void> {
  if (!handler) throw new Error('no handler registered');
  return new Promise((completed) => handler({ completed }));
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>)['Office'];
  delete (globalThis as Record<string, unknown>)['analyseAgeing'];
  jest.resetAllMocks();
});

describe('the commands function file', () => {
  it('registers the Analyse ageing handler under the manifest’s function name', async () => {
    const office = await loadFunctionFile();

    expect([...office.associated.keys()]).toEqual(['analyseAgeing']);
  });

  it('also exposes the handler as a global function for older Excel builds', async () => {
    await loadFunctionFile();

    expect(typeof (globalThis as Record<string, unknown>)['analyseAgeing']).toBe('function');
  });

  it('runs the saved request through the Office adapter and shows the aged balance', async () => {
    const activated: string[] = [];
    const workbook = port(activated);
    requirements.checkExcelRequirements.mockReturnValue({ ok: true, missing: [], message: '' });
    adapter.createOfficeWorkbook.mockReturnValue(workbook);
    actions.loadSavedRequest.mockResolvedValue({ sheet: 'Grand livre' });
    actions.analyseAgeing.mockResolvedValue({
      sheets: { agedBalance: 'Balance âgée', detail: 'Détail', rejected: 'Rejets' },
    } as unknown as AnalyseAgeingResult);
    const office = await loadFunctionFile();

    await press(office.associated.get('analyseAgeing'));

    expect([actions.analyseAgeing.mock.calls, activated]).toEqual([
      [[workbook, { sheet: 'Grand livre' }]],
      ['Balance âgée'],
    ]);
  });

  it('shows the requirement message in the notice dialog and completes', async () => {
    requirements.checkExcelRequirements.mockReturnValue({
      ok: false,
      missing: ['ExcelApi 1.7'],
      message: 'This version of Excel lacks the Excel JavaScript API 1.7.',
    });
    const office = await loadFunctionFile();

    await press(office.associated.get('analyseAgeing'));

    expect(new URL(office.dialogs[0] ?? '').searchParams.get('text')).toBe(
      'This version of Excel lacks the Excel JavaScript API 1.7.',
    );
  });
});
