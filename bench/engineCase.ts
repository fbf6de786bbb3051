// One engine measurement in a fresh process, so its memory is its own:
// `node --expose-gc --import tsx bench/engineCase.ts <rows>` prints a JSON line
// with the engine's figures and those of its baseline over the same grid.
import { ageItems } from '../src/engine/ageing/ageItems';
import { DEFAULT_BUCKET_BOUNDS } from '../src/engine/ageing/types';
import { civilDayFromIso, type CivilDay } from '../src/engine/dates/civilDay';
import { readLedger } from '../src/engine/ledger/readLedger';
import { toAgeingSummary } from '../src/engine/summary/toAgeingSummary';
import { floorTotals } from './floorReader';
import { HEADERS, generateGrid } from './generateLedger';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc: the heap figures need it');

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

const rows = Number(process.argv[2] ?? '100000');
gc();
const heapBefore = process.memoryUsage().heapUsed;
const grid = generateGrid(rows);
gc();
const heapWithGrid = process.memoryUsage().heapUsed;

let started = process.hrtime.bigint();
const floor = floorTotals(grid, HEADERS.indexOf('Solde'), HEADERS.indexOf('Devise'));
const floorSeconds = seconds(started);
gc();

let peakHeap = heapWithGrid;
function sample(): void {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}

started = process.hrtime.bigint();
const ledger = readLedger(grid);
sample();
const analysis = ageItems(ledger.items, {
  asOf: civilDayFromIso('2026-11-30') as CivilDay,
  basis: 'due',
  bounds: DEFAULT_BUCKET_BOUNDS,
});
sample();
const summary = toAgeingSummary(ledger, analysis);
const engineSeconds = seconds(started);
sample();

// Both must have read the same amounts, or the comparison means nothing.
for (const totals of summary.currencies) {
  const engineCents = Math.round(totals.open * 100);
  if (floor.get(totals.currency) !== engineCents) {
    throw new Error(
      `${totals.currency}: the engine's open total is ${engineCents} cents, the baseline's ${floor.get(totals.currency)}`,
    );
  }
}

process.stdout.write(
  JSON.stringify({
    rows,
    accepted: summary.rows.accepted,
    engineSeconds,
    floorSeconds,
    gridHeap: heapWithGrid - heapBefore,
    engineHeap: peakHeap - heapWithGrid,
    peakRss: process.resourceUsage().maxRSS * 1024,
  }) + '\n',
);
