import { ReceivablesError } from '../../engine/errors/receivablesError';
import { FakePort } from '../testing/fakePort';
import { fakeServices } from '../testing/fakeServices';
import {
  button,
  changeValue,
  click,
  control,
  renderPane,
  type Rendered,
} from '../testing/renderPane';
import { resultFixture } from '../testing/resultFixture';

const HEADERS = ['Compte', 'Nom', 'Pièce', 'Échéance', 'Échéance nette', 'Solde'];
const INSPECTIONS = {
  Balance: {
    headerRow: 4,
    headers: HEADERS,
    columns: {
      customerCode: 'Compte',
      customerName: 'Nom',
      dueDate: 'Échéance',
      openAmount: 'Solde',
    },
  },
};
const CANDIDATES = [{ sheet: 'Notes' }, { sheet: 'Balance', headerRow: 4 }];

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

function port() {
  return new FakePort({ Notes: [['hello']], Balance: [['Grand livre'], [], [], HEADERS] });
}

async function pane(setup: Parameters<typeof fakeServices>[0] = {}, language: 'en' | 'fr' = 'en') {
  const fake = fakeServices({ candidates: CANDIDATES, inspections: INSPECTIONS, ...setup });
  const workbook = port();
  rendered = await renderPane({ port: workbook, services: fake.services, language });
  return { ...fake, workbook, container: rendered.container };
}

describe('the ledger sheet', () => {
  it('preselects the sheet whose header was recognised', async () => {
    const { container } = await pane();
    expect(control<HTMLSelectElement>(container, 'Ledger sheet').value).toBe('Balance');
  });

  it('preselects the sheet saved with the workbook over the detected one', async () => {
    const { container } = await pane({ saved: { sheet: 'Notes' } });
    expect(control<HTMLSelectElement>(container, 'Ledger sheet').value).toBe('Notes');
  });

  it('says so when the chosen sheet has no recognised header', async () => {
    const { container } = await pane();
    await changeValue(control(container, 'Ledger sheet'), 'Notes');
    expect(container.textContent).toContain(
      'No ledger header was recognised in the first rows of "Notes". Choose another sheet.',
    );
  });
});

describe('the column mapping', () => {
  it('shows the detected column of each field', async () => {
    const { container } = await pane();
    expect(control<HTMLSelectElement>(container, 'Due date').value).toBe('Échéance');
  });

  it('shows "(none)" for a field no column was recognised for', async () => {
    const { container } = await pane();
    const select = control<HTMLSelectElement>(container, 'Invoice date');
    expect([select.value, select.selectedOptions[0]?.textContent]).toEqual(['', '(none)']);
  });

  it('prefills the choices saved with the workbook', async () => {
    const { container } = await pane({
      saved: { sheet: 'Balance', map: { dueDate: 'Échéance nette' } },
    });
    expect(control<HTMLSelectElement>(container, 'Due date').value).toBe('Échéance nette');
  });

  it('sends a changed column to the analysis as the map', async () => {
    const { container, calls } = await pane({ outcome: resultFixture() });
    await changeValue(control(container, 'Due date'), 'Échéance nette');
    await click(button(container, 'Analyse ageing'));
    expect(calls.analyse[0]?.map).toEqual({ dueDate: 'Échéance nette' });
  });

  it('goes back to the detected columns when asked after a saved column went missing', async () => {
    const { container } = await pane({ saved: { sheet: 'Balance', map: { dueDate: 'Due' } } });
    await click(button(container, 'Use the detected columns'));
    expect([
      control<HTMLSelectElement>(container, 'Due date').value,
      container.querySelector('.fui-MessageBar'),
    ]).toEqual(['Échéance', null]);
  });

  it('offers the detected columns when the saved choices leave out every amount column', async () => {
    const { container } = await pane({ saved: { sheet: 'Balance', map: { openAmount: '' } } });
    await click(button(container, 'Use the detected columns'));
    expect(control<HTMLSelectElement>(container, 'Open amount').value).toBe('Solde');
  });

  it('shows the error when a saved column no longer exists on the sheet', async () => {
    const { container } = await pane({ saved: { sheet: 'Balance', map: { dueDate: 'Due' } } });
    expect(container.querySelector('[role="group"], .fui-MessageBar')?.textContent).toContain(
      'No column "Due" on sheet "Balance".',
    );
  });
});

