import type { OutputCell, SheetBlock, SheetSpec } from './sheetSpec';

/**
 * How many sheet rows a block takes: one for a title, line or blank; a
 * table takes its header, its rows and its totals row.
 *
 * @example
 * blockRowCount({ kind: 'blank' }) // 1
 */
export function blockRowCount(block: SheetBlock): number {
  if (block.kind !== 'table') return 1;
  return 1 + block.table.rows.length + (block.table.totals ? 1 : 0);
}

/**
 * The cells of a sheet spec as plain rows from row 1 down, the way a reader
 * that ignores formatting sees the written sheet. A totals row holds its
 * label or the computed value of its sum.
 *
 * @example
 * renderSheetRows({ role: 'rejected', name: 'Rejected rows', blocks: [{ kind: 'title', text: 'Rejected rows' }] })
 * // [['Rejected rows']]
 */
export function renderSheetRows(spec: SheetSpec): OutputCell[][] {
  const rows: OutputCell[][] = [];
  for (const block of spec.blocks) {
    switch (block.kind) {
      case 'title':
        rows.push([block.text]);
        break;
      case 'line':
        rows.push([...block.cells]);
        break;
      case 'blank':
        rows.push([]);
        break;
      case 'table': {
        const { table } = block;
        rows.push(table.columns.map((column) => column.header));
        for (const row of table.rows) rows.push([...row]);
        if (table.totals) {
          rows.push(
            table.totals.map((total) =>
              total.kind === 'label' ? total.text : total.kind === 'sum' ? total.value : null,
            ),
          );
        }
        break;
      }
    }
  }
  return rows;
}
