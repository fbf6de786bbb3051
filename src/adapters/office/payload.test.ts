import { readBlockRows, readRowsAfterMeasure, READ_HEADROOM, takeBlock } from './payload';

describe('read block sizes', () => {
  it.each([
    [1, 50_000],
    [10, 5_000],
    [16_384, 3],
  ])('reads %i columns %i rows at a time before measuring', (columns, rows) => {
    expect(readBlockRows(columns)).toBe(rows);
  });

  it('reads fewer rows at a time when number formats come too', () => {
    expect(readBlockRows(10, true)).toBe(3_333);
  });

  it.each([
    ['grows when the rows were small', 5_000, 500_000, Number.POSITIVE_INFINITY, 16_000],
    ['shrinks when the rows were large', 5_000, 4_000_000, Number.POSITIVE_INFINITY, 2_000],
    ['measures per row on a short last block', 100, 400_000, Number.POSITIVE_INFINITY, 400],
    ['never grows past the ceiling', 5_000, 500_000, 6_000, 6_000],
    ['never goes below one row', 1, 9_000_000, Number.POSITIVE_INFINITY, 1],
  ])('%s', (_case, measuredRows, measured, ceiling, expected) => {
    expect(readRowsAfterMeasure(measuredRows, measured, 2_000_000, ceiling)).toBe(expected);
  });

  it('leaves room for rows larger than those measured', () => {
    const rows = readRowsAfterMeasure(1_000, 100_000, 2_000_000);
    expect(rows * 100 * READ_HEADROOM).toBeLessThanOrEqual(2_000_000);
  });
});

describe('value blocks', () => {
  const row = (text: string) => () => [text];

  it('takes as many rows as fit the budget as a JSON array', () => {
    // '["aaaaaa"]' is 10 characters: two rows and '[', ',', ']' make 23, three would make 34.
    expect(takeBlock(3, row('aaaaaa'), 0, 25)).toHaveLength(2);
  });

  it('takes a row larger than the budget on its own', () => {
    expect(takeBlock(3, row('a'.repeat(100)), 0, 25)).toHaveLength(1);
  });

  it('takes no more rows than the ceiling', () => {
    expect(takeBlock(100, row('a'), 0, 1_000, 7)).toHaveLength(7);
  });

  it('stops at the last row', () => {
    expect(takeBlock(10, row('a'), 8, 1_000)).toHaveLength(2);
  });

  it('takes the rows from the start asked for', () => {
    expect(takeBlock(5, (index) => [index], 3, 1_000)).toEqual([[3], [4]]);
  });

  it('fits the budget exactly when the rows do', () => {
    // Each '["ab"]' is 6 characters and a comma; eight rows and the brackets make 57.
    const block = takeBlock(1_000, row('ab'), 0, 57);
    expect(JSON.stringify(block).length).toBe(57);
  });
});
