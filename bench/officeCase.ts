// One Office adapter measurement in a fresh process: `node --import tsx
// bench/officeCase.ts <rows>` reads a generated ledger through the adapter on
// the Excel test double, then writes the analysis' detail sheet the same
// way, and prints a JSON line with syncs, largest payload and seconds, and the
// baselines for the syncs: the fewest the 5 MB payload limit allows for the
// values alone, and the fewest the adapter's own budget per sync allows.
import { OfficeWorkbook } from '../src/adapters/office/officeWorkbook';
import { EXCEL_PAYLOAD_LIMIT } from '../src/adapters/office/testing/fakeError';
import { PAYLOAD_BUDGET } from '../src/adapters/office/payload';
import { FakeExcel } from '../src/adapters/office/testing/fakeExcel';
import { ageItems } from '../src/engine/ageing/ageItems';
import { DEFAULT_BUCKET_BOUNDS } from '../src/engine/ageing/types';
import { civilDayFromIso, type CivilDay } from '../src/engine/dates/civilDay';
import { readLedger } from '../src/engine/ledger/readLedger';
import { buildAnalysisSheets } from '../src/engine/sheets/buildAnalysisSheets';
import type { SheetSpec } from '../src/engine/sheets/sheetSpec';
import { generateGrid } from './generateLedger';

/**
 * The fewest syncs that can carry these values under the payload limit: each
 * sync carries at most 5 MB, and these are the values alone, with no address,
 * format or command around them.
 */
function fewestSyncs(rows: readonly unknown[][], limit = EXCEL_PAYLOAD_LIMIT): number {
  // Row by row, so a million rows never make one giant string: [row,row,...].
  let length = 2 + Math.max(0, rows.length - 1);
  for (const row of rows) length += JSON.stringify(row).length;
  return Math.max(1, Math.ceil(length / limit));
}

/** Every cell a sheet spec writes, as rows of values. */
function specValues(spec: SheetSpec): unknown[][] {
  return spec.blocks.flatMap((block): unknown[][] => {
    if (block.kind === 'title') return [[block.text]];
    if (block.kind === 'line') return [block.cells];
    if (block.kind === 'blank') return [[]];
    const { columns, rows, totals } = block.table;
    return [columns.map((column) => column.header), ...rows, ...(totals ? [totals] : [])];
  });
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? '10000');
  const excel = new FakeExcel();
  const generated = generateGrid(rows);
  const seeded = generated.values.map((row) =>
    row.map((cell) => (cell instanceof Date ? null : cell)),
  );
  excel.addSheet('Balance', seeded);
  const port = new OfficeWorkbook(excel.run);

  excel.resetStats();
  let started = process.hrtime.bigint();
  const grid = await port.readSheet('Balance');
  const read = {
    syncs: excel.stats.syncs,
    largestPayload: excel.largestPayload,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    rows: grid.values.length - 1,
    fewestSyncs: fewestSyncs(seeded),
    fewestAtBudget: fewestSyncs(seeded, PAYLOAD_BUDGET),
  };

  const ledger = readLedger(grid);
  const analysis = ageItems(ledger.items, {
    asOf: civilDayFromIso('2026-11-30') as CivilDay,
    basis: 'due',
    bounds: DEFAULT_BUCKET_BOUNDS,
  });
  const detail = buildAnalysisSheets(ledger, analysis, 'en').find((spec) => spec.role === 'detail');
  if (!detail) throw new Error('the analysis built no detail sheet');

  excel.resetStats();
  started = process.hrtime.bigint();
  await port.writeSheet(detail);
  const write = {
    syncs: excel.stats.syncs,
    largestPayload: excel.largestPayload,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    rows: ledger.items.length,
    fewestSyncs: fewestSyncs(specValues(detail)),
    fewestAtBudget: fewestSyncs(specValues(detail), PAYLOAD_BUDGET),
  };
  process.stdout.write(JSON.stringify({ read, write }) + '\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
