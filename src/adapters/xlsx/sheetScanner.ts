/**
 * Reads a worksheet part into a CellGrid with a hand-written scanner: no DOM,
 * one pass over the text, so a sheet of a million cells reads in well under
 * a second. Only the cells' values and number formats are read.
 */
import type { CellGrid, CellValue } from '../../engine/grid/cellGrid';
import type { ProgressListener } from '../../port/workbookPort';
import { textOfStringItem } from './sharedStrings';
import * as tagReader from './tagReader';
import type { TagSpans } from './tagReader';
import { decodeCellText, decodeXmlEntities } from './xmlText';

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

// Bound once: module loaders that turn imports into getters (tsx, which runs the command line)
// would otherwise add a property lookup to every cell of a million.
const { cellRefAt, integerAt, isNameEnd, readTag } = tagReader;

interface Tags {
  valueOpen: string;
  valueClose: string;
  inlineOpen: string;
  inlineClose: string;
  cellClose: string;
  prefix: string;
}

function tagsFor(prefix: string): Tags {
  return {
    valueOpen: `<${prefix}v`,
    valueClose: `</${prefix}v>`,
    inlineOpen: `<${prefix}is`,
    inlineClose: `</${prefix}is>`,
    cellClose: `</${prefix}c>`,
    prefix,
  };
}

/** The text of the first `open`...`close` child in xml[from, to), or undefined. */
function childText(
  xml: string,
  from: number,
  to: number,
  open: string,
  close: string,
): string | undefined {
  const at = xml.indexOf(open, from);
  if (at < 0 || at >= to) return undefined;
  const contentStart = xml.indexOf('>', at) + 1;
  if (xml.charCodeAt(contentStart - 2) === 47) return '';
  const end = xml.indexOf(close, contentStart);
  return end < 0 || end > to ? undefined : xml.slice(contentStart, end);
}

/**
 * An ISO 8601 date cell (t="d") as a Date. A date and time with no zone is
 * read as UTC: a cell holds a wall-clock time, not an instant, and the day
 * must not depend on the machine's time zone.
 */
function isoCellDate(raw: string): Date | string {
  const text = raw.trim();
  let zoned = text;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) zoned = `${text}T00:00:00Z`;
  else if (!/(Z|[+-]\d{2}:?\d{2})$/.test(text)) zoned = `${text}Z`;
  const time = Date.parse(zoned);
  return Number.isNaN(time) ? raw : new Date(time);
}

const valueSpan = { start: 0, end: 0 };

/** Finds the text of a cell's `<v>` in xml[from, to) without copying it; false when there is none. */
function findValue(
  xml: string,
  from: number,
  to: number,
  tags: Tags,
  into: { start: number; end: number },
): boolean {
  const at = xml.indexOf(tags.valueOpen, from);
  if (at < 0 || at >= to) return false;
  const contentStart = xml.indexOf('>', at) + 1;
  if (xml.charCodeAt(contentStart - 2) === 47) {
    into.start = into.end = contentStart;
    return true;
  }
  const end = xml.indexOf(tags.valueClose, contentStart);
  if (end < 0 || end > to) return false;
  into.start = contentStart;
  into.end = end;
  return true;
}

/** The value of a cell whose content is xml[from, to), by its t attribute. */
function cellValue(
  xml: string,
  from: number,
  to: number,
  spans: TagSpans,
  tags: Tags,
  context: ScanContext,
): CellValue {
  const typeLength = spans.tEnd - spans.tStart;
  const type = spans.tStart < 0 ? 110 : xml.charCodeAt(spans.tStart);
  if (type === 105 && typeLength === 9) {
    const inline = childText(xml, from, to, tags.inlineOpen, tags.inlineClose);
    return inline === undefined ? null : textOfStringItem(inline, tags.prefix);
  }
  if (!findValue(xml, from, to, tags, valueSpan)) return null;
  // Whole numbers (shared string indexes, day serials, counts) are read without copying text.
  const whole = integerAt(xml, valueSpan.start, valueSpan.end);
  if (type === 115 && typeLength === 1) {
    const index = whole >= 0 ? whole : Number(xml.slice(valueSpan.start, valueSpan.end));
    return context.sharedStrings()[index] ?? null;
  }
  if (type === 110 && whole >= 0) return whole;
  const raw = xml.slice(valueSpan.start, valueSpan.end);
  if (type === 115) return decodeCellText(raw);
  if (type === 98) return raw.trim() === '1' || raw.trim() === 'true';
  if (type === 101) return decodeXmlEntities(raw);
  if (type === 100) return isoCellDate(raw);
  const number = Number(raw);
  return raw.length === 0 || Number.isNaN(number) ? decodeCellText(raw) : number;
}

/**
 * Reads a worksheet's used range (the cells holding a value) into a grid.
 */
