// Runs the whole jest suite in one time zone, then the unit tests again in a
// zone 25 hours away, so that no calendar-day bug hides behind the machine's
// own zone. Extra arguments go to jest (a file name, -t "pattern"...).
// Ends with one plain line, "N passed, N failed", counting both runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const extra = process.argv.slice(2);
const runs = [
  { zone: 'Pacific/Kiritimati', args: [] },
  { zone: 'Pacific/Pago_Pago', args: ['--selectProjects', 'unit'] },
];

const work = mkdtempSync(join(tmpdir(), 'rd-test-'));
let passed = 0;
let failed = 0;
let status = 0;

for (const [index, run] of runs.entries()) {
  const report = join(work, `run-${index}.json`);
  console.error(`\n== jest with TZ=${run.zone} ${run.args.join(' ')}`);
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/jest/bin/jest.js',
      ...run.args,
      '--json',
      `--outputFile=${report}`,
      '--passWithNoTests',
      ...extra,
    ],
    { stdio: 'inherit', env: { ...process.env, TZ: run.zone } },
  );
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests + json.numRuntimeErrorTestSuites;
  } catch {
    failed += 1;
    console.error(`jest wrote no report for TZ=${run.zone}`);
  }
  if (result.status !== 0) status = result.status ?? 1;
}

rmSync(work, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(status);
