import type { BenchResult } from './types';
import { megabytes, runTs } from './child';

export const name = 'engine';

const SIZES = [100_000, 1_000_000];

interface Measured {
  accepted: number;
  engineSeconds: number;
  floorSeconds: number;
  gridHeap: number;
  engineHeap: number;
  peakRss: number;
}

const ratio = (value: number) => Number(value.toFixed(2));

/**
 * readLedger + ageItems + toAgeingSummary on generated grids, each size in
 * its own process, beside a baseline measured in the same process on the same
 * grid: the floor reader (bench/floorReader.ts) for time, the grid's own heap
 * for memory. Both figures are reported as ratios against that baseline.
 */
export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const rows of SIZES) {
    const { stdout } = await runTs(
      'bench/engineCase.ts',
      [String(rows)],
      ['--expose-gc', '--max-old-space-size=8192'],
    );
    const measured = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Measured;
    if (measured.accepted !== rows) {
      throw new Error(`engine accepted ${measured.accepted} of ${rows} generated rows`);
    }
    const label = `engine, ${rows.toLocaleString('en')} rows`;
    const floorRate = Math.round(rows / measured.floorSeconds);
    results.push(
      {
        name: label,
        value: Math.round(rows / measured.engineSeconds),
        unit: 'rows/s',
        detail: `${measured.engineSeconds.toFixed(2)} s; peak RSS ${megabytes(measured.peakRss)} MB (grid included)`,
      },
      {
        name: `${label}: time / floor reader`,
        value: ratio(measured.engineSeconds / measured.floorSeconds),
        unit: 'ratio',
        detail: `floor reader (sums the amount column per currency) ${floorRate.toLocaleString('en')} rows/s, same grid, same process`,
      },
      {
        name: `${label}: heap added / grid heap`,
        value: ratio(measured.engineHeap / measured.gridHeap),
        unit: 'ratio',
        detail: `engine's peak heap over the grid ${megabytes(measured.engineHeap)} MB; the generated grid alone ${megabytes(measured.gridHeap)} MB`,
      },
    );
  }
  return results;
}
