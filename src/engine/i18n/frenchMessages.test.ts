import { parseBucketBounds } from '../ageing/buckets';
import type { CellValue } from '../grid/cellGrid';
import { detectLedgerHeader } from '../ledger/detectHeader';
import { quoteHeaders } from '../ledger/ledgerMessages';
import { readLedger } from '../ledger/readLedger';
import {
  amountReason,
  columnLabel,
  currencyReason,
  customerReason,
  dateReason,
} from '../ledger/rowReasons';
import { gridOf } from '../ledger/testGrid';
import type { ReadLedgerOptions } from '../ledger/types';
import { outputLabels } from './outputLabels';
import { frenchTypographyFaults } from './testTypography';

const NBSP = '\u00a0';

const code = columnLabel('Compte', 'A', 'fr');
const name = columnLabel('Raison sociale', 'B', 'fr');
const due = columnLabel('Echeance', 'E', 'fr');
const dmy = { dateOrder: 'dmy', canDerive: false } as const;

const REASONS: [string, string][] = [
  ['customer code only', customerReason('fr', { code })],
  ['customer code and name', customerReason('fr', { code, name })],
  ['blank amount', amountReason('fr', code, '')],
  ['amount too large', amountReason('fr', code, '1e+300')],
  ['amount not a number', amountReason('fr', code, 'abc')],
  ['currency', currencyReason('fr', code, 'EURO1')],
  ['date column missing', dateReason('fr', 'dueDate', undefined, null, { ...dmy, raw: '' })],
  ['blank due date', dateReason('fr', 'dueDate', due, null, { ...dmy, raw: '' })],
  ['number as date', dateReason('fr', 'invoiceDate', due, 30, { ...dmy, raw: '30' })],
  [
    'day read in the other order',
    dateReason('fr', 'dueDate', due, '11/30/2026', { ...dmy, raw: '11/30/2026' }),
  ],
  ['no real day', dateReason('fr', 'dueDate', due, '31/02/2026', { ...dmy, raw: '31/02/2026' })],
  ['not a date', dateReason('fr', 'dueDate', due, 'hier', { ...dmy, raw: 'hier' })],
];

function errorMessage(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected an error');
}

const HEADER: CellValue[] = ['Code client', 'Date facture', 'Echeance', 'Montant', 'Devise'];
const ROW: CellValue[] = ['411001', '01/10/2026', null, '10', 'EUR'];
const read = (rows: CellValue[][], options: ReadLedgerOptions) =>
  readLedger(gridOf([HEADER, ...rows]), { language: 'fr', ...options });

const ERRORS: [string, string][] = [
  ['bucket text', errorMessage(() => parseBucketBounds('30,x', 'fr'))],
  ['bucket order', errorMessage(() => parseBucketBounds('60,30', 'fr'))],
  ['default currency', errorMessage(() => read([], { defaultCurrency: 'euro dollars' }))],
  ['default terms', errorMessage(() => read([], { defaultTermsDays: -5 }))],
  ['no ledger', errorMessage(() => readLedger(gridOf([['Nom', 'Ville']]), { language: 'fr' }))],
  [
    'unknown mapped column',
    errorMessage(() => detectLedgerHeader(gridOf([HEADER]), { amount: 'Solde' }, 'fr')),
  ],
];

const WARNINGS = read([ROW, ROW], { defaultTermsDays: 30 }).warnings.map(
  (warning): [string, string] => [warning.code, warning.message],
);
const AMBIGUOUS = readLedger(gridOf([['Client', 'Echeance', 'Montant TTC', 'Montant HT']]), {
  language: 'fr',
}).warnings.map((warning): [string, string] => [warning.code, warning.message]);

const FR = outputLabels('fr');
const LABELS: [string, string][] = [
  ...Object.values(FR.basis),
  ...Object.values(FR.field),
  FR.headerRow,
  FR.dueDate,
  FR.over365,
  FR.noRejectedRows,
  FR.detailCut(10, 20),
].map((label): [string, string] => [label, label]);

describe('French messages follow French typography', () => {
  it.each([...REASONS, ...ERRORS, ...WARNINGS, ...AMBIGUOUS, ...LABELS])('%s', (_case, message) => {
    expect(frenchTypographyFaults(message)).toEqual([]);
  });

  it('renders both duplicate and derived due date warnings', () => {
    expect(WARNINGS.map(([warningCode]) => warningCode)).toEqual([
      'duplicateRows',
      'derivedDueDates',
    ]);
  });

  it('renders the ambiguous column warning', () => {
    expect(AMBIGUOUS.map(([warningCode]) => warningCode)).toEqual(['ambiguousColumn']);
  });

  it('quotes a raw value in guillemets with no-break spaces', () => {
    expect(currencyReason('fr', code, 'EURO1')).toContain(`«${NBSP}EURO1${NBSP}»`);
  });

  it('quotes a header in guillemets with no-break spaces', () => {
    expect(columnLabel('Échéance', 'E', 'fr')).toBe(`«${NBSP}Échéance${NBSP}», colonne E`);
  });

  it('quotes the headers it saw in guillemets', () => {
    expect(quoteHeaders(['Client', '', 'Montant'], 20, 'fr')).toBe(
      `«${NBSP}Client${NBSP}», «${NBSP}Montant${NBSP}»`,
    );
  });
});

describe('French messages leave the values they quote as found', () => {
  it.each([`O'Brien`, `"x"`, `a ; b : c`])('keeps the cell value %s', (raw) => {
    expect(currencyReason('fr', code, raw)).toContain(`«${NBSP}${raw}${NBSP}»`);
  });

  it('keeps a header with an apostrophe', () => {
    expect(columnLabel(`Date d'échéance`, 'E', 'fr')).toBe(
      `«${NBSP}Date d'échéance${NBSP}», colonne E`,
    );
  });

  it('keeps a bucket entry with quotes', () => {
    expect(errorMessage(() => parseBucketBounds('30,"x"', 'fr'))).toContain(
      `est «${NBSP}"x"${NBSP}», pas`,
    );
  });
});

describe('English messages keep their plain punctuation', () => {
  it('quotes with straight quotes and no space before the semicolon', () => {
    expect(currencyReason('en', columnLabel('Devise', 'G', 'en'), 'EURO1')).toBe(
      `the currency ("Devise", column G) 'EURO1' is not a currency; expected a 3-letter code such as EUR or USD`,
    );
  });
});
