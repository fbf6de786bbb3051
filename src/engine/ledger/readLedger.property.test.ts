import fc from 'fast-check';
import { civilDayToExcelSerial, civilDayToIso, type CivilDay } from '../dates/civilDay';
import type { CellValue } from '../grid/cellGrid';
import { readLedger } from './readLedger';
import { gridOf } from './testGrid';

const HEADER = ['Code client', 'Nom client', 'N° facture', 'Échéance', 'Solde', 'Devise'];
const CURRENCIES = ['EUR', 'USD', 'GBP'] as const;

/** 2020-01-01 to 2030-12-31. */
const dayArb = fc.integer({ min: 18_262, max: 22_279 }).map((day) => day as CivilDay);

function dateCell(day: CivilDay, style: number): CellValue {
  const iso = civilDayToIso(day);
  const [yyyy, mm, dd] = iso.split('-') as [string, string, string];
  if (style === 0) return civilDayToExcelSerial(day);
  if (style === 1) return `${dd}/${mm}/${yyyy}`;
  if (style === 2) return iso;
  return new Date(`${iso}T00:00:00Z`);
}

function grouped(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** The same amount written as a number or as French, English or SAP text. */
function amountCell(cents: number, style: number): CellValue {
  const negative = cents < 0;
  const whole = String(Math.floor(Math.abs(cents) / 100));
  const fraction = String(Math.abs(cents) % 100).padStart(2, '0');
  const french = `${grouped(whole, '\u202f')},${fraction}`;
  switch (style) {
    case 0:
      return cents / 100;
    case 1:
      return `${negative ? '-' : ''}${french} €`;
    case 2:
      return `${negative ? '-' : ''}${grouped(whole, ',')}.${fraction}`;
    case 3:
      return negative
        ? `${grouped(whole, '.')},${fraction}-`
        : `${grouped(whole, '.')},${fraction}`;
    default:
      return negative ? `(${grouped(whole, ' ')},${fraction})` : french;
  }
}

type Row =
  | { kind: 'valid'; cells: CellValue[]; cents: number; currency: string }
  | { kind: 'blank' | 'subtotal' | 'junk'; cells: CellValue[] };

const validRow: fc.Arbitrary<Row> = fc
  .record({
    code: fc.integer({ min: 411_000, max: 411_999 }),
    codeAsNumber: fc.boolean(),
    invoice: fc.integer({ min: 1, max: 99_999 }),
    due: dayArb,
    dueStyle: fc.integer({ min: 0, max: 3 }),
    cents: fc.integer({ min: -5_000_000_00, max: 5_000_000_00 }),
    amountStyle: fc.integer({ min: 0, max: 4 }),
    currency: fc.constantFrom(...CURRENCIES),
  })
  .map((r) => ({
    kind: 'valid',
    cents: r.cents,
    currency: r.currency,
    cells: [
      r.codeAsNumber ? r.code : String(r.code),
      `Client ${r.code}`,
      `F-${r.invoice}`,
      dateCell(r.due, r.dueStyle),
      amountCell(r.cents, r.amountStyle),
      r.currency,
    ],
  }));

const blankRow: fc.Arbitrary<Row> = fc
  .array(fc.constantFrom<CellValue>(null, '', '  ', '\u00a0'), { maxLength: 8 })
  .map((cells) => ({ kind: 'blank', cells }));

const subtotalRow: fc.Arbitrary<Row> = fc
  .record({
    label: fc.constantFrom('Total client', 'Sous-total', 'Total général'),
    cents: fc.integer(),
  })
  .map(({ label, cents }) => ({
    kind: 'subtotal',
    cells: [null, label, null, null, cents / 100, null],
  }));

/** Rows that carry an invoice reference but something unreadable. */
const junkRow: fc.Arbitrary<Row> = fc
  .record({
    flaw: fc.integer({ min: 0, max: 3 }),
    text: fc.constantFrom('n/a', 'soon', '??', '31/02/2026'),
  })
  .map(({ flaw, text }) => {
    const cells: CellValue[] = ['411001', 'Client', 'F-1', '30/11/2026', '10,00', 'EUR'];
    if (flaw === 0) {
      cells[0] = null;
      cells[1] = ' ';
    } else if (flaw === 1) cells[4] = text;
    else if (flaw === 2) cells[3] = text;
    else cells[5] = `${text}1`;
    return { kind: 'junk', cells };
  });

const ledgerArb = fc.record({
  titleLines: fc.integer({ min: 0, max: 5 }),
  firstRow: fc.integer({ min: 1, max: 20 }),
  rows: fc.array(fc.oneof(validRow, validRow, blankRow, subtotalRow, junkRow), { maxLength: 60 }),
});

describe('readLedger on random ledgers', () => {
  it('accounts for every row below the header exactly once', () => {
    fc.assert(
      fc.property(ledgerArb, ({ titleLines, firstRow, rows }) => {
        const titles = Array.from({ length: titleLines }, (_, i) => [`Balance âgée ${i}`]);
        const grid = gridOf([...titles, HEADER, ...rows.map((row) => row.cells)], { firstRow });
        const result = readLedger(grid);
        const { accepted, rejected, skipped } = result.counts;
        expect(accepted + rejected + skipped).toBe(rows.length);
        expect(accepted).toBe(rows.filter((row) => row.kind === 'valid').length);
        expect(rejected).toBe(rows.filter((row) => row.kind === 'junk').length);
        expect(result.source.headerRow).toBe(firstRow + titleLines);
      }),
      { numRuns: 150 },
    );
  });

  it('sums the accepted amounts to the amounts put on valid rows, per currency', () => {
    fc.assert(
      fc.property(ledgerArb, ({ rows }) => {
        const result = readLedger(gridOf([HEADER, ...rows.map((row) => row.cells)]));
        const expected = new Map<string, number>(CURRENCIES.map((code) => [code, 0]));
        for (const row of rows) {
          if (row.kind === 'valid')
            expected.set(row.currency, expected.get(row.currency)! + row.cents);
        }
        const actual = new Map<string, number>(CURRENCIES.map((code) => [code, 0]));
        for (const item of result.items)
          actual.set(item.currency, actual.get(item.currency)! + item.amount);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
