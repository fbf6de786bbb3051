/**
 * Low-level reading of start tags in worksheet XML, by position in the text
 * and without copying it: the attributes a cell or row carries, whole
 * numbers and A1 references.
 */

/**
 * Splits an A1 reference into a 1-based row and column, or undefined.
 *
 * @example
 * parseCellRef('AB12') // { row: 12, column: 28 }
 */
export function parseCellRef(ref: string): { row: number; column: number } | undefined {
  const into = { row: 0, column: 0 };
  return cellRefAt(ref, 0, ref.length, into) ? into : undefined;
}

/** Where the r, s and t attribute values of the last tag read start and end (-1: absent). */
export interface TagSpans {
  rStart: number;
  rEnd: number;
  sStart: number;
  sEnd: number;
  tStart: number;
  tEnd: number;
}

/**
 * Finds the r, s and t attributes of the start tag between `from` (just
 * after its name) and `to` (its `>`), in one pass and without copying text.
 */
export function readTag(xml: string, from: number, to: number, spans: TagSpans): void {
  spans.rStart = spans.sStart = spans.tStart = -1;
  spans.rEnd = spans.sEnd = spans.tEnd = -1;
  let index = from;
  while (index < to) {
    const equals = xml.indexOf('=', index);
    if (equals < 0 || equals >= to) return;
    let nameEnd = equals;
    while (nameEnd > index && xml.charCodeAt(nameEnd - 1) <= 32) nameEnd -= 1;
    let quote = equals + 1;
    while (quote < to && xml.charCodeAt(quote) <= 32) quote += 1;
    const valueEnd = xml.indexOf(xml[quote] as string, quote + 1);
    if (valueEnd < 0) return;
    if (nameEnd - 1 >= index && xml.charCodeAt(nameEnd - 2) <= 32) {
      const name = xml.charCodeAt(nameEnd - 1);
      if (name === 114) {
        spans.rStart = quote + 1;
        spans.rEnd = valueEnd;
      } else if (name === 115) {
        spans.sStart = quote + 1;
        spans.sEnd = valueEnd;
      } else if (name === 116) {
        spans.tStart = quote + 1;
        spans.tEnd = valueEnd;
      }
    }
    index = valueEnd + 1;
  }
}

/** A whole number written in xml[start, end), or -1. */
export function integerAt(xml: string, start: number, end: number): number {
  if (start < 0 || start >= end) return -1;
  let value = 0;
  for (let index = start; index < end; index += 1) {
    const code = xml.charCodeAt(index);
    if (code < 48 || code > 57) return -1;
    value = value * 10 + (code - 48);
  }
  return value;
}

/** Reads an A1 reference in xml[start, end) into `into`; false when it is not one. */
export function cellRefAt(
  xml: string,
  start: number,
  end: number,
  into: { row: number; column: number },
): boolean {
  let column = 0;
  let index = start;
  for (; index < end; index += 1) {
    const code = xml.charCodeAt(index);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code !== 36) break;
  }
  if (index < end && xml.charCodeAt(index) === 36) index += 1;
  const row = integerAt(xml, index, end);
  if (column === 0 || row <= 0) return false;
  into.row = row;
  into.column = column;
  return true;
}

/** After an element name: a space, a line break, `>` or `/`. */
export function isNameEnd(code: number): boolean {
  return code <= 32 || code === 62 || code === 47;
}
