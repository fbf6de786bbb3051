import type { LedgerField } from '../../engine/ledger/fields';
import type { Language } from '../../engine/ledger/types';
import type { AnalysePhase } from '../../actions/analyseAgeingTypes';
import type { RequiredGroup } from '../analyse/requiredColumns';

/** Every text the task pane shows, in one language. */
export interface PaneStrings {
  appTitle: string;
  tabsLabel: string;
  tabAnalyse: string;
  tabReminders: string;
  tabKpis: string;
  remindersSoon: string;
  kpisSoon: string;

  loadingWorkbook: string;
  ledgerSheet: string;
  ledgerSheetHint: string;
  sheetWithHeader: (sheet: string, headerRow: number) => string;
  sheetWithoutHeader: (sheet: string) => string;
  noSheets: string;
  columnsHeading: string;
  columnsHint: string;
  noHeaderOnSheet: (sheet: string) => string;
  fieldLabels: Record<LedgerField, string>;
  /** The choice that reads a field from no column. */
  columnNone: string;
  requiredColumnsHeading: string;
  requiredColumnsHint: string;
  optionalColumnsHeading: string;
  /** Why a field cannot be set to none: it is the last column of its kind. */
  requiredGroupEmpty: Record<RequiredGroup, string>;
  useDetectedColumns: string;

  asOf: string;
  asOfInvalid: string;
  buckets: string;
  bucketsHint: string;
  bucketsEmpty: string;
  bucketsNotWhole: (piece: string) => string;
  bucketsNotIncreasing: (previous: number, next: number) => string;
  analyse: string;
  analysing: string;
  phases: Record<AnalysePhase, string>;
  progressLabel: string;

  errorTitle: string;
  requirementsTitle: string;
  /** What a failed requirements check says, from the sets it found missing. */
  requirementsMissing: ((missing: string[]) => string) | undefined;
  unexpectedError: (message: string) => string;

  resultHeading: string;
  rowsRead: (accepted: number, rejected: number, skipped: number) => string;
  sheetsWritten: (names: string) => string;
  totalsHeading: string;
  currency: string;
  count: string;
  open: string;
  notDue: string;
  overdue: string;
  over90: string;
  over365: string;
  chartTitle: (currency: string) => string;
  chartTableCaption: (currency: string) => string;
  bucket: string;
  amount: string;
  topCustomersHeading: string;
  noOverdueCustomers: string;
  customer: string;
  rejectedHeading: string;
  noRejectedRows: string;
  rowNumber: (row: number) => string;
  goToRow: (row: number) => string;
  moreRejected: (count: number) => string;
  warningsHeading: string;
}

