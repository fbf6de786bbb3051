import { fitHeaders } from './fitHeaders';
import type { SheetSpec } from './sheetSpec';

function sheetWith(columns: { header: string; width?: number }[]): SheetSpec {
  return {
    role: 'detail',
    name: 'Détail balance âgée',
    blocks: [
      { kind: 'title', text: 'Détail' },
      {
        kind: 'table',
        table: {
          name: 'RD_Detail',
          columns: columns.map((column) => ({ ...column, format: 'text' as const })),
          rows: [],
        },
      },
    ],
  };
}

function widths(spec: SheetSpec): (number | undefined)[] {
  const table = spec.blocks.find((block) => block.kind === 'table');
  return table?.kind === 'table' ? table.table.columns.map((column) => column.width) : [];
}

describe('fitHeaders', () => {
  it('widens a column to its header and the filter button', () => {
    const spec = sheetWith([{ header: 'Jours de retard', width: 10 }]);

    expect(widths(fitHeaders(spec))).toEqual(['Jours de retard'.length + 3]);
  });

  it('keeps a column that is already wide enough', () => {
    const spec = sheetWith([{ header: 'Client', width: 32 }]);

    expect(widths(fitHeaders(spec))).toEqual([32]);
  });

  it('gives a width to a column that had none', () => {
    const spec = sheetWith([{ header: 'Devise' }]);

    expect(widths(fitHeaders(spec))).toEqual(['Devise'.length + 3]);
  });

  it('leaves blocks other than tables alone', () => {
    const spec = sheetWith([{ header: 'Devise' }]);

    expect(fitHeaders(spec).blocks[0]).toBe(spec.blocks[0]);
  });
});
