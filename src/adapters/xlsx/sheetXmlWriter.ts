/**
 * Turns a SheetSpec into worksheet XML: titles, lines, blank lines and Excel
 * tables, every text cell an inline string (never a formula), number
 * formats, column widths, a frozen header and links to other sheets. Built
 * as an array of strings joined once, so 100,000 rows write quickly.
 */
import { ReceivablesError } from '../../engine/errors/receivablesError';
import { columnLetters } from '../../engine/grid/cellGrid';
import type {
  CellFormat,
  CellLink,
  OutputCell,
  SheetSpec,
  TableSpec,
} from '../../engine/sheets/sheetSpec';
import type { ProgressListener } from '../../port/workbookPort';
import type { StyleBook } from './styles';
import type { TablePlan } from './tableXml';
import { escapeCellText, escapeXml } from './xmlText';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PROGRESS_EVERY_ROWS = 10_000;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const WIDTH_SAMPLE_ROWS = 500;
const DATE_1904_SHIFT = 1462;
const MAX_CELL_TEXT = 32_767;
const ROWS_PER_BLOCK = 20_000;
const ENCODER = new TextEncoder();
const MAX_ROWS = 1_048_576;

export interface WorksheetXml {
  /** The part's UTF-8 bytes, encoded in blocks of rows: a million rows never make one string. */
  bytes: Uint8Array;
  /** The tables on the sheet, in order; table i is relationship `rId{i+1}`. */
  tables: TablePlan[];
}

interface Writer {
  /** Rows not yet encoded. */
  out: string[];
  /** Rows already encoded, block by block. */
  encoded: Uint8Array[];
  styles: StyleBook;
  letters: string[];
  widths: number[];
  links: string[];
  row: number;
  lastColumn: number;
  sheetName: string;
  /** Days to take off date serials: 1462 in a workbook counting from 1904, else 0. */
  dateShift: number;
}

/** The A1 text of a link target on another sheet: 'My sheet'!B17. */
export function linkLocation(link: CellLink): string {
  return `'${link.sheet.replace(/'/g, "''")}'!${columnLetters(link.column)}${link.row}`;
}

function letter(writer: Writer, column: number): string {
  let letters = writer.letters[column];
  if (letters === undefined) {
    letters = columnLetters(column);
    writer.letters[column] = letters;
  }
  return letters;
}