describe('the options', () => {
  it.each([
    ['60,30', 'Bounds must increase: 30 comes after 60.'],
    ['30,x', '"x" is not a whole number of days above 0.'],
    ['', 'Enter at least one bound, e.g. 30,60,90,180,365.'],
  ])('explains why the bounds %j are refused', async (text, message) => {
    const { container } = await pane();
    await changeValue(control(container, 'Bucket bounds (days)'), text);
    expect(container.textContent).toContain(message);
  });

  it('does not run the analysis while the bounds are invalid', async () => {
    const { container, calls } = await pane({ outcome: resultFixture() });
    await changeValue(control(container, 'Bucket bounds (days)'), '60,30');
    await click(button(container, 'Analyse ageing'));
    expect(calls.analyse).toHaveLength(0);
  });

  it('asks for a date when the as-of date is cleared', async () => {
    const { container } = await pane();
    await changeValue(control(container, 'As-of date'), '');
    expect(container.textContent).toContain('Enter a date such as 2026-11-30.');
  });

  it('sends the sheet, the as-of date, the bounds and the language, keeping saved options', async () => {
    const { container, calls } = await pane({
      saved: { sheet: 'Balance', currency: 'CHF', asOf: '2020-01-31' },
      outcome: resultFixture(),
    });
    await changeValue(control(container, 'As-of date'), '2026-11-30');
    await changeValue(control(container, 'Bucket bounds (days)'), '30, 60, 90');
    await click(button(container, 'Analyse ageing'));
    expect(calls.analyse).toEqual([
      {
        sheet: 'Balance',
        currency: 'CHF',
        asOf: '2026-11-30',
        bounds: [30, 60, 90],
        language: 'en',
      },
    ]);
  });
});

describe('the as-of date written out', () => {
  it.each([
    ['en', 'As-of date', 'Ages are counted to Monday, 30 November 2026.'],
    ['fr', 'Date d’arrêté', 'Retards calculés au lundi 30 novembre 2026.'],
  ] as const)('reads the day in full in %s', async (language, label, text) => {
    const { container } = await pane({}, language);
    await changeValue(control(container, label), '2026-11-30');
    expect(container.textContent).toContain(text);
  });

  it('is left out while the date is invalid', async () => {
    const { container } = await pane();
    await changeValue(control(container, 'As-of date'), '');
    expect(container.textContent).not.toContain('Ages are counted to');
  });
});

describe('a failed analysis', () => {
  it('shows the error message in a message bar', async () => {
    const failure = new ReceivablesError(
      'NO_LEDGER_FOUND',
      'No ledger header found on sheet "Balance". Header cells seen: Foo, Bar.',
    );
    const { container } = await pane({ outcome: failure });
    await click(button(container, 'Analyse ageing'));
    const bar = container.querySelector('.fui-MessageBar');
    expect(bar?.textContent).toBe(
      'The analysis could not runNo ledger header found on sheet "Balance". Header cells seen: Foo, Bar.',
    );
  });
});

describe('in French', () => {
  it('labels the controls in French', async () => {
    const { container } = await pane({}, 'fr');
    expect(control<HTMLSelectElement>(container, 'Feuille de la balance clients').value).toBe(
      'Balance',
    );
  });

  it('lists the default bounds with semicolons, a comma being the decimal sign', async () => {
    const { container } = await pane({}, 'fr');
    expect(control<HTMLInputElement>(container, 'Tranches de retard (jours)').value).toBe(
      '30;60;90;180;365',
    );
  });

  it('explains invalid bounds in French', async () => {
    const { container } = await pane({}, 'fr');
    await changeValue(control(container, 'Tranches de retard (jours)'), '90,60');
    expect(container.textContent).toContain(
      'Les bornes doivent être croissantes\u00a0: 60 vient après 90.',
    );
  });
});
