/**
 * openpyxl, a reader independent of ours, reads back what we write: the
 * values, the text as text (never a formula), the dates, the tables, and
 * everything the user's workbook held.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import type { SheetSpec } from '../../src/engine/sheets/sheetSpec';
import {
  analysedCopy,
  FORMULA_LOOKING,
  HAS_OPENPYXL,
  laidOutRows,
  PYTHON,
  serialToIso,
  TEXT_CHECK_SHEET,
  WORKBOOK_FIXTURES,
} from './xlsxSupport';

// openpyxl takes a second or more per workbook on a busy machine.
jest.setTimeout(60_000);

const DUMP = join(__dirname, '..', '..', 'scripts', 'fixtures', 'dump_workbook.py');

type DumpedCell = [string | number | boolean | null, string, string];

interface Dump {
  sheets: { name: string; state: string }[];
  definedNames: { name: string; localSheetId?: number | null; sheet?: string; value: string }[];
  tables: Record<string, string[]>;
  pivots: Record<string, number>;
  charts: Record<string, number>;
  hasVba: boolean;
  cells: Record<string, DumpedCell[][]>;
}

function dump(path: string, sheets: string[]): Dump {
  const output = execFileSync(PYTHON, [DUMP, path, ...sheets], { encoding: 'utf8' });
  return JSON.parse(output) as Dump;
}

/**
 * What openpyxl should read for each cell of a spec: dates as days, sums as
 * their formula (openpyxl gives formulas, not cached values), the rest as
 * written; no trailing blank cells or rows.
 */
function expectedValues(spec: SheetSpec): (string | number | boolean | null)[][] {
  const rows = laidOutRows(spec);
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows.map((row) => {
    const values = row.map((cell) => {
      if (cell.formula !== undefined) return `=${cell.formula}`;
      if (cell.format === 'date' && typeof cell.value === 'number') return serialToIso(cell.value);
      return cell.value;
    });
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    return values;
  });
}

/** openpyxl pads rows to the widest one; our layout does not. */
function trimmed(rows: DumpedCell[][]): (string | number | boolean | null)[][] {
  return rows.map((row) => {
    const values = row.map((cell) => cell[0]);
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    return values;
  });
}

it(
  HAS_OPENPYXL
    ? 'finds openpyxl for the read-back checks'
    : 'runs without openpyxl: /usr/bin/python3 cannot import openpyxl, so the read-back checks are not defined (CI must have it)',
  () => {
    expect(HAS_OPENPYXL || process.env.CI !== 'true').toBe(true);
  },
);

if (HAS_OPENPYXL) {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'rd-openpyxl-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  describe.each(WORKBOOK_FIXTURES)('openpyxl reading our output from %s', (fixture) => {
    let specs: SheetSpec[];
    let result: Dump;
    let original: Dump;

    beforeAll(async () => {
      const copy = await analysedCopy(fixture);
      specs = copy.specs;
      const path = join(work, `analysed-${fixture}`);
      writeFileSync(path, copy.bytes);
      result = dump(
        path,
        specs.map((spec) => spec.name),
      );
      original = dump(join(__dirname, '..', 'fixtures', 'xlsx', fixture), []);
    });

    it('reads every sheet of ours with the values we wrote', () => {
      for (const spec of specs) {
        expect({ sheet: spec.name, rows: trimmed(result.cells[spec.name] ?? []) }).toEqual({
          sheet: spec.name,
          rows: expectedValues(spec),
        });
      }
    });

    it.each(FORMULA_LOOKING)('reads %j as a literal string, not a formula', (text) => {
      const cells = (result.cells[TEXT_CHECK_SHEET] ?? []).flat();
      expect(cells.find((cell) => cell[0] === text)?.[1]).toBe('s');
    });

    it('reads the totals row sum as a formula', () => {
      const cells = (result.cells[TEXT_CHECK_SHEET] ?? []).flat();
      expect(cells.filter((cell) => cell[1] === 'f').map((cell) => cell[0])).toEqual([
        '=SUBTOTAL(109,RD_TextCheck[Montant])',
      ]);
    });

    it('reads dates and amounts with their number formats', () => {
      const row = result.cells[TEXT_CHECK_SHEET]?.[3] ?? [];
      expect(row.map((cell) => cell[2])).toEqual(['General', 'dd/mm/yyyy', '#,##0.00']);
    });

    it('keeps the user sheets, their states and order, then ours, the state sheet very hidden', () => {
      const ours = [...specs.map((spec) => ({ name: spec.name, state: 'visible' }))];
      expect(result.sheets).toEqual([
        ...original.sheets,
        ...ours.slice(0, 3),
        { name: TEXT_CHECK_SHEET, state: 'visible' },
        { name: 'RD_State', state: 'veryHidden' },
      ]);
    });

    it('keeps the defined names, sheet-local ones pointing at the same sheet', () => {
      expect(result.definedNames).toEqual(original.definedNames);
    });

    it('keeps the user tables, pivot tables and charts', () => {
      for (const sheet of original.sheets) {
        expect({
          sheet: sheet.name,
          tables: result.tables[sheet.name],
          pivots: result.pivots[sheet.name],
          charts: result.charts[sheet.name],
        }).toEqual({
          sheet: sheet.name,
          tables: original.tables[sheet.name],
          pivots: original.pivots[sheet.name],
          charts: original.charts[sheet.name],
        });
      }
    });

    it('keeps a VBA project exactly when the original had one', () => {
      expect(result.hasVba).toBe(original.hasVba);
    });

    it('adds a real Excel table for each table of our sheets', () => {
      for (const spec of specs) {
        const tables = spec.blocks.filter((block) => block.kind === 'table');
        expect(result.tables[spec.name]).toHaveLength(tables.length);
      }
    });
  });

  describe('openpyxl reading a workbook made from CSV rows', () => {
    it('reads the strings as text, formula-looking ones included, and numbers as numbers', async () => {
      const rows = [
        ['Client', 'Montant'],
        ...FORMULA_LOOKING.map((text, index) => [text, index + 0.5]),
      ];
      const path = join(work, 'from-rows.xlsx');
      writeFileSync(path, XlsxWorkbook.fromRows('Grand livre', rows).save());
      const cells = dump(path, ['Grand livre']).cells['Grand livre'] ?? [];
      expect(cells.map((row) => row.map((cell) => [cell[0], cell[1]]))).toEqual(
        rows.map((row) => row.map((value) => [value, typeof value === 'number' ? 'n' : 's'])),
      );
    });
  });
}
