// One Office adapter measurement in a fresh process: `node --import tsx
// bench/officeCase.ts <rows>` reads a generated ledger through the adapter on
// the Excel test double, then writes the analysis' detail sheet the same
// way, and prints a JSON line with syncs, largest payload and seconds.
import { OfficeWorkbook } from '../src/adapters/office/officeWorkbook';
import { FakeExcel } from '../src/adapters/office/testing/fakeExcel';
import { ageItems } from '../src/engine/ageing/ageItems';
import { DEFAULT_BUCKET_BOUNDS } from '../src/engine/ageing/types';
import { civilDayFromIso, type CivilDay } from '../src/engine/dates/civilDay';
import { readLedger } from '../src/engine/ledger/readLedger';
import { buildAnalysisSheets } from '../src/engine/sheets/buildAnalysisSheets';
import { generateGrid } from './generateLedger';

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? '10000');
  const excel = new FakeExcel();
  const generated = generateGrid(rows);
  excel.addSheet(
    'Balance',
    generated.values.map((row) => row.map((cell) => (cell instanceof Date ? null : cell))),
  );
  const port = new OfficeWorkbook(excel.run);

  excel.resetStats();
  let started = process.hrtime.bigint();
  const grid = await port.readSheet('Balance');
  const read = {
    syncs: excel.stats.syncs,
    largestPayload: excel.largestPayload,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    rows: grid.values.length - 1,
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
  };
  process.stdout.write(JSON.stringify({ read, write }) + '\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
