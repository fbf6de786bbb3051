import { parseArgs } from 'node:util';

import type { AnalyseAgeingRequest } from '../actions/analyseAgeingTypes';
import { parseBucketBounds } from '../engine/ageing/buckets';
import { civilDayFromIso } from '../engine/dates/civilDay';
import { ReceivablesError } from '../engine/errors/receivablesError';
import { isLedgerField, LEDGER_FIELDS, type LedgerField } from '../engine/ledger/fields';
import type { Language } from '../engine/ledger/types';

/** The file kinds the command line reads. */
export type LedgerFileKind = 'xlsx' | 'xlsm' | 'csv';

/** What the command line was asked to do. */
export type CliCommand =
  | { kind: 'help' }
  | {
      kind: 'analyse';
      input: string;
      fileKind: LedgerFileKind;
      request: AnalyseAgeingRequest;
      out?: string;
      json?: string;
    };

export const USAGE = `Usage: npm run analyse -- <ledger.xlsx|.xlsm|.csv> [options]

Ages the open items of a receivables ledger and writes a copy of the workbook
with the analysis sheets added (default <name>.analysed.xlsx next to the input).

Options:
  --sheet S              the ledger sheet (default: the first one with a recognised header)
  --as-of YYYY-MM-DD     the day to age at (default: today)
  --basis due|invoice    age from the due date (default) or the invoice date
  --buckets 30,60,90     upper bounds in days of the overdue buckets (default 30,60,90,180,365)
  --currency EUR         currency of every row when the ledger has no currency column
  --map field=Header     read a field from the named column; repeat for several fields;
                         field= (no header) leaves a detected field out
                         fields: ${LEDGER_FIELDS.join(', ')}
  --date-order dmy|mdy   how text dates such as 03/04/2026 are read (default dmy)
  --default-terms N      derive a missing due date as invoice date + N days
  --lang fr|en           language of the written sheets and messages (default en)
  --out FILE             where to write the analysed workbook
  --json FILE            also write the summary as JSON
  --help                 show this text
`;

const OPTIONS = {
  sheet: { type: 'string' },
  'as-of': { type: 'string' },
  basis: { type: 'string' },
  buckets: { type: 'string' },
  currency: { type: 'string' },
  map: { type: 'string', multiple: true },
  'date-order': { type: 'string' },
  'default-terms': { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function invalid(message: string): ReceivablesError {
  return new ReceivablesError('INVALID_OPTION', message);
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  return fail(`--${option} must be ${allowed.join(' or ')}, got '${value}'`);
}

function fail(message: string): never {
  throw invalid(message);
}

function fileKindOf(input: string): LedgerFileKind {
  const match = /\.([^./\\]+)$/.exec(input);
  const extension = match?.[1]?.toLowerCase();
  if (extension === 'xlsx' || extension === 'xlsm' || extension === 'csv') return extension;
  throw new ReceivablesError(
    'UNREADABLE_FILE',
    `Cannot read '${input}': expected an .xlsx, .xlsm or .csv file`,
  );
}

function parseMap(entries: readonly string[]): Partial<Record<LedgerField, string>> {
  const map: Partial<Record<LedgerField, string>> = {};
  for (const entry of entries) {
    const equals = entry.indexOf('=');
    if (equals <= 0) fail(`--map must be written field=Header, got '${entry}'`);
    const field = entry.slice(0, equals).trim();
    const header = entry.slice(equals + 1).trim();
    if (!isLedgerField(field)) {
      fail(`--map: unknown field '${field}'; valid fields are ${LEDGER_FIELDS.join(', ')}`);
    }
    // An empty header leaves the field out, e.g. a column detected as the entity that is not one.
    if (map[field] !== undefined) fail(`--map gives the field '${field}' twice`);
    map[field] = header;
  }
  return map;
}

function parseAsOf(text: string): string {
  if (civilDayFromIso(text) === undefined) {
    fail(`--as-of must be a real date written YYYY-MM-DD, got '${text}'`);
  }
  return text;
}

function parseCurrency(text: string): string {
  if (!/^[A-Za-z]{3}$/.test(text.trim())) {
    fail(`--currency must be a three-letter ISO code such as EUR, got '${text}'`);
  }
  return text.trim().toUpperCase();
}

function parseTerms(text: string): number {
  if (!/^\d{1,4}$/.test(text.trim())) {
    fail(`--default-terms must be a whole number of days such as 30, got '${text}'`);
  }
  return Number(text.trim());
}

function parseBuckets(text: string, language: Language): number[] {
  try {
    return parseBucketBounds(text, language);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw invalid(`--buckets: ${message}`);
  }
}

/** Node's parse errors, cut to their first sentence and pointed at --help. */
function fromNodeError(error: unknown): ReceivablesError {
  const message = error instanceof Error ? error.message : String(error);
  const plain = message.replace(/^\w*Error \[\w+\]: /, '');
  const first = plain.split(/\.\s/)[0] ?? plain;
  return invalid(`${first.replace(/\.$/, '')} (see --help)`);
}

/**
 * Reads the command line's arguments (without `node` and the script) into a
 * command, checking every option. Throws a `ReceivablesError` whose message is
 * the one line to show.
 *
 * @example
 * parseCliArgs(['ledger.csv', '--as-of', '2026-11-30'])
 * // { kind: 'analyse', input: 'ledger.csv', fileKind: 'csv', request: { asOf: '2026-11-30' } }
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw fromNodeError(error);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (positionals.length !== 1) {
    fail(
      positionals.length === 0
        ? 'Give the ledger file to analyse (see --help)'
        : `Give one ledger file, got ${positionals.length}: ${positionals.join(', ')}`,
    );
  }
  const input = positionals[0] as string;

  const request: AnalyseAgeingRequest = {};
  if (values.lang !== undefined) request.language = oneOf('lang', values.lang, ['fr', 'en']);
  if (values.sheet !== undefined) request.sheet = values.sheet;
  if (values['as-of'] !== undefined) request.asOf = parseAsOf(values['as-of']);
  if (values.basis !== undefined) request.basis = oneOf('basis', values.basis, ['due', 'invoice']);
  if (values.buckets !== undefined) {
    request.bounds = parseBuckets(values.buckets, request.language ?? 'en');
  }
  if (values.currency !== undefined) request.currency = parseCurrency(values.currency);
  if (values.map !== undefined) request.map = parseMap(values.map);
  if (values['date-order'] !== undefined) {
    request.dateOrder = oneOf('date-order', values['date-order'], ['dmy', 'mdy']);
  }
  if (values['default-terms'] !== undefined) {
    request.defaultTermsDays = parseTerms(values['default-terms']);
  }

  const command: CliCommand = { kind: 'analyse', input, fileKind: fileKindOf(input), request };
  if (values.out !== undefined) command.out = values.out;
  if (values.json !== undefined) command.json = values.json;
  return command;
}
