import { civilDayFromIso, civilDayToIso } from '../dates/civilDay';
import type { CellValue } from '../grid/cellGrid';
import { readLedger } from './readLedger';
import { gridOf } from './testGrid';
import type { ReadLedgerOptions } from './types';

const HEADER = [
  'Code client',
  'Nom client',
  'N° facture',
  'Date facture',
  'Échéance',
  'Montant',
  'Devise',
];

/** A ledger whose header is on sheet row 1, so data rows start on row 2. */
function read(rows: CellValue[][], options?: ReadLedgerOptions) {
  return readLedger(gridOf([HEADER, ...rows]), options);
}

const GOOD = ['411001', 'Dupont SA', 'F-001', '01/10/2026', '31/10/2026', '1 234,56', 'EUR'];

describe('readLedger: accepted rows', () => {
  it('reads a French row into an open item', () => {
    const [item] = read([GOOD]).items;
    expect(item).toEqual({
      row: 2,
      customerKey: '411001',
      customerCode: '411001',
      customerName: 'Dupont SA',
      invoice: 'F-001',
      invoiceDate: civilDayFromIso('2026-10-01'),
      dueDate: civilDayFromIso('2026-10-31'),
      dueDateDerived: false,
      amount: 123456,
      currency: 'EUR',
      disputed: false,
    });
  });

  it('writes a numeric customer code as whole-number text', () => {
    const [item] = read([[411001, 'Dupont SA', 'F-1', 46300, 46356, 10, 'EUR']]).items;
    expect(item?.customerKey).toBe('411001');
  });

  it('keys a customer by name when there is no code', () => {
    const [item] = read([[null, 'Dupont SA', 'F-1', null, '30/11/2026', 10, 'EUR']]).items;
    expect(item?.customerKey).toBe('Dupont SA');
  });

  it('keeps text that looks like a formula as literal text', () => {
    const [item] = read([
      [null, '=HYPERLINK("http://x")', 'F-1', null, '30/11/2026', 10, null],
    ]).items;
    expect(item?.customerName).toBe('=HYPERLINK("http://x")');
  });

  it('takes the open amount when the ledger has one beside the original amount', () => {
    const grid = gridOf([
      ['Client', 'Échéance', 'Montant TTC', 'Reste à payer'],
      ['Dupont SA', '30/11/2026', '1 000,00', '250,00'],
    ]);
    expect(readLedger(grid).items[0]?.amount).toBe(25000);
  });

  it('accepts a zero open amount', () => {
    expect(read([[...GOOD.slice(0, 5), '0,00', 'EUR']]).counts.accepted).toBe(1);
  });

  it('uses the default currency for a blank currency cell', () => {
    const [item] = read([[...GOOD.slice(0, 6), null]], { defaultCurrency: 'usd' }).items;
    expect(item?.currency).toBe('USD');
  });

  it('uses EUR when the ledger has no currency column', () => {
    const grid = gridOf([
      ['Client', 'Échéance', 'Montant'],
      ['Dupont SA', '30/11/2026', 10],
    ]);
    expect(readLedger(grid).items[0]?.currency).toBe('EUR');
  });

  it('reads serials in a 1904 workbook: 44894 is 30 November 2026', () => {
    const grid = gridOf(
      [
        ['Client', 'Échéance', 'Montant'],
        ['Dupont SA', 44894, 10],
      ],
      {
        date1904: true,
      },
    );
    expect(civilDayToIso(readLedger(grid).items[0]!.dueDate)).toBe('2026-11-30');
  });

  it('reads month-first dates with dateOrder mdy: 11/30/2026', () => {
    const [item] = read([[...GOOD.slice(0, 4), '11/30/2026', '10', 'USD']], {
      dateOrder: 'mdy',
    }).items;
    expect(civilDayToIso(item!.dueDate)).toBe('2026-11-30');
  });

  it.each([
    ['Oui', true],
    ['Non', false],
    [null, false],
  ])('reads the dispute flag %p as %s', (flag, disputed) => {
    const grid = gridOf([
      ['Client', 'Échéance', 'Montant', 'Litige'],
      ['Dupont SA', '30/11/2026', 10, flag],
    ]);
    expect(readLedger(grid).items[0]?.disputed).toBe(disputed);
  });
});

