import { TextDecoder, TextEncoder } from 'node:util';
import { act } from 'react';
import { XlsxWorkbook } from '../adapters/xlsx/xlsxWorkbook';
import type { SheetSpec } from '../engine/sheets/sheetSpec';
import { fakeServices } from '../taskpane/testing/fakeServices';
import { button, click, render, waitFor, type Rendered } from '../taskpane/testing/renderPane';
import { resultFixture } from '../taskpane/testing/resultFixture';
import { DemoApp } from './DemoApp';

const LEDGER_ROWS = [
  ['Compte', 'Nom', 'Échéance', 'Solde'],
  ['411001', '=HYPERLINK("x")', '15/10/2026', '120,50'],
];
const DETAIL: SheetSpec = {
  role: 'detail',
  name: 'Détail',
  blocks: [
    { kind: 'title', text: 'Détail des pièces' },
    { kind: 'line', cells: ['Échéance', 46310], formats: [undefined, 'date'] },
  ],
};

// jsdom leaves out the text codecs browsers have; the xlsx adapter needs them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

let rendered: Rendered | undefined;
let downloads: { name: string; blob: Blob }[];

beforeEach(() => {
  downloads = [];
  URL.createObjectURL = (blob: Blob) => {
    downloads.push({ name: '', blob });
    return `blob:test/${downloads.length}`;
  };
  URL.revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const last = downloads[downloads.length - 1];
    if (last) last.name = this.download;
  });
});

afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
  jest.restoreAllMocks();
});

/** jsdom's Blob has no arrayBuffer(); its FileReader reads one. */
function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => fail(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

function sampleBytes(): Uint8Array {
  return XlsxWorkbook.fromRows('Balance', LEDGER_ROWS).save();
}

/** The demo on the sample, with an analysis that writes one real sheet through the port. */
async function demo(loadSample: () => Promise<Uint8Array> = async () => sampleBytes()) {
  const { services } = fakeServices({ candidates: [{ sheet: 'Balance', headerRow: 1 }] });
  services.analyseAgeing = async (port) => {
    await port.writeSheet(DETAIL);
    return {
      ...resultFixture(),
      sheets: { agedBalance: 'Détail', detail: 'Détail', rejected: 'Détail' },
    };
  };
  rendered = await render(<DemoApp language="en" services={services} loadSample={loadSample} />);
  return rendered.container;
}

describe('the demo', () => {
  it('opens the sample on arrival', async () => {
    const container = await demo();
    await waitFor(() => container.textContent?.includes('Workbook:') || undefined, 'a workbook');
    expect(container.textContent).toContain('Workbook: balance-agee-fr.xlsx');
  });

  it('says why when the sample cannot be fetched', async () => {
    const container = await demo(async () => {
      throw new Error('samples/balance-agee-fr.xlsx: HTTP 404 Not Found');
    });
    expect(container.querySelector('.fui-MessageBar')?.textContent).toBe(
      'The workbook could not be openedSomething unexpected happened: samples/balance-agee-fr.xlsx: HTTP 404 Not Found',
    );
  });

  it('previews a written sheet read back from the workbook, dates as days', async () => {
    const container = await demo();
    await click(button(container, 'Analyse ageing'));
    await waitFor(
      () => container.querySelector('table[data-preview-sheet="Détail"] tr'),
      'a preview',
    );
    const rows = [...container.querySelectorAll('table[data-preview-sheet="Détail"] tr')].map(
      (row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent),
    );
    expect(rows.slice(0, 2)).toEqual([
      ['Détail des pièces', ''],
      ['Échéance', '15/10/2026'],
    ]);
  });

  it('downloads the analysed workbook under <name>.analysed.xlsx', async () => {
    const container = await demo();
    await click(button(container, 'Analyse ageing'));
    await click(
      await waitFor(
        () =>
          [...container.querySelectorAll('button')].find(
            (b) => b.textContent === 'Download the analysed workbook',
          ),
        'the download button',
      ),
    );
    const saved = downloads[0];
    if (!saved) throw new Error('nothing downloaded');
    const reopened = XlsxWorkbook.open(await blobBytes(saved.blob));
    const names = (await reopened.listSheets()).map((sheet) => sheet.name);
    expect({ name: saved.name, names }).toEqual({
      name: 'balance-agee-fr.analysed.xlsx',
      names: expect.arrayContaining(['Balance', 'Détail']),
    });
  });

  it('opens a CSV the user chooses as a one-sheet workbook', async () => {
    const container = await demo();
    const input = container.querySelector<HTMLInputElement>('[data-testid="workbook-file"]');
    if (!input) throw new Error('no file input');
    const text = 'Client;Solde\nGarage;12,50\n';
    const file = new File([text], 'export.csv', { type: 'text/csv' });
    // jsdom's File has no arrayBuffer(); a browser's has.
    Object.defineProperty(file, 'arrayBuffer', {
      value: async () => new TextEncoder().encode(text).buffer,
    });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => container.textContent?.includes('export.csv') || undefined, 'the CSV');
    expect(container.textContent).toContain('Workbook: export.csv');
  });
});
