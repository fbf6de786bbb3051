/**
 * @jest-environment jsdom
 */
// jsdom for its DOMParser: the manifest is read as XML, with namespaces.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REQUIRED_EXCEL_API } from '../../src/adapters/office/requirements';
import { ANALYSE_ACTION_ID } from '../../src/commands/analyseCommand';

interface ProductionManifestModule {
  DEV_URL: string;
  resolvePublicUrl(env: Record<string, string | undefined>): {
    url: string;
    fromEnvironment: boolean;
  };
  toProductionManifest(xml: string, publicUrl: string): string;
}

const root = resolve(__dirname, '..', '..');
const { DEV_URL, resolvePublicUrl, toProductionManifest } = createRequire(__filename)(
  '../../scripts/productionManifest.cjs',
) as ProductionManifestModule;

const EXAMPLE_URL = 'https://addins.example.com/receivables-desk/';
const source = readFileSync(join(root, 'manifest.xml'), 'utf8');
const production = toProductionManifest(source, EXAMPLE_URL);

const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const manifest = new DOMParser().parseFromString(source, 'application/xml');

function elements(name: string, namespace = '*'): Element[] {
  return Array.from(manifest.getElementsByTagNameNS(namespace, name));
}

function attribute(element: Element | undefined, name: string): string {
  const value = element?.getAttribute(name);
  if (value == null) throw new Error(`<${element?.localName}> has no ${name} attribute`);
  return value;
}

/** Width and height from a PNG file's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = bytes.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a') throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The repository file an https://localhost:3000/ URL serves (webpack copies assets/ as is). */
function unique<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}

function fileFor(url: string): string {
  if (!url.startsWith(DEV_URL)) throw new Error(`${url} does not point at the dev server`);
  return join(root, url.slice(DEV_URL.length));
}

// ---------------------------------------------------------------------------
// Schema validation with xmllint

const schemaDir = resolve(
  process.env['OFFICE_MANIFEST_SCHEMAS'] ?? join(root, '..', 'shared', 'office-manifest-schemas'),
);
const schema = join(schemaDir, 'OfficeAppManifestV1_1.xsd');
const hasXmllint = spawnSync('xmllint', ['--version']).error === undefined;
const hasSchema = existsSync(schema);
const missing = !hasXmllint
  ? 'xmllint is not installed (apt-get install libxml2-utils)'
  : !hasSchema
    ? `the manifest schemas are not in ${schemaDir}`
    : undefined;

