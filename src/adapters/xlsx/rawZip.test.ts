import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readRawEntries, writeRawZip } from './rawZip';
import { XlsxWorkbook } from './xlsxWorkbook';

const FIXTURE = join(
  __dirname,
  '..',
  '..',
  '..',
  'test',
  'fixtures',
  'xlsx',
  'pivot-libreoffice.xlsx',
);

describe('raw zip entries', () => {
  it('writes entries back into a zip that unzips to the same files', () => {
    const files = {
      'a.xml': strToU8('<a>é</a>'.repeat(50)),
      'dir/b.bin': new Uint8Array([0, 1, 2, 255]),
    };
    const entries = readRawEntries(zipSync(files, { level: 6 }));
    expect(entries?.map((entry) => entry.name)).toEqual(['a.xml', 'dir/b.bin']);
    expect(unzipSync(writeRawZip(entries ?? []))).toEqual(files);
  });

  it('gives up on bytes that are not a zip', () => {
    expect(readRawEntries(strToU8('not a zip at all, just some text'))).toBeUndefined();
  });

  it('copies the parts nobody changed with their compressed bytes as they came', async () => {
    const original = new Uint8Array(readFileSync(FIXTURE));
    const workbook = XlsxWorkbook.open(original);
    await workbook.writeState('settings', '{}');
    const before = new Map(
      (readRawEntries(original) ?? []).map((entry) => [entry.name, entry.data]),
    );
    const after = new Map(
      (readRawEntries(workbook.save()) ?? []).map((entry) => [entry.name, entry.data]),
    );
    const sheet = 'xl/worksheets/sheet1.xml';
    expect(Buffer.from(after.get(sheet) ?? []).equals(Buffer.from(before.get(sheet) ?? [1]))).toBe(
      true,
    );
  });
});
