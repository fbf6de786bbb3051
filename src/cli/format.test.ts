import { ReceivablesError } from '../engine/errors/receivablesError';
import type { AgeingSummary } from '../engine/summary/types';
import { formatAmount, formatError, formatResult } from './format';

const summary: AgeingSummary = {
  asOf: '2026-11-30',
  basis: 'due',
  buckets: ['Not due', '1-30', '>30'],
  source: { sheet: 'Balance âgée', headerRow: 4, columns: { dueDate: 'Échéance' } },
  rows: { accepted: 120, rejected: 3, skipped: 6 },
  currencies: [
    {
      currency: 'CHF',
      count: 4,
      open: 1500,
      notDue: 500,
      overdue: 1000,
      over90: 0,
      over365: 0,
      byBucket: [500, 1000, 0],
    },
    {
      currency: 'EUR',
      count: 116,
      open: 1234567.5,
      notDue: 34567.5,
      overdue: 1200000,
      over90: 250000.25,
      over365: 0,
      byBucket: [34567.5, 950000, 250000],
    },
  ],
  customers: [],
  rejected: [],
};

describe('formatAmount', () => {
  it.each([
    [1234567.5, 'en', '1,234,567.50'],
    [1234567.5, 'fr', '1 234 567,50'],
    [-12.5, 'fr', '-12,50'],
    [0, 'en', '0.00'],
    [-0.001, 'en', '0.00'],
    [999.999, 'en', '1,000.00'],
  ] as const)('writes %d in %s as %s', (amount, language, expected) => {
    expect(formatAmount(amount, language)).toBe(expected);
  });
});

describe('formatResult', () => {
  it('reports the rows, each currency apart, and the files written', () => {
    const text = formatResult(summary, [], { workbook: 'out.xlsx', json: 'out.json' }, 'en');
    expect(text).toBe(
      [
        'Ledger: Balance âgée, header row 4',
        'Rows: 120 accepted, 3 rejected, 6 skipped',
        'CHF: 4 items, open 1,500.00, overdue 1,000.00, over 90 days 0.00',
        'EUR: 116 items, open 1,234,567.50, overdue 1,200,000.00, over 90 days 250,000.25',
        'Written: out.xlsx',
        'Summary: out.json',
        '',
      ].join('\n'),
    );
  });

  it('speaks French and shows the ledger warnings', () => {
    const warnings = [{ code: 'duplicateRows' as const, rows: [7, 9], message: 'Lignes 7 et 9' }];
    const text = formatResult(summary, warnings, { workbook: 'out.xlsx' }, 'fr');
    expect(text.split('\n')).toEqual([
      'Feuille de la balance\u00a0: Balance âgée, ligne d’en-tête 4',
      'Lignes\u00a0: 120 acceptées, 3 rejetées, 6 ignorées',
      'CHF\u00a0: 4 pièces, solde 1 500,00, échu 1 000,00, plus de 90 jours 0,00',
      'EUR\u00a0: 116 pièces, solde 1 234 567,50, échu 1 200 000,00, plus de 90 jours 250 000,25',
      'Attention\u00a0: Lignes 7 et 9',
      'Classeur écrit\u00a0: out.xlsx',
      '',
    ]);
  });
});

describe('formatError', () => {
  it('shows a ReceivablesError as one prefixed line', () => {
    const error = new ReceivablesError('NO_LEDGER_FOUND', 'No ledger on sheet "Notes".\nSaw: A, B');
    expect(formatError(error)).toBe('receivables-desk: No ledger on sheet "Notes". Saw: A, B');
  });

  it('asks to report an unexpected error', () => {
    expect(formatError(new TypeError('x is undefined'))).toBe(
      'receivables-desk: unexpected error: x is undefined (please report it with the command you ran)',
    );
  });
});
