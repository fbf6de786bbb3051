import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..');
export const OUT = join(ROOT, 'bench', 'out');

/** Runs a TypeScript file in a fresh Node process (through tsx) and times it from spawn to exit. */
export function runTs(
  file: string,
  args: readonly string[],
  nodeFlags: readonly string[] = [],
): Promise<{ seconds: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', file, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code === 0) done({ seconds, stdout, stderr });
      else fail(new Error(`${file} ${args.join(' ')} exited ${code}: ${stderr.trim()}`));
    });
  });
}

export function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}
