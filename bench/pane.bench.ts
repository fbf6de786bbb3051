import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import {
  ANALYSE_BUTTON,
  chromiumCheck,
  launchChromium,
  startDemoServer,
} from '../test/e2e/helpers/browserDemo';
import { OUT, runTs } from './child';
import type { BenchResult } from './types';
import { writeLedgerXlsx } from './writeLedgerXlsx';

export const name = 'pane';

const ROWS = 100_000;
const AS_OF = '2026-11-30';

/**
 * The task pane's time from the click on Analyse to the result on screen, on
 * a 100,000-row .xlsx in the browser demo (headless Chromium), beside the
 * command line's whole time on the same file. The pane's time leaves out
 * opening the file (done when it is chosen); the CLI's includes Node's start.
 */
export async function run(): Promise<BenchResult[]> {
  const check = chromiumCheck();
  if (!check.run) {
    console.error(`pane bench skipped: ${check.reason}`);
    return [];
  }
  mkdirSync(OUT, { recursive: true });
  const ledger = join(OUT, `ledger-${ROWS}.xlsx`);
  if (!existsSync(ledger)) await writeLedgerXlsx(ledger, ROWS);
  const sizeMb = (statSync(ledger).size / 1024 / 1024).toFixed(1);

  const paneSeconds = await timePane(ledger);
  const cli = await runTs('src/cli/main.ts', [
    ledger,
    '--as-of',
    AS_OF,
    '--out',
    join(OUT, `ledger-${ROWS}.pane-cli.xlsx`),
  ]);
  const ratio = paneSeconds / cli.seconds;

  return [
    {
      name: `pane in headless Chromium, ${ROWS.toLocaleString('en')}-row .xlsx (${sizeMb} MB)`,
      value: Number(paneSeconds.toFixed(2)),
      unit: 's',
      detail: 'demo page, from the click on Analyse to the result shown',
    },
    {
      name: 'pane / CLI on the same file',
      value: Number(ratio.toFixed(2)),
      unit: 'ratio',
      detail: `CLI ${cli.seconds.toFixed(2)} s from spawn to exit, with Node's start and the file written`,
    },
  ];
}

async function timePane(ledger: string): Promise<number> {
  const server = await startDemoServer();
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    const analyseButton = page.getByRole('button', { name: ANALYSE_BUTTON });
    // Wait for the sample to be open, then open the big ledger in its place.
    await analyseButton.and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
    await page.getByTestId('workbook-file').setInputFiles(ledger);
    await page.getByText(`ledger-${ROWS}.xlsx`).first().waitFor({ timeout: 300_000 });
    await analyseButton.and(page.locator(':enabled')).waitFor({ timeout: 300_000 });
    await page.getByLabel(/^(As-of date|Date d’arrêté)$/).fill(AS_OF);

    const started = process.hrtime.bigint();
    await analyseButton.click();
    await page.getByTestId('result').waitFor({ timeout: 900_000 });
    return Number(process.hrtime.bigint() - started) / 1e9;
  } finally {
    await browser.close();
    await server.stop();
  }
}
