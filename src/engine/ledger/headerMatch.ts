import type { LedgerField } from './fields';
import { HEADER_TITLES, NOT_A_FIELD_WORDS } from './headerSynonyms';
import { normaliseHeader } from './normaliseHeader';

/** How well a header names a field: exact titles beat titles found inside a longer header. */
export interface HeaderMatch {
  field: LedgerField;
  score: number;
  exact: boolean;
}

const EXACT_SCORE = 100;
const PARTIAL_SCORE = 10;

/** When two fields match a header equally well, the first here wins. */
const TIE_ORDER: readonly LedgerField[] = [
  'openAmount',
  'amount',
  'dueDate',
  'invoiceDate',
  'currency',
  'customerCode',
  'invoice',
  'customerName',
  'entity',
  'dispute',
  'collector',
  'paymentTerms',
];

const exactTitles = new Map<string, HeaderMatch>();
for (const title of HEADER_TITLES) {
  if (!exactTitles.has(title.words)) {
    exactTitles.set(title.words, {
      field: title.field,
      score: EXACT_SCORE + title.wordCount,
      exact: true,
    });
  }
}
const partialTitles = HEADER_TITLES.filter((title) => !title.exactOnly);

/**
 * The field a column header names, or `undefined`. A header equal to a known
 * title (after normalisation) scores more than one that contains a title;
 * among contained titles the longest wins ("Montant restant" is the open
 * amount, not the amount).
 *
 * @example
 * matchHeader('Échéance')?.field        // 'dueDate'
 * matchHeader('Montant restant')?.field // 'openAmount'
 * matchHeader('Days late')              // undefined
 */
export function matchHeader(text: string): HeaderMatch | undefined {
  return matchNormalisedHeader(normaliseHeader(text));
}

/**
 * {@link matchHeader} on a header already passed through `normaliseHeader`.
 *
 * @example
 * matchNormalisedHeader('reste payer')?.field // 'openAmount'
 */
export function matchNormalisedHeader(words: string): HeaderMatch | undefined {
  if (words === '') return undefined;
  const exact = exactTitles.get(words);
  if (exact) return exact;

  const padded = ` ${words} `;
  for (const word of words.split(' ')) {
    if (NOT_A_FIELD_WORDS.has(word)) return undefined;
  }
  let best: HeaderMatch | undefined;
  for (const title of partialTitles) {
    if (!padded.includes(` ${title.words} `)) continue;
    const score = PARTIAL_SCORE + title.wordCount;
    if (
      !best ||
      score > best.score ||
      (score === best.score && ranksBefore(title.field, best.field))
    ) {
      best = { field: title.field, score, exact: false };
    }
  }
  return best;
}

function ranksBefore(a: LedgerField, b: LedgerField): boolean {
  return TIE_ORDER.indexOf(a) < TIE_ORDER.indexOf(b);
}
