import { ageItems } from '../ageing/ageItems';
import { day, ledgerOf, openItem } from '../ageing/fixtures';
import { DEFAULT_BUCKET_BOUNDS } from '../ageing/types';
import { toAgeingSummary } from './toAgeingSummary';

const items = [
  openItem({
    customerCode: '411001',
    customerName: 'Garage Martin',
    dueDate: '2026-11-20',
    amount: 0.1,
  }),
  openItem({ customerCode: '411001', dueDate: '2026-11-10', amount: 0.2 }),
  openItem({
    customerCode: '411002',
    customerName: 'Boulangerie Roux',
    dueDate: '2026-12-31',
    amount: 1234.565,
  }),
  openItem({ customerCode: '411002', dueDate: '2026-01-05', amount: 99.99, currency: 'CHF' }),
];
const ledger = ledgerOf(items, {
  rejected: [{ row: 17, field: 'dueDate', value: '31/02/2026', reason: 'Not a real day.' }],
  skipped: [
    { row: 9, kind: 'subtotal' },
    { row: 12, kind: 'blank' },
  ],
});
const analysis = ageItems(items, {
  asOf: day('2026-11-30'),
  basis: 'due',
  bounds: DEFAULT_BUCKET_BOUNDS,
});
const summary = toAgeingSummary(ledger, analysis);

describe('toAgeingSummary', () => {
  it('has exactly the fields of the JSON contract, in order', () => {
    expect(Object.keys(summary)).toEqual([
      'asOf',
      'basis',
      'buckets',
      'source',
      'rows',
      'currencies',
      'customers',
      'rejected',
    ]);
  });

  it('writes the as-of date as YYYY-MM-DD and the bucket labels', () => {
    expect([summary.asOf, summary.basis, summary.buckets[0], summary.buckets[6]]).toEqual([
      '2026-11-30',
      'due',
      'Not due',
      '>365',
    ]);
  });

  it('writes the bucket labels in English for a French analysis', () => {
    const french = ageItems(
      items,
      { asOf: day('2026-11-30'), basis: 'due', bounds: [30, 60] },
      'fr',
    );
    expect(toAgeingSummary(ledger, french).buckets).toEqual(['Not due', '1-30', '31-60', '>60']);
  });

  it('keeps the reasons of a French ledger in French', () => {
    const reason = "Échéance « 31/02/2026 » : ce jour n'existe pas.";
    const frenchLedger = ledgerOf(items, {
      rejected: [{ row: 17, field: 'dueDate', value: '31/02/2026', reason }],
    });
    const french = ageItems(items, { asOf: day('2026-11-30'), basis: 'due', bounds: [30] }, 'fr');
    expect(toAgeingSummary(frenchLedger, french).rejected[0]?.reason).toBe(reason);
  });

  it('names the source sheet, header row and columns', () => {
    expect(summary.source).toEqual({
      sheet: 'Grand livre',
      headerRow: 4,
      columns: {
        customerCode: 'Compte',
        customerName: 'Raison sociale',
        dueDate: 'Échéance',
        openAmount: 'Solde',
      },
    });
  });

  it('counts accepted, rejected and skipped rows', () => {
    expect(summary.rows).toEqual({ accepted: 4, rejected: 1, skipped: 2 });
  });

  it('gives currency totals in units, added in cents so 0.1 + 0.2 is 0.3', () => {
    expect(summary.currencies[1]).toEqual({
      currency: 'EUR',
      count: 3,
      open: 1234.87,
      notDue: 1234.57,
      overdue: 0.3,
      over90: 0,
      over365: 0,
      byBucket: [1234.57, 0.3, 0, 0, 0, 0, 0],
    });
  });

  it('keeps currencies apart', () => {
    expect(summary.currencies.map((c) => [c.currency, c.open])).toEqual([
      ['CHF', 99.99],
      ['EUR', 1234.87],
    ]);
  });

  it('lists customers with key, name, currency, open, overdue and buckets', () => {
    expect(summary.customers[1]).toEqual({
      key: '411001',
      name: 'Garage Martin',
      currency: 'EUR',
      open: 0.3,
      overdue: 0.3,
      byBucket: [0, 0.3, 0, 0, 0, 0, 0],
    });
  });

  it('lists rejected rows with their raw value and reason', () => {
    expect(summary.rejected).toEqual([
      { row: 17, field: 'dueDate', value: '31/02/2026', reason: 'Not a real day.' },
    ]);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});
