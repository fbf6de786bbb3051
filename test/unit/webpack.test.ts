// The webpack configuration: what it builds, and a small real build of the
// notice page to check what lands in dist/ (a full build takes a minute; the
// bundle benchmark runs that one).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Configuration, RuleSetRule, WebpackPluginInstance } from 'webpack';

jest.mock('office-addin-dev-certs', () => ({ getHttpsServerOptions: jest.fn() }));

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: { mode: 'production' | 'development' },
) => Promise<Configuration & { devServer?: { port?: number; server?: unknown } }>;

const root = resolve(__dirname, '..', '..');
const load = createRequire(__filename);
const makeConfig = load('../../webpack.config.js') as ConfigFactory;
const devCerts = jest.requireMock('office-addin-dev-certs') as {
  getHttpsServerOptions: jest.Mock;
};

const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function withEnv<T>(name: string, value: string | undefined, body: () => Promise<T>): Promise<T> {
  const before = process.env[name];
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
  return body().finally(() => {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  });
}

const production = () =>
  withEnv('ADDIN_PUBLIC_URL', 'https://addins.example.com/rd/', () =>
    makeConfig({}, { mode: 'production' }),
  );

/** The src of every script tag, in order (production HTML drops the quotes). */
function scriptSources(html: string | undefined): string[] {
  return [...(html ?? '').matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map(
    (match) => match[1] ?? '',
  );
}

function htmlPages(config: Configuration): string[] {
  return (config.plugins ?? [])
    .map((plugin) => (plugin as { userOptions?: { filename?: string } }).userOptions?.filename)
    .filter((name): name is string => name !== undefined);
}

describe('webpack configuration', () => {
  beforeEach(() => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('builds the task pane, the commands page, its notice and the demo', async () => {
    const config = await production();

    expect([config.entry, htmlPages(config)]).toEqual([
      {
        taskpane: './src/taskpane/index.tsx',
        commands: './src/commands/commands.ts',
        notice: './src/commands/noticePage.ts',
        demo: './src/demo/index.tsx',
      },
      ['taskpane.html', 'commands.html', 'notice.html', 'demo.html'],
    ]);
  });

  it('builds every page the manifest points at', async () => {
    const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
    const pages = [...manifest.matchAll(/"https:\/\/localhost:3000\/([\w-]+\.html)/g)].map(
      (match) => match[1],
    );
    const built = htmlPages(await production());

    expect([pages.length > 0, pages.filter((page) => !built.includes(page ?? ''))]).toEqual([
      true,
      [],
    ]);
  });

  it('has an entry file for every page', async () => {
    const entries = Object.values((await production()).entry as Record<string, string>);

    expect(entries.filter((entry) => !existsSync(join(root, entry)))).toEqual([]);
  });

  it('hands webpack ES modules, so unused Fluent UI code can be dropped', async () => {
    const rule = (await production()).module?.rules?.[0] as RuleSetRule;

    expect(rule.use).toMatchObject({
      loader: 'ts-loader',
      options: { transpileOnly: true, compilerOptions: { module: 'esnext' } },
    });
  });

  it('splits shared code into chunks in production', async () => {
    const config = await production();

    expect([config.mode, config.optimization?.splitChunks]).toEqual([
      'production',
      { chunks: 'all' },
    ]);
  });

  it('refuses a production URL that is not https', async () => {
    await expect(
      withEnv('ADDIN_PUBLIC_URL', 'http://addins.example.com/', () =>
        makeConfig({}, { mode: 'production' }),
      ),
    ).rejects.toThrow(/only over https/);
  });

  it('asks for no certificate when it only builds', async () => {
    devCerts.getHttpsServerOptions.mockClear();

    const config = await makeConfig({}, { mode: 'development' });

    expect([config.devServer, devCerts.getHttpsServerOptions.mock.calls.length]).toEqual([
      undefined,
      0,
    ]);
  });

  it('serves https on port 3000 with the developer certificate', async () => {
    devCerts.getHttpsServerOptions.mockResolvedValue({ ca: 'CA', key: 'KEY', cert: 'CERT' });

    const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' });

    expect(config.devServer).toMatchObject({
      port: 3000,
      server: { type: 'https', options: { ca: 'CA', key: 'KEY', cert: 'CERT' } },
    });
  });

  it('falls back to http with a warning when no certificate can be made', async () => {
    devCerts.getHttpsServerOptions.mockRejectedValue(
      new Error('Unable to install the CA certificate. /bin/sh: 1: sudo: not found'),
    );

    const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' });

    expect([config.devServer?.server, jest.mocked(console.warn).mock.calls[0]?.[0]]).toEqual([
      { type: 'http' },
      expect.stringContaining('sudo: not found'),
    ]);
  });
});

describe('a production build of the notice page', () => {
  const out = mkdtempSync(join(tmpdir(), 'rd-webpack-'));
  const files: Record<string, string> = {};

  beforeAll(async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const webpack = load('webpack') as typeof import('webpack');
    const HtmlWebpackPlugin = load('html-webpack-plugin') as typeof import('html-webpack-plugin');
    const config = await production();
    // One small entry, served both as itself and under the demo's page name,
    // to see each page get office.js from the right place.
    const plugins = (config.plugins ?? []).filter(
      (plugin) => !(plugin instanceof HtmlWebpackPlugin),
    ) as WebpackPluginInstance[];
    for (const filename of ['notice.html', 'demo.html']) {
      plugins.push(
        new HtmlWebpackPlugin({
          filename,
          template: './src/commands/notice.html',
          chunks: ['notice'],
        }),
      );
    }
    const small: Configuration = {
      ...config,
      context: root,
      devtool: false,
      entry: { notice: './src/commands/noticePage.ts' },
      output: { ...config.output, path: out },
      plugins,
    };
    await new Promise<void>((done, fail) => {
      webpack(small, (error, stats) => {
        if (error || !stats || stats.hasErrors()) {
          fail(error ?? new Error(stats?.toString('errors-only')));
          return;
        }
        done();
      });
    });
    for (const name of ['notice.html', 'demo.html', 'manifest.xml']) {
      files[name] = readFileSync(join(out, name), 'utf8');
    }
  }, 120_000);

  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    jest.restoreAllMocks();
  });

  it('loads office.js from Microsoft’s CDN in a page Excel opens, before the bundle', () => {
    const scripts = scriptSources(files['notice.html']);

    expect([scripts[0], scripts.length]).toEqual([OFFICE_CDN, 2]);
  });

  it('loads office.js from the package’s copy in the demo', () => {
    expect(scriptSources(files['demo.html'])[0]).toBe('office-js/office.js');
  });

  it('copies office.js and its strings, not the 80 MB of host scripts', () => {
    const copied = readdirSync(join(out, 'office-js')).sort();

    expect(copied).toEqual(['en-us', 'fr-fr', 'o15apptofilemappingtable.js', 'office.js']);
  });

  it('writes the manifest with the production URL', () => {
    expect([
      files['manifest.xml']?.includes('https://addins.example.com/rd/commands.html'),
      files['manifest.xml']?.includes('localhost'),
    ]).toEqual([true, false]);
  });

  it('copies the icons the manifest names', () => {
    expect(readdirSync(join(out, 'assets')).sort()).toEqual([
      'icon-128.png',
      'icon-16.png',
      'icon-32.png',
      'icon-64.png',
      'icon-80.png',
    ]);
  });
});
