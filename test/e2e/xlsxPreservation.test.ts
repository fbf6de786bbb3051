/**
 * Writing our sheets into workbooks made by other tools keeps everything
 * the user built: each part we do not own comes out byte for byte, and the
 * few shared parts we edit still hold all they held.
 */
import { parseRelationships, resolveTarget } from '../../src/adapters/xlsx/opc';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import {
  analysedCopy,
  fixtureBytes,
  partsOf,
  sameBytes,
  textOf,
  TEXT_CHECK_SHEET,
  textCheckSpec,
  WORKBOOK_FIXTURES,
  writeAnalysis,
} from './xlsxSupport';

const EDITED_PARTS = [
  '[Content_Types].xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
];

/** The self-closing elements named `name` in a text, whole. */
function elements(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<${name}\\b[^>]*/>`, 'g')) ?? [];
}

/** The items of one list of styles.xml (fonts, cellXfs...), whole. */
function styleItems(xml: string, list: string, item: string): string[] {
  const section = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? '';
  return section.match(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, 'g')) ?? [];
}

describe.each(WORKBOOK_FIXTURES)('writing our sheets into %s', (fixture) => {
  let before: Map<string, Uint8Array>;
  let after: Map<string, Uint8Array>;
  let ourSheets: string[];

  beforeAll(async () => {
    before = partsOf(fixtureBytes(fixture));
    const copy = await analysedCopy(fixture);
    after = partsOf(copy.bytes);
    ourSheets = [...copy.specs.map((spec) => spec.name), 'RD_State'];
  });

  it('keeps every other part byte for byte', () => {
    const changed = [...before.keys()].filter((name) => {
      const now = after.get(name);
      return !now || !sameBytes(now, before.get(name) as Uint8Array);
    });
    expect(changed.filter((name) => !EDITED_PARTS.includes(name))).toEqual([]);
  });

  it('keeps the parts in their order, content types first', () => {
    const order = [...after.keys()];
    expect(order[0]).toBe('[Content_Types].xml');
    const originals = order.filter((name) => before.has(name));
    const expected = [...before.keys()].filter((name) => name !== '[Content_Types].xml');
    expect(originals.slice(1)).toEqual(expected);
  });

  it('keeps the workbook part as it was but for our sheet entries', () => {
    let workbook = textOf(after, 'xl/workbook.xml');
    for (const name of ourSheets) {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      workbook = workbook.replace(new RegExp(`<sheet name="${escaped}"[^>]*/>`), '');
    }
    expect(workbook).toBe(textOf(before, 'xl/workbook.xml'));
  });

  it('keeps every content type and workbook relationship', () => {
    for (const part of ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels']) {
      const now = textOf(after, part);
      const original = [
        ...elements(textOf(before, part), 'Default'),
        ...elements(textOf(before, part), 'Override'),
        ...elements(textOf(before, part), 'Relationship'),
      ];
      expect(original.filter((element) => !now.includes(element))).toEqual([]);
    }
  });

  it.each([
    ['numFmts', 'numFmt'],
    ['fonts', 'font'],
    ['fills', 'fill'],
    ['borders', 'border'],
    ['cellStyleXfs', 'xf'],
    ['cellXfs', 'xf'],
    ['cellStyles', 'cellStyle'],
    ['dxfs', 'dxf'],
  ])('keeps the user %s first and in order', (list, item) => {
    const original = styleItems(textOf(before, 'xl/styles.xml'), list, item);
    const now = styleItems(textOf(after, 'xl/styles.xml'), list, item);
    expect(now.slice(0, original.length)).toEqual(original);
  });
});

describe.each(WORKBOOK_FIXTURES)('running the analysis twice on %s', (fixture) => {
  let twice: XlsxWorkbook;
  let parts: Map<string, Uint8Array>;

  beforeAll(async () => {
    const once = XlsxWorkbook.open((await analysedCopy(fixture)).bytes);
    const names = (await once.listSheets()).map((sheet) => sheet.name);
    const specs = await writeAnalysis(once, 'fr', [
      'Balance âgée',
      'Détail balance âgée',
      'Lignes rejetées',
    ]);
    await once.writeSheet(textCheckSpec(), TEXT_CHECK_SHEET);
    await once.writeState('settings', '{}');
    expect(specs).toHaveLength(3);
    twice = XlsxWorkbook.open(once.save());
    parts = partsOf(twice.save());
    expect((await twice.listSheets()).map((sheet) => sheet.name)).toEqual(names);
  });

  it('leaves one copy of each sheet', async () => {
    const names = (await twice.listSheets()).map((sheet) => sheet.name.toUpperCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('leaves no table part that no sheet points to', () => {
    const referenced = new Set<string>();
    for (const [name, bytes] of parts) {
      const sheet = /^xl\/worksheets\/_rels\/(.*)\.rels$/.exec(name);
      if (!sheet) continue;
      for (const rel of parseRelationships(new TextDecoder().decode(bytes))) {
        const target = resolveTarget(`xl/worksheets/${sheet[1]}`, rel.target);
        if (target.startsWith('xl/tables/')) referenced.add(target);
      }
    }
    const tableParts = [...parts.keys()].filter((name) => name.startsWith('xl/tables/'));
    expect(tableParts.sort()).toEqual([...referenced].sort());
  });

  it('declares a content type for each table part and for no missing one', () => {
    const types = textOf(parts, '[Content_Types].xml');
    const declared = [...types.matchAll(/PartName="\/(xl\/tables\/[^"]+)"/g)].map(
      (match) => match[1],
    );
    const present = [...parts.keys()].filter((name) => name.startsWith('xl/tables/'));
    expect(declared.sort()).toEqual(present.sort());
  });

  it('keeps the table names unique in the workbook', () => {
    const names = [...parts.entries()]
      .filter(([name]) => name.startsWith('xl/tables/'))
      .map(([, bytes]) =>
        /displayName="([^"]*)"/.exec(new TextDecoder().decode(bytes))?.[1]?.toUpperCase(),
      );
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps the user parts byte for byte through both runs', () => {
    const original = partsOf(fixtureBytes(fixture));
    const changed = [...original.keys()].filter((name) => {
      const now = parts.get(name);
      return !now || !sameBytes(now, original.get(name) as Uint8Array);
    });
    expect(changed.filter((name) => !EDITED_PARTS.includes(name))).toEqual([]);
  });

  it('still reads the ledger as before', async () => {
    const original = await XlsxWorkbook.open(fixtureBytes(fixture)).readSheet('Ledger');
    expect((await twice.readSheet('Ledger')).values).toEqual(original.values);
  });
});
