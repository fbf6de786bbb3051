import type { CellGrid, CellValue } from '../src/engine/grid/cellGrid';

export const HEADERS = [
  'Code client',
  'Raison sociale',
  'N° pièce',
  'Date pièce',
  'Échéance',
  'Montant TTC',
  'Solde',
  'Devise',
  'Société',
];

/** A fast seeded generator, so every run ages the same ledger. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

/** Excel serial of 2026-11-30. */
const AS_OF_SERIAL = 46_356;

/**
 * One ledger row for each index: 5,000 customers, invoice dates over three
 * years before the as-of date, terms of 30 or 60 days, one row in 20 a
 * credit note, one in 10 in CHF. Dates are Excel serials.
 */
export function* ledgerRows(count: number, seed = 42): Generator<CellValue[]> {
  const random = generator(seed);
  for (let i = 0; i < count; i++) {
    const customer = Math.floor(random() * 5_000);
    const invoiceSerial = AS_OF_SERIAL - Math.floor(random() * 1_100);
    const credit = random() < 0.05;
    const amount = Math.round((credit ? -1 : 1) * (50 + random() * 20_000) * 100) / 100;
    const open = random() < 0.2 ? Math.round(amount * 50) / 100 : amount;
    yield [
      String(411_000 + customer),
      `Client ${customer}`,
      `FA${1_000_000 + i}`,
      invoiceSerial,
      invoiceSerial + (credit ? 0 : random() < 0.5 ? 30 : 60),
      amount,
      open,
      customer % 10 === 0 ? 'CHF' : 'EUR',
      customer % 10 === 0 ? 'Filiale Suisse' : 'Siège',
    ];
  }
}

/** A grid as an adapter hands it over: a header row, then `count` rows. */
export function generateGrid(count: number): CellGrid {
  const values: CellValue[][] = [HEADERS];
  for (const row of ledgerRows(count)) values.push(row);
  const rowFormats = [
    undefined,
    undefined,
    undefined,
    'dd/mm/yyyy',
    'dd/mm/yyyy',
    '#,##0.00',
    '#,##0.00',
    undefined,
    undefined,
  ];
  const numberFormats = values.map(() => rowFormats);
  return {
    sheetName: 'Balance',
    values,
    numberFormats,
    firstRow: 1,
    firstColumn: 1,
    date1904: false,
  };
}
