import type { BenchResult } from './types';
import { megabytes, runTs } from './child';

export const name = 'engine';

const SIZES = [100_000, 1_000_000];

/**
 * readLedger + ageItems + toAgeingSummary on generated grids, each size in
 * its own process. Peak RSS is the process' high-water mark (including the
 * generated grid); heap is sampled between the three steps.
 */
export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const rows of SIZES) {
    const { stdout } = await runTs(
      'bench/engineCase.ts',
      [String(rows)],
      ['--expose-gc', '--max-old-space-size=8192'],
    );
    const measured = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
      accepted: number;
      seconds: number;
      peakRss: number;
      peakHeap: number;
    };
    if (measured.accepted !== rows) {
      throw new Error(`engine accepted ${measured.accepted} of ${rows} generated rows`);
    }
    results.push({
      name: `engine, ${rows.toLocaleString('en')} rows`,
      value: Math.round(rows / measured.seconds),
      unit: 'rows/s',
      detail:
        `${measured.seconds.toFixed(2)} s, peak RSS ${megabytes(measured.peakRss)} MB, ` +
        `peak heap ${megabytes(measured.peakHeap)} MB`,
    });
  }
  return results;
}
