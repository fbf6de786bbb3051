/**
 * Reads a worksheet part into a CellGrid with a hand-written scanner: no DOM,
 * one pass over the text, so a sheet of a million cells reads in well under
 * a second. Only the cells' values and number formats are read.
 */
import type { CellGrid, CellValue } from '../../engine/grid/cellGrid';
import type { ProgressListener } from '../../port/workbookPort';
import { textOfStringItem } from './sharedStrings';
import { decodeCellText, decodeXmlEntities, readAttributes } from './xmlText';

export interface ScanContext {
  sheetName: string;
  /** The workbook's shared strings, fetched only when a cell needs them. */
  sharedStrings: () => string[];
  /** Number format code per cell style index. */
  cellFormats: readonly string[];
  date1904: boolean;
}

export interface ScanOptions {
  /** Stop after this many rows, counted from the first row holding a value. */
  maxRows?: number;
  onProgress?: ProgressListener;
}

const PROGRESS_EVERY_ROWS = 5_000;

/**
 * Splits an A1 reference into a 1-based row and column, or undefined.
 *
 * @example
 * parseCellRef('AB12') // { row: 12, column: 28 }
 */
export function parseCellRef(ref: string): { row: number; column: number } | undefined {
  let column = 0;
  let index = 0;
  for (; index < ref.length; index += 1) {
    const code = ref.charCodeAt(index);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else if (code !== 36) break;
  }
  let row = 0;
  for (; index < ref.length; index += 1) {
    const code = ref.charCodeAt(index);
    if (code >= 48 && code <= 57) row = row * 10 + (code - 48);
    else if (code !== 36) return undefined;
  }
  return column > 0 && row > 0 ? { row, column } : undefined;
}

