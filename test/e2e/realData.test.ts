import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import {
  ROOT,
  dayNumber,
  plainTotals,
  runCli,
  summaryInCents,
  tempFolder,
  type PlainItem,
} from './cliRun';

// Each case starts the real CLI in a child process: seconds, not milliseconds.
jest.setTimeout(60_000);

const DATA = resolve(ROOT, '..', 'shared', 'data');
const FILE = join(DATA, 'ibm-accounts-receivable.csv');
const AS_OF = dayNumber(2013, 6, 30);

interface Summary {
  rows: { accepted: number; rejected: number; skipped: number };
  currencies: (Parameters<typeof summaryInCents>[0] & { currency: string })[];
}

/** Month/day/year as the IBM sample writes it. */
function usDay(text: string): number {
  const [month, day, year] = text.split('/').map(Number);
  return dayNumber(year!, month!, day!);
}

function readRows(): { header: string[]; rows: string[][] } {
  const lines = readFileSync(FILE, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line !== '');
  const [header, ...rows] = lines.map((line) => line.split(','));
  return { header: header!, rows };
}

const suite = existsSync(FILE) ? describe : describe.skip;
if (!existsSync(FILE)) {
  console.warn(
    `Real-data tests skipped: ${FILE} not found (the folder ${DATA} holds shared data).`,
  );
}

suite(`the CLI on the IBM accounts receivable data in ${DATA}`, () => {
  it('ages the items open on 30 June 2013 as an independent computation does', () => {
    const { header, rows } = readRows();
    const column = (name: string) => header.indexOf(name);
    const [customer, invoice, invoiceDate, dueDate, amount, settled] = [
      'customerID',
      'invoiceNumber',
      'InvoiceDate',
      'DueDate',
      'InvoiceAmount',
      'SettledDate',
    ].map(column) as [number, number, number, number, number, number];
    const open = rows.filter(
      (row) => usDay(row[invoiceDate]!) <= AS_OF && AS_OF < usDay(row[settled]!),
    );
    const keep = [customer, invoice, invoiceDate, dueDate, amount];
    const csv = [keep.map((i) => header[i]), ...open.map((row) => keep.map((i) => row[i]))];
    const folder = tempFolder();
    const ledger = join(folder, 'open-2013-06-30.csv');
    writeFileSync(ledger, csv.map((row) => row.join(',')).join('\n') + '\n');
    const items: PlainItem[] = open.map((row) => ({
      currency: 'USD',
      dueDay: usDay(row[dueDate]!),
      cents: Math.round(Number(row[amount]) * 100),
    }));

    const json = join(folder, 'summary.json');
    const args = ['--date-order', 'mdy', '--as-of', '2013-06-30', '--currency', 'USD'];
    const run = runCli([ledger, ...args, '--json', json]);
    expect(run.stderr).toBe('');
    const summary = JSON.parse(readFileSync(json, 'utf8')) as Summary;

    expect(summary.rows).toEqual({ accepted: open.length, rejected: 0, skipped: 0 });
    expect(summary.currencies.map((c) => ({ ...summaryInCents(c), currency: c.currency }))).toEqual(
      [...plainTotals(items, AS_OF)].map(([currency, totals]) => ({ ...totals, currency })),
    );
  }, 120_000);

  it('accepts every row of the raw file', () => {
    const folder = tempFolder();
    const json = join(folder, 'summary.json');
    const out = join(folder, 'ibm.analysed.xlsx');
    const args = ['--date-order', 'mdy', '--as-of', '2013-06-30', '--currency', 'USD'];
    const run = runCli([FILE, ...args, '--out', out, '--json', json]);
    expect(run.stderr).toBe('');
    const summary = JSON.parse(readFileSync(json, 'utf8')) as Summary;
    expect(summary.rows).toEqual({ accepted: readRows().rows.length, rejected: 0, skipped: 0 });
  }, 120_000);
});
