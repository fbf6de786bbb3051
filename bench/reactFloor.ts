import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import webpack from 'webpack';

import { OUT, ROOT } from './child';

const ENTRY = `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
createRoot(document.body).render(createElement('p', null, 'Receivables Desk'));
`;

/**
 * The bundle baseline: a page that only mounts React 19 and shows one line,
 * built by the same webpack in production mode. Any React task pane loads at
 * least this much; returns its gzipped size in bytes.
 */
export async function reactFloorGzipBytes(): Promise<number> {
  const folder = join(OUT, 'react-floor');
  mkdirSync(folder, { recursive: true });
  const entry = join(folder, 'entry.js');
  writeFileSync(entry, ENTRY);
  const output = join(folder, 'dist');

  await new Promise<void>((done, fail) => {
    webpack(
      {
        mode: 'production',
        context: ROOT,
        entry,
        output: { path: output, filename: 'floor.js', clean: true },
        resolve: { modules: [join(ROOT, 'node_modules')] },
        devtool: false,
      },
      (error, stats) => {
        if (error) fail(error);
        else if (stats?.hasErrors()) fail(new Error(stats.toString('errors-only')));
        else done();
      },
    );
  });

  return readdirSync(output)
    .filter((file) => file.endsWith('.js'))
    .reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(output, file)), { level: 9 }).length,
      0,
    );
}