/** One cell's XML, or '' for an empty cell with no style. */
function cellXml(ref: string, value: OutputCell, style: number): string {
  const s = style === 0 ? '' : ` s="${style}"`;
  if (value === null || value === undefined) return style === 0 ? '' : `<c r="${ref}"${s}/>`;
  if (typeof value === 'string') {
    // Limitation: text longer than Excel's 32,767-character cell limit is cut to that limit,
    // because Excel refuses to open a workbook holding a longer cell.
    const text = value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
    const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
    return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeCellText(text)}</t></is></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (!Number.isFinite(value)) return `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  return `<c r="${ref}"${s}><v>${value}</v></c>`;
}

function noteWidth(writer: Writer, column: number, value: OutputCell, format: CellFormat): void {
  if (value === null) return;
  let length = typeof value === 'string' ? value.length : String(value).length;
  if (format === 'date') length = 10;
  if (format === 'amount' && typeof value === 'number') length += Math.floor(length / 3) + 1;
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, length + 2));
  if (width > (writer.widths[column] ?? 0)) writer.widths[column] = width;
}

/** Spec dates are 1900-system serials; a 1904 workbook counts 1462 days fewer. */
function shiftDate(writer: Writer, value: OutputCell, format: CellFormat): OutputCell {
  return format === 'date' && typeof value === 'number' ? value - writer.dateShift : value;
}

function writeRow(writer: Writer, cells: string[]): void {
  if (writer.row > MAX_ROWS) {
    throw new ReceivablesError(
      'INVALID_OPTION',
      `The sheet "${writer.sheetName}" would need more than ${MAX_ROWS.toLocaleString('en')} rows, ` +
        'the most an Excel sheet holds.',
    );
  }
  const content = cells.join('');
  if (content !== '') writer.out.push(`<row r="${writer.row}">${content}</row>`);
  writer.row += 1;
  if (writer.out.length >= ROWS_PER_BLOCK) {
    writer.encoded.push(ENCODER.encode(writer.out.join('')));
    writer.out = [];
  }
}

function defaultFormat(value: OutputCell): CellFormat {
  return typeof value === 'number' ? 'amount' : 'text';
}

function writeLine(
  writer: Writer,
  values: OutputCell[],
  formats: (CellFormat | undefined)[],
  bold: boolean,
): void {
  const cells = values.map((value, index) => {
    const column = index + 1;
    const format = formats[index] ?? (typeof value === 'number' ? defaultFormat(value) : 'text');
    if (!bold) noteWidth(writer, column, value, format);
    writer.lastColumn = Math.max(writer.lastColumn, column);
    const style = writer.styles.indexOf({ format, bold });
    return cellXml(
      `${letter(writer, column)}${writer.row}`,
      shiftDate(writer, value, format),
      style,
    );
  });
  writeRow(writer, cells);
}

/** Header texts as an Excel table wants them: one line, not blank, unique case-insensitively. */
function tableHeaders(table: TableSpec): string[] {
  const seen = new Set<string>();
  return table.columns.map((column, index) => {
    const base = column.header.replace(/[\r\n\t]+/g, ' ').trim() || `Column${index + 1}`;
    let header = base;
    for (let suffix = 2; seen.has(header.toUpperCase()); suffix += 1) header = `${base} ${suffix}`;
    seen.add(header.toUpperCase());
    return header;
  });
}

function writeTable(
  writer: Writer,
  table: TableSpec,
  links: readonly (CellLink | undefined)[] | undefined,
  tableName: string,
  onProgress: ProgressListener | undefined,
): TablePlan {
  const headers = tableHeaders(table);
  const headerRow = writer.row;
  const lastColumnLetters = letter(writer, headers.length);
  writeLine(writer, headers, [], false);
  const formats = table.columns.map((column) => column.format);
  const styles = formats.map((format) => writer.styles.indexOf({ format }));
  const linkStyle = writer.styles.indexOf({ format: 'text', link: true });
  const dataRows = Math.max(1, table.rows.length);
  for (let index = 0; index < dataRows; index += 1) {
    const values = table.rows[index] ?? [];
    const link = links?.[index];
    const cells: string[] = [];
    for (let column = 0; column < headers.length; column += 1) {
      const value = values[column] ?? null;
      const format = formats[column] as CellFormat;
      const ref = `${letter(writer, column + 1)}${writer.row}`;
      if (index < WIDTH_SAMPLE_ROWS) noteWidth(writer, column + 1, value, format);
      const style =
        column === 0 && link && format === 'text' ? linkStyle : (styles[column] as number);
      cells.push(cellXml(ref, shiftDate(writer, value, format), style));
      if (column === 0 && link)
        writer.links.push(`<hyperlink ref="${ref}" location="${escapeXml(linkLocation(link))}"/>`);
    }
    writeRow(writer, cells);
    if (onProgress && index % PROGRESS_EVERY_ROWS === PROGRESS_EVERY_ROWS - 1)
      onProgress(index + 1, dataRows);
  }
  const lastDataRow = writer.row - 1;
  if (table.totals) writeTotals(writer, table, tableName, headers);
  for (const [index, column] of table.columns.entries()) {
    // Several tables may share a column: the widest need wins.
    if (column.width !== undefined)
      writer.widths[index + 1] = Math.max(writer.widths[index + 1] ?? 0, column.width);
  }
  writer.lastColumn = Math.max(writer.lastColumn, headers.length);
  return {
    name: tableName,
    ref: `A${headerRow}:${lastColumnLetters}${writer.row - 1}`,
    autoFilterRef: `A${headerRow}:${lastColumnLetters}${lastDataRow}`,
    columns: headers.map((header, index) => {
      const total = table.totals?.[index];
      if (total?.kind === 'sum') return { name: header, totalsRowFunction: 'sum' as const };
      if (total?.kind === 'label') return { name: header, totalsRowLabel: total.text };
      return { name: header };
    }),
    hasTotals: table.totals !== undefined,
  };
}

/**
 * A column of a table as a structured reference, the way Excel writes a
 * totals row formula: Table[Column], with [ ] # and ' escaped by an apostrophe.
 *
 * @example
 * structuredReference('RD_Detail', 'Amount [EUR]') // "RD_Detail[Amount '[EUR']]"
 */
export function structuredReference(tableName: string, header: string): string {
  return `${tableName}[${header.replace(/['#[\]]/g, "'$&")}]`;
}

function writeTotals(writer: Writer, table: TableSpec, tableName: string, headers: string[]): void {
  const bold = writer.styles.indexOf({ format: 'text', bold: true });
  const cells = table.columns.map((column, index) => {
    const ref = `${letter(writer, index + 1)}${writer.row}`;
    const total = table.totals?.[index];
    if (total?.kind === 'label') return cellXml(ref, total.text, bold);
    if (total?.kind !== 'sum') return '';
    const style = writer.styles.indexOf({ format: column.format, bold: true });
    const formula = `SUBTOTAL(109,${structuredReference(tableName, headers[index] as string)})`;
    const cached = Number.isFinite(total.value) ? total.value : 0;
    return `<c r="${ref}" s="${style}"><f>${escapeXml(formula)}</f><v>${cached}</v></c>`;
  });
  writeRow(writer, cells);
}

/**
 * The worksheet XML of a spec. `tableName` gives each table its final,
 * workbook-unique name.
 */
export function buildWorksheetXml(
  spec: SheetSpec,
  styles: StyleBook,
  tableName: (wanted: string) => string,
  options: { date1904: boolean; onProgress?: ProgressListener | undefined },
): WorksheetXml {
  const onProgress = options.onProgress;
  const writer: Writer = {
    out: [],
    encoded: [],
    styles,
    letters: [],
    widths: [],
    links: [],
    row: 1,
    lastColumn: 1,
    dateShift: options.date1904 ? DATE_1904_SHIFT : 0,
    sheetName: spec.name,
  };
  const tables: TablePlan[] = [];
  for (const block of spec.blocks) {
    if (block.kind === 'title') writeLine(writer, [block.text], [], true);
    else if (block.kind === 'line') writeLine(writer, block.cells, block.formats ?? [], false);
    else if (block.kind === 'blank') writer.row += 1;
    else
      tables.push(
        writeTable(writer, block.table, block.links, tableName(block.table.name), onProgress),
      );
  }
  const lastRow = Math.max(1, writer.row - 1);
  const head = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${R_NS}">`,
    `<dimension ref="A1:${letter(writer, writer.lastColumn)}${lastRow}"/>`,
    sheetViews(spec.freezeRows),
    '<sheetFormatPr defaultRowHeight="15"/>',
    columnsXml(writer.widths),
    '<sheetData>',
  ];
  const tail = ['</sheetData>'];
  if (writer.links.length > 0) tail.push(`<hyperlinks>${writer.links.join('')}</hyperlinks>`);
  tail.push(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  );
  if (tables.length > 0) {
    const parts = tables.map((_table, index) => `<tablePart r:id="rId${index + 1}"/>`).join('');
    tail.push(`<tableParts count="${tables.length}">${parts}</tableParts>`);
  }
  tail.push('</worksheet>');
  const blocks = [
    ENCODER.encode(head.join('')),
    ...writer.encoded,
    ENCODER.encode(writer.out.join('') + tail.join('')),
  ];
  return { bytes: concatBytes(blocks), tables };
}

function concatBytes(blocks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(blocks.reduce((total, block) => total + block.length, 0));
  let offset = 0;
  for (const block of blocks) {
    bytes.set(block, offset);
    offset += block.length;
  }
  return bytes;
}

function sheetViews(freezeRows: number | undefined): string {
  if (!freezeRows || freezeRows < 1)
    return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const top = `A${freezeRows + 1}`;
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>` +
    '</sheetView></sheetViews>'
  );
}

function columnsXml(widths: number[]): string {
  const cols: string[] = [];
  widths.forEach((width, column) => {
    if (width > 0)
      cols.push(`<col min="${column}" max="${column}" width="${width}" customWidth="1"/>`);
  });
  return cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '';
}