// Limitation: a formula cell is read by its cached value; a workbook saved by a tool that does not
// calculate (so no cached value is stored) reads those cells as blank.
export function scanSheet(xml: string, context: ScanContext, options: ScanOptions = {}): CellGrid {
  const prefix = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
  const tags = tagsFor(prefix);
  const rows: CellValue[][] = [];
  const widths: number[] = [];
  let widthHint = 0;
  const formats: (string | undefined)[][] = [];
  const dataStart = xml.indexOf(`<${prefix}sheetData`);
  const dataEnd = dataStart < 0 ? -1 : xml.indexOf(`</${prefix}sheetData>`, dataStart);
  const dimension = /<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?[A-Z]*(\d*)"/.exec(
    xml.slice(0, Math.max(0, dataStart)),
  );
  const expectedRows = Number(dimension?.[1] ?? 0);
  let firstRow = Number.POSITIVE_INFINITY;
  let lastRow = 0;
  let firstColumn = Number.POSITIVE_INFINITY;
  let rowLimit = Number.POSITIVE_INFINITY;
  let currentRow = 0;
  let currentColumn = 0;
  let rowsSeen = 0;
  let position = dataStart < 0 ? xml.length : xml.indexOf('>', dataStart) + 1;
  const end = dataEnd < 0 ? xml.length : dataEnd;
  const spans: TagSpans = { rStart: -1, rEnd: -1, sStart: -1, sEnd: -1, tStart: -1, tEnd: -1 };
  const ref = { row: 0, column: 0 };
  const nameOffset = 1 + prefix.length;

  while (position < end) {
    const open = xml.indexOf('<', position);
    if (open < 0 || open >= end) break;
    const tagEnd = xml.indexOf('>', open);
    if (tagEnd < 0) break;
    position = tagEnd + 1;
    if (prefix !== '' && !xml.startsWith(prefix, open + 1)) continue;
    const first = xml.charCodeAt(open + nameOffset);
    const isCell = first === 99 && isNameEnd(xml.charCodeAt(open + nameOffset + 1));
    const isRow =
      first === 114 &&
      xml.startsWith('ow', open + nameOffset + 1) &&
      isNameEnd(xml.charCodeAt(open + nameOffset + 3));
    if (!isCell && !isRow) continue;
    readTag(xml, open + nameOffset + (isCell ? 1 : 3), tagEnd, spans);
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;

    if (isRow) {
      const r = integerAt(xml, spans.rStart, spans.rEnd);
      currentRow = r > 0 ? r : currentRow + 1;
      currentColumn = 0;
      if (currentRow > rowLimit) break;
      rowsSeen += 1;
      if (options.onProgress && rowsSeen % PROGRESS_EVERY_ROWS === 0) {
        options.onProgress(currentRow, Math.max(expectedRows, currentRow));
      }
      continue;
    }

    if (spans.rStart >= 0 && cellRefAt(xml, spans.rStart, spans.rEnd, ref)) {
      currentColumn = ref.column;
      currentRow = ref.row;
    } else currentColumn += 1;
    if (selfClosing) continue;
    const close = xml.indexOf(tags.cellClose, position);
    const contentEnd = close < 0 || close > end ? end : close;
    const contentStart = position;
    position = contentEnd + (close < 0 ? 0 : tags.cellClose.length);
    if (currentRow === 0 || currentRow > rowLimit) continue;

    const value = cellValue(xml, contentStart, contentEnd, spans, tags, context);
    if (value === null) continue;
    const style = Math.max(0, integerAt(xml, spans.sStart, spans.sEnd));
    const rowIndex = currentRow - 1;
    let row = rows[rowIndex];
    if (!row) {
      // Sized like the last row so that it does not grow cell by cell; trimmed in toGrid.
      row = new Array<CellValue>(widthHint);
      rows[rowIndex] = row;
      formats[rowIndex] = new Array<string | undefined>(widthHint);
      widths[rowIndex] = 0;
    }
    if (currentColumn > (widths[rowIndex] as number)) {
      widths[rowIndex] = currentColumn;
      if (currentColumn > widthHint) widthHint = currentColumn;
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

  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    if (row && row.length !== widths[index]) {
      row.length = widths[index] as number;
      (formats[index] as unknown[]).length = widths[index] as number;
    }
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
  if (firstColumn === 1) {
    for (let index = 0; index < row.length; index += 1) {
      if (row[index] === undefined) row[index] = blank;
    }
    return row;
  }
  const dense: T[] = new Array<T>(Math.max(0, row.length - firstColumn + 1));
  for (let index = 0; index < dense.length; index += 1) {
    const value = row[index + firstColumn - 1];
    dense[index] = value === undefined ? blank : value;
  }
  return dense;
}
