import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';

import {
  ROOT,
  SAMPLES,
  dayNumber,
  plainTotals,
  runCli,
  summaryInCents,
  tempCopy,
  type PlainItem,
  type PlainTotals,
} from './cliRun';

// Each case starts the real CLI in a child process: seconds, not milliseconds.
jest.setTimeout(60_000);

const AS_OF = dayNumber(2026, 11, 30);
const DAY_MS = 86_400_000;

interface Summary {
  asOf: string;
  buckets: string[];
  source: { sheet: string; headerRow: number; columns: Record<string, string> };
  rows: { accepted: number; rejected: number; skipped: number };
  currencies: (Parameters<typeof summaryInCents>[0] & { currency: string })[];
  customers: { key: string; currency: string; open: number; byBucket: number[] }[];
  rejected: { row: number; field: string; value: string; reason: string }[];
}

/** What the tests read from a sample on their own: the rows' fate and the open items. */
interface Expected {
  dataRows: number;
  accepted: number;
  rejected: number;
  skipped: number;
  items: PlainItem[];
}

function cents(units: number): number {
  return Math.round(units * 100);
}

function cellText(value: ExcelJS.CellValue): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

async function readSheet(file: string, sheetName: string): Promise<ExcelJS.CellValue[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName);
  if (sheet === undefined) throw new Error(`No sheet ${sheetName} in ${file}`);
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: 11 }, (_, c) => row.getCell(c + 1).value));
  }
  return rows;
}

/** The French export: header on row 4; totals and blank lines skipped; three bad rows. */
async function expectedFrench(file: string): Promise<Expected> {
  const rows = (await readSheet(file, 'Export ERP')).slice(4);
  const expected: Expected = {
    dataRows: rows.length,
    accepted: 0,
    rejected: 0,
    skipped: 0,
    items: [],
  };
  for (const row of rows) {
    const [code, name, , , due, , open, currency] = row;
    const blank = row.every((value) => cellText(value) === '');
    if (blank || cellText(code).startsWith('Total')) {
      expected.skipped += 1;
    } else if (
      (cellText(code) || cellText(name)) &&
      due instanceof Date &&
      typeof open === 'number'
    ) {
      expected.accepted += 1;
      expected.items.push({
        currency: cellText(currency),
        dueDay: due.getTime() / DAY_MS,
        cents: cents(open),
      });
    } else {
      expected.rejected += 1;
    }
  }
  return expected;
}

/** The English export: an Excel table from A1, every row an open item. */
async function expectedEnglish(file: string): Promise<Expected> {
  const rows = (await readSheet(file, 'AR Aging')).slice(1);
  const items = rows.map(([, , , , due, , outstanding, currency]) => ({
    currency: cellText(currency),
    dueDay: (due as Date).getTime() / DAY_MS,
    cents: cents(outstanding as number),
  }));
  return { dataRows: rows.length, accepted: rows.length, rejected: 0, skipped: 0, items };
}

/** The Windows-1252 CSV: Latin-1 is enough to read its dates and amounts. */
function expectedCsv(file: string): Expected {
  const lines = readFileSync(file).toString('latin1').split('\r\n').slice(1, -1);
  const items = lines.map((line) => {
    const fields = line.split(';');
    const [dd, mm, yyyy] = (fields[4] as string).split('/').map(Number);
    const open = Number((fields[6] as string).replace(',', '.'));
    return { currency: 'EUR', dueDay: dayNumber(yyyy!, mm!, dd!), cents: cents(open) };
  });
  return { dataRows: lines.length, accepted: lines.length, rejected: 0, skipped: 0, items };
}

const SAMPLE_CASES: [string, string, string, (file: string) => Expected | Promise<Expected>][] = [
  ['balance-agee-fr.xlsx', 'Export ERP', 'balance-agee-fr.analysed.xlsx', expectedFrench],
  ['aged-receivables-en.xlsx', 'AR Aging', 'aged-receivables-en.analysed.xlsx', expectedEnglish],
  ['ledger-fr-1252.csv', 'ledger-fr-1252', 'ledger-fr-1252.analysed.xlsx', expectedCsv],
];

