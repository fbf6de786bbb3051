import type { SheetSpec, TableColumn } from './sheetSpec';

/** Characters a table header needs beyond its text: the filter button Excel draws in it. */
const FILTER_BUTTON_ROOM = 3;

/**
 * A sheet whose table columns are at least wide enough to show their whole
 * header beside the filter button, so "Jours de retard" is not cut to
 * "Jours de reta". Wider columns stay as they are.
 *
 * @example
 * const sheet = fitHeaders(spec);
 * // a column { header: 'Date de facture', width: 12 } becomes width 18
 */
export function fitHeaders(spec: SheetSpec): SheetSpec {
  return {
    ...spec,
    blocks: spec.blocks.map((block) =>
      block.kind === 'table'
        ? { ...block, table: { ...block.table, columns: block.table.columns.map(fitColumn) } }
        : block,
    ),
  };
}

function fitColumn(column: TableColumn): TableColumn {
  const needed = column.header.length + FILTER_BUTTON_ROOM;
  return column.width !== undefined && column.width >= needed
    ? column
    : { ...column, width: needed };
}
