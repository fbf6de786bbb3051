/**
 * Excel table parts (`xl/tables/tableN.xml`): the definition that turns a
 * block of cells into a table with a header, filter buttons and a totals
 * row. Names must be unique in the workbook, and they share their name
 * space with defined names.
 */
import { escapeCellText, escapeXml, readAttributes } from './xmlText';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export interface TablePlanColumn {
  /** Equal to the header cell's text. */
  name: string;
  totalsRowFunction?: 'sum';
  totalsRowLabel?: string;
}

/** A table laid out on a sheet, waiting for its part. */
export interface TablePlan {
  name: string;
  /** Header to last row, totals included. */
  ref: string;
  /** Header and data rows, no totals. */
  autoFilterRef: string;
  columns: TablePlanColumn[];
  hasTotals: boolean;
}

/** The XML of a table part with workbook-unique `id`. */
export function buildTableXml(plan: TablePlan, id: number): string {
  const columns = plan.columns.map((column, index) => {
    const total = column.totalsRowFunction
      ? ` totalsRowFunction="${column.totalsRowFunction}"`
      : column.totalsRowLabel !== undefined
        ? ` totalsRowLabel="${escapeXml(escapeCellText(column.totalsRowLabel))}"`
        : '';
    return `<tableColumn id="${index + 1}" name="${escapeXml(escapeCellText(column.name))}"${total}/>`;
  });
  const totals = plan.hasTotals ? ' totalsRowCount="1"' : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${MAIN_NS}" id="${id}" name="${plan.name}" displayName="${plan.name}" ` +
    `ref="${plan.ref}"${totals}>` +
    `<autoFilter ref="${plan.autoFilterRef}"/>` +
    `<tableColumns count="${columns.length}">${columns.join('')}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" ' +
    'showRowStripes="1" showColumnStripes="0"/>' +
    '</table>'
  );
}

/** The id and name of an existing table part. */
export function readTableIdentity(xml: string): { id: number; name: string } {
  const root = /<(?:\w+:)?table\b([^>]*)>/.exec(xml);
  const attributes = readAttributes(root?.[1] ?? '');
  return { id: Number(attributes.id ?? 0), name: attributes.displayName ?? attributes.name ?? '' };
}

/**
 * A valid table name from a wanted one: letters, digits, `_` and `.`,
 * starting with a letter or `_`, not a cell reference, not `taken`
 * (compared case-insensitively).
 *
 * @example
 * uniqueTableName('Aged balance', () => false) // 'Aged_balance'
 */
export function uniqueTableName(wanted: string, taken: (upperName: string) => boolean): string {
  let base = wanted
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_.]/g, '_');
  if (!/^[A-Za-z_]/.test(base)) base = `T_${base}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]$/.test(base) || /^[Rr]\d*[Cc]\d*$/.test(base)) {
    base = `T_${base}`;
  }
  base = base.slice(0, 250);
  let name = base;
  for (let suffix = 2; taken(name.toUpperCase()); suffix += 1) name = `${base}_${suffix}`;
  return name;
}