const en: PaneStrings = {
  appTitle: 'Receivables Desk',
  tabsLabel: 'Pages',
  tabAnalyse: 'Analyse',
  tabReminders: 'Reminders',
  tabKpis: 'KPIs',
  remindersSoon:
    'Reminders will list the customers to chase, draft the letters by ageing level and keep a log of every reminder sent. This page is not available yet.',
  kpisSoon:
    'KPIs will show days sales outstanding, the overdue rate and their trend from one analysis to the next. This page is not available yet.',

  loadingWorkbook: 'Reading the workbook…',
  ledgerSheet: 'Ledger sheet',
  ledgerSheetHint: 'The sheet holding the open items. The detected one is preselected.',
  sheetWithHeader: (sheet, headerRow) => `${sheet} (header on row ${headerRow})`,
  sheetWithoutHeader: (sheet) => `${sheet} (no header recognised)`,
  noSheets: 'This workbook has no sheet to read.',
  columnsHeading: 'Columns',
  columnsHint:
    'Change a column if it was not recognised. Your choices are saved with the workbook.',
  noHeaderOnSheet: (sheet) =>
    `No ledger header was recognised in the first rows of "${sheet}". Choose another sheet.`,
  fieldLabels: {
    customerCode: 'Customer code',
    customerName: 'Customer name',
    invoice: 'Invoice number',
    invoiceDate: 'Invoice date',
    dueDate: 'Due date',
    amount: 'Amount',
    openAmount: 'Open amount',
    currency: 'Currency',
    entity: 'Entity',
    dispute: 'Dispute',
    collector: 'Collector',
    paymentTerms: 'Payment terms',
  },
  columnNone: '(none)',
  requiredColumnsHeading: 'Required',
  requiredColumnsHint:
    'At least one of each pair: customer code or name, due or invoice date, open amount or amount.',
  optionalColumnsHeading: 'Optional',
  requiredGroupEmpty: {
    customer:
      'The analysis needs the customer code or the customer name: keep a column for one of them.',
    date: 'The analysis needs the due date or the invoice date: keep a column for one of them.',
    amount: 'The analysis needs the open amount or the amount: keep a column for one of them.',
  },
  useDetectedColumns: 'Use the detected columns',

  asOf: 'As-of date',
  asOfInvalid: 'Enter a date such as 2026-11-30.',
  buckets: 'Bucket bounds (days)',
  bucketsHint: 'Upper bounds of the overdue buckets, e.g. 30,60,90,180,365.',
  bucketsEmpty: 'Enter at least one bound, e.g. 30,60,90,180,365.',
  bucketsNotWhole: (piece) => `"${piece}" is not a whole number of days above 0.`,
  bucketsNotIncreasing: (previous, next) =>
    `Bounds must increase: ${next} comes after ${previous}.`,
  analyse: 'Analyse ageing',
  analysing: 'Analysing…',
  phases: {
    finding: 'Finding the ledger',
    reading: 'Reading the ledger',
    analysing: 'Ageing the open items',
    writing: 'Writing the analysis sheets',
    done: 'Done',
  },
  progressLabel: 'Progress',

  errorTitle: 'The analysis could not run',
  requirementsTitle: 'This version of Excel cannot run Receivables Desk',
  // The Office adapter's own message is English already.
  requirementsMissing: undefined,
  unexpectedError: (message) => `Something unexpected happened: ${message}`,

  resultHeading: 'Result',
  rowsRead: (accepted, rejected, skipped) =>
    `${accepted} rows accepted, ${rejected} rejected, ${skipped} skipped.`,
  sheetsWritten: (names) => `Sheets written: ${names}.`,
  totalsHeading: 'Totals per currency',
  currency: 'Currency',
  count: 'Items',
  open: 'Open',
  notDue: 'Not due',
  overdue: 'Overdue',
  over90: 'Over 90 days',
  over365: 'Over one year',
  chartTitle: (currency) => `Open amount per bucket, ${currency}`,
  chartTableCaption: (currency) => `Open amount per bucket, ${currency} (table)`,
  bucket: 'Bucket',
  amount: 'Amount',
  topCustomersHeading: 'Top overdue customers',
  noOverdueCustomers: 'No customer is overdue.',
  customer: 'Customer',
  rejectedHeading: 'Rejected rows',
  noRejectedRows: 'No row was rejected.',
  rowNumber: (row) => `Row ${row}`,
  goToRow: (row) => `Go to row ${row}`,
  moreRejected: (count) => `And ${count} more rows: see the rejected rows sheet.`,
  warningsHeading: 'Warnings',
};

