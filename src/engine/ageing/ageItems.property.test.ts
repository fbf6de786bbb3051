import fc from 'fast-check';
import type { CivilDay } from '../dates/civilDay';
import type { OpenItem } from '../ledger/types';
import type { Cents } from '../money/cents';
import { ageItems } from './ageItems';
import { day } from './fixtures';
import type { AgeingTotals } from './types';

const ASOF = day('2026-11-30');

const itemArbitrary = fc.record({
  customerKey: fc.constantFrom('411001', '411002', 'Garage Martin'),
  daysBeforeAsOf: fc.integer({ min: -400, max: 900 }),
  amount: fc.integer({ min: -5_000_000, max: 5_000_000 }),
  currency: fc.constantFrom('EUR', 'USD', 'CHF'),
  entity: fc.option(fc.constantFrom('FR01', 'BE02'), { nil: undefined }),
  disputed: fc.boolean(),
});

type ItemInput = typeof itemArbitrary extends fc.Arbitrary<infer T> ? T : never;

function toItems(inputs: ItemInput[]): OpenItem[] {
  return inputs.map((input, index) => {
    const item: OpenItem = {
      row: index + 2,
      customerKey: input.customerKey,
      dueDate: (ASOF - input.daysBeforeAsOf) as CivilDay,
      dueDateDerived: false,
      amount: input.amount as Cents,
      currency: input.currency,
      disputed: input.disputed,
    };
    if (input.entity !== undefined) item.entity = input.entity;
    return item;
  });
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

function reconciles(totals: AgeingTotals): boolean {
  return (
    sum(totals.byBucket) === totals.open &&
    totals.notDue + totals.overdue === totals.open &&
    totals.byBucket[0] === totals.notDue
  );
}

describe('ageItems on random items', () => {
  const options = { asOf: ASOF, basis: 'due' as const, bounds: [30, 60, 90, 180, 365] };

  it('makes every total reconcile: buckets add up to open, not due + overdue = open', () => {
    fc.assert(
      fc.property(fc.array(itemArbitrary, { maxLength: 60 }), (inputs) => {
        const analysis = ageItems(toItems(inputs), options);
        return [...analysis.currencies, ...analysis.customers, ...analysis.entities].every(
          reconciles,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('adds customers and entities of a currency up to that currency, never across', () => {
    fc.assert(
      fc.property(fc.array(itemArbitrary, { maxLength: 60 }), (inputs) => {
        const items = toItems(inputs);
        const analysis = ageItems(items, options);
        return analysis.currencies.every((currency) => {
          const of = (list: { currency: string; open: number; count: number }[]) =>
            list.filter((totals) => totals.currency === currency.currency);
          const direct = sum(
            items.filter((item) => item.currency === currency.currency).map((item) => item.amount),
          );
          return (
            currency.open === direct &&
            sum(of(analysis.customers).map((c) => c.open)) === direct &&
            (analysis.entities.length === 0 ||
              sum(of(analysis.entities).map((e) => e.open)) === direct) &&
            sum(of(analysis.customers).map((c) => c.count)) === currency.count
          );
        });
      }),
      { numRuns: 200 },
    );
  });
});
