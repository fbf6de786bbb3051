import { ReceivablesError } from '../errors/receivablesError';
import type { CellGrid, CellValue } from '../grid/cellGrid';
import { french, guillemets } from '../i18n/frenchTypography';
import { cellText } from '../parse/cellText';
import { isLedgerField, type LedgerField } from './fields';
import { matchNormalisedHeader } from './headerMatch';
import { fieldName, quoteHeaders } from './ledgerMessages';
import { normaliseHeader } from './normaliseHeader';
import type { Language } from './types';

/** How many rows from the top the header search looks at. */
export const HEADER_SEARCH_ROWS = 30;

/** Two or more columns that could be one field; the first best match is used. */
export interface AmbiguousColumn {
  field: LedgerField;
  used: string;
  ignored: string[];
}

export interface HeaderDetection {
  /** 0-based row in grid.values. */
  rowIndex: number;
  /** 1-based sheet row. */
  headerRow: number;
  columns: Partial<Record<LedgerField, string>>;
  columnIndexes: Partial<Record<LedgerField, number>>;
  headers: string[];
  score: number;
  /** Fields more than one column could be; empty when every field was clear. */
  ambiguous?: AmbiguousColumn[];
}

interface RowReading {
  rowIndex: number;
  headers: string[];
  indexes: Map<LedgerField, number>;
  score: number;
  ambiguous: AmbiguousColumn[];
}

/**
 * Finds the ledger's header row among the first {@link HEADER_SEARCH_ROWS}
 * rows, below any title lines: the row whose cells name the most fields, and
 * at least a customer (code or name), an amount (or open amount) and a due or
 * invoice date. `map` sets the header to use for some fields (matched after
 * the same normalisation; '' leaves the field out). Gives `undefined` when no
 * row qualifies.
 *
 * @throws ReceivablesError('UNKNOWN_COLUMN') when a header row is found but a
 * `map` header is not in it; ReceivablesError('INVALID_OPTION') for a `map`
 * key that is not a field.
 *
 * @example
 * const grid = { sheetName: 'Balance', firstRow: 1, firstColumn: 1, date1904: false,
 *   values: [['Balance âgée au 30/11/2026'], [], ['Code client', 'Échéance', 'Solde']] };
 * detectLedgerHeader(grid)?.headerRow // 3
 * detectLedgerHeader(grid)?.columns   // { customerCode: 'Code client', dueDate: 'Échéance', openAmount: 'Solde' }
 */
export function detectLedgerHeader(
  grid: CellGrid,
  map?: Partial<Record<LedgerField, string>>,
  language: Language = 'en',
): HeaderDetection | undefined {
  const mapEntries = checkMap(map);
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  let best: RowReading | undefined;
  let bestWithoutMap: RowReading | undefined;

  for (let rowIndex = 0; rowIndex < limit; rowIndex += 1) {
    const reading = readHeaderRow(grid.values[rowIndex] ?? [], rowIndex);
    if (isComplete(reading) && beats(reading, bestWithoutMap)) bestWithoutMap = reading;
    const mapped = mapEntries.length === 0 ? reading : applyMap(reading, mapEntries);
    if (mapped && isComplete(mapped) && beats(mapped, best)) best = mapped;
  }

  if (!best && bestWithoutMap && mapEntries.length > 0) {
    throw unknownColumn(grid, bestWithoutMap, mapEntries, language);
  }
  return best && toDetection(grid, best);
}

/**
 * The row of the first {@link HEADER_SEARCH_ROWS} that names the most fields,
 * complete or not, for a message saying what was seen: its header cells and
 * the fields recognised in it.
 *
 * @example
 * closestHeaderRow(grid) // { headerRow: 3, headers: ['Client', 'Total'], fields: ['customerName'] }
 */
export function closestHeaderRow(
  grid: CellGrid,
): { headerRow: number; headers: string[]; fields: LedgerField[] } | undefined {
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  let best: RowReading | undefined;
  for (let rowIndex = 0; rowIndex < limit; rowIndex += 1) {
    const reading = readHeaderRow(grid.values[rowIndex] ?? [], rowIndex);
    if (reading.headers.some((header) => header !== '') && beats(reading, best)) best = reading;
  }
  if (!best) return undefined;
  return {
    headerRow: grid.firstRow + best.rowIndex,
    headers: best.headers,
    fields: [...best.indexes.keys()],
  };
}

function checkMap(map: Partial<Record<LedgerField, string>> | undefined): [LedgerField, string][] {
  if (!map) return [];
  const entries: [LedgerField, string][] = [];
  for (const [key, header] of Object.entries(map)) {
    if (!isLedgerField(key)) {
      throw new ReceivablesError(
        'INVALID_OPTION',
        `Unknown field "${key}" in the column mapping; expected one of customerCode, customerName, invoice, invoiceDate, dueDate, amount, openAmount, currency, entity, dispute, collector, paymentTerms.`,
      );
    }
    if (typeof header === 'string') entries.push([key, header.trim()]);
  }
  return entries;
}

// Limitation: the header is one row; a header split over two rows (a group title above
// "Montant" and "Solde") is read from its lower row only when that row names the fields.
interface Candidate {
  index: number;
  score: number;
  /** The header is just "Client" or "Customer". */
  generic: boolean;
}

