import { PAYLOAD_BUDGET } from '../src/adapters/office/payload';
import { EXCEL_PAYLOAD_LIMIT } from '../src/adapters/office/testing/fakeError';
import { runTs } from './child';
import type { BenchResult } from './types';

export const name = 'office';

const SIZES = [10_000, 100_000, 1_000_000];

interface Measured {
  syncs: number;
  largestPayload: number;
  seconds: number;
  rows: number;
  /** The baseline: the fewest syncs the payload limit allows for the values alone. */
  fewestSyncs: number;
  /** The same at the adapter's budget of JSON characters per sync, which it never passes on purpose. */
  fewestAtBudget: number;
}

function figures(what: string, size: number, measured: Measured): BenchResult[] {
  const label = `${what}, ${size.toLocaleString('en')} rows`;
  const megabytes = measured.largestPayload / 1024 / 1024;
  return [
    {
      name: `${label}: syncs`,
      value: measured.syncs,
      unit: 'syncs',
      detail: `${measured.seconds.toFixed(2)} s on the Excel double, ${measured.rows.toLocaleString('en')} rows`,
    },
    {
      name: `${label}: syncs / fewest possible`,
      value: Number((measured.syncs / measured.fewestSyncs).toFixed(2)),
      unit: 'ratio',
      detail: `fewest possible: ${measured.fewestSyncs} (the values alone as JSON, 5 MB a sync); ${measured.fewestAtBudget} at the adapter's budget of ${PAYLOAD_BUDGET.toLocaleString('en')} characters a sync`,
    },
    {
      name: `${label}: largest payload / 5 MB limit`,
      value: Number((measured.largestPayload / EXCEL_PAYLOAD_LIMIT).toFixed(2)),
      unit: 'ratio',
      detail: `${megabytes.toFixed(2)} MB; Excel on the web refuses a request or response over 5 MB`,
      ok: measured.largestPayload < EXCEL_PAYLOAD_LIMIT,
    },
  ];
}

/**
 * The Office adapter on the Excel test double: a generated ledger read, and
 * the analysis' detail sheet written, each size in its own process. Syncs are
 * reported beside their baseline, the fewest the 5 MB limit allows for the
 * values alone, and the largest payload beside the limit itself.
 */
export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const size of SIZES) {
    const { stdout } = await runTs(
      'bench/officeCase.ts',
      [String(size)],
      ['--max-old-space-size=8192'],
    );
    const measured = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
      read: Measured;
      write: Measured;
    };
    results.push(...figures('office read', size, measured.read));
    results.push(...figures('office write detail', size, measured.write));
  }
  return results;
}
