import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { ReceivablesError } from '../../engine/errors/receivablesError';
import { XlsxWorkbook } from './xlsxWorkbook';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'xlsx');

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

function openError(bytes: Uint8Array): ReceivablesError {
  try {
    XlsxWorkbook.open(bytes);
  } catch (error) {
    if (error instanceof ReceivablesError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('XlsxWorkbook.open: files that are not workbooks', () => {
  it.each([
    [
      'an old .xls or encrypted workbook',
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0],
      'OLE compound document',
    ],
    ['a CSV export', Array.from(strToU8('Code;Nom;Montant\n411;Dupont;12,5\n')), 'plain text'],
    ['an HTML page named .xls', Array.from(strToU8('<html><table></table></html>')), 'web page'],
    ['an empty file', [], 'empty'],
  ])('refuses %s, saying what it seems to be', (_what, bytes, phrase) => {
    const error = openError(new Uint8Array(bytes));
    expect(error.code).toBe('UNREADABLE_FILE');
    expect(error.message).toContain(phrase);
    expect(error.message).toContain('.xlsx');
  });

  it('refuses an OpenDocument spreadsheet by name', () => {
    expect(openError(fixture('ledger.ods')).message).toContain('OpenDocument spreadsheet (.ods)');
  });

  it('refuses a Word document by name', () => {
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      '_rels/.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8('<w:document/>'),
    });
    expect(openError(docx).message).toContain('Word document');
  });

  it('refuses a binary .xlsb workbook by name', () => {
    const xlsb = zipSync({
      '[Content_Types].xml': strToU8(
        '<Types><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      ),
      'xl/workbook.bin': new Uint8Array([1, 2, 3]),
    });
    expect(openError(xlsb).message).toContain('binary workbook (.xlsb)');
  });

  it('refuses a Strict Open XML workbook, saying how to save it', () => {
    const strict = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      '_rels/.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    });
    expect(openError(strict).message).toContain('Strict Open XML');
  });

  it('opens and reads a zip with one damaged byte, or refuses it with a ReceivablesError', async () => {
    const zip = fixture('date1904.xlsx');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 4, max: zip.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        async (at, byte) => {
          const damaged = zip.slice();
          damaged[at] = byte;
          try {
            const workbook = XlsxWorkbook.open(damaged);
            for (const sheet of await workbook.listSheets()) await workbook.readSheet(sheet.name);
          } catch (error) {
            expect(error).toBeInstanceOf(ReceivablesError);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses a truncated zip as damaged', () => {
    const bytes = fixture('rich-openpyxl.xlsx');
    expect(openError(bytes.subarray(0, bytes.length / 2)).message).toContain('damaged');
  });
});