const GENERIC_CUSTOMER = new Set(['client', 'customer']);

/**
 * "Client" beside "Nom client" or "Raison sociale" is the customer code, as
 * French exports often write it: the plain title goes to the code when no
 * other column names the code.
 */
function splitGenericCustomer(candidates: Map<LedgerField, Candidate[]>): void {
  const names = candidates.get('customerName');
  if (!names || names.length < 2 || candidates.has('customerCode')) return;
  const generic = names.find((candidate) => candidate.generic);
  if (!generic) return;
  candidates.set('customerCode', [generic]);
  candidates.set(
    'customerName',
    names.filter((candidate) => candidate !== generic),
  );
}

function readHeaderRow(row: readonly CellValue[], rowIndex: number): RowReading {
  const headers: string[] = [];
  const candidates = new Map<LedgerField, Candidate[]>();
  for (let index = 0; index < row.length; index += 1) {
    const cell = row[index];
    headers.push(cellText(cell) ?? '');
    if (typeof cell !== 'string') continue;
    const words = normaliseHeader(cell);
    const match = matchNormalisedHeader(words);
    if (!match) continue;
    const list = candidates.get(match.field) ?? [];
    list.push({ index, score: match.score, generic: GENERIC_CUSTOMER.has(words) });
    candidates.set(match.field, list);
  }
  splitGenericCustomer(candidates);

  const indexes = new Map<LedgerField, number>();
  const ambiguous: AmbiguousColumn[] = [];
  let score = 0;
  for (const [field, list] of candidates) {
    // Stable sort: equal scores keep their left-to-right order, so the first best match wins.
    const ranked = [...list].sort((a, b) => b.score - a.score);
    const winner = ranked[0] as Candidate;
    indexes.set(field, winner.index);
    score += winner.score;
    if (ranked.length > 1) {
      ambiguous.push({
        field,
        used: headers[winner.index] as string,
        ignored: ranked.slice(1).map((other) => headers[other.index] as string),
      });
    }
  }
  return { rowIndex, headers, indexes, score, ambiguous };
}

function applyMap(reading: RowReading, entries: [LedgerField, string][]): RowReading | undefined {
  const indexes = new Map(reading.indexes);
  let ambiguous = reading.ambiguous;
  for (const [field, header] of entries) {
    indexes.delete(field);
    ambiguous = ambiguous.filter((entry) => entry.field !== field);
    if (header === '') continue;
    const index = findHeader(reading.headers, header);
    if (index === undefined) return undefined;
    for (const [other, otherIndex] of indexes) {
      if (otherIndex === index) indexes.delete(other);
    }
    indexes.set(field, index);
  }
  return { ...reading, indexes, ambiguous };
}

function findHeader(headers: readonly string[], wanted: string): number | undefined {
  const exact = headers.indexOf(wanted);
  if (exact !== -1) return exact;
  const words = normaliseHeader(wanted);
  if (words === '') return undefined;
  const index = headers.findIndex((header) => normaliseHeader(header) === words);
  return index === -1 ? undefined : index;
}

function isComplete(reading: RowReading): boolean {
  const has = (field: LedgerField) => reading.indexes.has(field);
  return (
    (has('customerCode') || has('customerName')) &&
    (has('amount') || has('openAmount')) &&
    (has('dueDate') || has('invoiceDate'))
  );
}

function beats(reading: RowReading, current: RowReading | undefined): boolean {
  if (!current) return reading.indexes.size > 0;
  if (reading.indexes.size !== current.indexes.size) {
    return reading.indexes.size > current.indexes.size;
  }
  return reading.score > current.score;
}

function toDetection(grid: CellGrid, reading: RowReading): HeaderDetection {
  const columns: Partial<Record<LedgerField, string>> = {};
  const columnIndexes: Partial<Record<LedgerField, number>> = {};
  for (const [field, index] of reading.indexes) {
    columns[field] = reading.headers[index] as string;
    columnIndexes[field] = index;
  }
  return {
    rowIndex: reading.rowIndex,
    headerRow: grid.firstRow + reading.rowIndex,
    columns,
    columnIndexes,
    headers: reading.headers,
    score: reading.score,
    ambiguous: reading.ambiguous,
  };
}

function unknownColumn(
  grid: CellGrid,
  reading: RowReading,
  entries: [LedgerField, string][],
  language: Language,
): ReceivablesError {
  const missing = entries.filter(
    ([, header]) => header !== '' && findHeader(reading.headers, header) === undefined,
  );
  const [field, header] = missing[0] ?? (entries[0] as [LedgerField, string]);
  const row = grid.firstRow + reading.rowIndex;
  const seen = quoteHeaders(reading.headers, 20, language);
  const message =
    language === 'fr'
      ? french`La colonne ${guillemets(header)} indiquée pour : ${fieldName(field, 'fr')} n'est pas dans la ligne d'en-tête (feuille ${guillemets(grid.sheetName)}, ligne ${row}). En-têtes présents : ${seen}.`
      : `The column "${header}" given for the ${fieldName(field, 'en')} is not in the header row (sheet "${grid.sheetName}", row ${row}). Headers seen: ${seen}.`;
  return new ReceivablesError('UNKNOWN_COLUMN', message);
}
