import type { AgeingBasis, RejectionField } from '../ledger/fields';
import type { Language } from '../ledger/types';
import { french } from './frenchTypography';

/**
 * Every word the analysis sheets show, in one language. French labels are
 * written the way a French credit controller reads them, accents included.
 */
export interface OutputLabels {
  /** The language these labels are in. */
  language: Language;
  notDue: string;
  yes: string;
  no: string;
  sheetNames: { agedBalance: string; detail: string; rejected: string };
  basis: Record<AgeingBasis, string>;
  field: Record<RejectionField, string>;
  asOf: string;
  ageingBasis: string;
  sourceSheet: string;
  headerRow: string;
  currency: string;
  customerCode: string;
  customerName: string;
  open: string;
  overdue: string;
  over90: string;
  disputed: string;
  shareOverdue: string;
  total: string;
  shareOfOpen: string;
  invoice: string;
  invoiceDate: string;
  dueDate: string;
  dueDateDerived: string;
  daysPastDue: string;
  bucket: string;
  amount: string;
  entity: string;
  byEntity: string;
  over365: string;
  ledgerRow: string;
  fieldColumn: string;
  value: string;
  reason: string;
  noOpenItems: string;
  noRejectedRows: string;
  rowsAccepted: string;
  rowsRejected: string;
  rowsSkippedBlank: string;
  rowsSkippedSubtotal: string;
  warnings: string;
  /** A note on the detail sheet when not every item fits on it. */
  detailCut: (shown: number, total: number) => string;
}

const EN: OutputLabels = {
  language: 'en',
  notDue: 'Not due',
  yes: 'Yes',
  no: 'No',
  sheetNames: { agedBalance: 'Aged balance', detail: 'Ageing detail', rejected: 'Rejected rows' },
  basis: { due: 'Due date', invoice: 'Invoice date' },
  field: {
    customer: 'Customer',
    invoice: 'Invoice',
    invoiceDate: 'Invoice date',
    dueDate: 'Due date',
    amount: 'Amount',
    currency: 'Currency',
  },
  asOf: 'As of',
  ageingBasis: 'Aged by',
  sourceSheet: 'Ledger sheet',
  headerRow: 'Header row',
  currency: 'Currency',
  customerCode: 'Customer code',
  customerName: 'Customer name',
  open: 'Open',
  overdue: 'Overdue',
  over90: 'Over 90 days',
  disputed: 'Disputed',
  shareOverdue: 'Share overdue',
  total: 'Total',
  shareOfOpen: 'Share of open',
  invoice: 'Invoice',
  invoiceDate: 'Invoice date',
  dueDate: 'Due date',
  dueDateDerived: 'Due date derived',
  daysPastDue: 'Days past due',
  bucket: 'Bucket',
  amount: 'Amount',
  entity: 'Entity',
  byEntity: 'By entity',
  over365: 'Over one year',
  ledgerRow: 'Ledger row',
  fieldColumn: 'Field',
  value: 'Value',
  reason: 'Reason',
  noOpenItems: 'No open items in this ledger.',
  noRejectedRows: 'No rows were rejected.',
  rowsAccepted: 'Rows accepted',
  rowsRejected: 'Rows rejected',
  rowsSkippedBlank: 'Blank rows skipped',
  rowsSkippedSubtotal: 'Subtotal and total rows skipped',
  warnings: 'Warnings',
  detailCut: (shown, total) =>
    `Only the first ${shown} of ${total} items fit on this sheet; the aged balance counts all of them.`,
};

const FR: OutputLabels = {
  language: 'fr',
  notDue: 'Non échu',
  yes: 'Oui',
  no: 'Non',
  sheetNames: {
    agedBalance: 'Balance âgée',
    detail: 'Détail balance âgée',
    rejected: 'Lignes rejetées',
  },
  basis: { due: 'Date d’échéance', invoice: 'Date de facture' },
  field: {
    customer: 'Client',
    invoice: 'Facture',
    invoiceDate: 'Date de facture',
    dueDate: 'Date d’échéance',
    amount: 'Montant',
    currency: 'Devise',
  },
  asOf: 'Arrêtée au',
  ageingBasis: 'Âge calculé depuis',
  sourceSheet: 'Feuille du grand livre',
  headerRow: 'Ligne d’en-tête',
  currency: 'Devise',
  customerCode: 'Code client',
  customerName: 'Nom du client',
  open: 'Solde',
  overdue: 'Échu',
  over90: 'Plus de 90 jours',
  disputed: 'En litige',
  shareOverdue: 'Part échue',
  total: 'Total',
  shareOfOpen: 'Part du solde',
  invoice: 'Facture',
  invoiceDate: 'Date de facture',
  dueDate: 'Date d’échéance',
  dueDateDerived: 'Échéance calculée',
  daysPastDue: 'Jours de retard',
  bucket: 'Tranche',
  amount: 'Montant',
  entity: 'Société',
  byEntity: 'Par société',
  over365: 'Plus d’un an',
  ledgerRow: 'Ligne du grand livre',
  fieldColumn: 'Champ',
  value: 'Valeur',
  reason: 'Motif',
  noOpenItems: 'Aucune pièce ouverte dans ce grand livre.',
  noRejectedRows: 'Aucune ligne n’a été rejetée.',
  rowsAccepted: 'Lignes retenues',
  rowsRejected: 'Lignes rejetées',
  rowsSkippedBlank: 'Lignes vides ignorées',
  rowsSkippedSubtotal: 'Lignes de sous-total et de total ignorées',
  warnings: 'Avertissements',
  detailCut: (shown, total) =>
    french`Seules les ${shown} premières pièces sur ${total} tiennent sur cette feuille ; la balance âgée les compte toutes.`,
};

/**
 * The labels of the analysis sheets in a language.
 *
 * @example
 * outputLabels('fr').notDue // 'Non échu'
 * outputLabels('en').sheetNames.agedBalance // 'Aged balance'
 */
export function outputLabels(language: Language = 'en'): OutputLabels {
  return language === 'fr' ? FR : EN;
}
