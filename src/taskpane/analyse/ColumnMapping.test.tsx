import { actionServices } from '../actionServices';
import { FakePort } from '../testing/fakePort';
import { fakeServices } from '../testing/fakeServices';
import {
  button,
  changeValue,
  click,
  control,
  renderPane,
  type Rendered,
  waitFor,
} from '../testing/renderPane';
import { resultFixture } from '../testing/resultFixture';

const HEADERS = ['Compte', 'Nom', 'Pièce', 'Échéance', 'Solde'];
const INSPECTIONS = {
  Balance: {
    headerRow: 1,
    headers: HEADERS,
    columns: {
      customerCode: 'Compte',
      customerName: 'Nom',
      dueDate: 'Échéance',
      openAmount: 'Solde',
    },
  },
};

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

async function pane(setup: Parameters<typeof fakeServices>[0] = {}, language: 'en' | 'fr' = 'en') {
  const fake = fakeServices({
    candidates: [{ sheet: 'Balance', headerRow: 1 }],
    inspections: INSPECTIONS,
    ...setup,
  });
  rendered?.unmount();
  rendered = await renderPane({
    port: new FakePort({ Balance: [HEADERS] }),
    services: fake.services,
    language,
  });
  return { ...fake, container: rendered.container };
}

function select(container: HTMLElement, label: string): HTMLSelectElement {
  return control<HTMLSelectElement>(container, label);
}

function legendOf(element: HTMLElement): string | undefined {
  return element.closest('fieldset')?.querySelector('legend')?.textContent ?? undefined;
}

describe('setting a field to no column', () => {
  it.each(['Customer name', 'Invoice number', 'Currency', 'Payment terms'])(
    'offers "(none)" first for %s',
    async (label) => {
      const { container } = await pane();
      expect(select(container, label).options[0]?.textContent).toBe('(none)');
    },
  );

  it('sends the field as an empty header to the analysis', async () => {
    const { container, calls } = await pane({ outcome: resultFixture() });
    await changeValue(select(container, 'Customer name'), '');
    await click(button(container, 'Analyse ageing'));
    expect(calls.analyse[0]?.map).toEqual({ customerName: '' });
  });

  it('shows "(none)" for a field the saved settings leave out', async () => {
    const { container } = await pane({ saved: { sheet: 'Balance', map: { customerName: '' } } });
    const field = select(container, 'Customer name');
    expect([field.value, field.selectedOptions[0]?.textContent]).toEqual(['', '(none)']);
  });

  it('shows "(aucune)" in French', async () => {
    const { container } = await pane({}, 'fr');
    expect(select(container, 'Date de facture').selectedOptions[0]?.textContent).toBe('(aucune)');
  });
});

describe('the required fields', () => {
  it.each([
    ['Customer code', 'Required'],
    ['Due date', 'Required'],
    ['Amount', 'Required'],
    ['Invoice number', 'Optional'],
    ['Entity', 'Optional'],
  ])('shows %s under %s', async (label, legend) => {
    const { container } = await pane();
    expect(legendOf(select(container, label))).toBe(legend);
  });

  it.each([
    [
      'Due date',
      'The analysis needs the due date or the invoice date: keep a column for one of them.',
    ],
    [
      'Open amount',
      'The analysis needs the open amount or the amount: keep a column for one of them.',
    ],
  ])('refuses to leave %s out when its pair has no column either', async (label, message) => {
    const { container } = await pane();
    await changeValue(select(container, label), '');
    expect(container.textContent).toContain(message);
  });

  it('refuses the last customer column once the other is out', async () => {
    const { container } = await pane();
    await changeValue(select(container, 'Customer name'), '');
    await changeValue(select(container, 'Customer code'), '');
    expect(container.textContent).toContain(
      'The analysis needs the customer code or the customer name: keep a column for one of them.',
    );
  });

  it('keeps the refused field on its column', async () => {
    const { container } = await pane();
    await changeValue(select(container, 'Due date'), '');
    expect(select(container, 'Due date').value).toBe('Échéance');
  });

  it('does not inspect the sheet again for a refused choice', async () => {
    const { container, calls } = await pane();
    const before = calls.inspect.length;
    await changeValue(select(container, 'Open amount'), '');
    expect(calls.inspect.length).toBe(before);
  });

  it('lets a field go once its pair has a column', async () => {
    const { container, calls } = await pane({ outcome: resultFixture() });
    await changeValue(select(container, 'Invoice date'), 'Pièce');
    await changeValue(select(container, 'Due date'), '');
    await click(button(container, 'Analyse ageing'));
    expect(calls.analyse[0]?.map).toEqual({ invoiceDate: 'Pièce', dueDate: '' });
  });

  it('explains the refusal in French', async () => {
    const { container } = await pane({}, 'fr');
    await changeValue(select(container, 'Date d’échéance'), '');
    expect(container.textContent).toContain(
      'L’analyse a besoin de la date d’échéance ou de la date de facture\u00a0: gardez une colonne pour l’une des deux.',
    );
  });
});

describe('with the real actions', () => {
  // 46356 is the serial of Thursday 31 December 2026.
  const ledger = () =>
    new FakePort({
      Balance: [
        ['Compte', 'Nom', 'Échéance', 'Solde'],
        ['411001', 'Garage Martin', 46356, 120],
      ],
    });

  it('keeps a field left out in the workbook settings for the next opening', async () => {
    const workbook = ledger();
    rendered = await renderPane({ port: workbook, services: actionServices });
    await changeValue(select(rendered.container, 'Customer name'), '');
    await click(button(rendered.container, 'Analyse ageing'));
    await waitFor(() => rendered?.container.querySelector('[data-testid="result"]'), 'the result');
    rendered.unmount();
    rendered = await renderPane({ port: workbook, services: actionServices });
    const { container } = rendered;
    const field = await waitFor(
      () => container.querySelector('fieldset') && select(container, 'Customer name'),
      'the column mapping',
    );
    expect(field.value).toBe('');
  });

  it('still recognises the ledger with the customer name left out', async () => {
    const workbook = ledger();
    rendered = await renderPane({ port: workbook, services: actionServices });
    await changeValue(select(rendered.container, 'Customer name'), '');
    expect(select(rendered.container, 'Customer code').value).toBe('Compte');
  });
});
