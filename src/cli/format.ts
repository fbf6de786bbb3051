import { ReceivablesError } from '../engine/errors/receivablesError';
import type { Language, LedgerWarning } from '../engine/ledger/types';
import type { AgeingSummary } from '../engine/summary/types';

/** The prefix of every error line, so scripts and people see who is speaking. */
export const PROGRAM = 'receivables-desk';

const WORDS = {
  en: {
    ledger: 'Ledger',
    headerRow: 'header row',
    rows: 'Rows',
    accepted: 'accepted',
    rejected: 'rejected',
    skipped: 'skipped',
    items: 'items',
    open: 'open',
    overdue: 'overdue',
    over90: 'over 90 days',
    warning: 'Warning',
    written: 'Written',
    summary: 'Summary',
    colon: ': ',
  },
  fr: {
    ledger: 'Feuille de la balance',
    headerRow: 'ligne d’en-tête',
    rows: 'Lignes',
    accepted: 'acceptées',
    rejected: 'rejetées',
    skipped: 'ignorées',
    items: 'pièces',
    open: 'solde',
    overdue: 'échu',
    over90: 'plus de 90 jours',
    warning: 'Attention',
    written: 'Classeur écrit',
    summary: 'Synthèse',
    // French sets a no-break space before a colon.
    colon: '\u00a0: ',
  },
} as const;

/**
 * An amount with two decimals and grouped thousands: `1,234.50` in English,
 * `1 234,50` in French.
 *
 * @example
 * formatAmount(-1234.5, 'fr') // '-1 234,50'
 */
export function formatAmount(amount: number, language: Language): string {
  const [whole, fraction] = Math.abs(amount).toFixed(2).split('.') as [string, string];
  const groups = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'fr' ? ' ' : ',');
  const sign = amount < 0 && Number(whole + fraction) !== 0 ? '-' : '';
  return `${sign}${groups}${language === 'fr' ? ',' : '.'}${fraction}`;
}

/** Where the run wrote its files. */
export interface WrittenFiles {
  workbook: string;
  json?: string;
}

/**
 * The short report printed on stdout after a run: where the ledger was found,
 * the row counts, the totals of each currency and the files written.
 */
export function formatResult(
  summary: AgeingSummary,
  warnings: readonly LedgerWarning[],
  files: WrittenFiles,
  language: Language,
): string {
  const words = WORDS[language];
  const colon = words.colon;
  const lines = [
    `${words.ledger}${colon}${summary.source.sheet}, ${words.headerRow} ${summary.source.headerRow}`,
    `${words.rows}${colon}${summary.rows.accepted} ${words.accepted}, ` +
      `${summary.rows.rejected} ${words.rejected}, ${summary.rows.skipped} ${words.skipped}`,
  ];
  for (const totals of summary.currencies) {
    lines.push(
      `${totals.currency}${colon}${totals.count} ${words.items}, ` +
        `${words.open} ${formatAmount(totals.open, language)}, ` +
        `${words.overdue} ${formatAmount(totals.overdue, language)}, ` +
        `${words.over90} ${formatAmount(totals.over90, language)}`,
    );
  }
  for (const warning of warnings) lines.push(`${words.warning}${colon}${warning.message}`);
  lines.push(`${words.written}${colon}${files.workbook}`);
  if (files.json !== undefined) lines.push(`${words.summary}${colon}${files.json}`);
  return lines.join('\n') + '\n';
}

/**
 * The one line shown on stderr for an error: a `ReceivablesError` shows its
 * message; anything else is a bug, so it asks to be reported.
 *
 * @example
 * formatError(new ReceivablesError('FILE_NOT_FOUND', 'File not found: a.xlsx'))
 * // 'receivables-desk: File not found: a.xlsx'
 */
export function formatError(error: unknown): string {
  if (error instanceof ReceivablesError) return `${PROGRAM}: ${oneLine(error.message)}`;
  const message = error instanceof Error ? error.message : String(error);
  return (
    `${PROGRAM}: unexpected error: ${oneLine(message)} ` +
    '(please report it with the command you ran)'
  );
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