const fr: PaneStrings = {
  appTitle: 'Receivables Desk',
  tabsLabel: 'Pages',
  tabAnalyse: 'Analyse',
  tabReminders: 'Relances',
  tabKpis: 'Indicateurs',
  remindersSoon:
    'Relances listera les clients à relancer, préparera les lettres selon le retard et gardera la trace de chaque relance envoyée. Cette page n’est pas encore disponible.',
  kpisSoon:
    'Indicateurs affichera le DSO, le taux de retard et leur évolution d’une analyse à l’autre. Cette page n’est pas encore disponible.',

  loadingWorkbook: 'Lecture du classeur…',
  ledgerSheet: 'Feuille de la balance',
  ledgerSheetHint:
    'La feuille qui contient les pièces ouvertes. Celle qui a été reconnue est choisie.',
  sheetWithHeader: (sheet, headerRow) => `${sheet} (en-tête en ligne ${headerRow})`,
  sheetWithoutHeader: (sheet) => `${sheet} (aucun en-tête reconnu)`,
  noSheets: 'Ce classeur n’a aucune feuille à lire.',
  columnsHeading: 'Colonnes',
  columnsHint:
    'Changez une colonne si elle n’a pas été reconnue. Vos choix sont enregistrés dans le classeur.',
  noHeaderOnSheet: (sheet) =>
    `Aucun en-tête de balance n’a été reconnu dans les premières lignes de « ${sheet} ». Choisissez une autre feuille.`,
  fieldLabels: {
    customerCode: 'Code client',
    customerName: 'Nom du client',
    invoice: 'N° de facture',
    invoiceDate: 'Date de facture',
    dueDate: 'Échéance',
    amount: 'Montant',
    openAmount: 'Solde',
    currency: 'Devise',
    entity: 'Société',
    dispute: 'Litige',
    collector: 'Recouvreur',
    paymentTerms: 'Conditions de paiement',
  },
  columnNone: '(aucune)',
  requiredColumnsHeading: 'Obligatoires',
  requiredColumnsHint:
    'Au moins une colonne par paire\u00a0: code ou nom du client, échéance ou date de facture, solde ou montant.',
  optionalColumnsHeading: 'Facultatives',
  requiredGroupEmpty: {
    customer:
      'L’analyse a besoin du code client ou du nom du client\u00a0: gardez une colonne pour l’un des deux.',
    date: 'L’analyse a besoin de l’échéance ou de la date de facture\u00a0: gardez une colonne pour l’une des deux.',
    amount:
      'L’analyse a besoin du solde ou du montant\u00a0: gardez une colonne pour l’un des deux.',
  },
  useDetectedColumns: 'Utiliser les colonnes reconnues',

  asOf: 'Date d’arrêté',
  asOfInvalid: 'Saisissez une date, par exemple 2026-11-30.',
  buckets: 'Tranches (jours)',
  bucketsHint: 'Bornes hautes des tranches de retard, par exemple 30,60,90,180,365.',
  bucketsEmpty: 'Saisissez au moins une borne, par exemple 30,60,90,180,365.',
  bucketsNotWhole: (piece) => `« ${piece} » n’est pas un nombre entier de jours supérieur à 0.`,
  bucketsNotIncreasing: (previous, next) =>
    `Les bornes doivent croître : ${next} vient après ${previous}.`,
  analyse: 'Analyser',
  analysing: 'Analyse en cours…',
  phases: {
    finding: 'Recherche de la balance',
    reading: 'Lecture de la balance',
    analysing: 'Calcul des retards',
    writing: 'Écriture des feuilles d’analyse',
    done: 'Terminé',
  },
  progressLabel: 'Avancement',

  errorTitle: 'L’analyse n’a pas pu se faire',
  requirementsTitle: 'Cette version d’Excel ne peut pas exécuter Receivables Desk',
  requirementsMissing: (missing) =>
    `${
      missing.includes('Office.js')
        ? 'Office.js n’est pas chargé : ouvrez Receivables Desk depuis le ruban d’Excel.'
        : `Il manque à cette version d’Excel ${missing.join(', ')}, nécessaire pour lire et écrire les feuilles.`
    } Receivables Desk fonctionne dans Excel 2019 ou plus récent et Microsoft 365 sur Windows et Mac, Excel pour le web et Excel sur iPad.`,
  unexpectedError: (message) => `Une erreur inattendue s’est produite : ${message}`,

  resultHeading: 'Résultat',
  rowsRead: (accepted, rejected, skipped) =>
    `${accepted} lignes acceptées, ${rejected} rejetées, ${skipped} ignorées.`,
  sheetsWritten: (names) => `Feuilles écrites : ${names}.`,
  totalsHeading: 'Totaux par devise',
  currency: 'Devise',
  count: 'Pièces',
  open: 'Solde',
  notDue: 'Non échu',
  overdue: 'Échu',
  over90: 'Plus de 90 jours',
  over365: 'Plus d’un an',
  chartTitle: (currency) => `Solde par tranche, ${currency}`,
  chartTableCaption: (currency) => `Solde par tranche, ${currency} (tableau)`,
  bucket: 'Tranche',
  amount: 'Montant',
  topCustomersHeading: 'Clients les plus en retard',
  noOverdueCustomers: 'Aucun client n’est en retard.',
  customer: 'Client',
  rejectedHeading: 'Lignes rejetées',
  noRejectedRows: 'Aucune ligne n’a été rejetée.',
  rowNumber: (row) => `Ligne ${row}`,
  goToRow: (row) => `Aller à la ligne ${row}`,
  moreRejected: (count) => `Et ${count} autres lignes : voir la feuille des lignes rejetées.`,
  warningsHeading: 'Avertissements',
};

const BY_LANGUAGE: Record<Language, PaneStrings> = { en, fr };

/** The pane's texts in a language. */
export function paneStrings(language: Language): PaneStrings {
  return BY_LANGUAGE[language];
}