function xmllint(xml: string): { status: number | null; stderr: string } {
  const work = mkdtempSync(join(tmpdir(), 'rd-manifest-test-'));
  try {
    const file = join(work, 'manifest.xml');
    writeFileSync(file, xml);
    const run = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
    return { status: run.status, stderr: run.stderr };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

it('has xmllint and the schemas in CI, where skipping the schema checks is not allowed', () => {
  expect(missing === undefined || process.env['CI'] !== 'true').toBe(true);
});

// Elsewhere, without xmllint or the schemas, the checks below show as skipped,
// with the reason in the block's name.
const describeSchema = missing === undefined ? describe : describe.skip;
describeSchema(`manifest schema validation${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('accepts manifest.xml', () => {
    expect(xmllint(source)).toEqual({ status: 0, stderr: expect.stringContaining('validates') });
  });

  it('accepts the manifest a production build writes', () => {
    expect(xmllint(production)).toEqual({
      status: 0,
      stderr: expect.stringContaining('validates'),
    });
  });

  it('rejects a manifest without a provider, so the check can fail', () => {
    const broken = source.replace(/<ProviderName>.*<\/ProviderName>/, '');

    expect(xmllint(broken).status).not.toBe(0);
  });

  it('passes through npm run validate:offline', () => {
    const run = spawnSync(process.execPath, ['scripts/validate-manifest.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ADDIN_PUBLIC_URL: '' },
    });

    expect([run.status, run.stdout]).toEqual([0, expect.stringContaining('ok    manifest.xml')]);
  });
});

// ---------------------------------------------------------------------------
// The production URL

describe('resolvePublicUrl', () => {
  it.each([
    [undefined, DEV_URL],
    ['', DEV_URL],
    ['https://addins.example.com/rd', 'https://addins.example.com/rd/'],
    ['https://addins.example.com/rd/', 'https://addins.example.com/rd/'],
    ['  https://addins.example.com/  ', 'https://addins.example.com/'],
  ])('turns ADDIN_PUBLIC_URL=%p into %s', (value, url) => {
    expect(resolvePublicUrl({ ADDIN_PUBLIC_URL: value }).url).toBe(url);
  });

  it.each([
    ['http://addins.example.com/', /only over https/],
    ['addins.example.com/rd', /not a URL/],
    ['https://addins.example.com/rd/?v=2', /without \? or #/],
  ])('refuses ADDIN_PUBLIC_URL=%s', (value, reason) => {
    expect(() => resolvePublicUrl({ ADDIN_PUBLIC_URL: value })).toThrow(reason);
  });
});

describe('toProductionManifest', () => {
  it('replaces every dev server URL', () => {
    const before = source.split(DEV_URL).length - 1;

    expect([production.split(EXAMPLE_URL).length - 1, production.includes('localhost')]).toEqual([
      before,
      false,
    ]);
  });

  it('escapes an ampersand in the public URL', () => {
    expect(toProductionManifest(source, 'https://cdn.example.com/a&b/')).toContain(
      'https://cdn.example.com/a&amp;b/taskpane.html',
    );
  });
});

// ---------------------------------------------------------------------------
// Resources, icons and labels

const RESOURCE_KIND: Record<string, string> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

function resourceIds(kind: string): string[] {
  const list = elements(kind, BT)[0];
  return Array.from(list?.children ?? []).map((child) => attribute(child, 'id'));
}

const references = unique(
  Array.from(manifest.querySelectorAll('[resid]')).map((element) => ({
    element: element.localName,
    resid: attribute(element, 'resid'),
  })),
  (reference) => `${reference.element} ${reference.resid}`,
);

describe('manifest resources', () => {
  it('parses as XML', () => {
    expect(manifest.getElementsByTagName('parsererror')).toHaveLength(0);
  });

  it.each(references)('finds <$element resid="$resid"> among its resources', (reference) => {
    const kind = RESOURCE_KIND[reference.element];

    expect(resourceIds(kind ?? `an unexpected <${reference.element}>`)).toContain(reference.resid);
  });

  it('uses every resource it declares', () => {
    const declared = ['Images', 'Urls', 'ShortStrings', 'LongStrings'].flatMap(resourceIds);

    expect(declared.filter((id) => !references.some((r) => r.resid === id))).toEqual([]);
  });

  const sizedIcons = elements('Image', BT)
    .filter((image) => image.hasAttribute('size'))
    .map((image) => {
      const id = attribute(image, 'resid');
      const resource = elements('Image', BT).find((r) => r.getAttribute('id') === id);
      return { size: Number(attribute(image, 'size')), url: attribute(resource, 'DefaultValue') };
    });
  const addinIcons = [
    { size: 32, url: attribute(elements('IconUrl')[0], 'DefaultValue') },
    { size: 64, url: attribute(elements('HighResolutionIconUrl')[0], 'DefaultValue') },
  ];

  it('ships the icons scripts/make-icons.mjs draws', () => {
    const run = spawnSync(process.execPath, ['scripts/make-icons.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });

    expect([run.status, run.stderr]).toEqual([0, '']);
  });

  it.each(unique([...sizedIcons, ...addinIcons], (icon) => `${icon.size} ${icon.url}`))(
    'serves a $size px PNG at $url',
    ({ size, url }) => {
      expect(pngSize(fileFor(url))).toEqual({ width: size, height: size });
    },
  );
});

describe('manifest labels', () => {
  const strings = [
    ...elements('String', BT),
    ...elements('DisplayName'),
    ...elements('Description'),
  ]
    .filter((element) => element.hasAttribute('DefaultValue'))
    .map((element) => ({
      id: element.getAttribute('id') ?? element.localName,
      element,
    }));

  it.each(strings)('translates $id into French', ({ element }) => {
    const french = Array.from(element.children).find(
      (child) => child.getAttribute('Locale') === 'fr-FR',
    );

    expect(french?.getAttribute('Value')?.trim()).toBeTruthy();
  });

  it('names the ribbon tab Receivables, Créances in French', () => {
    const tab = elements('String', BT).find((s) => s.getAttribute('id') === 'RD.Tab.Label');

    expect([attribute(tab, 'DefaultValue'), attribute(tab?.children[0], 'Value')]).toEqual([
      'Receivables',
      'Créances',
    ]);
  });
});

describe('manifest commands and requirements', () => {
  it('runs the function the commands page registers', () => {
    expect(elements('FunctionName').map((e) => e.textContent)).toEqual([ANALYSE_ACTION_ID]);
  });

  it('opens Reminders and KPIs in the one task pane, on their pages', () => {
    const actions = elements('Action').filter(
      (action) => action.getAttribute('xsi:type') === 'ShowTaskpane',
    );
    const urls = actions.map((action) => {
      const id = attribute(action.getElementsByTagNameNS('*', 'SourceLocation')[0], 'resid');
      return attribute(
        elements('Url', BT).find((url) => url.getAttribute('id') === id),
        'DefaultValue',
      );
    });
    const paneIds = new Set(
      actions.map((a) => a.getElementsByTagNameNS('*', 'TaskpaneId')[0]?.textContent),
    );

    expect([urls, paneIds.size]).toEqual([
      [`${DEV_URL}taskpane.html?page=reminders`, `${DEV_URL}taskpane.html?page=kpis`],
      1,
    ]);
  });

  it('asks for ExcelApi 1.7 and AddinCommands 1.1', () => {
    const sets = elements('Set').map(
      (set) => `${set.getAttribute('Name')} ${set.getAttribute('MinVersion')}`,
    );

    expect([...new Set(sets)].sort()).toEqual(['AddinCommands 1.1', 'ExcelApi 1.7']);
  });

  it('asks for the Excel API set the Office adapter checks at start', () => {
    const excelApi = elements('Set').filter((set) => set.getAttribute('Name') === 'ExcelApi');

    expect(excelApi.map((set) => set.getAttribute('MinVersion'))).toEqual([
      REQUIRED_EXCEL_API,
      REQUIRED_EXCEL_API,
    ]);
  });

  it('has its own GUID as its id', () => {
    expect(elements('Id')[0]?.textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
