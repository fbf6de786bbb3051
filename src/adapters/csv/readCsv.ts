import { decodeText, type CsvEncoding } from './decodeText';
import { parseCsvText, sniffDelimiter, type CsvDelimiter } from './parseCsv';

export type { CsvDelimiter } from './parseCsv';
export type { CsvEncoding } from './decodeText';

export interface DecodedCsv {
  /** Every line of the file as its fields, text as written (no number or date parsing). */
  rows: string[][];
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
}

/**
 * Reads a CSV file's bytes: finds the encoding (UTF-8 with or without BOM,
 * UTF-16 in either byte order, else Windows-1252) and the separator (`;`, `,` or tab),
 * then splits the rows. Does no I/O, so the browser demo uses it too.
 *
 * @example
 * decodeCsv(new Uint8Array([0x4e, 0x6f, 0x6d, 0x3b, 0xc9, 0x74, 0xe9])) // Windows-1252 bytes
 * // { rows: [['Nom', 'Été']], encoding: 'windows-1252', delimiter: ';' }
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  const { text, encoding } = decodeText(bytes);
  const delimiter = sniffDelimiter(text);
  return { rows: parseCsvText(text, delimiter), encoding, delimiter };
}