describe('readLedger: skipped rows', () => {
  it.each([[[null, null, null]], [['', '  ', '\u00a0']], [[]]])('skips the blank row %j', (row) => {
    expect(read([row]).skipped).toEqual([{ row: 2, kind: 'blank' }]);
  });

  it.each([
    ['Total client 411001'],
    ['Sous-total'],
    ['SOUS TOTAL DUPONT'],
    ['Total général'],
    ['Grand total'],
    ['Dupont SA Total'],
    ['Subtotal'],
  ])('skips the line labelled %j with no invoice and no due date', (label) => {
    const result = read([[null, label, null, null, null, '2 469,12', null]]);
    expect(result.skipped).toEqual([{ row: 2, kind: 'subtotal' }]);
  });

  it('reads a row with a total label but an invoice reference as an item', () => {
    const result = read([['411001', 'Total Energies', 'F-9', null, '30/11/2026', 10, 'EUR']]);
    expect(result.counts).toEqual({ accepted: 1, rejected: 0, skipped: 0 });
  });
});

describe('readLedger: rejected rows', () => {
  it('rejects a row with neither a customer code nor a name', () => {
    const [rejected] = read([[null, '  ', 'F-1', null, '30/11/2026', 10, 'EUR']]).rejected;
    expect(rejected).toEqual({
      row: 2,
      field: 'customer',
      value: '',
      reason:
        'no customer: the customer code ("Code client", column A) and the customer name ("Nom client", column B) are both blank; expected a customer code (such as 411001) or a name',
    });
  });

  it('rejects an unreadable amount and quotes it', () => {
    const [rejected] = read([[...GOOD.slice(0, 5), '12 euros et 5', 'EUR']]).rejected;
    expect(rejected).toMatchObject({ row: 2, field: 'amount', value: '12 euros et 5' });
    expect(rejected?.reason).toBe(
      `the amount ("Montant", column F) '12 euros et 5' is not a number; expected an amount such as 1,234.56 or -12.50`,
    );
  });

  it('rejects an amount too large to count in exact cents, saying so', () => {
    const [rejected] = read([[...GOOD.slice(0, 5), 1e300, 'EUR']]).rejected;
    expect(rejected?.reason).toBe(
      `the amount ("Montant", column F) '1e+300' is too large: above 90,000,000,000,000; expected an amount such as 1,234.56 or -12.50`,
    );
  });

  it('rejects a blank amount', () => {
    const [rejected] = read([[...GOOD.slice(0, 5), null, 'EUR']]).rejected;
    expect(rejected?.reason).toMatch(/^the amount \("Montant", column F\) is blank/);
  });

  it('rejects 31 February as a day that does not exist, in English', () => {
    const [rejected] = read([[...GOOD.slice(0, 4), '31/02/2026', '10', 'EUR']]).rejected;
    expect(rejected).toEqual({
      row: 2,
      field: 'dueDate',
      value: '31/02/2026',
      reason: `the due date ("Échéance", column E) '31/02/2026' is not a real day; expected a date such as 28/02/2026`,
    });
  });

  it('rejects 31 February as a day that does not exist, in French', () => {
    const [rejected] = read([[...GOOD.slice(0, 4), '31/02/2026', '10', 'EUR']], {
      language: 'fr',
    }).rejected;
    expect(rejected?.reason).toBe(
      'la date d’échéance («\u00a0Échéance\u00a0», colonne E) «\u00a031/02/2026\u00a0» n’est pas un jour qui existe\u00a0; attendue une date comme 28/02/2026',
    );
  });

  it('suggests the month-first order for 11/30/2026 read day first', () => {
    const [rejected] = read([[...GOOD.slice(0, 4), '11/30/2026', '10', 'EUR']]).rejected;
    expect(rejected?.reason).toBe(
      `the due date ("Échéance", column E) '11/30/2026' is not a real day read as day/month/year; it reads as month/day/year: choose that date order for this file`,
    );
  });

  it('rejects a blank due date and suggests default terms', () => {
    const [rejected] = read([[...GOOD.slice(0, 4), null, '10', 'EUR']]).rejected;
    expect(rejected?.reason).toBe(
      'the due date ("Échéance", column E) is blank; expected a date such as 28/02/2026 (or default payment terms to derive it from the invoice date)',
    );
  });

  it('rejects a number in the due date column that is no plausible date', () => {
    const [rejected] = read([[...GOOD.slice(0, 4), 30, '10', 'EUR']]).rejected;
    expect(rejected).toMatchObject({ field: 'dueDate', value: '30' });
    expect(rejected?.reason).toMatch(/is a number, not a date between 1950 and 2199/);
  });

  it('rejects text that is no currency', () => {
    const [rejected] = read([[...GOOD.slice(0, 6), 'EURO1']], { language: 'fr' }).rejected;
    expect(rejected).toEqual({
      row: 2,
      field: 'currency',
      value: 'EURO1',
      reason:
        'la devise («\u00a0Devise\u00a0», colonne G) «\u00a0EURO1\u00a0» n’est pas une devise\u00a0; attendu un code à 3 lettres comme EUR ou USD',
    });
  });

  it('requires a readable invoice date when ageing by invoice date', () => {
    const [rejected] = read([[...GOOD.slice(0, 3), 'hier', '30/11/2026', '10', 'EUR']], {
      basis: 'invoice',
    }).rejected;
    expect(rejected).toMatchObject({ field: 'invoiceDate', value: 'hier' });
  });
});

