import type { CellGrid } from '../engine/grid/cellGrid';
import { previewRows } from './previewCells';

function grid(values: CellGrid['values'], numberFormats?: CellGrid['numberFormats']): CellGrid {
  return {
    sheetName: 'Détail',
    values,
    ...(numberFormats ? { numberFormats } : {}),
    firstRow: 1,
    firstColumn: 1,
    date1904: false,
  };
}

function texts(rows: ReturnType<typeof previewRows>): string[][] {
  return rows.map((row) => row.map((cell) => cell.text));
}

describe('previewRows', () => {
  it.each([
    ['en', '30/11/2026'],
    ['fr', '30/11/2026'],
  ] as const)(
    'shows a serial in a date format as the day it stands for (30 November 2026) in %s',
    (language, text) => {
      expect(texts(previewRows(grid([[46356]], [['yyyy-mm-dd']]), language))).toEqual([[text]]);
    },
  );

  it.each([
    ['#,##0.00', 'en', '1,234.50'],
    ['#,##0.00', 'fr', '1\u202f234,50'],
    ['0.00', 'fr', '1234,50'],
    ['#,##0.00 "days"', 'en', '1,234.50'],
    ['[Red]0.00', 'en', '1234.50'],
    ['General', 'fr', '1234,5'],
  ] as const)('writes 1234.5 in format %j in %s as %j', (format, language, text) => {
    expect(texts(previewRows(grid([[1234.5]], [[format]]), language))).toEqual([[text]]);
  });

  it.each([
    ['en', '4.9%'],
    ['fr', '4,9\u00a0%'],
  ] as const)('shows a share in a percent format as a percentage in %s', (language, text) => {
    expect(texts(previewRows(grid([[0.0488]], [['0.0%']]), language))).toEqual([[text]]);
  });

  it('shows a date cell as its day (1 March 2026)', () => {
    expect(texts(previewRows(grid([[new Date(Date.UTC(2026, 2, 1))]])))).toEqual([['01/03/2026']]);
  });

  it.each([
    [46356, true],
    ['Client', false],
    [null, false],
  ])('marks %j as numeric: %s', (value, numeric) => {
    expect(previewRows(grid([[value]]))[0]?.[0]?.numeric).toBe(numeric);
  });

  it('pads short rows with blank cells to the widest row', () => {
    expect(texts(previewRows(grid([['Client', 'Solde', true], [null]])))).toEqual([
      ['Client', 'Solde', 'true'],
      ['', '', ''],
    ]);
  });
});
