import { CELL_TEXT_LIMIT, toExcelInput } from './textCells';

describe('toExcelInput', () => {
  it.each([
    ['Garage Martin', "'Garage Martin"],
    ["'quoted", "''quoted"],
    ['', ''],
    [null, ''],
    [12.5, 12.5],
    [false, false],
    [Number.NaN, ''],
  ])('writes %j as %j', (cell, expected) => {
    expect(toExcelInput(cell)).toBe(expected);
  });

  it('cuts text too long for a cell so that Excel accepts it, marking the cut', () => {
    const written = String(toExcelInput('x'.repeat(40_000)));
    expect([written.length <= CELL_TEXT_LIMIT, written.endsWith('\u2026')]).toEqual([true, true]);
  });
});
