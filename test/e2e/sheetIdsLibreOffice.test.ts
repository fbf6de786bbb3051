/**
 * What becomes of sheet ids (the workbook.xml sheetId) when LibreOffice
 * re-saves a workbook we analysed: it numbers the sheets 1, 2, 3... by tab
 * position. Our sheets keep their ids when no sheet before them went away,
 * and a re-run replaces them in place; when one did, their ids change and a
 * re-run leaves them alone, writing 'Name (2)' sheets rather than risk a
 * user's sheet.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { analyseAgeing } from '../../src/actions/analyseAgeing';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { fixtureBytes, HAS_SOFFICE } from './xlsxSupport';

// LibreOffice takes several seconds to start and convert.
jest.setTimeout(180_000);

const AS_OF = { asOf: '2026-11-30' };

it(
  HAS_SOFFICE
    ? 'finds LibreOffice (soffice) for the sheet id checks'
    : 'runs without LibreOffice: soffice is not on the PATH, so the sheet id checks are not defined (CI must have it)',
  () => {
    expect(HAS_SOFFICE || process.env.CI !== 'true').toBe(true);
  },
);

/** The bytes less one sheet's entry in xl/workbook.xml, as if the user had deleted it in Excel. */
function withoutSheet(bytes: Uint8Array, name: string): Uint8Array {
  const parts = unzipSync(bytes);
  const xml = strFromU8(parts['xl/workbook.xml'] as Uint8Array);
  parts['xl/workbook.xml'] = strToU8(
    xml.replace(new RegExp(`<sheet\\b[^>]*name="${name}"[^>]*/>`), ''),
  );
  return zipSync(parts);
}

const names = async (workbook: XlsxWorkbook) =>
  (await workbook.listSheets()).map((sheet) => sheet.name);

if (HAS_SOFFICE) {
  describe('sheet ids through a LibreOffice re-save', () => {
    let work: string;
    const resaved = new Map<string, Uint8Array>();

    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), 'rd-sheet-ids-'));
      const analysed = XlsxWorkbook.open(fixtureBytes('rich-openpyxl.xlsx'));
      await analyseAgeing(analysed, AS_OF);
      const inputs = {
        kept: analysed.save(),
        // 'Hidden' is a user sheet before ours: without it, our sheets move one tab left.
        shifted: withoutSheet(analysed.save(), 'Hidden'),
      };
      const files = Object.entries(inputs).map(([base, bytes]) => {
        const file = join(work, `${base}.xlsx`);
        writeFileSync(file, bytes);
        return file;
      });
      const result = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
          '--headless',
          '--convert-to',
          'xlsx',
          '--outdir',
          join(work, 'out'),
          ...files,
        ],
        { encoding: 'utf8', timeout: 150_000 },
      );
      if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
      for (const base of Object.keys(inputs)) {
        resaved.set(base, new Uint8Array(readFileSync(join(work, 'out', `${base}.xlsx`))));
      }
    });

    afterAll(() => rmSync(work, { recursive: true, force: true }));

    const reopen = (base: string) => XlsxWorkbook.open(resaved.get(base) as Uint8Array);

    it('numbers the sheets by tab position', async () => {
      const sheets = await reopen('shifted').listSheets();
      expect(sheets.map((sheet) => sheet.id)).toEqual(sheets.map((_, i) => `xlsx:${i + 1}`));
    });

    it('leaves the ids as they were when no sheet before ours went away, so a re-run replaces ours in place', async () => {
      const workbook = reopen('kept');
      const before = await names(workbook);
      await analyseAgeing(workbook, AS_OF);
      expect(await names(workbook)).toEqual(before);
    });

    it('after a sheet before ours went away, leaves our earlier sheets as they were and writes new ones', async () => {
      const workbook = reopen('shifted');
      const earlier = (await workbook.readSheet('Aged balance')).values;
      const result = await analyseAgeing(workbook, AS_OF);
      expect([
        result.sheets.agedBalance,
        (await workbook.readSheet('Aged balance')).values,
      ]).toEqual(['Aged balance (2)', earlier]);
    });
  });
}
