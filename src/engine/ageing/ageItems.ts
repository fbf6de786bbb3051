import type { CivilDay } from '../dates/civilDay';
import { ReceivablesError } from '../errors/receivablesError';
import type { Cents } from '../money/cents';
import type { Language, OpenItem } from '../ledger/types';
import { bucketIndexOf, bucketsFromBounds } from './buckets';
import type {
  AgedItem,
  AgeingAnalysis,
  AgeingOptions,
  AgeingTotals,
  CurrencyTotals,
  CustomerTotals,
  EntityTotals,
} from './types';

// Joins the parts of a grouping key; no ledger text holds this character.
const KEY_SEPARATOR = '\u0000';

function emptyTotals(bucketCount: number): AgeingTotals {
  return {
    count: 0,
    open: 0 as Cents,
    notDue: 0 as Cents,
    overdue: 0 as Cents,
    over90: 0 as Cents,
    over365: 0 as Cents,
    byBucket: new Array<Cents>(bucketCount).fill(0 as Cents),
  };
}

function addToTotals(totals: AgeingTotals, item: AgedItem): void {
  const amount = item.amount;
  totals.count += 1;
  totals.open = (totals.open + amount) as Cents;
  if (item.daysPastDue > 0) totals.overdue = (totals.overdue + amount) as Cents;
  else totals.notDue = (totals.notDue + amount) as Cents;
  if (item.daysPastDue > 90) totals.over90 = (totals.over90 + amount) as Cents;
  if (item.daysPastDue > 365) totals.over365 = (totals.over365 + amount) as Cents;
  totals.byBucket[item.bucketIndex] = ((totals.byBucket[item.bucketIndex] ?? 0) + amount) as Cents;
}

function basisDay(item: OpenItem, options: AgeingOptions, language: Language): CivilDay {
  if (options.basis === 'due') return item.dueDate;
  if (item.invoiceDate === undefined) {
    throw new ReceivablesError(
      'INVALID_OPTION',
      language === 'fr'
        ? `La ligne ${item.row} du grand livre n'a pas de date de facture, nécessaire pour un âge calculé depuis la facture. ` +
            "Calculez l'âge depuis l'échéance, ou donnez une date de facture à la ligne."
        : `Ledger row ${item.row} has no invoice date, which ageing by invoice date needs. ` +
            'Age by due date instead, or give the row an invoice date.',
    );
  }
  return item.invoiceDate;
}

/** Orders text the same way on every machine, whatever its locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Ages open items at an as-of date: each item's days past due and bucket,
 * and totals per currency, per customer and currency, and per entity and
 * currency. Amounts of different currencies are never added together.
 * Credit notes (negative amounts) are aged by their own date like any item.
 * One pass over the items, so a million items take well under a second.
 *
 * Throws `INVALID_OPTION` for bad bounds, or for an item with no invoice date
 * when the basis is `invoice`.
 *
 * @example
 * const asOf = civilDayFromIso('2026-11-30')!;
 * const analysis = ageItems(items, { asOf, basis: 'due', bounds: [30, 60, 90, 180, 365] });
 * analysis.currencies[0] // { currency: 'EUR', count: 2, open: 150000, overdue: 100000, ... }
 */
export function ageItems(
  items: OpenItem[],
  options: AgeingOptions,
  language: Language = 'en',
): AgeingAnalysis {
  const buckets = bucketsFromBounds(options.bounds, language);
  const currencies = new Map<string, CurrencyTotals>();
  const customers = new Map<string, CustomerTotals>();
  const entities = new Map<string, EntityTotals>();
  const aged: AgedItem[] = new Array<AgedItem>(items.length);
  let sawEntity = false;

  for (let index = 0; index < items.length; index += 1) {
    const item = items[index] as OpenItem;
    const daysPastDue = options.asOf - basisDay(item, options, language);
    // Object.assign: V8 builds `{ ...item, daysPastDue }` about ten times slower.
    const agedItem: AgedItem = Object.assign({}, item, {
      daysPastDue,
      bucketIndex: bucketIndexOf(daysPastDue, options.bounds),
    });
    aged[index] = agedItem;

    let currency = currencies.get(item.currency);
    if (!currency) {
      currency = { currency: item.currency, ...emptyTotals(buckets.length) };
      currencies.set(item.currency, currency);
    }
    addToTotals(currency, agedItem);

    const customerId = item.currency + KEY_SEPARATOR + item.customerKey;
    let customer = customers.get(customerId);
    if (!customer) {
      customer = {
        key: item.customerKey,
        name: '',
        currency: item.currency,
        disputed: 0 as Cents,
        maxDaysPastDue: 0,
        ...emptyTotals(buckets.length),
      };
      customers.set(customerId, customer);
    }
    addToTotals(customer, agedItem);
    if (customer.name === '' && item.customerName) customer.name = item.customerName;
    if (customer.code === undefined && item.customerCode) customer.code = item.customerCode;
    if (item.disputed) customer.disputed = (customer.disputed + item.amount) as Cents;
    if (item.amount > 0 && daysPastDue > customer.maxDaysPastDue) {
      customer.maxDaysPastDue = daysPastDue;
    }

    // Items with no entity are grouped under '' so entity totals add up to the currency totals.
    if (item.entity !== undefined) sawEntity = true;
    const entityName = item.entity ?? '';
    const entityId = entityName + KEY_SEPARATOR + item.currency;
    let entity = entities.get(entityId);
    if (!entity) {
      entity = { entity: entityName, currency: item.currency, ...emptyTotals(buckets.length) };
      entities.set(entityId, entity);
    }
    addToTotals(entity, agedItem);
  }

  return {
    asOf: options.asOf,
    basis: options.basis,
    buckets,
    items: aged,
    currencies: [...currencies.values()].sort((a, b) => compareText(a.currency, b.currency)),
    customers: [...customers.values()].sort(
      (a, b) =>
        compareText(a.currency, b.currency) || b.overdue - a.overdue || compareText(a.key, b.key),
    ),
    entities: [...(sawEntity ? entities.values() : [])].sort(
      (a, b) => compareText(a.entity, b.entity) || compareText(a.currency, b.currency),
    ),
  };
}
