import { ageItems } from '../ageing/ageItems';
import { day, ledgerOf, openItem } from '../ageing/fixtures';
import { DEFAULT_BUCKET_BOUNDS } from '../ageing/types';
import type { LedgerReadResult } from '../ledger/types';
import { buildAnalysisSheets } from './buildAnalysisSheets';
import { isValidTableName, sheetNameProblem } from './excelNames';
import { renderSheetRows } from './renderRows';
import type { SheetSpec, TableSpec } from './sheetSpec';

const items = [
  openItem({
    row: 5,
    customerCode: '411001',
    customerName: 'Garage Martin',
    invoice: 'F-1001',
    invoiceDate: '2026-09-01',
    dueDate: '2026-10-01',
    amount: 1200.5,
    entity: 'FR01',
  }),
  openItem({
    row: 6,
    customerCode: '411001',
    customerName: 'Garage Martin',
    invoice: 'AV-12',
    dueDate: '2026-11-15',
    amount: -200.25,
    disputed: true,
  }),
  openItem({
    row: 8,
    customerCode: '411002',
    customerName: '=HYPERLINK("http://x")',
    invoice: '+33 6 12',
    dueDate: '2025-06-30',
    amount: 80,
    dueDateDerived: true,
  }),
  openItem({
    row: 9,
    customerCode: '411003',
    customerName: 'Roux & Fils',
    dueDate: '2026-12-20',
    amount: 450,
  }),
  openItem({
    row: 11,
    customerCode: '411001',
    customerName: 'Garage Martin',
    dueDate: '2026-08-01',
    amount: 310.1,
    currency: 'USD',
  }),
];
const ledger: LedgerReadResult = ledgerOf(items, {
  rejected: [
    { row: 7, field: 'dueDate', value: '31/02/2026', reason: 'Not a real day' },
    { row: 10, field: 'amount', value: '@SUM(A1)', reason: 'Not an amount' },
  ],
  skipped: [
    { row: 12, kind: 'subtotal' },
    { row: 13, kind: 'blank' },
    { row: 14, kind: 'blank' },
  ],
  warnings: [{ code: 'derivedDueDates', rows: [8], message: '1 due date derived from terms.' }],
});
const analysis = ageItems(items, {
  asOf: day('2026-11-30'),
  basis: 'due',
  bounds: DEFAULT_BUCKET_BOUNDS,
});
const english = buildAnalysisSheets(ledger, analysis, 'en', { ledgerFirstColumn: 2 });
const french = buildAnalysisSheets(ledger, analysis, 'fr', { ledgerFirstColumn: 2 });

function tablesOf(sheet: SheetSpec | undefined): TableSpec[] {
  return (sheet?.blocks ?? []).flatMap((block) => (block.kind === 'table' ? [block.table] : []));
}
const sheetOf = (sheets: SheetSpec[], role: SheetSpec['role']) =>
  sheets.find((sheet) => sheet.role === role);

