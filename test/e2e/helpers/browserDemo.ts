// Helpers for the browser tests and the pane benchmark: serve the built demo
// with scripts/demo.mjs, drive Debian's Chromium through playwright-core, and
// run the command line on the same file for comparison.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const CHROMIUM = '/usr/bin/chromium';
export const SAMPLE = join(ROOT, 'samples', 'balance-agee-fr.xlsx');

/**
 * Whether the browser tests can run here. In CI a missing Chromium is a
 * failure (the machine was set up wrong); elsewhere the tests are skipped and
 * say why.
 */
export function chromiumCheck(): { run: true } | { run: false; reason: string } {
  if (existsSync(CHROMIUM)) return { run: true };
  const reason = `${CHROMIUM} is missing (install Debian's chromium package, as .ci/run does)`;
  if (process.env.CI === 'true') throw new Error(`Browser tests cannot run: ${reason}.`);
  return { run: false, reason };
}

export interface DemoServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `node scripts/demo.mjs --port 0`, which builds the development
 * bundle when dist/ is stale, and waits for the URL it prints.
 */
export function startDemoServer(timeoutMs = 300_000): Promise<DemoServer> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'demo.mjs'), '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill();
      fail(new Error(`scripts/demo.mjs printed no URL within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:(\d+)\/demo\.html/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', read);
      done({ url: match[0], stop: () => stopChild(child) });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`scripts/demo.mjs exited with ${code}:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

export interface BrowserSession {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Debian Chromium with a throw-away profile. */
export async function launchChromium(locale = 'en-US'): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'rd-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The Analyse button of the pane, in the pane's language. */
export const ANALYSE_BUTTON = /^(Analyse ageing|Analyser)$/;

/** Opens the demo and waits until the pane is ready to analyse the default sample. */
export async function openDemo(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  try {
    await page.getByRole('button', { name: ANALYSE_BUTTON }).and(page.locator(':enabled')).waitFor({
      timeout: 60_000,
    });
  } catch (error) {
    throw new Error(`The pane never became ready. Page errors: ${problems.join(' | ') || 'none'}`, {
      cause: error,
    });
  }
  return page;
}

/** Sets the as-of date, presses Analyse and waits for the result. */
export async function analyse(page: Page, asOf: string, timeoutMs = 120_000): Promise<void> {
  await page.getByLabel(/^(As-of date|Date d’arrêté)$/).fill(asOf);
  await page.getByRole('button', { name: ANALYSE_BUTTON }).click();
  await page.getByTestId('result').waitFor({ timeout: timeoutMs });
}

/** Runs the command line on a ledger and gives its --json summary. */
export function runCliSummary(ledger: string, asOf: string): unknown {
  const work = mkdtempSync(join(tmpdir(), 'rd-browser-cli-'));
  try {
    const json = join(work, 'summary.json');
    const result = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [
        join(ROOT, 'src', 'cli', 'main.ts'),
        ledger,
        '--as-of',
        asOf,
        '--json',
        json,
        '--out',
        join(work, 'out.xlsx'),
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 600_000 },
    );
    if (result.status !== 0) {
      throw new Error(`The CLI failed (${result.status}): ${result.stderr || result.stdout}`);
    }
    return JSON.parse(readFileSync(json, 'utf8')) as unknown;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
