// The ledger reader on IBM's public accounts-receivable sample (US dates, camelCase headers),
// checked against sums worked out here straight from the CSV text.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCsv } from '../../src/adapters/csv/readCsv';
import { civilDayToIso } from '../../src/engine/dates/civilDay';
import { readLedger } from '../../src/engine/ledger/readLedger';

const file = join(__dirname, '../../../shared/data/ibm-accounts-receivable.csv');
const present = existsSync(file);
if (!present) {
  console.warn(
    `Skipping the IBM sample ledger tests: ${file} is absent (it ships with the team's shared data).`,
  );
}
const describeWithData = present ? describe : describe.skip;

describeWithData('readLedger on the IBM accounts-receivable sample', () => {
  const { rows } = present ? decodeCsv(readFileSync(file)) : { rows: [] as string[][] };
  const header = rows[0] ?? [];
  const column = (name: string) => header.indexOf(name);
  const body = rows.slice(1).filter((row) => row.some((cell) => cell !== ''));
  const ledger = present
    ? readLedger(
        { sheetName: 'ibm', firstRow: 1, firstColumn: 1, date1904: false, values: rows },
        { dateOrder: 'mdy' },
      )
    : undefined;

  it('accepts every invoice', () => {
    expect(ledger?.counts.accepted).toBe(body.length);
  });

  it('sums the amounts to the InvoiceAmount column', () => {
    const expected = body.reduce(
      (sum, row) => sum + Math.round(Number(row[column('InvoiceAmount')]) * 100),
      0,
    );
    expect(ledger?.items.reduce((sum, item) => sum + item.amount, 0)).toBe(expected);
  });

  it('flags as disputed the rows marked Yes', () => {
    const expected = body.filter((row) => row[column('Disputed')] === 'Yes').length;
    expect(ledger?.items.filter((item) => item.disputed)).toHaveLength(expected);
  });

  it('reads the first due date 2/1/2013 month first, as 1 February 2013', () => {
    expect(civilDayToIso(ledger!.items[0]!.dueDate)).toBe('2013-02-01');
  });
});