describe('buildAnalysisSheets: names', () => {
  it.each([
    ['en', english, ['Aged balance', 'Ageing detail', 'Rejected rows']],
    ['fr', french, ['Balance âgée', 'Détail balance âgée', 'Lignes rejetées']],
  ])('names the sheets in %s', (_language, sheets, names) => {
    expect(sheets.map((sheet) => sheet.name)).toEqual(names);
  });

  it('gives every sheet a name Excel accepts', () => {
    const problems = [...english, ...french].map((sheet) => sheetNameProblem(sheet.name));
    expect(problems).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('gives every table a valid name, unique in the workbook', () => {
    const names = english.flatMap(tablesOf).map((table) => table.name);
    expect(names).toEqual([
      'RD_AgedBalance_EUR',
      'RD_AgedBalance_USD',
      'RD_AgedBalance_Entities',
      'RD_Detail',
      'RD_Rejected',
    ]);
    expect(names.every(isValidTableName)).toBe(true);
  });

  it.each([
    ['en', english],
    ['fr', french],
  ])('keeps table headers unique within each table in %s', (_language, sheets) => {
    for (const table of sheets.flatMap(tablesOf)) {
      const headers = table.columns.map((column) => column.header.toLowerCase());
      expect(new Set(headers).size).toBe(headers.length);
    }
  });

  it('gives every table row as many cells as the table has columns', () => {
    for (const table of english.flatMap(tablesOf)) {
      expect(table.rows.every((row) => row.length === table.columns.length)).toBe(true);
    }
  });
});

describe('buildAnalysisSheets: aged balance', () => {
  const [eur, usd] = tablesOf(sheetOf(english, 'agedBalance'));

  it('has one row per customer of the currency, largest overdue first', () => {
    expect(eur?.rows.map((row) => [row[0], row[1], row[2]])).toEqual([
      ['411001', 'Garage Martin', 1000.25],
      ['411002', '=HYPERLINK("http://x")', 80],
      ['411003', 'Roux & Fils', 450],
    ]);
  });

  it('never puts another currency in a table', () => {
    expect(usd?.rows).toEqual([
      ['411001', 'Garage Martin', 310.1, 0, 0, 0, 0, 310.1, 0, 0, 310.1, 310.1, 0, 1],
    ]);
  });

  it('makes each totals sum equal the sum of its column', () => {
    eur?.totals?.forEach((total, column) => {
      if (total.kind !== 'sum') return;
      const columnSum = eur.rows.reduce(
        (sum, row) => sum + Math.round(Number(row[column]) * 100),
        0,
      );
      expect(Math.round(total.value * 100)).toBe(columnSum);
    });
    expect(eur?.totals?.filter((total) => total.kind === 'sum')).toHaveLength(11);
  });

  it('labels the totals row and leaves the share column without a sum', () => {
    expect([eur?.totals?.[0], eur?.totals?.[13]]).toEqual([
      { kind: 'label', text: 'Total' },
      { kind: 'none' },
    ]);
  });

  it('writes the share of each bucket in the open total under the table', () => {
    const rows = renderSheetRows(sheetOf(english, 'agedBalance') as SheetSpec);
    const shareRow = rows.find((row) => row[0] === 'Share of open');
    // EUR open 1530.25: not due 450, 1-30 -200.25, 31-60 1200.5, >365 80.
    expect(shareRow?.slice(3, 10).map((cell) => Number(Number(cell).toFixed(4)))).toEqual([
      0.2941, -0.1309, 0.7845, 0, 0, 0, 0.0523,
    ]);
  });

  it('freezes the rows down to the table header when there is one currency', () => {
    const one = ageItems([items[0]!], {
      asOf: day('2026-11-30'),
      basis: 'due',
      bounds: DEFAULT_BUCKET_BOUNDS,
    });
    const sheet = sheetOf(buildAnalysisSheets(ledgerOf([items[0]!]), one, 'en'), 'agedBalance');
    const rows = renderSheetRows(sheet as SheetSpec);
    expect(rows[(sheet?.freezeRows ?? 0) - 1]?.[0]).toBe('Customer code');
  });

  it('adds a table of totals per entity and currency, with no totals row', () => {
    const entities = tablesOf(sheetOf(english, 'agedBalance'))[2];
    expect([entities?.rows, entities?.totals]).toEqual([
      [
        ['', 'EUR', 329.75, 450, -200.25, 0, 0, 0, 0, 80, -120.25, 80, 80],
        ['', 'USD', 310.1, 0, 0, 0, 0, 310.1, 0, 0, 310.1, 310.1, 0],
        ['FR01', 'EUR', 1200.5, 0, 0, 1200.5, 0, 0, 0, 0, 1200.5, 0, 0],
      ],
      undefined,
    ]);
  });

  it('writes the as-of date as an Excel serial', () => {
    const rows = renderSheetRows(sheetOf(english, 'agedBalance') as SheetSpec);
    expect(rows[1]).toEqual(['As of', 46356]);
  });

  it('uses French labels with their accents', () => {
    const rows = renderSheetRows(sheetOf(french, 'agedBalance') as SheetSpec);
    expect(rows[0]).toEqual(['Balance âgée']);
    expect(rows[1]).toEqual(['Arrêtée au', 46356]);
    expect(rows[2]).toEqual(['Âge calculé depuis', 'Date d’échéance']);
    expect(tablesOf(sheetOf(french, 'agedBalance'))[0]?.columns.map((c) => c.header)).toEqual([
      'Code client',
      'Nom du client',
      'Solde',
      'Non échu',
      '1-30',
      '31-60',
      '61-90',
      '91-180',
      '181-365',
      '>365',
      'Échu',
      'Plus de 90 jours',
      'En litige',
      'Part échue',
    ]);
  });
});

describe('buildAnalysisSheets: detail', () => {
  const [detail] = tablesOf(sheetOf(english, 'detail'));

  it('writes one row per item with dates as serials and the derived flag', () => {
    expect(detail?.rows[2]).toEqual([
      '411002',
      '=HYPERLINK("http://x")',
      '+33 6 12',
      null,
      45838,
      'Yes',
      518,
      '>365',
      80,
      'EUR',
      '',
      'No',
      8,
    ]);
  });

  it('formats the date columns as dates', () => {
    const formats = detail?.columns.filter((c) => c.format === 'date').map((c) => c.header);
    expect(formats).toEqual(['Invoice date', 'Due date']);
  });

  it('has no totals row, since its amounts mix currencies', () => {
    expect(detail?.totals).toBeUndefined();
  });

  it('says Oui and Non in French', () => {
    const [frenchDetail] = tablesOf(sheetOf(french, 'detail'));
    expect([frenchDetail?.rows[1]?.[5], frenchDetail?.rows[1]?.[11]]).toEqual(['Non', 'Oui']);
  });

  it('freezes the rows down to the table header', () => {
    const sheet = sheetOf(english, 'detail') as SheetSpec;
    expect(renderSheetRows(sheet)[(sheet.freezeRows ?? 0) - 1]?.[0]).toBe('Customer code');
  });
});

describe('buildAnalysisSheets: rejected rows', () => {
  const sheet = sheetOf(english, 'rejected') as SheetSpec;
  const [table] = tablesOf(sheet);

  it('lists each rejected row with its raw value as text', () => {
    expect(table?.rows).toEqual([
      [7, 'Due date', '31/02/2026', 'Not a real day'],
      [10, 'Amount', '@SUM(A1)', 'Not an amount'],
    ]);
  });

  it('links each row to the blamed cell on the ledger sheet', () => {
    const block = sheet.blocks.find((b) => b.kind === 'table');
    expect(block?.kind === 'table' ? block.links : undefined).toEqual([
      { sheet: 'Grand livre', row: 7, column: 4 },
      { sheet: 'Grand livre', row: 10, column: 5 },
    ]);
  });

  it('counts accepted, rejected and skipped rows and lists the warnings', () => {
    const rows = renderSheetRows(sheet);
    expect(rows.slice(2, 6)).toEqual([
      ['Rows accepted', 5],
      ['Rows rejected', 2],
      ['Blank rows skipped', 2],
      ['Subtotal and total rows skipped', 1],
    ]);
    expect(rows).toContainEqual(['1 due date derived from terms.']);
  });

  it('says so when nothing was rejected, and still writes the sheet', () => {
    const clean = buildAnalysisSheets(ledgerOf(items), analysis, 'fr');
    const rows = renderSheetRows(sheetOf(clean, 'rejected') as SheetSpec);
    expect(rows).toContainEqual(['Aucune ligne n’a été rejetée.']);
  });
});
