// The browser demo in headless Chromium: the pane analyses the French sample
// and shows the command line's totals, writes sheets it previews, gives a
// workbook that reopens (in our reader and in openpyxl), has no accessibility
// violation, and works from the keyboard alone.
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import type { AgeingSummary } from '../../src/engine/summary/types';
import {
  analyse,
  ANALYSE_BUTTON,
  chromiumCheck,
  launchChromium,
  openDemo,
  ROOT,
  runCliSummary,
  SAMPLE,
  startDemoServer,
  type BrowserSession,
  type DemoServer,
} from './helpers/browserDemo';

const AS_OF = '2026-11-30';
const RESULTS = join(ROOT, 'test-results');
const check = chromiumCheck();
if (!check.run) console.warn(`Skipping the browser tests: ${check.reason}.`);
const describeInBrowser = check.run ? describe : describe.skip;

jest.setTimeout(180_000);

describeInBrowser('the demo in headless Chromium', () => {
  let server: DemoServer;
  let browser: BrowserSession;
  let page: Page;
  let cli: AgeingSummary;
  let download: string;
  const work = mkdtempSync(join(tmpdir(), 'rd-browser-'));

  beforeAll(async () => {
    cli = runCliSummary(SAMPLE, AS_OF) as AgeingSummary;
    server = await startDemoServer();
    browser = await launchChromium();
    page = await openDemo(browser.context, server.url);
  }, 420_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  async function axeViolations(): Promise<string[]> {
    const report = await new AxeBuilder({ page }).analyze();
    return report.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  }

  it('preselects the ledger sheet the command line found', async () => {
    const sheet = page.getByLabel(/^(Ledger sheet|Feuille de la balance clients)$/);
    expect(await sheet.inputValue()).toBe(cli.source.sheet);
  });

  it('has no accessibility violation before the analysis', async () => {
    expect(await axeViolations()).toEqual([]);
  });

  it('shows the totals of every currency the command line found', async () => {
    await page.evaluate(() => {
      const seen = new Set<string>();
      (window as unknown as { phasesSeen: Set<string> }).phasesSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]');
        const label = bar?.getAttribute('aria-label');
        if (label) seen.add(label);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await analyse(page, AS_OF);
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'demo-analysed.png'), fullPage: true });
    const shown = await page.locator('td[data-currency]').evaluateAll((cells) => {
      const byCurrency: Record<string, Record<string, number>> = {};
      for (const cell of cells) {
        const currency = cell.getAttribute('data-currency') ?? '';
        const total = cell.getAttribute('data-total') ?? '';
        byCurrency[currency] = {
          ...byCurrency[currency],
          [total]: Number(cell.getAttribute('data-value')),
        };
      }
      return Object.entries(byCurrency).map(([currency, totals]) => ({ currency, ...totals }));
    });
    expect(shown).toEqual(
      cli.currencies.map(({ currency, count, open, notDue, overdue, over90, over365 }) => ({
        currency,
        count,
        open,
        notDue,
        overdue,
        over90,
        over365,
      })),
    );
  });

  it('showed a progress bar through the reading and writing phases', async () => {
    const phases = await page.evaluate(() => [
      ...(window as unknown as { phasesSeen: Set<string> }).phasesSeen,
    ]);
    expect(phases).toEqual(
      expect.arrayContaining(['Reading the ledger', 'Writing the analysis sheets']),
    );
  });

  it('charts the same bucket amounts as the command line', async () => {
    const charted = await page.locator('figure[data-chart-currency]').evaluateAll((figures) =>
      figures.map((figure) => ({
        currency: figure.getAttribute('data-chart-currency'),
        byBucket: [...figure.querySelectorAll('[data-bucket]')].map((cell) =>
          Number(cell.getAttribute('data-value')),
        ),
      })),
    );
    expect(charted).toEqual(
      cli.currencies.map(({ currency, byBucket }) => ({ currency, byBucket })),
    );
  });

  it('lists the rows the command line rejected', async () => {
    const listed = await page
      .locator('li[data-rejected-row]')
      .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-rejected-row'))));
    expect(listed).toEqual(cli.rejected.slice(0, 100).map((row) => row.row));
  });

  it('has no accessibility violation after the analysis', async () => {
    expect(await axeViolations()).toEqual([]);
  });

  it('previews each written sheet', async () => {
    const tabs = page.getByRole('tablist', { name: /^(Sheets written|Feuilles écrites)$/ });
    const names = await tabs.getByRole('tab').allTextContents();
    await page.locator('table[data-preview-sheet] tr').first().waitFor();
    const firstRows = await page.locator('table[data-preview-sheet] tr').count();
    expect([names.length, firstRows > 0]).toEqual([3, true]);
  });

  it('downloads a workbook that reopens with the analysis sheets and the ledger', async () => {
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^(Download the analysed workbook|Télécharger)/ }).click(),
    ]);
    download = join(work, saved.suggestedFilename());
    await saved.saveAs(download);
    const shownNames = await page
      .getByRole('tablist', { name: /^(Sheets written|Feuilles écrites)$/ })
      .getByRole('tab')
      .allTextContents();
    const reopened = XlsxWorkbook.open(new Uint8Array(readFileSync(download)));
    const sheets = (await reopened.listSheets()).map((sheet) => sheet.name);
    expect({ file: saved.suggestedFilename(), sheets }).toEqual({
      file: 'balance-agee-fr.analysed.xlsx',
      sheets: expect.arrayContaining([cli.source.sheet, ...shownNames]),
    });
  });

  it('gives openpyxl the same sheets and the same open amount per currency', () => {
    const script = `
import json, sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1], data_only=True)
out = {"sheets": wb.sheetnames, "open": {}}
for ws in wb.worksheets:
    rows = list(ws.iter_rows(values_only=True))
    for i, row in enumerate(rows):
        texts = [str(v).strip().lower() if v is not None else "" for v in row]
        if "currency" in texts and "amount" in texts and "bucket" in texts:
            a, c = texts.index("amount"), texts.index("currency")
            for data in rows[i + 1:]:
                if data[c] is None or not isinstance(data[a], (int, float)):
                    continue
                out["open"][data[c]] = round(out["open"].get(data[c], 0) + data[a], 2)
            break
print(json.dumps(out))
`;
    const result = spawnSync('/usr/bin/python3', ['-c', script, download], { encoding: 'utf8' });
    if (result.status !== 0)
      throw new Error(`openpyxl could not read the download: ${result.stderr}`);
    const read = JSON.parse(result.stdout) as { sheets: string[]; open: Record<string, number> };
    expect({ hasLedger: read.sheets.includes(cli.source.sheet), open: read.open }).toEqual({
      hasLedger: true,
      open: Object.fromEntries(cli.currencies.map((totals) => [totals.currency, totals.open])),
    });
  });

  it('speaks French in a French browser, amounts written the French way', async () => {
    const french = await launchChromium('fr-FR');
    try {
      const frenchPage = await openDemo(french.context, server.url);
      await analyse(frenchPage, AS_OF);
      const euro = cli.currencies.find((totals) => totals.currency === 'EUR');
      const open = await frenchPage
        .locator('td[data-currency="EUR"][data-total="open"]')
        .textContent();
      const spaced = (text: string | null | undefined) => text?.replace(/[\s\u202f]/g, ' ');
      expect({
        heading: await frenchPage.getByRole('heading', { name: 'Totaux par devise' }).count(),
        open: spaced(open),
      }).toEqual({
        heading: 1,
        open: spaced(
          new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(
            euro?.open ?? NaN,
          ),
        ),
      });
    } finally {
      await french.close();
    }
  });

  it('runs from the keyboard alone: Tab to Analyse, then Space', async () => {
    const fresh = await openDemo(browser.context, server.url);
    let reached = false;
    for (let presses = 0; presses < 80 && !reached; presses += 1) {
      await fresh.keyboard.press('Tab');
      reached = await fresh.evaluate(
        (pattern) => new RegExp(pattern).test(document.activeElement?.textContent?.trim() ?? ''),
        ANALYSE_BUTTON.source,
      );
    }
    expect(reached).toBe(true);
    const focusVisible = await fresh.evaluate(() =>
      document.activeElement?.hasAttribute('data-fui-focus-visible'),
    );
    await fresh.keyboard.press('Space');
    await fresh.getByTestId('result').waitFor({ timeout: 120_000 });
    await fresh.screenshot({ path: join(RESULTS, 'demo-keyboard.png'), fullPage: true });
    expect(focusVisible).toBe(true);
    await fresh.close();
  });
});
