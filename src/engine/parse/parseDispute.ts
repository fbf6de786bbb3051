import type { CellValue } from '../grid/cellGrid';

const NOT_DISPUTED = new Set([
  'non',
  'no',
  'n',
  '0',
  'false',
  'faux',
  'f',
  '-',
  'aucun',
  'none',
  'ok',
  'non conteste',
  'not disputed',
  'sans litige',
  'pas de litige',
]);
const DISPUTED = new Set([
  'oui',
  'yes',
  'y',
  'o',
  'x',
  '1',
  'true',
  'vrai',
  'v',
  'litige',
  'en litige',
  'conteste',
  'disputed',
  'dispute',
  'in dispute',
  'contested',
]);

/**
 * Reads a dispute flag. Blank is not disputed; Oui/Yes/Y/X/1/true/'En litige'
 * /'Disputed' are disputed, Non/No/N/0/false are not. Any other text (a
 * dispute note such as 'Litige qualité') counts as disputed: `explicit` is
 * false for those, so a caller can tell a flag from a note.
 *
 * @example
 * parseDispute('Oui')         // { disputed: true, explicit: true }
 * parseDispute(null)          // { disputed: false, explicit: true }
 * parseDispute('Réclamation') // { disputed: true, explicit: false }
 */
export function parseDispute(value: CellValue | undefined): {
  disputed: boolean;
  explicit: boolean;
} {
  if (value === null || value === undefined) return NOT_FLAGGED;
  if (typeof value === 'boolean') return value ? FLAGGED : NOT_FLAGGED;
  if (typeof value === 'number')
    return Number.isFinite(value) && value !== 0 ? FLAGGED : NOT_FLAGGED;
  if (value instanceof Date) return NOTE;
  return isDisputedText(value);
}

const FLAGGED = { disputed: true, explicit: true } as const;
const NOT_FLAGGED = { disputed: false, explicit: true } as const;
const NOTE = { disputed: true, explicit: false } as const;

function isDisputedText(text: string): { disputed: boolean; explicit: boolean } {
  const lower = text.trim().toLowerCase();
  if (NOT_DISPUTED.has(lower)) return NOT_FLAGGED;
  if (DISPUTED.has(lower)) return FLAGGED;
  const word = lower
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ');
  if (word === '' || NOT_DISPUTED.has(word)) return NOT_FLAGGED;
  if (DISPUTED.has(word)) return FLAGGED;
  return NOTE;
}
