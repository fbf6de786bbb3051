// `npm run validate:offline`: checks manifest.xml, and the manifest a
// production build would write, against Microsoft's add-in manifest schemas
// with xmllint, without the network. The schemas live beside the repository
// in ../shared/office-manifest-schemas (OFFICE_MANIFEST_SCHEMAS overrides it).
// Extra arguments name other manifests to check instead, e.g. dist/manifest.xml.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { resolvePublicUrl, toProductionManifest } = require('./productionManifest.cjs');

const EXAMPLE_PUBLIC_URL = 'https://addins.example.com/receivables-desk/';
const schemaDir = resolve(
  process.env.OFFICE_MANIFEST_SCHEMAS ?? join(root, '..', 'shared', 'office-manifest-schemas'),
);
const schema = join(schemaDir, 'OfficeAppManifestV1_1.xsd');

function fail(message) {
  console.error(`validate:offline: ${message}`);
  process.exit(1);
}

if (spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).error) {
  fail('xmllint is not installed. On Debian or Ubuntu: apt-get install libxml2-utils');
}
if (!existsSync(schema)) {
  fail(
    `no manifest schema at ${schema}. Put Microsoft's add-in manifest schemas (OfficeAppManifestV1_1.xsd and the files it imports) in ${schemaDir}, or point OFFICE_MANIFEST_SCHEMAS at them.`,
  );
}

let resolved;
try {
  resolved = resolvePublicUrl(process.env);
} catch (error) {
  fail(error.message);
}

const work = mkdtempSync(join(tmpdir(), 'rd-manifest-'));
const targets = process.argv.slice(2).map((file) => ({ label: file, file: resolve(file) }));
if (targets.length === 0) {
  const publicUrl = resolved.fromEnvironment ? resolved.url : EXAMPLE_PUBLIC_URL;
  const production = join(work, 'manifest.production.xml');
  writeFileSync(
    production,
    toProductionManifest(readFileSync(join(root, 'manifest.xml'), 'utf8'), publicUrl),
  );
  targets.push(
    { label: 'manifest.xml', file: join(root, 'manifest.xml') },
    { label: `production manifest (${publicUrl})`, file: production },
  );
}

let failures = 0;
for (const { label, file } of targets) {
  const run = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
  if (run.status === 0) {
    console.log(`ok    ${label}`);
  } else {
    failures += 1;
    console.error(`FAIL  ${label}\n${run.stderr.trim()}`);
  }
}
rmSync(work, { recursive: true, force: true });
process.exit(failures === 0 ? 0 : 1);
