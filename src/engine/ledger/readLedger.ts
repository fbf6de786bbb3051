import { ReceivablesError } from '../errors/receivablesError';
import type { CellGrid } from '../grid/cellGrid';
import { french, guillemets } from '../i18n/frenchTypography';
import { parseCurrency } from '../parse/parseCurrency';
import {
  closestHeaderRow,
  detectLedgerHeader,
  HEADER_SEARCH_ROWS,
  type HeaderDetection,
} from './detectHeader';
import { findDuplicateRows } from './duplicateRows';
import type { LedgerField } from './fields';
import { fieldName, listRows, quoteHeaders } from './ledgerMessages';
import { RowReader } from './rowReader';
import { isBlankRow } from './subtotalRow';
import type {
  Language,
  LedgerReadResult,
  LedgerWarning,
  OpenItem,
  ReadLedgerOptions,
  RejectedRow,
  SkippedRow,
} from './types';

/** Longest default payment terms accepted: ten years. */
const MAX_TERMS_DAYS = 3650;

/**
 * Reads a ledger: finds its header row, then turns every row below it into
 * an open item, a rejected row (with the field, the raw value and a reason in
 * `options.language`), or a skipped row (blank, or a subtotal/total line).
 * accepted + rejected + skipped is the number of rows below the header.
 *
 * A row is rejected for the first of: no customer (neither code nor name), no
 * readable amount (the open amount when that column exists), no readable
 * invoice date when ageing by invoice date, no readable due date (derived as
 * invoice date + `defaultTermsDays` when given, or taken as the invoice date
 * when ageing by invoice date, and flagged), a currency that is not blank and
 * not a currency. Items with a zero open amount are accepted: they count in
 * item counts and add nothing to totals. Exact duplicate rows are all kept
 * and reported in one 'duplicateRows' warning.
 *
 * @throws ReceivablesError('NO_LEDGER_FOUND') naming the sheet and the header
 * cells seen; ReceivablesError('UNKNOWN_COLUMN') for a `map` header that is
 * not in the header row; ReceivablesError('INVALID_OPTION') for bad options.
 *
 * @example
 * const grid = { sheetName: 'Ledger', firstRow: 1, firstColumn: 1, date1904: false, values: [
 *   ['Client', 'Facture', 'Échéance', 'Montant'],
 *   ['Dupont SA', 'F-001', '30/11/2026', '1 234,56'],
 *   [null, null, null, null],
 * ] };
 * readLedger(grid).counts // { accepted: 1, rejected: 0, skipped: 1 }
 */
export function readLedger(grid: CellGrid, options: ReadLedgerOptions = {}): LedgerReadResult {
  const language = options.language ?? 'en';
  const defaultCurrency = checkCurrency(options.defaultCurrency, language);
  const defaultTermsDays = checkTerms(options.defaultTermsDays, language);
  const detection = detectLedgerHeader(grid, options.map, language);
  if (!detection) throw noLedgerFound(grid, language);

  const reader = new RowReader({
    columnIndexes: detection.columnIndexes,
    columns: detection.columns,
    firstColumn: grid.firstColumn,
    date1904: grid.date1904,
    dateOrder: options.dateOrder ?? 'dmy',
    basis: options.basis ?? 'due',
    defaultTermsDays,
    defaultCurrency,
    language,
  });
  const items: OpenItem[] = [];
  const rejected: RejectedRow[] = [];
  const skipped: SkippedRow[] = [];
  const acceptedIndexes: number[] = [];
  const derived: number[] = [];

  const values = grid.values;
  for (let index = detection.rowIndex + 1; index < values.length; index += 1) {
    const row = values[index] ?? [];
    const sheetRow = grid.firstRow + index;
    if (isBlankRow(row)) {
      skipped.push({ row: sheetRow, kind: 'blank' });
      continue;
    }
    const outcome = reader.read(row, sheetRow);
    if (outcome === 'subtotal') skipped.push({ row: sheetRow, kind: 'subtotal' });
    else if ('reason' in outcome) rejected.push(outcome);
    else {
      items.push(outcome);
      acceptedIndexes.push(index);
      if (outcome.dueDateDerived) derived.push(sheetRow);
    }
  }

  const warnings = [
    ...ambiguityWarnings(detection, language),
    ...rowWarnings(
      findDuplicateRows(values, acceptedIndexes).map((index) => grid.firstRow + index),
      derived,
      defaultTermsDays ?? 0,
      language,
    ),
  ];
  return {
    source: {
      sheet: grid.sheetName,
      headerRow: detection.headerRow,
      columns: detection.columns,
      columnIndexes: detection.columnIndexes,
      headers: detection.headers,
    },
    items,
    rejected,
    skipped,
    warnings,
    counts: { accepted: items.length, rejected: rejected.length, skipped: skipped.length },
  };
}

