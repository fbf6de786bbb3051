import type { LedgerField } from '../../engine/ledger/fields';
import type { Language } from '../../engine/ledger/types';
import type { AnalysePhase } from '../../actions/analyseAgeingTypes';
import type { RequiredGroup } from '../analyse/requiredColumns';
import { en } from './en';
import { fr } from './fr';

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
  /** Beneath the as-of date: the day it reads, written out in full. */
  asOfInFull: (day: string) => string;
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
  topCustomersCaption: (currency: string) => string;
  noOverdueCustomers: string;
  customer: string;
  rejectedHeading: string;
  noRejectedRows: string;
  rowNumber: (row: number) => string;
  goToRow: (row: number) => string;
  moreRejected: (count: number) => string;
  warningsHeading: string;
}

const BY_LANGUAGE: Record<Language, PaneStrings> = { en, fr };

/** The pane's texts in a language. */
export function paneStrings(language: Language): PaneStrings {
  return BY_LANGUAGE[language];
}
