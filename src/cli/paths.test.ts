import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { ReceivablesError } from '../engine/errors/receivablesError';
import { outputPathFor, refuseInput, refuseWorkbookPath, sheetNameForCsv } from './paths';

describe('outputPathFor', () => {
  it.each([
    [join('data', 'ledger.xlsx'), false, join('data', 'ledger.analysed.xlsx')],
    [join('data', 'ledger.csv'), false, join('data', 'ledger.analysed.xlsx')],
    [join('data', 'macros.xlsm'), true, join('data', 'macros.analysed.xlsm')],
    [join('data', 'ledger.analysed.xlsx'), false, join('data', 'ledger.analysed.analysed.xlsx')],
  ])('puts the output of %s next to it', (input, macros, expected) => {
    expect(outputPathFor(input, macros)).toBe(expected);
  });

  it('uses --out when given', () => {
    expect(outputPathFor('ledger.xlsx', false, 'elsewhere.xlsx')).toBe('elsewhere.xlsx');
  });

  it('takes an --out of any case, such as OUT.XLSX', () => {
    expect(outputPathFor('ledger.csv', false, 'OUT.XLSX')).toBe('OUT.XLSX');
  });

  it.each([
    ['macros.xlsm', true, 'out.xlsx', "--out 'out.xlsx' ends in '.xlsx'"],
    ['macros.xlsm', true, 'out.xlsx', 'end the name in .xlsm'],
    ['ledger.xlsx', false, 'out.xlsm', 'the workbook has no macros'],
    ['ledger.csv', false, 'out.csv', "ends in '.csv'"],
    ['ledger.csv', false, 'out', "ends in '(no extension)'"],
  ])('refuses for %s (macros: %s) an --out %s, saying %s', (input, macros, out, message) => {
    expect(() => outputPathFor(input, macros, out)).toThrow(message);
  });

  it('refuses an --out that is the input, however it is written', () => {
    const input = join('data', 'ledger.xlsx');
    expect(() => outputPathFor(input, false, resolve(input))).toThrow(ReceivablesError);
  });
});

describe('refuseInput', () => {
  it('names the option and the path', () => {
    expect(() => refuseInput('a.xlsx', './a.xlsx', '--json')).toThrow(
      "--json './a.xlsx' is the input file; the input is never overwritten, choose another path",
    );
  });

  it('lets another path through', () => {
    expect(() => refuseInput('a.xlsx', 'a.json', '--json')).not.toThrow();
  });
});

describe('refuseWorkbookPath', () => {
  it('refuses a --json that is the analysed workbook, however it is written', () => {
    expect(() => refuseWorkbookPath(join('data', 'out.xlsx'), resolve('data', 'out.xlsx'))).toThrow(
      'is where the analysed workbook is written',
    );
  });

  it('lets another path through', () => {
    expect(() => refuseWorkbookPath('out.xlsx', 'summary.json')).not.toThrow();
  });
});

describe('sheetNameForCsv', () => {
  it.each([
    [join('data', 'ledger-fr-1252.csv'), 'ledger-fr-1252'],
    [join('data', 'ledger [nov]*?.csv'), 'ledger _nov___'],
    [
      join('data', 'a-very-long-file-name-from-an-erp-export-2026.csv'),
      'a-very-long-file-name-from-an-e',
    ],
    [join('data', "'quoted'.csv"), 'quoted'],
    [join('data', '.csv'), '.csv'],
  ])('names the sheet of %s %j', (path, expected) => {
    expect(sheetNameForCsv(path)).toBe(expected);
  });
});

describe('refuseInput through a symbolic link', () => {
  it('refuses a link that points at the input', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rd-paths-'));
    const input = join(folder, 'ledger.xlsx');
    writeFileSync(input, 'x');
    symlinkSync(input, join(folder, 'link.xlsx'));
    expect(() => refuseInput(input, join(folder, 'link.xlsx'), '--out')).toThrow(
      /is the input file/,
    );
  });
});