describe.each(SAMPLE_CASES)('the CLI on samples/%s', (sample, sheet, outputName, readExpected) => {
  let input: string;
  let summary: Summary;
  let expected: Expected;
  let stdout: string;
  let status: number | null;

  beforeAll(async () => {
    input = tempCopy(join(SAMPLES, sample));
    const json = join(dirname(input), 'summary.json');
    const run = runCli([input, '--as-of', '2026-11-30', '--json', json]);
    ({ status, stdout } = run);
    if (run.status !== 0) throw new Error(`CLI failed: ${run.stderr}`);
    summary = JSON.parse(readFileSync(json, 'utf8')) as Summary;
    expected = await readExpected(input);
  }, 120_000);

  it('exits 0 and says where it wrote the workbook', () => {
    expect(status).toBe(0);
    expect(stdout).toContain(`Written: ${join(dirname(input), outputName)}`);
  });

  it('writes the analysed workbook next to the input', () => {
    expect(existsSync(join(dirname(input), outputName))).toBe(true);
  });

  it('leaves the input file as it was', () => {
    expect(readFileSync(input).equals(readFileSync(join(SAMPLES, sample)))).toBe(true);
  });

  it('finds the ledger on the expected sheet', () => {
    expect(summary.source.sheet).toBe(sheet);
  });

  it('accounts for every row below the header', () => {
    const { accepted, rejected, skipped } = summary.rows;
    expect(accepted + rejected + skipped).toBe(expected.dataRows);
  });

  it('accepts, rejects and skips the rows an independent reading expects', () => {
    const { accepted, rejected, skipped } = expected;
    expect(summary.rows).toEqual({ accepted, rejected, skipped });
  });

  it('keeps currencies apart with the totals an independent computation gives', () => {
    const byCurrency: Record<string, PlainTotals> = {};
    for (const currency of summary.currencies) {
      byCurrency[currency.currency] = summaryInCents(currency);
    }
    expect(byCurrency).toEqual(Object.fromEntries(plainTotals(expected.items, AS_OF)));
  });

  it('makes each currency’s buckets add up to its open amount', () => {
    for (const currency of summary.currencies) {
      const sum = currency.byBucket.reduce((acc, amount) => acc + cents(amount), 0);
      expect(sum).toBe(cents(currency.open));
    }
  });

  it('makes the customers of each currency add up to its open amount', () => {
    for (const currency of summary.currencies) {
      const customers = summary.customers.filter((c) => c.currency === currency.currency);
      const sum = customers.reduce((acc, customer) => acc + cents(customer.open), 0);
      expect(sum).toBe(cents(currency.open));
    }
  });
});

describe('the CLI on the French export', () => {
  let folder: string;
  let summary: Summary;
  let output: ExcelJS.Workbook;

  beforeAll(async () => {
    const input = tempCopy(join(SAMPLES, 'balance-agee-fr.xlsx'));
    folder = dirname(input);
    const json = join(folder, 'summary.json');
    const run = runCli([input, '--as-of', '2026-11-30', '--lang', 'fr', '--json', json]);
    if (run.status !== 0) throw new Error(`CLI failed: ${run.stderr}`);
    summary = JSON.parse(readFileSync(json, 'utf8')) as Summary;
    output = new ExcelJS.Workbook();
    await output.xlsx.readFile(join(folder, 'balance-agee-fr.analysed.xlsx'));
  }, 120_000);

  it('rejects the impossible due date, the row with no customer and the N/A amount', () => {
    const found = summary.rejected.map(({ field, value }) => ({ field, value }));
    expect(found).toEqual([
      { field: 'dueDate', value: '31/02/2026' },
      { field: 'customer', value: '' },
      { field: 'amount', value: 'N/A' },
    ]);
  });

  it('writes the JSON bucket labels in English, as the contract says, under --lang fr', () => {
    expect(summary.buckets).toEqual([
      'Not due',
      '1-30',
      '31-60',
      '61-90',
      '91-180',
      '181-365',
      '>365',
    ]);
  });

  it('writes the reasons in French under --lang fr', () => {
    expect(summary.rejected.find((rejection) => rejection.field === 'amount')?.reason).toMatch(
      /montant/i,
    );
  });

  it('reads the open amount (Solde) rather than the invoice amount', () => {
    expect(summary.source.columns.openAmount).toBe('Solde');
  });

  it.each([
    ['=HYPERLINK("http://example.com","Cliquez ici")'],
    ['+33 6 12 34 56 78 Plomberie Nantaise'],
    ['-2+3 Carrosserie'],
    ['@SUM(A1) Conseil'],
  ])('writes the customer %s as text in the analysis sheets', (name) => {
    const cells: ExcelJS.CellValue[] = [];
    output.eachSheet((sheet) => {
      if (sheet.name === 'Export ERP') return;
      sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell.value)));
    });
    expect(cells).toContain(name);
    const formulas = cells.filter(
      (value) => typeof value === 'object' && value !== null && 'formula' in value,
    );
    expect(formulas.map((value) => JSON.stringify(value))).not.toContainEqual(
      expect.stringContaining(name.slice(1, 8)),
    );
  });
});

describe('the CLI on a macro-enabled workbook', () => {
  it('writes <name>.analysed.xlsm and keeps the VBA project byte for byte', () => {
    const input = tempCopy(join(ROOT, 'test', 'fixtures', 'xlsx', 'macro.xlsm'));
    const run = runCli([input, '--as-of', '2026-11-30']);
    expect(run.stderr).toBe('');
    const output = join(dirname(input), 'macro.analysed.xlsm');
    const vba = (file: string) =>
      unzipSync(new Uint8Array(readFileSync(file)))['xl/vbaProject.bin'];
    expect(vba(input)).toBeDefined();
    expect(vba(output)).toEqual(vba(input));
  });
});

describe('the CLI run again on its own output', () => {
  it('replaces its sheets instead of adding more', async () => {
    const input = tempCopy(join(SAMPLES, 'aged-receivables-en.xlsx'));
    const first = join(dirname(input), 'aged-receivables-en.analysed.xlsx');
    const second = join(dirname(input), 'second.xlsx');
    expect(runCli([input, '--as-of', '2026-11-30']).stderr).toBe('');
    expect(runCli([first, '--as-of', '2026-11-30', '--out', second]).stderr).toBe('');
    const names = async (file: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      return workbook.worksheets.map((sheet) => sheet.name);
    };
    expect(await names(second)).toEqual(await names(first));
  });
});
