import { OfficeWorkbook } from '../adapters/office/officeWorkbook';
import { FakeExcel } from '../adapters/office/testing/fakeExcel';
import { actionServices } from './actionServices';
import {
  button,
  changeValue,
  click,
  control,
  renderPane,
  type Rendered,
} from './testing/renderPane';

// The pane over the real actions and the Office adapter, on the strict Excel double.
const LEDGER: (string | number | null)[][] = [
  ['Balance âgée clients au 30/11/2026'],
  [],
  [null, 'Compte', 'Raison sociale', 'N° pièce', 'Échéance', 'Solde', 'Devise'],
  [null, '411001', 'Garage Martin', 'F-1001', 46296, 1200.5, 'EUR'],
  [null, '411002', 'Boulangerie Roux', 'F-1002', 45838, 80, 'EUR'],
  [null, '411003', '-2+3 Carrosserie', 'F-1003', '31/02/2026', 100, 'EUR'],
];

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

function workbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet('Notes', [['Read me first']]);
  excel.addSheet('Grand livre', LEDGER);
  return excel;
}

async function openPane(excel: FakeExcel): Promise<HTMLElement> {
  rendered?.unmount();
  rendered = await renderPane({ port: new OfficeWorkbook(excel.run), services: actionServices });
  return rendered.container;
}

async function paneInExcel(excel = workbook()) {
  const container = await openPane(excel);
  await changeValue(control(container, 'As-of date'), '2026-11-30');
  await click(button(container, 'Analyse ageing'));
  return { excel, container };
}

describe('the pane inside Excel', () => {
  it('preselects the ledger sheet the actions found', async () => {
    const { container } = await paneInExcel();
    expect(control<HTMLSelectElement>(container, 'Ledger sheet').value).toBe('Grand livre');
  });

  it('shows the open amount the analysis found', async () => {
    const { container } = await paneInExcel();
    const open = container.querySelector('td[data-currency="EUR"][data-total="open"]');
    expect(open?.getAttribute('data-value')).toBe('1280.5');
  });

  it('selects the rejected due date on the ledger sheet', async () => {
    const { excel, container } = await paneInExcel();
    await click(button(container, 'Go to row 6'));
    expect(excel.model.selection).toEqual({ sheet: 'Grand livre', row: 6, column: 5 });
  });

  it('remembers a changed column with the workbook for the next opening', async () => {
    const excel = workbook();
    const first = await openPane(excel);
    await changeValue(control(first, 'Customer name'), 'N° pièce');
    await click(button(first, 'Analyse ageing'));
    const reopened = await openPane(excel);
    expect(control<HTMLSelectElement>(reopened, 'Customer name').value).toBe('N° pièce');
  });
});
