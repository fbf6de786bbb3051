// One engine measurement in a fresh process, so its peak memory is its own:
// `node --import tsx bench/engineCase.ts <rows>` prints a JSON line.
import { ageItems } from '../src/engine/ageing/ageItems';
import { DEFAULT_BUCKET_BOUNDS } from '../src/engine/ageing/types';
import { civilDayFromIso, type CivilDay } from '../src/engine/dates/civilDay';
import { readLedger } from '../src/engine/ledger/readLedger';
import { toAgeingSummary } from '../src/engine/summary/toAgeingSummary';
import { generateGrid } from './generateLedger';

const rows = Number(process.argv[2] ?? '100000');
const grid = generateGrid(rows);
(globalThis as { gc?: () => void }).gc?.();

let peakRss = 0;
let peakHeap = 0;
function sample(): void {
  const usage = process.memoryUsage();
  peakRss = Math.max(peakRss, usage.rss);
  peakHeap = Math.max(peakHeap, usage.heapUsed);
}

sample();
const started = process.hrtime.bigint();
const ledger = readLedger(grid);
sample();
const analysis = ageItems(ledger.items, {
  asOf: civilDayFromIso('2026-11-30') as CivilDay,
  basis: 'due',
  bounds: DEFAULT_BUCKET_BOUNDS,
});
sample();
const summary = toAgeingSummary(ledger, analysis);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
sample();

process.stdout.write(
  JSON.stringify({
    rows,
    accepted: summary.rows.accepted,
    seconds,
    peakRss: Math.max(peakRss, process.resourceUsage().maxRSS * 1024),
    peakHeap,
  }) + '\n',
);
