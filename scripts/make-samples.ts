// Writes the sample ledgers in samples/ from seeded random data, so every
// run gives the same rows: `npm run samples`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import type ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';

import { buildCsvLedger } from './samples/csvLedger';
import { buildEnglishLedger } from './samples/englishLedger';
import { buildFrenchLedger } from './samples/frenchLedger';

/**
 * The workbook's bytes with every zip entry dated 30 November 2026, so that
 * running the script again gives byte-identical files (exceljs stamps the
 * current time on each entry).
 */
async function stableXlsx(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  return zipSync(unzipSync(written), { mtime: new Date(Date.UTC(2026, 10, 30)), level: 6 });
}

async function main(): Promise<void> {
  const folder = resolve(__dirname, '..', 'samples');
  mkdirSync(folder, { recursive: true });

  writeFileSync(join(folder, 'balance-agee-fr.xlsx'), await stableXlsx(buildFrenchLedger()));
  writeFileSync(join(folder, 'aged-receivables-en.xlsx'), await stableXlsx(buildEnglishLedger()));
  writeFileSync(join(folder, 'ledger-fr-1252.csv'), buildCsvLedger());
  console.log(`Samples written to ${folder}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
