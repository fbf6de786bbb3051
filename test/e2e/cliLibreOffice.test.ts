import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

import ExcelJS from 'exceljs';

import { SAMPLES, runCli, tempCopy, tempFolder } from './cliRun';

// Each case starts the real CLI in a child process: seconds, not milliseconds.
jest.setTimeout(60_000);

const SOFFICE = '/usr/bin/soffice';
const HAS_SOFFICE = existsSync(SOFFICE);
const suite = HAS_SOFFICE ? describe : describe.skip;
if (!HAS_SOFFICE) {
  console.warn(
    `LibreOffice tests skipped: ${SOFFICE} not found (.ci/run installs libreoffice-calc).`,
  );
}

it('has LibreOffice in CI, where skipping its checks is not allowed', () => {
  expect(HAS_SOFFICE || process.env.CI !== 'true').toBe(true);
});

async function sheetCells(file: string): Promise<Map<string, string[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets = new Map<string, string[]>();
  workbook.eachSheet((sheet) => {
    const texts: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    );
    sheets.set(sheet.name, texts);
  });
  return sheets;
}

suite(`LibreOffice (${SOFFICE}) opening what the CLI writes`, () => {
  const outputs: string[] = [];
  let converted: string;

  beforeAll(() => {
    for (const sample of ['balance-agee-fr.xlsx', 'ledger-fr-1252.csv']) {
      const input = tempCopy(join(SAMPLES, sample));
      const out = join(dirname(input), 'analysed.xlsx');
      const run = runCli([input, '--as-of', '2026-11-30', '--out', out]);
      if (run.status !== 0) throw new Error(`CLI failed on ${sample}: ${run.stderr}`);
      outputs.push(out);
    }
    converted = tempFolder();
    const profile = pathToFileURL(join(tempFolder(), 'lo-profile')).href;
    for (const [index, file] of outputs.entries()) {
      const target = join(converted, String(index));
      const result = spawnSync(
        SOFFICE,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--convert-to',
          'xlsx',
          '--outdir',
          target,
          file,
        ],
        { encoding: 'utf8', timeout: 120_000 },
      );
      if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
    }
  }, 300_000);

  it.each([
    ['the French export', 0],
    ['the Windows-1252 CSV', 1],
  ])('opens the workbook written for %s with every sheet and text cell', async (_label, index) => {
    const ours = await sheetCells(outputs[index]!);
    const resaved = await sheetCells(join(converted, String(index), 'analysed.xlsx'));
    expect([...resaved.keys()]).toEqual([...ours.keys()]);
    for (const [name, texts] of ours) expect(resaved.get(name)).toEqual(texts);
  });

  it('keeps a customer named like a formula as text through LibreOffice', async () => {
    const resaved = await sheetCells(join(converted, '0', 'analysed.xlsx'));
    const analysisTexts = [...resaved.entries()]
      .filter(([name]) => name !== 'Export ERP')
      .flatMap(([, texts]) => texts);
    expect(analysisTexts).toContain('=HYPERLINK("http://example.com","Cliquez ici")');
  });
});
