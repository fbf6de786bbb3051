import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import type { BenchResult } from './types';
import { OUT, runTs } from './child';
import { writeLedgerXlsx } from './writeLedgerXlsx';

export const name = 'cli';

const ROWS = 100_000;

/**
 * The command line's whole time on a 100,000-row .xlsx ledger, beside
 * exceljs reading that workbook and writing it back with one added sheet of
 * as many rows. Both run as child processes started the same way
 * (`node --import tsx`), so both pay Node's start and the TypeScript loader;
 * the ratio CLI / baseline must be at most 1.
 */
export async function run(): Promise<BenchResult[]> {
  mkdirSync(OUT, { recursive: true });
  const ledger = join(OUT, `ledger-${ROWS}.xlsx`);
  if (!existsSync(ledger)) await writeLedgerXlsx(ledger, ROWS);
  const sizeMb = (statSync(ledger).size / 1024 / 1024).toFixed(1);

  const baseline = await runTs('bench/exceljsBaseline.ts', [ledger, join(OUT, 'baseline.xlsx')]);
  const cli = await runTs('src/cli/main.ts', [
    ledger,
    '--as-of',
    '2026-11-30',
    '--out',
    join(OUT, `ledger-${ROWS}.analysed.xlsx`),
  ]);
  const ratio = cli.seconds / baseline.seconds;

  return [
    {
      name: `CLI, ${ROWS.toLocaleString('en')}-row .xlsx (${sizeMb} MB)`,
      value: Number(cli.seconds.toFixed(2)),
      unit: 's',
      detail: 'node --import tsx src/cli/main.ts in a child process, spawn to exit',
    },
    {
      name: 'exceljs baseline: read + write with one added sheet',
      value: Number(baseline.seconds.toFixed(2)),
      unit: 's',
      detail: 'same workbook, child process started the same way',
    },
    {
      name: 'CLI / exceljs baseline',
      value: Number(ratio.toFixed(2)),
      unit: 'ratio',
      detail: 'must be <= 1',
      ok: ratio <= 1,
    },
  ];
}
