import type { CellValue } from '../grid/cellGrid';
import { findDuplicateRows } from './duplicateRows';

function duplicatesOf(rows: CellValue[][]): number[] {
  return findDuplicateRows(
    rows,
    rows.map((_, index) => index),
  );
}

describe('findDuplicateRows', () => {
  it('finds both copies of a repeated row', () => {
    expect(
      duplicatesOf([
        ['A', 1],
        ['B', 2],
        ['A', 1],
      ]),
    ).toEqual([0, 2]);
  });

  it('treats a blank cell and a missing one as the same', () => {
    expect(
      duplicatesOf([
        ['A', 1, null, ''],
        ['A', 1],
      ]),
    ).toEqual([0, 1]);
  });

  it.each<[CellValue, CellValue]>([
    ['1', 1],
    [1, 1.0001],
    [' A', 'A'],
    [true, 1],
    [new Date(Date.UTC(2026, 10, 30)), new Date(Date.UTC(2026, 10, 29))],
  ])('tells %p from %p', (a, b) => {
    expect(
      duplicatesOf([
        ['X', a],
        ['X', b],
      ]),
    ).toEqual([]);
  });

  it('compares dates by their time: 30 November 2026 twice is a duplicate', () => {
    const rows = [[new Date(Date.UTC(2026, 10, 30))], [new Date(Date.UTC(2026, 10, 30))]];
    expect(duplicatesOf(rows)).toEqual([0, 1]);
  });

  it('looks only at the rows it is given', () => {
    expect(findDuplicateRows([['A'], ['A'], ['A']], [0, 2])).toEqual([0, 2]);
  });

  it('reports every copy of a row repeated many times', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? ['same', 1] : ['other', i]));
    expect(duplicatesOf(rows)).toHaveLength(2500);
  });
});
