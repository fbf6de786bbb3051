import type { AnalyseAgeingResult } from '../../actions/analyseAgeingTypes';
import type { AgeingAnalysis } from '../../engine/ageing/types';
import { civilDayFromIso, type CivilDay } from '../../engine/dates/civilDay';
import type { LedgerReadResult } from '../../engine/ledger/types';
import type { AgeingSummary } from '../../engine/summary/types';

const BUCKETS = ['Not due', '1-30', '31-60', '61-90', '91-180', '181-365', '>365'];

/** A ledger of two currencies with rejected rows and a warning, as the action returns it. */
export function resultFixture(): AnalyseAgeingResult {
  const summary: AgeingSummary = {
    asOf: '2026-11-30',
    basis: 'due',
    buckets: BUCKETS,
    source: { sheet: 'Balance', headerRow: 4, columns: { dueDate: 'Échéance' } },
    rows: { accepted: 6, rejected: 2, skipped: 3 },
    currencies: [
      {
        currency: 'EUR',
        count: 5,
        open: 12345.67,
        notDue: 1000,
        overdue: 11345.67,
        over90: 4000,
        over365: 500,
        byBucket: [1000, 5000, 2345.67, 0, 3500, -100, 600],
      },
      {
        currency: 'USD',
        count: 1,
        open: 250,
        notDue: 0,
        overdue: 250,
        over90: 0,
        over365: 0,
        byBucket: [0, 250, 0, 0, 0, 0, 0],
      },
    ],
    customers: [
      {
        key: '411001',
        name: 'Garage Martin',
        currency: 'EUR',
        open: 3000,
        overdue: 2000,
        byBucket: [],
      },
      {
        key: '411002',
        name: 'Boulangerie Roux',
        currency: 'EUR',
        open: 9000,
        overdue: 8000,
        byBucket: [],
      },
      {
        key: '411003',
        name: 'Café du Port',
        currency: 'EUR',
        open: 345.67,
        overdue: 0,
        byBucket: [],
      },
      { key: 'C-9', name: 'Acme Inc', currency: 'USD', open: 250, overdue: 250, byBucket: [] },
    ],
    rejected: [
      { row: 17, field: 'dueDate', value: '31/02/2026', reason: 'No such day: 31 February 2026.' },
      { row: 21, field: 'amount', value: 'abc', reason: 'Not an amount.' },
    ],
  };
  const ledger: LedgerReadResult = {
    source: {
      sheet: 'Balance',
      headerRow: 4,
      columns: { customerCode: 'Compte', dueDate: 'Échéance', openAmount: 'Solde' },
      columnIndexes: { customerCode: 0, dueDate: 3, openAmount: 5 },
      headers: ['Compte', 'Nom', 'Pièce', 'Échéance', 'Montant', 'Solde'],
    },
    items: [],
    rejected: [],
    skipped: [],
    warnings: [{ code: 'duplicateRows', rows: [8, 9], message: 'Rows 8 and 9 are identical.' }],
    counts: summary.rows,
  };
  const analysis: AgeingAnalysis = {
    asOf: civilDayFromIso('2026-11-30') as CivilDay,
    basis: 'due',
    buckets: BUCKETS.map((label) => ({ label })),
    items: [],
    currencies: [],
    customers: [],
    entities: [],
  };
  return {
    ledger,
    analysis,
    summary,
    sheets: { agedBalance: 'Balance âgée', detail: 'Détail', rejected: 'Rejets' },
  };
}