function checkCurrency(currency: string | undefined, language: Language): string {
  if (currency === undefined) return 'EUR';
  const code = parseCurrency(currency);
  if (code !== undefined) return code;
  throw new ReceivablesError(
    'INVALID_OPTION',
    language === 'fr'
      ? french`Devise par défaut ${guillemets(currency)} inconnue ; attendu un code à 3 lettres comme EUR ou USD.`
      : `Default currency '${currency}' is not a currency; expected a 3-letter code such as EUR or USD.`,
  );
}

function checkTerms(days: number | undefined, language: Language): number | undefined {
  if (days === undefined) return undefined;
  if (Number.isInteger(days) && days >= 0 && days <= MAX_TERMS_DAYS) return days;
  throw new ReceivablesError(
    'INVALID_OPTION',
    language === 'fr'
      ? french`Délai de paiement par défaut ${days} invalide ; attendu un nombre entier de jours entre 0 et ${MAX_TERMS_DAYS}, par exemple 30.`
      : `Default payment terms ${days} are not valid; expected a whole number of days from 0 to ${MAX_TERMS_DAYS}, such as 30.`,
  );
}

function noLedgerFound(grid: CellGrid, language: Language): ReceivablesError {
  const closest = closestHeaderRow(grid);
  const fr = language === 'fr';
  const needed = fr
    ? french`aucune des ${HEADER_SEARCH_ROWS} premières lignes ne nomme un client (code ou nom), un montant et une date d'échéance ou de facture`
    : `none of the first ${HEADER_SEARCH_ROWS} rows names a customer (code or name), an amount and a due or invoice date`;
  let seen: string;
  if (!closest) {
    seen = fr ? 'Aucun texte d’en-tête trouvé.' : 'No header text was found.';
  } else {
    const missing = missingGroups(closest.fields, language);
    const names = closest.fields.map((field) => fieldName(field, language)).join(', ') || '-';
    seen = fr
      ? french`Ligne la plus proche (${closest.headerRow}) : ${quoteHeaders(closest.headers, 20, 'fr')} ; reconnu : ${names} ; manque : ${missing}.`
      : `Closest row (${closest.headerRow}): ${quoteHeaders(closest.headers)}; recognised: ${names}; missing: ${missing}.`;
  }
  const message = fr
    ? french`Pas de grand livre trouvé sur la feuille ${guillemets(grid.sheetName)} : ${needed}. ${seen}`
    : `No ledger found on sheet "${grid.sheetName}": ${needed}. ${seen}`;
  return new ReceivablesError('NO_LEDGER_FOUND', message);
}

function missingGroups(found: readonly LedgerField[], language: Language): string {
  const groups: [LedgerField[], string, string][] = [
    [['customerCode', 'customerName'], 'a customer code or name', 'un code ou nom client'],
    [['amount', 'openAmount'], 'an amount', 'un montant'],
    [['dueDate', 'invoiceDate'], 'a due or invoice date', 'une date d’échéance ou de facture'],
  ];
  const missing = groups
    .filter(([fields]) => !fields.some((field) => found.includes(field)))
    .map(([, en, fr]) => (language === 'fr' ? fr : en));
  return missing.join(', ') || '-';
}

function ambiguityWarnings(detection: HeaderDetection, language: Language): LedgerWarning[] {
  return (detection.ambiguous ?? []).map(({ field, used, ignored }) => {
    const fr = language === 'fr';
    const quote = (header: string) => (fr ? guillemets(header) : `"${header}"`);
    const others = ignored.map(quote).join(', ');
    const name = fieldName(field, language);
    const message = fr
      ? french`Plusieurs colonnes peuvent être : ${name}. ${quote(used)} est utilisée, ${others} ignorée(s) ; indiquez la colonne voulue pour en choisir une autre.`
      : `Several columns could be the ${name}: "${used}" is used, ${others} ignored; map the field to choose another.`;
    return { code: 'ambiguousColumn', rows: [], message };
  });
}

function rowWarnings(
  duplicateRows: number[],
  derivedRows: number[],
  termsDays: number,
  language: Language,
): LedgerWarning[] {
  const warnings: LedgerWarning[] = [];
  const fr = language === 'fr';
  if (duplicateRows.length > 0) {
    const list = listRows(duplicateRows);
    warnings.push({
      code: 'duplicateRows',
      rows: duplicateRows,
      message: fr
        ? french`${duplicateRows.length} lignes sont des copies exactes d'une autre ligne ; toutes sont gardées, vérifiez qu'elles ne sont pas saisies deux fois : lignes ${list}.`
        : `${duplicateRows.length} rows are exact copies of another row; all are kept, check they are not entered twice: rows ${list}.`,
    });
  }
  if (derivedRows.length > 0) {
    const list = listRows(derivedRows);
    warnings.push({
      code: 'derivedDueDates',
      rows: derivedRows,
      message: fr
        ? french`${derivedRows.length} lignes sans date d'échéance lisible : échéance calculée comme date de facture + ${termsDays} jours (lignes ${list}).`
        : `${derivedRows.length} rows have no readable due date: it was taken as the invoice date + ${termsDays} days (rows ${list}).`,
    });
  }
  return warnings;
}
