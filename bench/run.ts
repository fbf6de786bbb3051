// Runs every bench/*.bench.ts (or those whose name is given: `npm run bench
// -- engine cli`), prints a table and writes bench/out/results.json.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { OUT, ROOT } from './child';
import type { BenchModule, BenchResult } from './types';

function table(rows: (BenchResult & { bench: string })[]): string {
  const cells = rows.map((row) => [
    row.bench,
    row.name,
    row.value.toLocaleString('en'),
    row.unit,
    row.ok === undefined ? '' : row.ok ? 'ok' : 'MISSED',
    row.detail ?? '',
  ]);
  const header = ['bench', 'measure', 'value', 'unit', 'target', 'detail'];
  const widths = header.map((title, c) =>
    Math.max(title.length, ...cells.map((r) => r[c]!.length)),
  );
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c === 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const files = readdirSync(join(ROOT, 'bench'))
    .filter((file) => file.endsWith('.bench.ts'))
    .sort();
  const results: (BenchResult & { bench: string })[] = [];
  for (const file of files) {
    const bench = (await import(join(ROOT, 'bench', file))) as BenchModule;
    if (wanted.length > 0 && !wanted.includes(bench.name)) continue;
    console.error(`running ${bench.name} (${file})...`);
    for (const result of await bench.run()) results.push({ bench: bench.name, ...result });
  }

  console.log(table(results));
  mkdirSync(OUT, { recursive: true });
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    results,
  };
  writeFileSync(join(OUT, 'results.json'), JSON.stringify(report, null, 2) + '\n');
  console.error(`written: ${join(OUT, 'results.json')}`);
  if (results.some((result) => result.ok === false)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