/** One attribute of a start tag body, fast, for the attributes cells and rows use. */
function attribute(body: string, name: string): string | undefined {
  const at = body.indexOf(` ${name}="`);
  if (at >= 0) {
    const start = at + name.length + 3;
    return body.slice(start, body.indexOf('"', start));
  }
  if (!/[\t\n\r']/.test(body)) return undefined;
  return readAttributes(body)[name];
}

/** The text inside the first `<name>...</name>` of a cell body, or undefined. */
function childText(body: string, open: string, close: string): string | undefined {
  const at = body.indexOf(open);
  if (at < 0) return undefined;
  const contentStart = body.indexOf('>', at) + 1;
  if (body[contentStart - 2] === '/') return '';
  const end = body.indexOf(close, contentStart);
  return end < 0 ? undefined : body.slice(contentStart, end);
}

interface Tags {
  row: string;
  cell: string;
  valueOpen: string;
  valueClose: string;
  inlineOpen: string;
  inlineClose: string;
  cellClose: string;
  prefix: string;
}

function tagsFor(prefix: string): Tags {
  return {
    row: `${prefix}row`,
    cell: `${prefix}c`,
    valueOpen: `<${prefix}v`,
    valueClose: `</${prefix}v>`,
    inlineOpen: `<${prefix}is`,
    inlineClose: `</${prefix}is>`,
    cellClose: `</${prefix}c>`,
    prefix,
  };
}

function cellValue(
  type: string | undefined,
  body: string,
  tags: Tags,
  context: ScanContext,
): CellValue {
  if (type === 'inlineStr') {
    const inline = childText(body, tags.inlineOpen, tags.inlineClose);
    return inline === undefined ? null : textOfStringItem(inline, tags.prefix);
  }
  const raw = childText(body, tags.valueOpen, tags.valueClose);
  if (raw === undefined) return null;
  switch (type) {
    case 's':
      return context.sharedStrings()[Number(raw)] ?? null;
    case 'str':
      return decodeCellText(raw);
    case 'b':
      return raw.trim() === '1' || raw.trim() === 'true';
    case 'e':
      return decodeXmlEntities(raw);
    case 'd': {
      const time = Date.parse(raw.length === 10 ? `${raw}T00:00:00Z` : raw);
      return Number.isNaN(time) ? raw : new Date(time);
    }
    default: {
      const number = Number(raw);
      return raw.trim() === '' || Number.isNaN(number) ? decodeCellText(raw) : number;
    }
  }
}

/** Reads a worksheet's used range (the cells holding a value) into a grid. */
export function scanSheet(xml: string, context: ScanContext, options: ScanOptions = {}): CellGrid {
  const prefix = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
  const tags = tagsFor(prefix);
  const rows: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const dimension = /<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?[A-Z]*(\d*)"/.exec(xml);
  const expectedRows = Number(dimension?.[1] ?? 0);
  let firstRow = Number.POSITIVE_INFINITY;
  let lastRow = 0;
  let firstColumn = Number.POSITIVE_INFINITY;
  let rowLimit = Number.POSITIVE_INFINITY;
  let currentRow = 0;
  let currentColumn = 0;
  let rowsSeen = 0;

  const dataStart = xml.indexOf(`<${prefix}sheetData`);
  const dataEnd = dataStart < 0 ? -1 : xml.indexOf(`</${prefix}sheetData>`, dataStart);
  let position = dataStart < 0 ? xml.length : xml.indexOf('>', dataStart) + 1;
  const end = dataEnd < 0 ? position : dataEnd;

  while (position < end) {
    const open = xml.indexOf('<', position);
    if (open < 0 || open >= end) break;
    const tagEnd = xml.indexOf('>', open);
    let nameEnd = open + 1;
    while (nameEnd < tagEnd && !' \t\r\n/'.includes(xml[nameEnd] as string)) nameEnd += 1;
    const name = xml.slice(open + 1, nameEnd);
    const body = xml.slice(nameEnd, tagEnd);
    const selfClosing = xml[tagEnd - 1] === '/';
    position = tagEnd + 1;

    if (name === tags.row) {
      const r = attribute(body, 'r');
      currentRow = r ? Number(r) : currentRow + 1;
      currentColumn = 0;
      if (currentRow > rowLimit) break;
      rowsSeen += 1;
      if (options.onProgress && rowsSeen % PROGRESS_EVERY_ROWS === 0) {
        options.onProgress(currentRow, Math.max(expectedRows, currentRow));
      }
      continue;
    }
    if (name !== tags.cell) continue;

    const ref = attribute(body, 'r');
    const parsed = ref ? parseCellRef(ref) : undefined;
    currentColumn = parsed ? parsed.column : currentColumn + 1;
    if (parsed && parsed.row !== currentRow) currentRow = parsed.row;
    if (selfClosing) continue;
    const close = xml.indexOf(tags.cellClose, position);
    const inner = xml.slice(position, close < 0 ? end : close);
    position = close < 0 ? end : close + tags.cellClose.length;
    if (currentRow === 0 || currentRow > rowLimit) continue;

    const value = cellValue(attribute(body, 't'), inner, tags, context);
    if (value === null) continue;
    const style = Number(attribute(body, 's') ?? 0);
    const rowIndex = currentRow - 1;
    let row = rows[rowIndex];
    if (!row) {
      row = [];
      rows[rowIndex] = row;
      formats[rowIndex] = [];
    }
    row[currentColumn - 1] = value;
    (formats[rowIndex] as (string | undefined)[])[currentColumn - 1] =
      context.cellFormats[style] ?? 'General';
    if (currentRow < firstRow) {
      firstRow = currentRow;
      if (options.maxRows !== undefined) rowLimit = firstRow + options.maxRows - 1;
    }
    if (currentRow > lastRow) lastRow = currentRow;
    if (currentColumn < firstColumn) firstColumn = currentColumn;
  }

  return toGrid(rows, formats, context, firstRow, lastRow, firstColumn);
}

function toGrid(
  rows: CellValue[][],
  formats: (string | undefined)[][],
  context: ScanContext,
  firstRow: number,
  lastRow: number,
  firstColumn: number,
): CellGrid {
  if (lastRow === 0) {
    return {
      sheetName: context.sheetName,
      values: [],
      numberFormats: [],
      firstRow: 1,
      firstColumn: 1,
      date1904: context.date1904,
    };
  }
  const values: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  for (let rowIndex = firstRow - 1; rowIndex < lastRow; rowIndex += 1) {
    values.push(fillRow(rows[rowIndex], firstColumn, null));
    numberFormats.push(fillRow(formats[rowIndex], firstColumn, undefined));
  }
  return {
    sheetName: context.sheetName,
    values,
    numberFormats,
    firstRow,
    firstColumn,
    date1904: context.date1904,
  };
}

/** A sparse row made dense from `firstColumn`, holes filled with `blank`. */
function fillRow<T>(row: T[] | undefined, firstColumn: number, blank: T): T[] {
  if (!row) return [];
  const dense: T[] = new Array<T>(Math.max(0, row.length - firstColumn + 1));
  for (let index = 0; index < dense.length; index += 1) {
    const value = row[index + firstColumn - 1];
    dense[index] = value === undefined ? blank : value;
  }
  return dense;
}
