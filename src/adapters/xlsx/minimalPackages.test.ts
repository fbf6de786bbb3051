/**
 * Workbooks written the terse way some generators write them (the Open XML
 * SDK's style): prefixed elements, a byte order mark, the workbook's
 * content type given by a Default rather than an Override, absolute
 * targets, odd relationship ids and no styles part at all.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { SheetSpec } from '../../engine/sheets/sheetSpec';
import { XlsxWorkbook } from './xlsxWorkbook';

const BOM = '\ufeff';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function terseWorkbook(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      `${BOM}<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" />' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" />' +
        '<Override PartName="/xl/worksheets/sheet.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml" />' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      `${BOM}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Type="${REL}/officeDocument" Target="/xl/workbook.xml" Id="R9f1c" /></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${BOM}<x:workbook xmlns:x="${MAIN}"><x:sheets>` +
        `<x:sheet name="Grand livre" sheetId="1" r:id="Ra15" xmlns:r="${REL}" /></x:sheets></x:workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${BOM}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Type="${REL}/worksheet" Target="/xl/worksheets/sheet.xml" Id="Ra15" /></Relationships>`,
    ),
    'xl/worksheets/sheet.xml': strToU8(
      `${BOM}<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1">` +
        '<x:c r="A1" t="inlineStr"><x:is><x:t>Client</x:t></x:is></x:c><x:c r="B1"><x:v>12.5</x:v></x:c>' +
        '</x:row></x:sheetData></x:worksheet>',
    ),
  });
}

const spec: SheetSpec = {
  role: 'detail',
  name: 'Détail',
  blocks: [
    {
      kind: 'table',
      table: {
        name: 'RD_Detail',
        columns: [
          { header: 'Client', format: 'text' },
          { header: 'Échéance', format: 'date' },
        ],
        rows: [['@SUM(A1)', 46356]],
      },
    },
  ],
};

describe('a terse workbook from another generator', () => {
  it('reads its prefixed sheet', async () => {
    const workbook = XlsxWorkbook.open(terseWorkbook());
    expect((await workbook.readSheet('Grand livre')).values).toEqual([['Client', 12.5]]);
  });

  it('takes our sheets, adding the styles part it lacked at the usual path', async () => {
    const workbook = XlsxWorkbook.open(terseWorkbook());
    await workbook.writeSheet(spec);
    const files = unzipSync(workbook.save());
    const types = new TextDecoder().decode(files['[Content_Types].xml']);
    expect(types).toContain('<Override PartName="/xl/styles.xml"');
    const reopened = XlsxWorkbook.open(workbook.save());
    const grid = await reopened.readSheet('Détail');
    expect(grid.values).toEqual([
      ['Client', 'Échéance'],
      ['@SUM(A1)', 46356],
    ]);
    expect(grid.numberFormats?.[1]?.[1]).toBe('dd/mm/yyyy');
  });

  it('gives each new part an Override, since the Default for .xml means a workbook here', async () => {
    const workbook = XlsxWorkbook.open(terseWorkbook());
    await workbook.writeSheet(spec);
    await workbook.writeState('settings', '{}');
    const files = unzipSync(workbook.save());
    const types = new TextDecoder().decode(files['[Content_Types].xml']);
    const newXmlParts = Object.keys(files).filter(
      (name) => name.endsWith('.xml') && !name.startsWith('[') && name !== 'xl/workbook.xml',
    );
    expect(newXmlParts.filter((name) => !types.includes(`PartName="/${name}"`))).toEqual([]);
  });
});

describe('a package whose content types have no Default for .rels', () => {
  it('gives the relationships part of a new sheet an Override', async () => {
    const files = unzipSync(terseWorkbook());
    files['[Content_Types].xml'] = strToU8(
      new TextDecoder()
        .decode(files['[Content_Types].xml'])
        .replace(/<Default Extension="rels"[^>]*\/>/, ''),
    );
    const workbook = XlsxWorkbook.open(zipSync(files));
    await workbook.writeSheet(spec);
    const saved = unzipSync(workbook.save());
    const types = new TextDecoder().decode(saved['[Content_Types].xml']);
    const sheetRels = Object.keys(saved).filter((name) => name.startsWith('xl/worksheets/_rels/'));
    expect(sheetRels).toHaveLength(1);
    expect(types).toContain(`<Override PartName="/${sheetRels[0]}"`);
  });
});

describe('a workbook with a calculation chain', () => {
  const CALC_CHAIN_TYPE =
    'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml';

  /** fromRows output with a calcChain part wired in, as Excel saves one. */
  function withCalcChain(bytes: Uint8Array): Uint8Array {
    const files = unzipSync(bytes);
    const decode = (name: string) => new TextDecoder().decode(files[name]);
    files['[Content_Types].xml'] = strToU8(
      decode('[Content_Types].xml').replace(
        '</Types>',
        `<Override PartName="/xl/calcChain.xml" ContentType="${CALC_CHAIN_TYPE}"/></Types>`,
      ),
    );
    files['xl/_rels/workbook.xml.rels'] = strToU8(
      decode('xl/_rels/workbook.xml.rels').replace(
        '</Relationships>',
        `<Relationship Id="rId99" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
      ),
    );
    files['xl/calcChain.xml'] = strToU8(`<calcChain xmlns="${MAIN}"><c r="B3" i="2"/></calcChain>`);
    return zipSync(files);
  }

  async function analysedTwice(replace: boolean): Promise<Record<string, Uint8Array>> {
    const first = XlsxWorkbook.fromRows('Ledger', [['a']]);
    await first.writeSheet(spec);
    const workbook = XlsxWorkbook.open(withCalcChain(first.save()));
    await workbook.writeSheet(
      replace ? spec : { ...spec, name: 'Autre' },
      replace ? 'Détail' : undefined,
    );
    return unzipSync(workbook.save());
  }

  it('keeps the chain when a sheet is only added', async () => {
    expect(Object.keys(await analysedTwice(false))).toContain('xl/calcChain.xml');
  });

  it('drops the chain, its relationship and its content type when a sheet of ours is rewritten', async () => {
    const files = await analysedTwice(true);
    const decode = (name: string) => new TextDecoder().decode(files[name]);
    expect({
      part: 'xl/calcChain.xml' in files,
      rel: decode('xl/_rels/workbook.xml.rels').includes('calcChain'),
      type: decode('[Content_Types].xml').includes('calcChain'),
    }).toEqual({ part: false, rel: false, type: false });
  });
});
