import fc from 'fast-check';
import { ReceivablesError } from '../errors/receivablesError';
import type { CellValue } from '../grid/cellGrid';
import { cellText, rawCellText } from '../parse/cellText';
import { parseAmount } from '../parse/parseAmount';
import { parseCurrency } from '../parse/parseCurrency';
import { parseDate } from '../parse/parseDate';
import { parseDispute } from '../parse/parseDispute';
import { readLedger } from './readLedger';
import { gridOf } from './testGrid';

/** Text that looks almost like amounts and dates, to reach deep into the parsers. */
const nearMiss = fc
  .array(
    fc.constantFrom(
      '1',
      '23',
      '456',
      '7890',
      ' ',
      '\u00a0',
      '\u202f',
      '.',
      ',',
      '-',
      '\u2212',
      '(',
      ')',
      '/',
      '€',
      '$',
      'EUR',
      'CR',
      "'",
      'e',
      'E+',
      ':',
      'T',
      'Z',
      'nov.',
      'Nov',
      'févr',
      'er',
      '\u0301',
      '\ud83d\ude00',
      '\ud800',
      '\u0000',
      'Total',
      '\u200b',
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 1e21, 2 ** 53),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  nearMiss,
  fc.date({ noInvalidDate: false }),
  fc.constant(new Date(Number.NaN)),
  fc.constant(new Date(8.64e15)),
);

describe('parsers on any cell value', () => {
  it('never throw and give the documented types', () => {
    fc.assert(
      fc.property(
        cellArb,
        fc.boolean(),
        fc.constantFrom('dmy' as const, 'mdy' as const),
        (value, date1904, dateOrder) => {
          const amount = parseAmount(value);
          expect(amount === undefined || Number.isSafeInteger(amount)).toBe(true);
          const day = parseDate(value, { date1904, dateOrder });
          expect(day === undefined || Number.isInteger(day)).toBe(true);
          const currency = parseCurrency(value);
          expect(currency === undefined || /^[A-Z]{3}$/.test(currency)).toBe(true);
          expect(typeof parseDispute(value).disputed).toBe('boolean');
          expect(typeof rawCellText(value)).toBe('string');
          const text = cellText(value);
          expect(text === undefined || text.length > 0).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('readLedger on any grid', () => {
  const rowsArb = fc.array(fc.array(cellArb, { maxLength: 8 }), { maxLength: 25 });

  it('reads rows of any values below a real header, accounting for each', () => {
    fc.assert(
      fc.property(rowsArb, fc.boolean(), (rows, date1904) => {
        const header = [
          'Compte',
          'Client',
          'Facture',
          'Date',
          'Échéance',
          'Solde',
          'Devise',
          'Litige',
        ];
        const result = readLedger(gridOf([header, ...rows], { date1904 }), {
          defaultTermsDays: 30,
        });
        const { accepted, rejected, skipped } = result.counts;
        expect(accepted + rejected + skipped).toBe(rows.length);
      }),
      { numRuns: 300 },
    );
  });

  it('throws nothing but a ReceivablesError on a grid with no known header', () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.dictionary(fc.constantFrom('dueDate', 'amount', 'bogus'), fc.string()),
        (rows, map) => {
          try {
            readLedger(gridOf(rows), { map, language: 'fr' });
          } catch (error) {
            expect(error).toBeInstanceOf(ReceivablesError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
