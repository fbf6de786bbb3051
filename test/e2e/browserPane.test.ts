// The pane at the width Excel gives a task pane, in English and in French:
// nothing wider than the pane before or after an analysis, no accessibility
// violation, and screenshots in test-results/ for a person to look at.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  analyse,
  chromiumCheck,
  launchChromium,
  openDemo,
  ROOT,
  startDemoServer,
  type DemoServer,
} from './helpers/browserDemo';

const AS_OF = '2026-11-30';
/** The width of a task pane docked in Excel for Windows. */
const PANE_WIDTH = 350;
const RESULTS = join(ROOT, 'test-results');
const check = chromiumCheck();
if (!check.run) console.warn(`Skipping the pane width tests: ${check.reason}.`);
const describeInBrowser = check.run ? describe : describe.skip;

jest.setTimeout(180_000);

/** Elements of the pane that reach past its right edge, as tag and text. */
async function overflowing(page: Page): Promise<string[]> {
  return page.getByTestId('pane').evaluate((pane) => {
    const right = pane.getBoundingClientRect().right;
    return [...pane.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > right + 0.5)
      .map((element) => `${element.tagName} ${element.textContent?.slice(0, 40) ?? ''}`);
  });
}

async function axeViolations(page: Page): Promise<string[]> {
  const report = await new AxeBuilder({ page }).include('[data-testid="pane"]').analyze();
  return report.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

describeInBrowser.each([
  ['en', 'en-GB'],
  ['fr', 'fr-FR'],
])('the pane %s at task pane width', (language, locale) => {
  let server: DemoServer;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    server = await startDemoServer();
    const browser = await launchChromium(locale);
    close = browser.close;
    page = await openDemo(browser.context, server.url);
    await page.setViewportSize({ width: PANE_WIDTH, height: 900 });
  }, 420_000);

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it('fits the options in the pane', async () => {
    await page
      .getByTestId('pane')
      .screenshot({ path: join(RESULTS, `pane-${language}-before.png`) });
    expect(await overflowing(page)).toEqual([]);
  });

  it('fits the result in the pane', async () => {
    await analyse(page, AS_OF);
    await page
      .getByTestId('pane')
      .screenshot({ path: join(RESULTS, `pane-${language}-after.png`) });
    expect(await overflowing(page)).toEqual([]);
  });

  it('has no accessibility violation after the analysis', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });
});
