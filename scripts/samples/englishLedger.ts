import ExcelJS from 'exceljs';

import { SeededRandom, addDays, dayBetween, utcDate } from './random';

const CUSTOMERS = [
  ['C-1001', 'Acme Industrial Supply', 'USD'],
  ['C-1002', 'Blue Ridge Logistics LLC', 'USD'],
  ['C-1003', 'Cascade Medical Partners', 'USD'],
  ['C-1004', 'Delta Fasteners Co.', 'USD'],
  ['C-1005', 'Evergreen Foods, Inc.', 'USD'],
  ['C-1006', 'Frontier Robotics', 'USD'],
  ['C-1007', 'Granite State Builders', 'USD'],
  ['C-1008', 'Harbor Freight Forwarding', 'USD'],
  ['C-1009', 'Ironclad Security Corp', 'USD'],
  ['C-1010', 'Juniper Health Systems', 'USD'],
  ['C-1011', 'Keystone Printing', 'USD'],
  ['C-1012', 'Lakeside Dental Group', 'USD'],
  ['C-1013', 'Midwest Auto Parts', 'USD'],
  ['C-1014', 'Northgate Hotels', 'USD'],
  ['C-2001', 'Albion Engineering Ltd', 'GBP'],
  ['C-2002', 'Bramley & Sons', 'GBP'],
  ['C-2003', 'Cotswold Catering Ltd', 'GBP'],
  ['C-2004', 'Dover Marine Services', 'GBP'],
  ['C-2005', 'Ely Cathedral Supplies', 'GBP'],
  ['C-2006', 'Fenwick Office Solutions', 'GBP'],
] as const;

const HEADERS = [
  'Customer ID',
  'Customer',
  'Invoice No',
  'Invoice Date',
  'Due Date',
  'Amount',
  'Outstanding',
  'Currency',
  'Company',
];

/**
 * An English accounting system's aged receivables export: a notes sheet
 * first (no ledger on it), then an Excel table of open items in USD and GBP
 * across two companies, with credit memos and part-paid invoices.
 */
export function buildEnglishLedger(): ExcelJS.Workbook {
  const random = new SeededRandom(2_026_11_30);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Northwind Finance';
  workbook.created = workbook.modified = utcDate(2026, 11, 30);

  const notes = workbook.addWorksheet('Read me');
  notes.addRow(['Aged receivables export']);
  notes.addRow(['Generated for the month-end close of November 2026.']);
  notes.addRow(['Amounts are in the currency of each invoice.']);

  const rows: (string | number | Date)[][] = [];
  let invoiceNo = 50_000;
  for (const [id, name, currency] of CUSTOMERS) {
    const terms = random.pick([15, 30, 30, 45, 60]);
    const count = random.int(6, 14);
    for (let i = 0; i < count; i++) {
      const invoiceDate = dayBetween(random, utcDate(2025, 1, 1), utcDate(2026, 11, 30));
      const memo = random.chance(0.07);
      const amount = memo ? -random.amount(25, 1_500) : random.amount(80, 48_000);
      const paid = !memo && random.chance(0.3) ? random.amount(0.05, 0.9) : 0;
      invoiceNo += 1;
      rows.push([
        id,
        name,
        `${memo ? 'CM' : 'INV'}-${invoiceNo}`,
        invoiceDate,
        addDays(invoiceDate, memo ? 0 : terms),
        amount,
        Math.round(amount * (1 - paid) * 100) / 100,
        currency,
        currency === 'GBP' ? 'Northwind UK Ltd' : 'Northwind Inc.',
      ]);
    }
  }

  const sheet = workbook.addWorksheet('AR Aging');
  sheet.addTable({
    name: 'OpenItems',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: HEADERS.map((header) => ({ name: header, filterButton: true })),
    rows,
  });
  for (let r = 2; r <= rows.length + 1; r++) {
    const row = sheet.getRow(r);
    row.getCell(4).numFmt = 'mm/dd/yyyy';
    row.getCell(5).numFmt = 'mm/dd/yyyy';
    row.getCell(6).numFmt = '#,##0.00';
    row.getCell(7).numFmt = '#,##0.00';
  }
  sheet.columns.forEach((column, index) => {
    column.width = [12, 28, 12, 12, 12, 12, 12, 10, 18][index] ?? 12;
  });
  return workbook;
}
