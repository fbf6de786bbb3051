import type { CivilDay } from '../dates/civilDay';
import { ReceivablesError } from '../errors/receivablesError';
import type { OpenItem } from '../ledger/types';
import type { Cents } from '../money/cents';
import { ageItems } from './ageItems';
import { day, openItem } from './fixtures';
import { DEFAULT_BUCKET_BOUNDS, type AgeingOptions } from './types';

const AS_OF_30_NOVEMBER_2026: AgeingOptions = {
  asOf: day('2026-11-30'),
  basis: 'due',
  bounds: DEFAULT_BUCKET_BOUNDS,
};

describe('ageItems: days past due and buckets', () => {
  it.each([
    ['2026-12-15', -15, 'Not due'],
    ['2026-11-30', 0, 'Not due'],
    ['2026-11-29', 1, '1-30'],
    ['2026-10-31', 30, '1-30'],
    ['2026-10-30', 31, '31-60'],
    ['2026-10-01', 60, '31-60'],
    ['2026-09-30', 61, '61-90'],
    ['2026-09-01', 90, '61-90'],
    ['2026-08-31', 91, '91-180'],
    ['2026-06-03', 180, '91-180'],
    ['2026-06-02', 181, '181-365'],
    ['2025-11-30', 365, '181-365'],
    ['2025-11-29', 366, '>365'],
  ])('an item due %s is %d days past due on 30 November 2026, in %s', (due, days, label) => {
    const analysis = ageItems([openItem({ dueDate: due, amount: 100 })], AS_OF_30_NOVEMBER_2026);
    const item = analysis.items[0];
    expect(item?.daysPastDue).toBe(days);
    expect(analysis.buckets[item?.bucketIndex ?? -1]?.label).toBe(label);
  });

  it('uses custom bounds', () => {
    const analysis = ageItems([openItem({ dueDate: '2026-11-10', amount: 100 })], {
      ...AS_OF_30_NOVEMBER_2026,
      bounds: [15, 45],
    });
    expect(analysis.buckets.map((bucket) => bucket.label)).toEqual([
      'Not due',
      '1-15',
      '16-45',
      '>45',
    ]);
    expect(analysis.currencies[0]?.byBucket).toEqual([0, 0, 10000, 0]);
  });

  it('ages by invoice date with basis invoice', () => {
    const item = openItem({ invoiceDate: '2026-10-01', dueDate: '2026-12-31', amount: 100 });
    const analysis = ageItems([item], { ...AS_OF_30_NOVEMBER_2026, basis: 'invoice' });
    expect(analysis.items[0]?.daysPastDue).toBe(60);
  });

  it('refuses basis invoice for an item without an invoice date, naming its row', () => {
    const item = openItem({ row: 17, dueDate: '2026-10-01', amount: 100 });
    const run = () => ageItems([item], { ...AS_OF_30_NOVEMBER_2026, basis: 'invoice' });
    expect(run).toThrow(ReceivablesError);
    expect(run).toThrow('Ledger row 17 has no invoice date');
  });

  it('ages a credit note by its own date', () => {
    const creditNote = openItem({ dueDate: '2026-08-31', amount: -250 });
    const analysis = ageItems([creditNote], AS_OF_30_NOVEMBER_2026);
    expect(analysis.currencies[0]?.byBucket).toEqual([0, 0, 0, 0, -25000, 0, 0]);
    expect(analysis.currencies[0]?.over90).toBe(-25000);
  });
});

