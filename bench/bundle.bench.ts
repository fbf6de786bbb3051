import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { OUT, ROOT } from './child';
import { reactFloorGzipBytes } from './reactFloor';
import type { BenchResult } from './types';

export const name = 'bundle';

/** The aim for what the task pane loads before it can show anything, gzipped. */
const FIRST_LOAD_AIM_KB = 400;

function webpackProduction(outputPath: string): Promise<number> {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const cli = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
    const child = spawn(
      process.execPath,
      [cli, '--mode', 'production', '--output-path', outputPath],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done(Number(process.hrtime.bigint() - started) / 1e9);
      else fail(new Error(`webpack --mode production exited ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/**
 * Bytes of the scripts a page loads from our own server, as served (minified)
 * and gzipped. office.js comes from Microsoft's CDN and is not counted.
 */
function firstLoad(
  outputPath: string,
  page: string,
): { scripts: number; raw: number; gzip: number } {
  const html = readFileSync(join(outputPath, page), 'utf8');
  const sources = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((match) => match[1] ?? '')
    .filter((src) => !/^https?:/.test(src));
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const bytes = readFileSync(join(outputPath, src));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { scripts: sources.length, raw, gzip };
}

const kb = (bytes: number) => Math.round(bytes / 1024);

/**
 * Runs the production build and reports the gzipped size of what the task
 * pane and the ribbon's commands page load first, beside the 400 KB aim and
 * as a ratio against a baseline built in the same run: a page that only
 * mounts React (bench/reactFloor.ts).
 */
export async function run(): Promise<BenchResult[]> {
  const outputPath = join(OUT, 'bundle');
  const seconds = await webpackProduction(outputPath);
  const pane = firstLoad(outputPath, 'taskpane.html');
  const commands = firstLoad(outputPath, 'commands.html');
  const floor = await reactFloorGzipBytes();

  return [
    {
      name: 'taskpane.html first load, gzipped',
      value: kb(pane.gzip),
      unit: 'KB',
      detail: `aim ≤ ${FIRST_LOAD_AIM_KB} KB; ${pane.scripts} scripts, ${kb(pane.raw)} KB minified; office.js (CDN) not counted`,
      ok: kb(pane.gzip) <= FIRST_LOAD_AIM_KB,
    },
    {
      name: 'taskpane.html first load / React-only page',
      value: Number((pane.gzip / floor).toFixed(2)),
      unit: 'ratio',
      detail: `baseline: a page that only mounts React 19, same webpack production build, ${kb(floor)} KB gzipped`,
    },
    {
      name: 'commands.html first load, gzipped',
      value: kb(commands.gzip),
      unit: 'KB',
      detail: `${commands.scripts} scripts, ${kb(commands.raw)} KB minified`,
    },
    { name: 'production build', value: Math.round(seconds * 10) / 10, unit: 's' },
  ];
}
