/**
 * Shared steps of the .xlsx end-to-end tests: the fixtures, the sheets we
 * write into them, and the outside tools (openpyxl, LibreOffice) that read
 * the results back.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { ageItems } from '../../src/engine/ageing/ageItems';
import { DEFAULT_BUCKET_BOUNDS } from '../../src/engine/ageing/types';
import { civilDayFromIso, type CivilDay } from '../../src/engine/dates/civilDay';
import { readLedger } from '../../src/engine/ledger/readLedger';
import type { Language } from '../../src/engine/ledger/types';
import { buildAnalysisSheets } from '../../src/engine/sheets/buildAnalysisSheets';
import type { SheetSpec } from '../../src/engine/sheets/sheetSpec';

export const FIXTURE_DIR = join(__dirname, '..', 'fixtures', 'xlsx');

/** Workbooks made by other tools, each holding a sheet named Ledger. */
export const WORKBOOK_FIXTURES = [
  'rich-openpyxl.xlsx',
  'pivot-libreoffice.xlsx',
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
