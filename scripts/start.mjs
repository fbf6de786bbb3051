// `npm start` (Excel desktop) and `npm run start:web -- --document <url>`
// (Excel on the web): starts the dev server and sideloads manifest.xml with
// office-addin-debugging. Where sideloading cannot work it says so and exits
// with status 1 rather than pretend.
//
//   node scripts/start.mjs desktop
//   node scripts/start.mjs web --document https://contoso.sharepoint.com/.../Book.xlsx
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'node_modules', 'office-addin-debugging', 'cli.js');

function refuse(lines) {
  console.error(lines.join('\n'));
  process.exit(1);
}

/** The value after --document (or --document=value), or undefined. */
function documentArgument(args) {
  const index = args.findIndex((arg) => arg === '--document' || arg.startsWith('--document='));
  if (index === -1) return undefined;
  const arg = args[index];
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
}

const [target, ...rest] = process.argv.slice(2);
const common = [
  '--app',
  'excel',
  '--dev-server',
  'npm run dev-server',
  '--dev-server-port',
  '3000',
];
let args;

if (target === 'desktop') {
  if (process.platform !== 'win32' && process.platform !== 'darwin') {
    refuse([
      'npm start sideloads the add-in into Excel desktop, which exists only on Windows and macOS.',
      `This machine runs ${process.platform}: nothing was started.`,
      'Instead:',
      '  npm run demo                                   the task pane in a browser, on a sample workbook',
      '  npm run start:web -- --document <workbook URL> Excel on the web, with a workbook in OneDrive or SharePoint',
    ]);
  }
  args = ['start', 'manifest.xml', 'desktop', ...common];
} else if (target === 'web') {
  const document = documentArgument(rest);
  if (document === undefined || !/^https:\/\/\S+$/.test(document)) {
    refuse([
      'npm run start:web needs the workbook to open in Excel on the web:',
      '  npm run start:web -- --document https://<tenant>.sharepoint.com/.../Book.xlsx',
      document === undefined
        ? 'No --document was given.'
        : `"${document}" is not an https address of a workbook.`,
    ]);
  }
  args = ['start', 'manifest.xml', 'web', '--document', document, ...common];
} else {
  refuse(['Usage: node scripts/start.mjs desktop | web --document <url>']);
}

const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
