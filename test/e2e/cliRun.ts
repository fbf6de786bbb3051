// Helpers for the command line's end-to-end tests: run the real CLI in a
// child process, copy samples to a temporary folder, and age items with a
// computation of the tests' own (not the project's engine).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const SAMPLES = join(ROOT, 'samples');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `tsx src/cli/main.ts ...args` as a user would, without the caller's
 * log setting, so a developer's RECEIVABLES_DESK_LOG cannot fill stderr.
 */
export function runCli(args: readonly string[]): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0' };
  delete env['RECEIVABLES_DESK_LOG'];
  const result = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    [join(ROOT, 'src', 'cli', 'main.ts'), ...args],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'rd-cli-'));
}

/** Copies a file into a fresh temporary folder and gives the copy's path. */
export function tempCopy(file: string): string {
  const target = join(tempFolder(), basename(file));
  copyFileSync(file, target);
  return target;
}

/** An open item as the tests see it: amounts in cents, days since 1970-01-01. */
export interface PlainItem {
  currency: string;
  dueDay: number;
  cents: number;
}

export interface PlainTotals {
  count: number;
  open: number;
  notDue: number;
  overdue: number;
  over90: number;
  over365: number;
  byBucket: number[];
}

const BOUNDS = [30, 60, 90, 180, 365];

/** Days since 1970-01-01 of a calendar day. */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Totals in cents per currency, with the default buckets. */
export function plainTotals(
  items: readonly PlainItem[],
  asOfDay: number,
): Map<string, PlainTotals> {
  const totals = new Map<string, PlainTotals>();
  for (const item of items) {
    let entry = totals.get(item.currency);
    if (entry === undefined) {
      entry = { count: 0, open: 0, notDue: 0, overdue: 0, over90: 0, over365: 0, byBucket: [] };
      entry.byBucket = new Array<number>(BOUNDS.length + 2).fill(0);
      totals.set(item.currency, entry);
    }
    const days = asOfDay - item.dueDay;
    entry.count += 1;
    entry.open += item.cents;
    if (days <= 0) entry.notDue += item.cents;
    if (days > 0) entry.overdue += item.cents;
    if (days > 90) entry.over90 += item.cents;
    if (days > 365) entry.over365 += item.cents;
    const over = BOUNDS.findIndex((bound) => days <= bound);
    const bucket = days <= 0 ? 0 : over === -1 ? BOUNDS.length + 1 : over + 1;
    entry.byBucket[bucket] = (entry.byBucket[bucket] as number) + item.cents;
  }
  return totals;
}

/** A summary currency's amounts in cents, to compare with `plainTotals`. */
export function summaryInCents(currency: {
  count: number;
  open: number;
  notDue: number;
  overdue: number;
  over90: number;
  over365: number;
  byBucket: number[];
}): PlainTotals {
  const cents = (units: number) => Math.round(units * 100);
  return {
    count: currency.count,
    open: cents(currency.open),
    notDue: cents(currency.notDue),
    overdue: cents(currency.overdue),
    over90: cents(currency.over90),
    over365: cents(currency.over365),
    byBucket: currency.byBucket.map(cents),
  };
}
