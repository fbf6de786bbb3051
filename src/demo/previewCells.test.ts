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

describe('previewRows', () => {
  it('shows a serial in a date format as the day it stands for (30 November 2026)', () => {
    expect(previewRows(grid([[46356]], [['dd/mm/yyyy']]))).toEqual([['2026-11-30']]);
  });

  it.each([['#,##0.00 "days"'], ['0.00" %"'], ['[Red]0.00'], ['General']])(
    'leaves a number in format %j as a number',
    (format) => {
      expect(previewRows(grid([[46356]], [[format]]))).toEqual([['46356']]);
    },
  );

  it('shows a share in a percent format as a percentage', () => {
    expect(previewRows(grid([[0.0488]], [['0.0%']]))).toEqual([['4.9%']]);
  });

  it('shows a date cell as its day (1 March 2026)', () => {
    expect(previewRows(grid([[new Date(Date.UTC(2026, 2, 1))]]))).toEqual([['2026-03-01']]);
  });

  it('pads short rows with blank cells to the widest row', () => {
    expect(previewRows(grid([['Client', 'Solde', true], [null]]))).toEqual([
      ['Client', 'Solde', 'true'],
      ['', '', ''],
    ]);
  });
});
