import type { LedgerField } from './fields';
import { matchHeader } from './headerMatch';
import { normaliseHeader } from './normaliseHeader';

describe('normaliseHeader', () => {
  it.each([
    ["Date d'échéance", 'date echeance'],
    ['N° facture', 'no facture'],
    ['Nº client', 'no client'],
    ['Invoice #', 'invoice no'],
    ['Invoice No.', 'invoice no'],
    ['Invoice number', 'invoice no'],
    ['customerID', 'customer id'],
    ['PaperlessDate', 'paperless date'],
    ['invoice_date', 'invoice date'],
    ['  RESTE   À PAYER ', 'reste payer'],
    ['Montant (€)', 'montant'],
  ])('reads %j as %j', (header, words) => {
    expect(normaliseHeader(header)).toBe(words);
  });
});

describe('matchHeader', () => {
  it.each<[string, LedgerField]>([
    ['Code client', 'customerCode'],
    ['Compte', 'customerCode'],
    ['N° client', 'customerCode'],
    ['Account', 'customerCode'],
    ['customerID', 'customerCode'],
    ['Cust. no', 'customerCode'],
    ['Tiers', 'customerCode'],
    ['Nom client', 'customerName'],
    ['Raison sociale', 'customerName'],
    ['Client', 'customerName'],
    ['Customer', 'customerName'],
    ['Customer name', 'customerName'],
    ['N° facture', 'invoice'],
    ['Pièce', 'invoice'],
    ['invoiceNumber', 'invoice'],
    ['Référence', 'invoice'],
    ['Document Number', 'invoice'],
    ['Date facture', 'invoiceDate'],
    ['Date pièce', 'invoiceDate'],
    ['InvoiceDate', 'invoiceDate'],
    ['Document date', 'invoiceDate'],
    ['Date', 'invoiceDate'],
    ['Échéance', 'dueDate'],
    ['ECHEANCE', 'dueDate'],
    ["Date d'échéance", 'dueDate'],
    ['DueDate', 'dueDate'],
    ['Net due date', 'dueDate'],
    ['Montant', 'amount'],
    ['Montant TTC', 'amount'],
    ['Montant TTC (EUR)', 'amount'],
    ['InvoiceAmount', 'amount'],
    ['Original amount', 'amount'],
    ['Amount in local currency', 'amount'],
    ['Solde', 'openAmount'],
    ['Reste à payer', 'openAmount'],
    ['Montant restant', 'openAmount'],
    ['Restant dû', 'openAmount'],
    ['Outstanding', 'openAmount'],
    ['Open Balance', 'openAmount'],
    ['Amount due', 'openAmount'],
    ['Devise', 'currency'],
    ['Currency', 'currency'],
    ['Cur.', 'currency'],
    ['Document currency', 'currency'],
    ['Société', 'entity'],
    ['Company code', 'entity'],
    ['Litige', 'dispute'],
    ['Disputed', 'dispute'],
    ['Commercial', 'collector'],
    ['Account manager', 'collector'],
    ['Sales rep', 'collector'],
    ['Conditions de paiement', 'paymentTerms'],
    ['Payment terms', 'paymentTerms'],
  ])('recognises %j as %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([
    ['countryCode'],
    ['SettledDate'],
    ['PaperlessDate'],
    ['DaysToSettle'],
    ['DaysLate'],
    ['Days past due'],
    ['Arrears after net due date'],
    ['Libellé'],
    ['Solde progressif'],
    [''],
  ])('recognises nothing in %j', (header) => {
    expect(matchHeader(header)).toBeUndefined();
  });

  it('scores an exact title above a title inside a longer header', () => {
    const exact = matchHeader('Montant')!;
    const partial = matchHeader('Montant HT')!;
    expect(partial.field).toBe('amount');
    expect(exact.score).toBeGreaterThan(partial.score);
  });
});
