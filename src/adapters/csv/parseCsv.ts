import { ReceivablesError } from '../../engine/errors/receivablesError';

/** The field separators a ledger CSV may use. */
export type CsvDelimiter = ';' | ',' | '\t';

const CANDIDATES: readonly CsvDelimiter[] = [';', ',', '\t'];
const SNIFF_LINES = 20;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Counts each candidate separator per line, outside quotes, over the first lines. */
function countPerLine(text: string): Map<CsvDelimiter, number[]> {
  const counts = new Map<CsvDelimiter, number[]>(CANDIDATES.map((c) => [c, [0]]));
  let inQuotes = false;
  let lines = 1;
  for (let i = 0; i < text.length && lines <= SNIFF_LINES; i++) {
    const char = text[i] as string;
    if (char === '"') {
      inQuotes = !inQuotes;
    } else if (!inQuotes && (char === '\n' || char === '\r')) {
      if (char === '\r' && text[i + 1] === '\n') i++;
      lines++;
      for (const list of counts.values()) list.push(0);
    } else if (!inQuotes && counts.has(char as CsvDelimiter)) {
      const list = counts.get(char as CsvDelimiter) as number[];
      list[list.length - 1] = (list[list.length - 1] as number) + 1;
    }
  }
  return counts;
}

/**
 * Guesses the separator from the first lines: the one that appears the same
 * number of times on the most lines wins, then the one that appears more
 * often. A French file with decimal commas has a steady count of `;` and a
 * varying count of `,`. A file with a single column counts as `,`.
 *
 * @example
 * sniffDelimiter('a;b;c\n1,5;2;3\n') // ';'
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestLines = 0;
  let bestCount = 0;
  for (const [candidate, perLine] of countPerLine(text)) {
    const frequency = new Map<number, number>();
    for (const count of perLine) {
      if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    }
    for (const [count, lines] of frequency) {
      if (lines > bestLines || (lines === bestLines && count > bestCount)) {
        best = candidate;
        bestLines = lines;
        bestCount = count;
      }
    }
  }
  return best;
}

/** The line (1-based) of the file a character stands on, counting CRLF, LF and CR. */
function lineAt(text: string, index: number): number {
  const before = text.slice(0, index);
  return 1 + (before.match(/\r\n|\r|\n/g)?.length ?? 0);
}

/**
 * A quote that opens a field and is never closed would swallow every line
 * after it into that one field, and those rows would silently go missing.
 */
function unclosedQuote(text: string, start: number, row: number): ReceivablesError {
  const more = text.length > start + 30 ? '...' : '';
  const excerpt = text
    .slice(start, start + 30)
    .replace(/[\r\n]+/g, ' ')
    .trimEnd();
  return new ReceivablesError(
    'UNREADABLE_FILE',
    `CSV row ${row} (line ${lineAt(text, start)}): the field '${excerpt}${more}' opens a quote that is never closed, so the rest of the file cannot be split into rows; expected a closing " (a quote inside a field is written twice: "")`,
  );
}

/**
 * Splits CSV text into rows of fields, as RFC 4180 describes: fields in
 * double quotes may hold the separator, line breaks and doubled quotes; lines
 * end in CRLF, LF or CR. A blank line gives a row with one empty field, so
 * row numbers stay those of the file; the line break after the last line
 * adds no row. Throws `UNREADABLE_FILE` on a quote that is never closed.
 *
 * @example
 * parseCsvText('a;"b;""c"""\r\n1;2', ';') // [['a', 'b;"c"'], ['1', '2']]
 */
export function parseCsvText(text: string, delimiter: CsvDelimiter): string[][] {
  const rows: string[][] = [];
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  let row: string[] = [];
  let field = '';
  let i = 0;

  while (i < length) {
    let code = text.charCodeAt(i);
    if (code === QUOTE && field === '') {
      // A quoted field: runs to the next quote that is not doubled.
      const start = i;
      i++;
      for (;;) {
        const next = text.indexOf('"', i);
        if (next === -1) throw unclosedQuote(text, start, rows.length + 1);
        field += text.slice(i, next);
        i = next + 1;
        if (text.charCodeAt(i) !== QUOTE) break;
        field += '"';
        i++;
      }
      if (i >= length) break;
      code = text.charCodeAt(i);
    } else {
      // Plain text up to the next separator or line break, in one slice.
      const begin = i;
      while (i < length) {
        code = text.charCodeAt(i);
        if (code === separator || code === LF || code === CR) break;
        i++;
      }
      field += text.slice(begin, i);
      if (i >= length) break;
    }
    if (code === separator) {
      row.push(field);
      field = '';
      i++;
    } else if (code === LF || code === CR) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    }
    // After a closing quote, any other character is kept as text in the same field.
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
