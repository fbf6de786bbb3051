import ExcelJS from 'exceljs';

import { SeededRandom, addDays, dayBetween, utcDate } from './random';

/** Customer names a French ERP holds, including some that look like formulas. */
const NAMES = [
  'Garage Dubois & Fils',
  'Boulangerie Lefèvre',
  'Transports Rouxel SARL',
  'Cœur de Loire Distribution',
  'Société Générale d’Équipement',
  'Carrosserie Méridionale',
  '=HYPERLINK("http://example.com","Cliquez ici")',
  '+33 6 12 34 56 78 Plomberie Nantaise',
  '-2+3 Carrosserie',
  '@SUM(A1) Conseil',
  'Électricité Picard',
  'Hôtel des Thermes',
  'Menuiserie Aubert',
  'Pharmacie du Château',
  'Atelier Gérard Lavigne',
  'Brasserie de l’Étoile',
  'Clinique Saint-Exupéry',
  'Quincaillerie Bréhat',
  'Vins & Spiritueux Caillaud',
  'Imprimerie Nouvelle',
  'Auto-École Mistral',
  'Laiterie des Alpes',
  'Cabinet Jourdan Avocats',
  'Fromagerie Buisson',
  'Horlogerie Léman SA',
  'Genève Logistique Sàrl',
  'Bâtiments Ferrand',
  'Pâtisserie Noël',
];
/** The last three are Swiss customers, billed in CHF by the Swiss company. */
const SWISS_FROM = NAMES.length - 3;
const SALES = ['C. Morel', 'J. Besson', 'A. Nguyen', 'S. Haddad'];
const HEADERS = [
  'Code client',
  'Raison sociale',
  'N° pièce',
  'Date pièce',
  'Échéance',
  'Montant TTC',
  'Solde',
  'Devise',
  'Société',
  'Litige',
  'Commercial',
];

type Row = (string | number | Date | null)[];

function customerRows(random: SeededRandom, index: number, nextPiece: () => number): Row[] {
  const code = String(411001 + index);
  const name = NAMES[index] as string;
  const swiss = index >= SWISS_FROM;
  const terms = random.pick([30, 45, 60]);
  const sales = random.pick(SALES);
  const rows: Row[] = [];
  const count = random.int(5, 13);
  for (let i = 0; i < count; i++) {
    const invoiceDate = dayBetween(random, utcDate(2024, 9, 1), utcDate(2026, 11, 28));
    const creditNote = random.chance(0.08);
    const total = creditNote ? -random.amount(40, 900) : random.amount(120, 24_000);
    const paidPart = !creditNote && random.chance(0.25) ? random.amount(0.1, 0.8) : 0;
    const open = Math.round(total * (1 - paidPart) * 100) / 100;
    rows.push([
      code,
      name,
      `${creditNote ? 'AV' : 'FA'}${nextPiece()}`,
      invoiceDate,
      addDays(invoiceDate, creditNote ? 0 : terms),
      total,
      open,
      swiss ? 'CHF' : 'EUR',
      swiss ? 'Dubreuil Suisse SA' : 'Dubreuil Pièces Auto SAS',
      random.chance(0.06) ? 'Oui' : null,
      sales,
    ]);
  }
  return rows.sort((a, b) => (a[3] as Date).getTime() - (b[3] as Date).getTime());
}

/** Rows a careless export or a hurried hand leaves in a ledger. */
function badRows(): Row[] {
  const eur = ['EUR', 'Dubreuil Pièces Auto SAS', null, 'C. Morel'];
  return [
    ['411003', 'Transports Rouxel SARL', 'FA90001', utcDate(2026, 1, 31), '31/02/2026', 850, 850, ...eur],
    [null, null, 'FA90002', utcDate(2026, 6, 12), utcDate(2026, 7, 12), 1_200, 1_200, ...eur],
    ['411010', 'Menuiserie Aubert', 'FA90003', utcDate(2026, 8, 3), utcDate(2026, 9, 2), 'N/A', 'N/A', ...eur],
  ];
}

/**
 * A French ERP "Balance âgée" export: title lines, a header on row 4, the
 * items of each customer followed by a subtotal line, a grand total, a few
 * credit notes, Swiss customers in CHF, and three rows the reader must reject.
 */
export function buildFrenchLedger(): ExcelJS.Workbook {
  const random = new SeededRandom(411_001);
  let piece = 26_000;
  const nextPiece = () => ++piece;

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dubreuil ERP';
  workbook.created = workbook.modified = utcDate(2026, 11, 30);
  const sheet = workbook.addWorksheet('Export ERP');
  sheet.addRow(['Dubreuil Pièces Auto SAS']).font = { bold: true, size: 14 };
  sheet.addRow(['Balance âgée au 30/11/2026']);
  sheet.addRow([]);
  sheet.addRow(HEADERS).font = { bold: true };

  const bad = badRows();
  const totals = new Map<string, number>();
  NAMES.forEach((_name, index) => {
    const rows = customerRows(random, index, nextPiece);
    if (index % 9 === 2 && bad.length > 0) rows.push(bad.shift() as Row);
    for (const row of rows) sheet.addRow(row);
    const currency = index >= SWISS_FROM ? 'CHF' : 'EUR';
    const sum = rows.reduce((acc, row) => acc + (typeof row[6] === 'number' ? row[6] : 0), 0);
    totals.set(currency, (totals.get(currency) ?? 0) + sum);
    const label = `Total client ${411001 + index}`;
    const subtotal = sheet.addRow([label, null, null, null, null, null, round(sum), currency]);
    subtotal.font = { bold: true };
  });
  sheet.addRow([]);
  for (const [currency, sum] of totals) {
    sheet.addRow(['Total général', null, null, null, null, null, round(sum), currency]).font = {
      bold: true,
    };
  }

  sheet.getColumn(4).numFmt = 'dd/mm/yyyy';
  sheet.getColumn(5).numFmt = 'dd/mm/yyyy';
  sheet.getColumn(6).numFmt = '#,##0.00';
  sheet.getColumn(7).numFmt = '#,##0.00';
  sheet.columns.forEach((column, index) => {
    column.width = [12, 44, 11, 12, 12, 14, 14, 8, 26, 8, 12][index] ?? 12;
  });
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  return workbook;
}

function round(units: number): number {
  return Math.round(units * 100) / 100;
}
