import { ReceivablesError } from '../errors/receivablesError';
import { closestHeaderRow, detectLedgerHeader, HEADER_SEARCH_ROWS } from './detectHeader';
import { gridOf } from './testGrid';

const FRENCH_HEADER = [
  'Code client',
  'Nom client',
  'N° facture',
  'Date pièce',
  'Échéance',
  'Solde',
];

describe('detectLedgerHeader', () => {
  it('finds the header below title lines', () => {
    const grid = gridOf([
      ['Balance âgée clients au 30/11/2026'],
      ['Société : ACME France', null, 'Solde total', 12_500],
      [],
      FRENCH_HEADER,
      ['411001', 'Dupont SA', 'F-001', '01/10/2026', '31/10/2026', '1 234,56'],
    ]);
    const detection = detectLedgerHeader(grid)!;
    expect(detection.rowIndex).toBe(3);
    expect(detection.headerRow).toBe(4);
  });

  it('gives the sheet row of the header when the grid starts lower on the sheet', () => {
    const grid = gridOf([FRENCH_HEADER], { firstRow: 7 });
    expect(detectLedgerHeader(grid)?.headerRow).toBe(7);
  });

  it('maps every field of a French header to its column', () => {
    const detection = detectLedgerHeader(gridOf([FRENCH_HEADER]))!;
    expect(detection.columnIndexes).toEqual({
      customerCode: 0,
      customerName: 1,
      invoice: 2,
      invoiceDate: 3,
      dueDate: 4,
      openAmount: 5,
    });
    expect(detection.columns.dueDate).toBe('Échéance');
    expect(detection.headers).toEqual(FRENCH_HEADER);
  });

  it('reads the camelCase header of a US sample export', () => {
    const header =
      'countryCode,customerID,PaperlessDate,invoiceNumber,InvoiceDate,DueDate,InvoiceAmount,Disputed,SettledDate,PaperlessBill,DaysToSettle,DaysLate';
    const detection = detectLedgerHeader(gridOf([header.split(',')]))!;
    expect(detection.columns).toEqual({
      customerCode: 'customerID',
      invoice: 'invoiceNumber',
      invoiceDate: 'InvoiceDate',
      dueDate: 'DueDate',
      amount: 'InvoiceAmount',
      dispute: 'Disputed',
    });
  });

  it('reads headers in capitals without accents and with odd spacing', () => {
    const detection = detectLedgerHeader(gridOf([['  NO CLIENT', 'ECHEANCE ', 'RESTE  A PAYER']]))!;
    expect(detection.columnIndexes).toEqual({ customerCode: 0, dueDate: 1, openAmount: 2 });
  });

  it('needs a customer, an amount and a date', () => {
    expect(detectLedgerHeader(gridOf([['Client', 'Montant', 'Libellé']]))).toBeUndefined();
  });

  it('ignores a header below the rows it searches', () => {
    const values = Array.from({ length: HEADER_SEARCH_ROWS }, () => ['note']);
    values.push(FRENCH_HEADER);
    expect(detectLedgerHeader(gridOf(values))).toBeUndefined();
  });

  it('prefers the row that names the most fields', () => {
    const grid = gridOf([
      ['Client', 'Montant', 'Date'],
      ['Client', 'Facture', 'Date', 'Échéance', 'Montant', 'Devise'],
    ]);
    expect(detectLedgerHeader(grid)?.rowIndex).toBe(1);
  });

  it('uses the first of two columns for one field and reports the other', () => {
    const detection = detectLedgerHeader(
      gridOf([['Client', 'Échéance', 'Montant TTC', 'Montant HT']]),
    )!;
    expect(detection.columns.amount).toBe('Montant TTC');
    expect(detection.ambiguous).toEqual([
      { field: 'amount', used: 'Montant TTC', ignored: ['Montant HT'] },
    ]);
  });

  it('takes a plain "Client" beside a customer name column for the customer code', () => {
    const detection = detectLedgerHeader(
      gridOf([['Client', 'Raison sociale', 'Échéance', 'Solde']]),
    )!;
    expect(detection.columnIndexes).toMatchObject({ customerCode: 0, customerName: 1 });
    expect(detection.ambiguous).toEqual([]);
  });

  it('prefers an exact title to a longer header holding it', () => {
    const detection = detectLedgerHeader(
      gridOf([['Client', 'Échéance', 'Montant HT', 'Montant']]),
    )!;
    expect(detection.columns.amount).toBe('Montant');
  });
});

