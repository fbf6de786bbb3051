/**
 * LibreOffice opens every kind of workbook we write (an .xlsx written into
 * an .xlsx from another tool, one made from CSV rows, an .xlsm, a re-saved
 * output of ours) and shows our values. One soffice run converts every
 * sheet of every file to CSV, as shown on screen.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import {
  analysedCopy,
  FORMULA_LOOKING,
  HAS_SOFFICE,
  TEXT_CHECK_SHEET,
  textCheckSpec,
  WORKBOOK_FIXTURES,
  writeAnalysis,
} from './xlsxSupport';

// LibreOffice takes several seconds to start and convert.
jest.setTimeout(180_000);

/** CSV export of every sheet (-1), UTF-8, values as shown with their number formats. */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

it(
  HAS_SOFFICE
    ? 'finds LibreOffice (soffice) for the opening checks'
    : 'runs without LibreOffice: soffice is not on the PATH, so the opening checks are not defined (CI must have it)',
  () => {
    expect(HAS_SOFFICE || process.env.CI !== 'true').toBe(true);
  },
);

/** A CSV line's fields, quotes undone. */
function fields(line: string): string[] {
  const out: string[] = [];
  const pattern = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (
    let match = pattern.exec(line);
    match && match.index < line.length;
    match = pattern.exec(line)
  ) {
    const raw = match[1] as string;
    out.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (match[2] === '') break;
  }
  return out;
}

if (HAS_SOFFICE) {
  describe('LibreOffice opening what we write', () => {
    let work: string;
    const inputs = new Map<string, string[]>();
    let detailSheet = '';

    /** The CSV of one sheet of one converted file, as rows of fields. */
    function sheetCsv(base: string, sheet: string): string[][] {
      const path = join(work, 'out', `${base}-${sheet}.csv`);
      return readFileSync(path, 'utf8')
        .split(/\r?\n/)
        .filter((line) => line !== '')
        .map(fields);
    }

    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), 'rd-soffice-'));
      const files: string[] = [];
      const save = async (name: string, workbook: XlsxWorkbook) => {
        const path = join(work, name);
        writeFileSync(path, workbook.save());
        files.push(path);
        inputs.set(
          name.replace(/\.[^.]+$/, ''),
          (await workbook.listSheets()).map((sheet) => sheet.name),
        );
      };
      for (const fixture of WORKBOOK_FIXTURES) {
        await save(`analysed-${fixture}`, XlsxWorkbook.open((await analysedCopy(fixture)).bytes));
      }
      const fromRows = XlsxWorkbook.fromRows('Ledger', [
        ['Code client', 'Nom client', 'N° facture', 'Échéance', 'Solde'],
        ...FORMULA_LOOKING.map((name, index) => [
          `41100${index}`,
          name,
          `F-${index}`,
          '15/10/2026',
          `${index + 1}0,50`,
        ]),
      ]);
      const specs = await writeAnalysis(fromRows, 'en');
      detailSheet = specs.find((spec) => spec.role === 'detail')?.name ?? 'no detail sheet';
      await fromRows.writeSheet(textCheckSpec());
      await save('from-rows.xlsx', fromRows);
      const resaved = XlsxWorkbook.open((await analysedCopy('rich-openpyxl.xlsx')).bytes);
      await resaved.writeSheet(textCheckSpec(), TEXT_CHECK_SHEET);
      await save('resaved.xlsx', XlsxWorkbook.open(resaved.save()));

      const result = spawnSync(
        'soffice',
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${join(work, 'profile')}`,
          '--convert-to',
          CSV_FILTER,
          '--outdir',
          join(work, 'out'),
          ...files,
        ],
        { encoding: 'utf8', timeout: 170_000 },
      );
      if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
    });

    afterAll(() => rmSync(work, { recursive: true, force: true }));

    it('converts every sheet of every file, so it opened them all', () => {
      const missing: string[] = [];
      for (const [base, sheets] of inputs) {
        for (const sheet of sheets) {
          if (!existsSync(join(work, 'out', `${base}-${sheet}.csv`)))
            missing.push(`${base}: ${sheet}`);
        }
      }
      expect({ missing, converted: readdirSync(join(work, 'out')).length > 0 }).toEqual({
        missing: [],
        converted: true,
      });
    });

    it.each([
      ...WORKBOOK_FIXTURES.map((fixture) => `analysed-${fixture.replace(/\.[^.]+$/, '')}`),
      'from-rows',
      'resaved',
    ])(
      'shows the formula-looking texts of %s literally, with dates and amounts formatted',
      (base) => {
        const rows = sheetCsv(base, TEXT_CHECK_SHEET);
        expect(rows.slice(3, 7).map((row) => row[0])).toEqual(FORMULA_LOOKING);
        expect(rows[3]?.[1]).toBe('30/11/2026');
        expect(rows[3]?.[2]).toMatch(/^1[,.\u00a0\u202f ]?000[.,]50$/);
      },
    );

    it.each(WORKBOOK_FIXTURES.map((fixture) => `analysed-${fixture.replace(/\.[^.]+$/, '')}`))(
      'shows the totals row sum of %s',
      (base) => {
        const total = sheetCsv(base, TEXT_CHECK_SHEET)[7];
        expect(total?.[0]).toBe('Total');
        expect(total?.[2]).toMatch(/^4[,.\u00a0\u202f ]?008[.,]00$/);
      },
    );

    it('shows the invoice detail of a workbook made from CSV rows', () => {
      const detail = sheetCsv('from-rows', detailSheet).flat();
      for (const name of FORMULA_LOOKING) expect(detail).toContain(name);
    });

    it('keeps the user pivot table output in the LibreOffice workbook', () => {
      const pivot = sheetCsv('analysed-pivot-libreoffice', 'Pivot').flat();
      expect(pivot).toContain('Garage Dupont');
      expect(pivot).toContain('1500.5');
    });
  });
}
