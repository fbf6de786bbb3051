import { formatCount } from '../format';
import type { PaneStrings } from './strings';

// French typography: a no-break space before a colon and inside guillemets,
// so neither is left alone at the start of a line.
const NBSP = '\u00a0';

/** A count with its noun, singular for 0 and 1 as French has it: "1 ligne", "12 345 lignes". */
function count(value: number, one: string, many: string): string {
  return `${formatCount(value, 'fr')} ${value < 2 ? one : many}`;
}

function quoted(text: string): string {
  return `«${NBSP}${text}${NBSP}»`;
}

/** The pane's French texts, in the words of a French credit controller. */
export const fr: PaneStrings = {
  appTitle: 'Receivables Desk',
  tabsLabel: 'Pages',
  tabAnalyse: 'Analyse',
  tabReminders: 'Relances',
  tabKpis: 'Indicateurs',
  remindersSoon:
    'La page Relances listera les clients à relancer, préparera les lettres de relance selon l’ancienneté du retard et gardera la trace de chaque relance envoyée. Elle n’est pas encore disponible.',
  kpisSoon:
    'La page Indicateurs affichera le DSO, la part échue de l’encours et leur évolution d’une analyse à l’autre. Elle n’est pas encore disponible.',

  loadingWorkbook: 'Lecture du classeur…',
  ledgerSheet: 'Feuille de la balance clients',
  ledgerSheetHint:
    'La feuille des pièces non soldées. Celle qui a été reconnue est présélectionnée.',
  sheetWithHeader: (sheet, headerRow) => `${sheet} (en-tête à la ligne ${headerRow})`,
  sheetWithoutHeader: (sheet) => `${sheet} (aucun en-tête reconnu)`,
  noSheets: 'Ce classeur n’a aucune feuille à lire.',
  columnsHeading: 'Colonnes',
  columnsHint:
    'Changez une colonne si elle a été mal reconnue. Vos choix sont enregistrés dans le classeur.',
  noHeaderOnSheet: (sheet) =>
    `Aucun en-tête de balance clients n’a été reconnu dans les premières lignes de ${quoted(sheet)}. Choisissez une autre feuille.`,
  fieldLabels: {
    customerCode: 'Code client',
    customerName: 'Nom du client',
    invoice: 'N° de facture',
    invoiceDate: 'Date de facture',
    dueDate: 'Date d’échéance',
    amount: 'Montant facturé',
    openAmount: 'Solde',
    currency: 'Devise',
    entity: 'Société',
    dispute: 'Litige',
    collector: 'Chargé de recouvrement',
    paymentTerms: 'Conditions de règlement',
  },
  columnNone: '(aucune)',
  requiredColumnsHeading: 'Obligatoires',
  requiredColumnsHint: `Au moins une colonne par paire${NBSP}: code ou nom du client, date d’échéance ou de facture, solde ou montant facturé.`,
  optionalColumnsHeading: 'Facultatives',
  requiredGroupEmpty: {
    customer: `L’analyse a besoin du code client ou du nom du client${NBSP}: gardez une colonne pour l’un des deux.`,
    date: `L’analyse a besoin de la date d’échéance ou de la date de facture${NBSP}: gardez une colonne pour l’une des deux.`,
    amount: `L’analyse a besoin du solde ou du montant facturé${NBSP}: gardez une colonne pour l’un des deux.`,
  },
  useDetectedColumns: 'Utiliser les colonnes reconnues',

  asOf: 'Date d’arrêté',
  asOfInvalid: 'Saisissez une date complète (jour, mois et année).',
  asOfInFull: (day) => `Retards calculés au ${day}.`,
  buckets: 'Tranches de retard (jours)',
  bucketsHint: 'Bornes hautes des tranches, en jours de retard, par exemple 30;60;90;180;365.',
  bucketsEmpty: 'Saisissez au moins une borne, par exemple 30;60;90;180;365.',
  bucketsNotWhole: (piece) => `${quoted(piece)} n’est pas un nombre entier de jours supérieur à 0.`,
  bucketsNotIncreasing: (previous, next) =>
    `Les bornes doivent être croissantes${NBSP}: ${next} vient après ${previous}.`,
  analyse: 'Analyser',
  analysing: 'Analyse en cours…',
  phases: {
    finding: 'Recherche de la balance clients',
    reading: 'Lecture de la balance clients',
    analysing: 'Calcul des retards',
    writing: 'Écriture de la balance âgée',
    done: 'Terminé',
  },
  progressLabel: 'Avancement',

  errorTitle: 'L’analyse n’a pas abouti',
  requirementsTitle: 'Cette version d’Excel ne peut pas exécuter Receivables Desk',
  requirementsMissing: (missing) =>
    `${
      missing.includes('Office.js')
        ? `Office.js n’est pas chargé${NBSP}: ouvrez Receivables Desk depuis le ruban d’Excel.`
        : `Il manque à cette version d’Excel ${missing.join(', ')}, nécessaire pour lire et écrire les feuilles.`
    } Receivables Desk fonctionne dans Excel 2019 ou plus récent et Microsoft 365 sur Windows et Mac, Excel pour le web et Excel sur iPad.`,
  unexpectedError: (message) => `Une erreur inattendue s’est produite${NBSP}: ${message}`,

  resultHeading: 'Résultat',
  rowsRead: (accepted, rejected, skipped) =>
    `${count(accepted, 'ligne acceptée', 'lignes acceptées')}, ${count(rejected, 'rejetée', 'rejetées')}, ${count(skipped, 'ignorée', 'ignorées')}.`,
  sheetsWritten: (names) => `Feuilles écrites${NBSP}: ${names}.`,
  totalsHeading: 'Totaux par devise',
  currency: 'Devise',
  count: 'Pièces',
  open: 'Solde',
  notDue: 'Non échu',
  overdue: 'Échu',
  over90: 'Plus de 90 jours',
  over365: 'Plus d’un an',
  chartTitle: (currency) => `Solde par tranche de retard, ${currency}`,
  chartTableCaption: (currency) => `Solde par tranche de retard, ${currency} (tableau)`,
  bucket: 'Tranche',
  amount: 'Montant',
  topCustomersHeading: 'Clients les plus en retard',
  topCustomersCaption: (currency) => `Clients les plus en retard, ${currency}`,
  noOverdueCustomers: 'Aucun client n’a d’échu.',
  customer: 'Client',
  rejectedHeading: 'Lignes rejetées',
  noRejectedRows: 'Aucune ligne n’a été rejetée.',
  rowNumber: (row) => `Ligne ${row}`,
  goToRow: (row) => `Aller à la ligne ${row}`,
  moreRejected: (more) =>
    `Et ${count(more, 'autre ligne', 'autres lignes')}${NBSP}: voir la feuille des lignes rejetées.`,
  warningsHeading: 'Avertissements',
};