describe('detectLedgerHeader on ERP export headers', () => {
  it.each<[string, string[], Record<string, string>]>([
    [
      'SAP',
      [
        'Account',
        'Document Number',
        'Document Date',
        'Net due date',
        'Arrears after net due date',
        'Amount in local currency',
        'Local Currency',
      ],
      {
        customerCode: 'Account',
        invoice: 'Document Number',
        dueDate: 'Net due date',
        amount: 'Amount in local currency',
        currency: 'Local Currency',
      },
    ],
    [
      'Sage',
      ['N° compte', 'Intitulé', 'Date', 'Pièce', 'Libellé', 'Échéance', 'Montant', 'Solde'],
      {
        customerCode: 'N° compte',
        customerName: 'Intitulé',
        invoice: 'Pièce',
        dueDate: 'Échéance',
        openAmount: 'Solde',
      },
    ],
    [
      'Cegid',
      [
        'Auxiliaire',
        'Libellé auxiliaire',
        'Date comptable',
        "Date d'échéance",
        'Référence',
        'Solde',
      ],
      {
        customerCode: 'Auxiliaire',
        customerName: 'Libellé auxiliaire',
        dueDate: "Date d'échéance",
        openAmount: 'Solde',
      },
    ],
    [
      'QuickBooks',
      ['Date', 'Transaction Type', 'Num', 'Customer', 'Due Date', 'Amount', 'Open Balance'],
      {
        invoiceDate: 'Date',
        invoice: 'Num',
        customerName: 'Customer',
        dueDate: 'Due Date',
        openAmount: 'Open Balance',
      },
    ],
    [
      'Xero',
      [
        'Contact',
        'Invoice Date',
        'Invoice Number',
        'Due Date',
        'Invoice Total',
        'Amount Paid',
        'Amount Due',
      ],
      {
        customerName: 'Contact',
        invoice: 'Invoice Number',
        amount: 'Invoice Total',
        openAmount: 'Amount Due',
      },
    ],
  ])('reads a %s header', (_, header, expected) => {
    expect(detectLedgerHeader(gridOf([header]))?.columns).toMatchObject(expected);
  });

  it('does not take the paid amount or days late for amounts', () => {
    const header = ['Client', 'Échéance', 'Montant TTC', 'Montant réglé', 'Jours de retard'];
    expect(detectLedgerHeader(gridOf([header]))?.columnIndexes).toEqual({
      customerName: 0,
      dueDate: 1,
      amount: 2,
    });
  });
});

describe('detectLedgerHeader with a column mapping', () => {
  const header = ['Client', 'Échéance', 'Échéance nette', 'Montant'];

  it('uses the mapped header for a field', () => {
    const detection = detectLedgerHeader(gridOf([header]), { dueDate: 'Échéance nette' })!;
    expect(detection.columnIndexes.dueDate).toBe(2);
  });

  it('matches the mapped header regardless of case and accents', () => {
    const detection = detectLedgerHeader(gridOf([header]), { dueDate: 'ECHEANCE NETTE' })!;
    expect(detection.columnIndexes.dueDate).toBe(2);
  });

  it('lets a mapping take a column recognised as another field', () => {
    const detection = detectLedgerHeader(gridOf([[...header, 'Libellé']]), {
      customerName: 'Libellé',
      dueDate: 'Client',
    })!;
    expect(detection.columnIndexes).toEqual({ customerName: 4, dueDate: 0, amount: 3 });
  });

  it('leaves a field out when it is mapped to an empty header', () => {
    const grid = gridOf([['Client', 'Date facture', 'Échéance', 'Montant']]);
    const detection = detectLedgerHeader(grid, { dueDate: '' })!;
    expect(detection.columnIndexes.dueDate).toBeUndefined();
  });

  it('throws UNKNOWN_COLUMN naming the missing header and the headers seen', () => {
    const read = () => detectLedgerHeader(gridOf([['Titre'], header]), { dueDate: 'Date limite' });
    expect(read).toThrow(ReceivablesError);
    expect(read).toThrow(
      'The column "Date limite" given for the due date is not in the header row (sheet "Ledger", row 2). Headers seen: "Client", "Échéance", "Échéance nette", "Montant".',
    );
  });

  it('throws INVALID_OPTION for a mapping key that is not a field', () => {
    const map = { echeance: 'Échéance' } as never;
    expect(() => detectLedgerHeader(gridOf([header]), map)).toThrow(/Unknown field "echeance"/);
  });
});

describe('closestHeaderRow', () => {
  it('names the row that came nearest and what it recognised', () => {
    const closest = closestHeaderRow(gridOf([['Rapport'], ['Client', 'Libellé', 'Montant']]));
    expect(closest).toEqual({
      headerRow: 2,
      headers: ['Client', 'Libellé', 'Montant'],
      fields: ['customerName', 'amount'],
    });
  });
});
