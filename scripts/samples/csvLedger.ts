import { SeededRandom, addDays, dayBetween, frenchDate, utcDate } from './random';

const CUSTOMERS = [
  ['C0012', 'Boucherie Lemaître'],
  ['C0027', 'Cœur de Loire Distribution'],
  ['C0031', 'Élevage du Béarn'],
  ['C0045', 'Garage de l’Église'],
  ['C0052', 'Librairie Œuvres & Cie'],
  ['C0068', 'Fleuriste Hélène'],
  ['C0073', 'Château Ségur-Mérignac'],
  ['C0081', 'Traiteur Gaëlle'],
  ['C0094', 'Opticien Zoé'],
  ['C0102', 'Cordonnerie Ménard'],
  ['C0117', 'Crèche Les Lucioles'],
  ['C0125', 'Sécurité Incendie Ouest'],
  ['C0139', 'Bricolage Français'],
  ['C0146', 'Maçonnerie Pérez'],
  ['C0158', 'Épicerie Fine Noël'],
  ['C0163', 'Ébénisterie Thévenet'],
  ['C0177', 'Garde-Meubles Régis'],
  ['C0184', 'Théâtre du Faubourg'],
] as const;

const HEADERS = [
  'Compte',
  'Nom client',
  'Facture',
  'Date facture',
  "Date d'échéance",
  'Montant',
  'Reste à payer',
];

/** A decimal-comma amount, as French Excel saves it, some with a euro sign. */
function frenchAmount(units: number, euroSign: boolean): string {
  const text = units.toFixed(2).replace('.', ',');
  return euroSign ? `${text} €` : text;
}

/** Encodes text in Windows-1252; every character used here exists in it. */
export function encodeWindows1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '’': 0x92, 'œ': 0x9c, 'Œ': 0x8c };
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const code = high[char] ?? char.charCodeAt(0);
    if (code > 0xff) throw new Error(`No Windows-1252 byte for '${char}'`);
    bytes[i] = code;
  }
  return bytes;
}

/**
 * A ledger saved by French Excel as "CSV (séparateur: point-virgule)":
 * Windows-1252, `;` between fields, CRLF, decimal commas, dd/mm/yyyy dates
 * and no currency column (everything is in euros).
 */
export function buildCsvLedger(): Uint8Array {
  const random = new SeededRandom(1252);
  const lines = [HEADERS.join(';')];
  let invoice = 7_000;
  for (const [account, name] of CUSTOMERS) {
    const count = random.int(7, 15);
    for (let i = 0; i < count; i++) {
      const invoiceDate = dayBetween(random, utcDate(2025, 3, 1), utcDate(2026, 11, 29));
      const avoir = random.chance(0.06);
      const amount = avoir ? -random.amount(15, 600) : random.amount(35, 9_500);
      const paid = !avoir && random.chance(0.2) ? random.amount(0.1, 0.7) : 0;
      const open = Math.round(amount * (1 - paid) * 100) / 100;
      invoice += 1;
      lines.push(
        [
          account,
          name,
          `${avoir ? 'AV' : 'F'}${invoice}`,
          frenchDate(invoiceDate),
          frenchDate(addDays(invoiceDate, avoir ? 0 : 30)),
          frenchAmount(amount, random.chance(0.2)),
          frenchAmount(open, false),
        ].join(';'),
      );
    }
  }
  return encodeWindows1252(lines.join('\r\n') + '\r\n');
}
