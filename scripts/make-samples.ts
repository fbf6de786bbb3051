// Writes the sample ledgers in samples/ from seeded random data, so every
// run gives the same rows: `npm run samples`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { buildCsvLedger } from './samples/csvLedger';
import { buildEnglishLedger } from './samples/englishLedger';
import { buildFrenchLedger } from './samples/frenchLedger';

async function main(): Promise<void> {
  const folder = resolve(__dirname, '..', 'samples');
  mkdirSync(folder, { recursive: true });

  await buildFrenchLedger().xlsx.writeFile(join(folder, 'balance-agee-fr.xlsx'));
  await buildEnglishLedger().xlsx.writeFile(join(folder, 'aged-receivables-en.xlsx'));
  writeFileSync(join(folder, 'ledger-fr-1252.csv'), buildCsvLedger());
  console.log(`Samples written to ${folder}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
