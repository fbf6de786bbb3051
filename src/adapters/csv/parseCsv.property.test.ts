import fc from 'fast-check';

import { parseCsvText, type CsvDelimiter } from './parseCsv';

/** Writes rows as RFC 4180 does: quotes around a field that holds a separator, quote or line break. */
function writeCsv(rows: string[][], delimiter: CsvDelimiter, lineEnd: string): string {
  const needsQuotes = (field: string) => field.includes(delimiter) || /["\r\n]/.test(field);
  const cell = (field: string) => (needsQuotes(field) ? `"${field.replace(/"/g, '""')}"` : field);
  return rows.map((row) => row.map(cell).join(delimiter) + lineEnd).join('');
}

const field = fc.string({
  unit: fc.constantFrom('a', 'é', '€', ' ', ';', ',', '\t', '"', '\r', '\n', '='),
  maxLength: 8,
});
const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 6 });

describe('parseCsvText on any rows written as RFC 4180', () => {
  it.each([
    [';', '\r\n'],
    [',', '\n'],
    ['\t', '\r'],
  ] as const)('gives back the rows written with %j and line ends %j', (delimiter, lineEnd) => {
    fc.assert(
      fc.property(rows, (written) => {
        expect(parseCsvText(writeCsv(written, delimiter, lineEnd), delimiter)).toEqual(written);
      }),
      { numRuns: 300 },
    );
  });
});