describe('readLedger: derived due dates', () => {
  it('derives a missing due date from the invoice date and default terms', () => {
    const result = read([[...GOOD.slice(0, 4), null, '10', 'EUR']], { defaultTermsDays: 30 });
    expect(civilDayToIso(result.items[0]!.dueDate)).toBe('2026-10-31');
    expect(result.items[0]?.dueDateDerived).toBe(true);
  });

  it('lists the rows with derived due dates in one warning', () => {
    const rows = [
      GOOD,
      [...GOOD.slice(0, 4), null, '10', 'EUR'],
      [...GOOD.slice(0, 4), '', '5', 'EUR'],
    ];
    const result = read(rows, { defaultTermsDays: 30 });
    expect(result.warnings).toEqual([
      {
        code: 'derivedDueDates',
        rows: [3, 4],
        message:
          '2 rows have no readable due date: it was taken as the invoice date + 30 days (rows 3, 4).',
      },
    ]);
  });

  it('takes the invoice date as due date when ageing by invoice date without one', () => {
    const grid = gridOf([
      ['Client', 'Date facture', 'Montant'],
      ['Dupont SA', '01/10/2026', 10],
    ]);
    const [item] = readLedger(grid, { basis: 'invoice' }).items;
    expect(civilDayToIso(item!.dueDate)).toBe('2026-10-01');
    expect(item?.dueDateDerived).toBe(true);
  });

  it('rejects every row when the ledger has no due date column and no terms are given', () => {
    const grid = gridOf([
      ['Client', 'Date facture', 'Montant'],
      ['Dupont SA', '01/10/2026', 10],
    ]);
    expect(readLedger(grid).rejected[0]?.reason).toBe(
      'the due date is missing: the ledger has no such column; map the column or give default payment terms',
    );
  });

  it('still rejects a row with neither due date nor invoice date', () => {
    const result = read([[...GOOD.slice(0, 3), null, null, '10', 'EUR']], { defaultTermsDays: 30 });
    expect(result.rejected[0]?.field).toBe('dueDate');
  });
});

describe('readLedger: warnings and counts', () => {
  it('keeps exact duplicate rows and reports them in one warning', () => {
    const result = read([GOOD, ['411002', 'Martin', 'F-2', null, '30/11/2026', 5, 'EUR'], GOOD]);
    expect(result.counts.accepted).toBe(3);
    expect(result.warnings.map(({ code, rows }) => ({ code, rows }))).toEqual([
      { code: 'duplicateRows', rows: [2, 4] },
    ]);
  });

  it('reports two columns for one field as an ambiguous column', () => {
    const grid = gridOf([
      ['Client', 'Échéance', 'Montant TTC', 'Montant HT'],
      ['A', '30/11/2026', 1, 2],
    ]);
    expect(readLedger(grid).warnings[0]).toMatchObject({ code: 'ambiguousColumn', rows: [] });
  });

  it('accounts for every row below the header exactly once', () => {
    const result = read([
      GOOD,
      [null, null],
      [null, 'Total client 411001', null, null, null, 1234.56, null],
      [null, null, 'F-2', null, '30/11/2026', 10, 'EUR'],
      ['411002', 'Martin', 'F-3', null, '30/11/2026', '(12,50)', 'EUR'],
    ]);
    expect(result.counts).toEqual({ accepted: 2, rejected: 1, skipped: 2 });
    expect(result.source.headerRow).toBe(1);
  });
});

describe('readLedger: bad input', () => {
  it('throws NO_LEDGER_FOUND naming the sheet, the closest row and what is missing', () => {
    const grid = gridOf([['Rapport'], ['Client', 'Libellé', 'Montant']], { sheetName: 'Feuil1' });
    expect(() => readLedger(grid)).toThrow(
      'No ledger found on sheet "Feuil1": none of the first 30 rows names a customer (code or name), an amount and a due or invoice date. Closest row (2): "Client", "Libellé", "Montant"; recognised: customer name, amount; missing: a due or invoice date.',
    );
  });

  it.each<[ReadLedgerOptions, RegExp]>([
    [{ defaultCurrency: 'euro dollars' }, /Default currency 'euro dollars' is not a currency/],
    [{ defaultTermsDays: -5 }, /Default payment terms -5 are not valid/],
    [{ defaultTermsDays: 1.5 }, /Default payment terms 1.5 are not valid/],
  ])('refuses the options %j', (options, message) => {
    expect(() => read([GOOD], options)).toThrow(message);
  });
});
