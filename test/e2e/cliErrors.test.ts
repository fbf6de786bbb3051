import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import ExcelJS from 'exceljs';

import { ROOT, SAMPLES, runCli, tempCopy, tempFolder } from './cliRun';

// Each case starts the real CLI in a child process: seconds, not milliseconds.
jest.setTimeout(60_000);

describe('the CLI with --help', () => {
  it('prints the usage on stdout and exits 0', () => {
    const run = runCli(['--help']);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(
      /^Usage: npm run analyse -- <ledger\.xlsx\|\.xlsm\|\.csv> \[options\]/,
    );
  });
});

describe('the CLI with an unknown RECEIVABLES_DESK_LOG level', () => {
  it('says on stderr that the level is ignored, and still runs', () => {
    const run = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [join(ROOT, 'src', 'cli', 'main.ts'), '--help'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RECEIVABLES_DESK_LOG: 'verbose' } },
    );
    expect({ status: run.status, stderr: run.stderr }).toEqual({
      status: 0,
      stderr: expect.stringContaining("RECEIVABLES_DESK_LOG='verbose' is ignored") as unknown,
    });
  });
});

describe('the CLI refuses bad input with one clear line and status 1', () => {
  function expectOneLine(args: string[], pattern: RegExp): void {
    const run = runCli(args);
    expect({ status: run.status, lines: run.stderr.trimEnd().split('\n').length }).toEqual({
      status: 1,
      lines: 1,
    });
    expect(run.stderr).toMatch(pattern);
  }

  it('says a missing file is missing', () => {
    const missing = join(tempFolder(), 'nowhere.xlsx');
    expectOneLine(
      [missing],
      new RegExp(`^receivables-desk: File not found: ${escape(missing)}\\n$`),
    );
  });

  it('refuses an --as-of that is not a real date', () => {
    const input = tempCopy(join(SAMPLES, 'balance-agee-fr.xlsx'));
    expectOneLine(
      [input, '--as-of', '2026-02-30'],
      /--as-of must be a real date written YYYY-MM-DD, got '2026-02-30'/,
    );
  });

  it('lists the valid fields for an unknown --map field', () => {
    const input = tempCopy(join(SAMPLES, 'balance-agee-fr.xlsx'));
    expectOneLine(
      [input, '--map', 'echeance=Échéance'],
      /unknown field 'echeance'; valid fields are customerCode, .*dueDate/,
    );
  });

  it('refuses a text file', () => {
    const input = join(tempFolder(), 'notes.txt');
    writeFileSync(input, 'Code client;Solde\n411001;12,50\n');
    expectOneLine([input], /Cannot read '.*notes\.txt': expected an \.xlsx, \.xlsm or \.csv file/);
  });

  it('refuses a file that is not really a workbook', () => {
    const input = join(tempFolder(), 'fake.xlsx');
    writeFileSync(input, 'this is not a zip file');
    expectOneLine([input], /^receivables-desk: (?!unexpected).*fake\.xlsx/);
  });

  it('names the sheet and the headers it saw when there is no ledger', async () => {
    const input = join(tempFolder(), 'notes.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Notes de réunion');
    sheet.addRow(['Sujet', 'Responsable', 'Échéancier']);
    sheet.addRow(['Relances', 'Claire', 'décembre']);
    await workbook.xlsx.writeFile(input);
    expectOneLine([input], /^receivables-desk: .*Notes de réunion.*Sujet/);
  });

  it('names a --sheet that does not exist', () => {
    const input = tempCopy(join(SAMPLES, 'aged-receivables-en.xlsx'));
    expectOneLine([input, '--sheet', 'Ledger 2025'], /^receivables-desk: .*Ledger 2025/);
  });

  it('names the CSV file and the row where a quote is never closed', () => {
    const input = join(tempFolder(), 'open-quote.csv');
    writeFileSync(input, 'Code;Nom;Échéance;Solde\r\n411001;"Garage Martin;30/11/2026;10\r\n');
    expectOneLine([input], /Cannot read '.*open-quote\.csv': CSV row 2 \(line 2\).*never closed/);
  });

  it('refuses a --json that would overwrite the analysed workbook', () => {
    const input = tempCopy(join(SAMPLES, 'aged-receivables-en.xlsx'));
    const out = join(dirname(input), 'out.xlsx');
    expectOneLine(
      [input, '--out', out, '--json', out],
      /is where the analysed workbook is written/,
    );
  });

  it('refuses to overwrite the input', () => {
    const input = tempCopy(join(SAMPLES, 'aged-receivables-en.xlsx'));
    expectOneLine([input, '--out', input], /is the input file; the input is never overwritten/);
    expect(
      readFileSync(input).equals(readFileSync(join(SAMPLES, 'aged-receivables-en.xlsx'))),
    ).toBe(true);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
