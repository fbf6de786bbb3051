import { formatBlockRows, readBlockRows, shrinkAfterMeasure, writeBlockRows } from './payload';

describe('block sizes', () => {
  it.each([
    [1, 50_000],
    [10, 5_000],
    [16_384, 3],
  ])('reads %i columns %i rows at a time', (columns, rows) => {
    expect(readBlockRows(columns)).toBe(rows);
  });

  it('reads fewer rows at a time when number formats come too', () => {
    expect(readBlockRows(10, true)).toBe(3_333);
  });

  it('writes a 9-column sheet 5,555 rows at a time', () => {
    expect(writeBlockRows(9)).toBe(5_555);
  });

  it('writes 3 formatted columns 33,333 rows at a time', () => {
    expect(formatBlockRows(3)).toBe(33_333);
  });

  it.each([
    ['keeps the size when the block was small', 5_000, 5_000, 500_000, 5_000],
    ['shrinks when the block was large', 5_000, 5_000, 4_000_000, 2_000],
    ['measures per row on a short last block', 5_000, 100, 400_000, 400],
    ['never goes below one row', 10, 1, 9_000_000, 1],
  ])('%s', (_case, blockRows, measuredRows, measured, expected) => {
    expect(shrinkAfterMeasure(blockRows, measuredRows, measured)).toBe(expected);
  });
});
