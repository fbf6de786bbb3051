/** The field separators a ledger CSV may use. */
export type CsvDelimiter = ';' | ',' | '\t';

const CANDIDATES: readonly CsvDelimiter[] = [';', ',', '\t'];
const SNIFF_LINES = 20;

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

/**
 * Splits CSV text into rows of fields, as RFC 4180 describes: fields in
 * double quotes may hold the separator, line breaks and doubled quotes; lines
 * end in CRLF, LF or CR. A blank line gives a row with one empty field, so
 * row numbers stay those of the file; the line break after the last line
 * adds no row.
 *
 * @example
 * parseCsvText('a;"b;""c"""\r\n1;2', ';') // [['a', 'b;"c"'], ['1', '2']]
 */
export function parseCsvText(text: string, delimiter: CsvDelimiter): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = 0;
  const length = text.length;

  while (i < length) {
    const char = text[i] as string;
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      const next = text.indexOf('"', i);
      const stop = next === -1 ? length : next;
      field += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (char === '"' && field === '') {
      inQuotes = true;
      i++;
    } else if (char === delimiter) {
      row.push(field);
      field = '';
      i++;
    } else if (char === '\r' || char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += char;
      i++;
    }
  }
  // Limitation: a quote left open takes the rest of the file as one field; where the writer
  // meant it to stop cannot be told.
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
