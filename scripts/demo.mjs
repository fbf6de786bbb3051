// Serves the browser demo: the task pane outside Excel, on a workbook file.
// Builds the development bundle first when dist/ is missing or older than the
// sources, then serves dist/ over plain http and prints the demo's URL.
//
//   npm run demo                    http://localhost:3001/demo.html
//   npm run demo -- --port 8080     (or DEMO_PORT=8080; 0 picks a free port)
//   npm run demo -- --no-build      serve dist/ as it is
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const DEFAULT_PORT = 3001;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xlsm': 'application/vnd.ms-excel.sheet.macroEnabled.12',
  '.csv': 'text/csv; charset=utf-8',
};

function parseArguments(argv) {
  const options = { port: process.env.DEMO_PORT ?? String(DEFAULT_PORT), build: true };
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i];
    if (argument === '--no-build') options.build = false;
    else if (argument === '--port') options.port = argv[++i] ?? '';
    else if (argument.startsWith('--port=')) options.port = argument.slice('--port='.length);
    else fail(`Unknown option "${argument}". Use --port N (or DEMO_PORT=N) and --no-build.`);
  }
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`The port "${options.port}" is not a port number (0 to 65535; 0 picks a free one).`);
  }
  return { port, build: options.build };
}

function fail(message) {
  console.error(`demo: ${message}`);
  process.exit(1);
}

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/** dist/ is stale when a source the bundle is made of changed after the last build. */
function bundleIsFresh() {
  const built = join(DIST, 'demo.html');
  if (!existsSync(built) || !existsSync(join(DIST, 'office-js', 'office.js'))) return false;
  const inputs = ['src', 'samples', 'webpack.config.js', 'package-lock.json'].map((name) =>
    newestChange(join(ROOT, name)),
  );
  return statSync(built).mtimeMs >= Math.max(...inputs);
}

function build() {
  console.error('demo: building the development bundle (webpack --mode development)...');
  const webpack = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const result = spawnSync(process.execPath, [webpack, '--mode', 'development'], {
    cwd: ROOT,
    // webpack's report goes to stderr: stdout carries only the URL line.
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) fail('the webpack build failed; see its output above.');
}

/** The file under dist/ a URL path names, or undefined when it would leave dist/. */
function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (path === '/' || path === '') path = '/demo.html';
  const file = normalize(join(DIST, path));
  return file === DIST || file.startsWith(DIST + sep) ? file : undefined;
}

function serve(port) {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileFor(request.url ?? '/');
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`Not found: ${request.url}\n`);
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  server.on('error', (error) => {
    fail(
      error.code === 'EADDRINUSE'
        ? `port ${port} is taken; choose another with --port N or DEMO_PORT=N.`
        : error.message,
    );
  });
  server.listen(port, () => {
    const address = server.address();
    // The one line on stdout: scripts and tests read the URL from it.
    console.log(`Receivables Desk demo: http://localhost:${address.port}/demo.html`);
    console.error('demo: press Ctrl+C to stop.');
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const options = parseArguments(process.argv.slice(2));
if (options.build && !bundleIsFresh()) build();
if (!existsSync(join(DIST, 'demo.html'))) {
  fail('dist/demo.html is missing; run without --no-build, or `npm run build:dev`.');
}
serve(options.port);
