// Builds the add-in's pages: the task pane, the ribbon's commands page and its
// notice dialog, which Excel loads, and the browser demo that runs the same
// pane outside Excel. `webpack --mode production` also writes dist/manifest.xml pointing at
// ADDIN_PUBLIC_URL (see scripts/productionManifest.cjs).
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const {
  DEV_URL,
  resolvePublicUrl,
  toProductionManifest,
} = require('./scripts/productionManifest.cjs');

const DEV_PORT = 3000;
// Inside Excel, office.js comes from Microsoft's CDN: only that copy keeps
// pace with the Excel builds it talks to, and AppSource requires it.
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
// The demo runs outside Excel and loads the package's copy instead.
const OFFICE_JS_LOCAL = 'office-js/office.js';

const PAGES = [
  {
    name: 'taskpane',
    entry: './src/taskpane/index.tsx',
    template: './src/taskpane/taskpane.html',
    officeJs: OFFICE_JS_CDN,
  },
  {
    name: 'commands',
    entry: './src/commands/commands.ts',
    template: './src/commands/commands.html',
    officeJs: OFFICE_JS_CDN,
  },
  // The dialog the ribbon command opens to show an error.
  {
    name: 'notice',
    entry: './src/commands/noticePage.ts',
    template: './src/commands/notice.html',
    officeJs: OFFICE_JS_CDN,
  },
  {
    name: 'demo',
    entry: './src/demo/index.tsx',
    template: './src/demo/demo.html',
    officeJs: OFFICE_JS_LOCAL,
  },
];

/**
 * Puts office.js first in each page's head, before the bundle, so that the
 * templates cannot forget it or load it from the wrong place.
 */
class OfficeJsScriptPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('OfficeJsScriptPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(
        'OfficeJsScriptPlugin',
        (data) => {
          const page = PAGES.find((candidate) => `${candidate.name}.html` === data.outputName);
          if (page) {
            data.headTags.unshift(
              HtmlWebpackPlugin.createHtmlTagObject('script', { src: page.officeJs }, undefined, {
                plugin: 'OfficeJsScriptPlugin',
              }),
            );
          }
          return data;
        },
      );
    });
  }
}

/**
 * https with office-addin-dev-certs' trusted localhost certificate, as Excel
 * requires. Where the certificate cannot be made or trusted (Linux without
 * sudo, a CI container), it serves plain http and says so: the demo works,
 * Excel will not load the add-in from it.
 */
async function devServerTransport() {
  // Limitation: on Linux without sudo (and in containers) office-addin-dev-certs cannot install its certificate authority, so the dev server serves http and Excel cannot sideload from it; the browser demo is unaffected.
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.warn(
      [
        '',
        `WARNING: no trusted https certificate for localhost (${reason}).`,
        `Serving http://localhost:${DEV_PORT}/ instead. The browser demo works over http;`,
        'Excel refuses add-ins served over http, so sideloading needs the certificate:',
        'run `npx office-addin-dev-certs install` with administrator rights, then restart.',
        '',
      ].join('\n'),
    );
    return { type: 'http' };
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const publicUrl = production
    ? resolvePublicUrl(process.env)
    : { url: DEV_URL, fromEnvironment: false };
  if (production && !publicUrl.fromEnvironment) {
    console.warn(
      `WARNING: ADDIN_PUBLIC_URL is not set, so dist/manifest.xml still points at ${DEV_URL}. ` +
        'Set it to the https folder the add-in is served from before publishing.',
    );
  }

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: Object.fromEntries(PAGES.map((page) => [page.name, page.entry])),
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // Imports written for Node's ESM rules (./file.js) find the .ts source.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              // ES modules out, so webpack can drop what Fluent UI and
              // date-fns export but the pages never use.
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler', noEmit: false },
            },
          },
        },
        { test: /\.(png|svg)$/, type: 'asset/resource' },
      ],
    },
    optimization: {
      splitChunks: { chunks: 'all' },
    },
    // The bundle benchmark measures what matters (gzipped first load).
    performance: { hints: false },
    plugins: [
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: page.template,
            chunks: [page.name],
          }),
      ),
      new OfficeJsScriptPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              production ? toProductionManifest(content.toString('utf8'), publicUrl.url) : content,
          },
          // Outside Office, office.js only needs itself, its file table and
          // its strings; the 80 MB of host scripts are never requested.
          {
            from: 'node_modules/@microsoft/office-js/dist',
            to: 'office-js',
            // Microsoft's file as published: not minified again.
            info: { minimized: true },
            filter: (file) =>
              /[\\/]dist[\\/](office\.js|o15apptofilemappingtable\.js|en-us[\\/].*|fr-fr[\\/].*)$/.test(
                file,
              ),
          },
          { from: 'samples/*.{xlsx,csv}', to: 'samples/[name][ext]', noErrorOnMissing: true },
        ],
      }),
    ],
    // Only `webpack serve` needs a certificate; a build never asks for one.
    devServer: env.WEBPACK_SERVE
      ? {
          port: DEV_PORT,
          server: await devServerTransport(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          // Everything served is built or copied into the bundle.
          static: false,
          hot: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
