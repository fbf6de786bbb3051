import { ageItems } from '../ageing/ageItems';
import { day, openItem } from '../ageing/fixtures';
import { DEFAULT_BUCKET_BOUNDS } from '../ageing/types';
import { outputLabels } from '../i18n/outputLabels';
import { buildDetailSheet, MAX_DETAIL_ITEMS } from './detailSheet';
import { EXCEL_MAX_ROWS } from './excelNames';
import { renderSheetRows } from './renderRows';

const analysis = ageItems(
  [
    openItem({ row: 5, dueDate: '2026-10-01', amount: 10 }),
    openItem({ row: 6, dueDate: '2026-11-01', amount: 20 }),
    openItem({ row: 7, dueDate: '2026-12-01', amount: 30 }),
  ],
  { asOf: day('2026-11-30'), basis: 'due', bounds: DEFAULT_BUCKET_BOUNDS },
);

describe('buildDetailSheet', () => {
  it('fits exactly on a sheet at its largest', () => {
    const rows = renderSheetRows(buildDetailSheet(analysis, outputLabels('en')));
    const headerIndex = rows.findIndex((row) => row[0] === 'Customer code');
    expect(headerIndex + 1 + MAX_DETAIL_ITEMS).toBe(EXCEL_MAX_ROWS);
  });

  it('leaves items past the limit off and says so above the table', () => {
    const sheet = buildDetailSheet(analysis, outputLabels('en'), 2);
    const rows = renderSheetRows(sheet);
    expect(rows.slice(4).map((row) => row[12])).toEqual([5, 6]);
    expect(rows[1]?.[2]).toBe(
      'Only the first 2 of 3 items fit on this sheet; the aged balance counts all of them.',
    );
  });

  it('writes no note when every item fits', () => {
    const rows = renderSheetRows(buildDetailSheet(analysis, outputLabels('fr')));
    expect(rows[1]).toEqual(['Arrêtée au', 46356]);
  });
});