describe('ageItems: totals', () => {
  const items = [
    openItem({
      customerCode: '411001',
      customerName: 'Garage Martin',
      dueDate: '2026-12-15',
      amount: 1000,
      entity: 'FR01',
    }),
    openItem({
      customerCode: '411001',
      dueDate: '2026-08-01',
      amount: 200.1,
      entity: 'FR01',
      disputed: true,
    }),
    openItem({
      customerCode: '411001',
      customerName: 'Garage Martin SARL',
      dueDate: '2025-01-15',
      amount: 50.2,
      entity: 'FR02',
    }),
    openItem({
      customerCode: '411002',
      customerName: 'Boulangerie Roux',
      dueDate: '2026-11-01',
      amount: 300,
      entity: 'FR01',
    }),
    openItem({
      customerCode: '411001',
      customerName: 'Garage Martin',
      dueDate: '2026-10-15',
      amount: 400,
      currency: 'USD',
      entity: 'FR01',
    }),
  ];
  const analysis = ageItems(items, AS_OF_30_NOVEMBER_2026);

  it('keeps one total per currency, sorted by code, never adding currencies', () => {
    expect(analysis.currencies.map((c) => [c.currency, c.count, c.open])).toEqual([
      ['EUR', 4, 155030],
      ['USD', 1, 40000],
    ]);
  });

  it('splits a currency total into not due, overdue, over 90 and over 365 days', () => {
    const eur = analysis.currencies[0];
    expect([eur?.notDue, eur?.overdue, eur?.over90, eur?.over365]).toEqual([
      100000, 55030, 25030, 5020,
    ]);
  });

  it('adds each bucket exactly to the open total', () => {
    const eur = analysis.currencies[0];
    expect(eur?.byBucket).toEqual([100000, 30000, 0, 0, 20010, 0, 5020]);
  });

  it('groups a customer per currency, named by the first name seen', () => {
    expect(analysis.customers.map((c) => [c.currency, c.key, c.name, c.count, c.open])).toEqual([
      ['EUR', '411002', 'Boulangerie Roux', 1, 30000],
      ['EUR', '411001', 'Garage Martin', 3, 125030],
      ['USD', '411001', 'Garage Martin', 1, 40000],
    ]);
  });

  it('sorts customers within a currency by overdue amount, largest first', () => {
    const eur = analysis.customers.filter((c) => c.currency === 'EUR');
    expect(eur.map((c) => c.overdue)).toEqual([30000, 25030]);
  });

  it('keeps disputed amounts and the oldest days past due per customer', () => {
    const martin = analysis.customers.find((c) => c.key === '411001' && c.currency === 'EUR');
    expect([martin?.disputed, martin?.maxDaysPastDue]).toEqual([20010, 684]);
  });

  it('keeps totals per entity and currency, sorted by entity', () => {
    expect(analysis.entities.map((e) => [e.entity, e.currency, e.count, e.open])).toEqual([
      ['FR01', 'EUR', 3, 150010],
      ['FR01', 'USD', 1, 40000],
      ['FR02', 'EUR', 1, 5020],
    ]);
  });

  it('groups items with no entity under an empty entity, so entity totals add up', () => {
    const mixed = ageItems(
      [
        openItem({ dueDate: '2026-11-01', amount: 10, entity: 'FR01' }),
        openItem({ dueDate: '2026-11-01', amount: 5 }),
      ],
      AS_OF_30_NOVEMBER_2026,
    );
    expect(mixed.entities.map((e) => [e.entity, e.open])).toEqual([
      ['', 500],
      ['FR01', 1000],
    ]);
  });

  it('has no entity totals when no item has an entity', () => {
    const plain = ageItems(
      [openItem({ dueDate: '2026-11-01', amount: 1 })],
      AS_OF_30_NOVEMBER_2026,
    );
    expect(plain.entities).toEqual([]);
  });
});

describe('ageItems: customer keys', () => {
  it('keys customers without a code by their name', () => {
    const analysis = ageItems(
      [
        openItem({ customerName: 'Garage Martin', dueDate: '2026-11-01', amount: 10 }),
        openItem({ customerName: 'Garage Martin', dueDate: '2026-10-01', amount: 20 }),
        openItem({ customerName: 'Garage Marten', dueDate: '2026-10-01', amount: 5 }),
      ],
      AS_OF_30_NOVEMBER_2026,
    );
    expect(analysis.customers.map((c) => [c.key, c.name, c.count, c.code])).toEqual([
      ['Garage Martin', 'Garage Martin', 2, undefined],
      ['Garage Marten', 'Garage Marten', 1, undefined],
    ]);
  });

  it('keeps two customers with one name apart when their codes differ', () => {
    const analysis = ageItems(
      [
        openItem({ customerCode: 'A1', customerName: 'Dupont', dueDate: '2026-11-01', amount: 10 }),
        openItem({ customerCode: 'B2', customerName: 'Dupont', dueDate: '2026-11-01', amount: 10 }),
      ],
      AS_OF_30_NOVEMBER_2026,
    );
    expect(analysis.customers.map((c) => c.code)).toEqual(['A1', 'B2']);
  });
});

describe('ageItems: many items', () => {
  // Speed is measured by `npm run bench`; this checks that a large ledger
  // with thousands of customers still reconciles to the cent.
  it('reconciles 200,000 items over 5,000 customers and two currencies', () => {
    const items: OpenItem[] = [];
    const expectedOpen = new Map<string, number>();
    const customerCurrencies = new Set<string>();
    for (let index = 0; index < 200_000; index += 1) {
      const currency = index % 10 === 0 ? 'USD' : 'EUR';
      const amount = 1234 + (index % 97) - 40;
      items.push({
        row: index + 2,
        customerKey: `C${index % 5000}`,
        dueDate: (day('2026-06-01') - (index % 700)) as CivilDay,
        dueDateDerived: false,
        amount: amount as Cents,
        currency,
        disputed: false,
      });
      expectedOpen.set(currency, (expectedOpen.get(currency) ?? 0) + amount);
      customerCurrencies.add(`C${index % 5000} ${currency}`);
    }

    const analysis = ageItems(items, AS_OF_30_NOVEMBER_2026);

    expect(analysis.currencies.map((c) => [c.currency, c.open])).toEqual([
      ['EUR', expectedOpen.get('EUR')],
      ['USD', expectedOpen.get('USD')],
    ]);
    expect(analysis.customers).toHaveLength(customerCurrencies.size);
  });
});
