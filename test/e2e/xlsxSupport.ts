/**
 * Shared steps of the .xlsx end-to-end tests: the fixtures, the sheets we
 * write into them, and the outside tools (openpyxl, LibreOffice) that read
 * the results back.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { structuredReference } from '../../src/adapters/xlsx/sheetXmlWriter';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { ageItems } from '../../src/engine/ageing/ageItems';
import { DEFAULT_BUCKET_BOUNDS } from '../../src/engine/ageing/types';
import {
  civilDayFromExcelSerial,
  civilDayFromIso,
  civilDayToIso,
  type CivilDay,
} from '../../src/engine/dates/civilDay';
import { readLedger } from '../../src/engine/ledger/readLedger';
import type { Language } from '../../src/engine/ledger/types';
import { buildAnalysisSheets } from '../../src/engine/sheets/buildAnalysisSheets';
import type { CellFormat, OutputCell, SheetSpec } from '../../src/engine/sheets/sheetSpec';

export const FIXTURE_DIR = join(__dirname, '..', 'fixtures', 'xlsx');

/** Workbooks made by other tools, each holding a sheet named Ledger. */
export const WORKBOOK_FIXTURES = [
  'rich-openpyxl.xlsx',
  'pivot-libreoffice.xlsx',
  'rich-libreoffice.xlsx',
  'macro.xlsm',
  'date1904.xlsx',
] as const;

export const FORMULA_LOOKING = [
  '=HYPERLINK("http://x","y")',
  '+33 6 12 34 56 78',
  '-2+3 Carrosserie',
  '@SUM(A1)',
];

export const TEXT_CHECK_SHEET = 'Contrôle texte';

export const AS_OF_30_NOVEMBER_2026 = civilDayFromIso('2026-11-30') as CivilDay;

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURE_DIR, name)));
}

/** A sheet of our own holding the formula-looking texts, a date and an amount per row. */
export function textCheckSpec(): SheetSpec {
  return {
    role: 'rejected',
    name: TEXT_CHECK_SHEET,
    freezeRows: 3,
    blocks: [
      { kind: 'title', text: 'Texte littéral' },
      { kind: 'blank' },
      {
        kind: 'table',
        table: {
          name: 'RD_TextCheck',
          columns: [
            { header: 'Texte', format: 'text' },
            { header: 'Échéance', format: 'date' },
            { header: 'Montant', format: 'amount' },
          ],
          // 46356 is 30 November 2026 in the 1900 date system.
          rows: FORMULA_LOOKING.map((text, index) => [text, 46356, 1000.5 + index]),
          totals: [
            { kind: 'label', text: 'Total' },
            { kind: 'none' },
            { kind: 'sum', value: 4008 },
          ],
        },
        links: [{ sheet: 'Ledger', row: 5, column: 2 }],
      },
    ],
  };
}

/** Reads the Ledger sheet, ages it on 30 November 2026, and writes the analysis sheets. */
export async function writeAnalysis(
  workbook: XlsxWorkbook,
  language: Language,
  replacing: readonly (string | undefined)[] = [],
): Promise<SheetSpec[]> {
  const ledger = readLedger(await workbook.readSheet('Ledger'), { language });
  const analysis = ageItems(
    ledger.items,
    { asOf: AS_OF_30_NOVEMBER_2026, basis: 'due', bounds: DEFAULT_BUCKET_BOUNDS },
    language,
  );
  const specs = buildAnalysisSheets(ledger, analysis, language);
  for (const [index, spec] of specs.entries()) await workbook.writeSheet(spec, replacing[index]);
  return specs;
}

/** Opens a fixture, writes the analysis, the text check sheet and the state, and saves. */
export async function analysedCopy(
  name: string,
): Promise<{ bytes: Uint8Array; specs: SheetSpec[] }> {
  const workbook = XlsxWorkbook.open(fixtureBytes(name));
  const specs = await writeAnalysis(workbook, 'fr');
  await workbook.writeSheet(textCheckSpec());
  await workbook.writeState('settings', JSON.stringify({ bounds: DEFAULT_BUCKET_BOUNDS }));
  return { bytes: workbook.save(), specs: [...specs, textCheckSpec()] };
}

/** The parts of a package, in zip order. */
export function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

export function textOf(parts: Map<string, Uint8Array>, name: string): string {
  const bytes = parts.get(name);
  if (!bytes) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(bytes);
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/** True when a program runs and exits with status 0. */
export function toolRuns(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 });
  return result.status === 0;
}

export const PYTHON = '/usr/bin/python3';
export const HAS_OPENPYXL = toolRuns(PYTHON, ['-c', 'import openpyxl']);
export const HAS_SOFFICE = toolRuns('soffice', ['--version']);

/** A cell as a spec lays it out: its value and how it is shown. */
export interface LaidOutCell {
  value: OutputCell;
  format: CellFormat | undefined;
  /** For a totals row sum: the formula the adapter writes there. */
  formula?: string;
}

/**
 * The rows a spec puts on its sheet, from row 1, the way the adapter lays
 * them out: one row per title, line and blank, then each table's header,
 * data rows and totals row. Totals show their cached value.
 */
export function laidOutRows(spec: SheetSpec): LaidOutCell[][] {
  const rows: LaidOutCell[][] = [];
  for (const block of spec.blocks) {
    if (block.kind === 'title') rows.push([{ value: block.text, format: 'text' }]);
    else if (block.kind === 'blank') rows.push([]);
    else if (block.kind === 'line') {
      rows.push(block.cells.map((value, index) => ({ value, format: block.formats?.[index] })));
    } else {
      const { table } = block;
      rows.push(table.columns.map((column) => ({ value: column.header, format: 'text' })));
      for (const row of table.rows) {
        rows.push(
          table.columns.map((column, index) => ({
            value: row[index] ?? null,
            format: column.format,
          })),
        );
      }
      if (table.totals) {
        rows.push(
          table.totals.map((total, index) => {
            const cell: LaidOutCell = {
              value:
                total.kind === 'label' ? total.text : total.kind === 'sum' ? total.value : null,
              format: table.columns[index]?.format,
            };
            if (total.kind === 'sum') {
              cell.formula = `SUBTOTAL(109,${structuredReference(table.name, table.columns[index]?.header ?? '')})`;
            }
            return cell;
          }),
        );
      }
    }
  }
  return rows;
}

/** A 1900-system date serial as YYYY-MM-DD. */
export function serialToIso(serial: number): string {
  const day = civilDayFromExcelSerial(serial, false);
  if (day === undefined) throw new Error(`not a date serial: ${serial}`);
  return civilDayToIso(day);
}
