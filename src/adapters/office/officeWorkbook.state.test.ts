import { OfficeWorkbook } from './officeWorkbook';
import { errorOf, setUp } from './testing/adapterSetup';
import { FakeExcel } from './testing/fakeExcel';

describe('OfficeWorkbook state and navigation', () => {
  it('keeps state in a very hidden sheet and reads it back', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    await workbook.writeState('settings', '{"bounds":[30,60]}');
    expect([await workbook.readState('settings'), excel.sheet('RD_State').visibility]).toEqual([
      '{"bounds":[30,60]}',
      'VeryHidden',
    ]);
  });

  it('round-trips a value longer than a cell can hold, in cells under the limit', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    const long = Array.from({ length: 80_000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(
      '',
    );
    await workbook.writeState('ownedSheets', long);
    const longest = Math.max(
      ...excel
        .sheet('RD_State')
        .values.flat()
        .map((v) => String(v ?? '').length),
    );
    expect([await workbook.readState('ownedSheets'), longest <= 32_767]).toEqual([long, true]);
  });

  it('saves and reads a value larger than one sync may carry, over several syncs', async () => {
    const excel = new FakeExcel(100_000);
    const workbook = new OfficeWorkbook(excel.run, { payloadBudget: 70_000 });
    excel.addSheet('Ledger', []);
    const log = Array.from({ length: 250_000 }, (_, i) => String(i % 10)).join('');
    await workbook.writeState('reminderLog', log);
    await expect(workbook.readState('reminderLog')).resolves.toBe(log);
  });

  it('overwrites one key without touching another', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    await workbook.writeState('settings', 'x'.repeat(70_000));
    await workbook.writeState('ownedSheets', '{"detail":"Detail"}');
    await workbook.writeState('settings', '-1');
    expect([await workbook.readState('settings'), await workbook.readState('ownedSheets')]).toEqual(
      ['-1', '{"detail":"Detail"}'],
    );
  });

  it('gives undefined for a key never saved', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    await expect(workbook.readState('settings')).resolves.toBeUndefined();
  });

  it('selects a cell on the user sheet, activating it first', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    excel.addSheet('Other', []);
    await workbook.selectCell('Other', 17, 2);
    expect(excel.model.selection).toEqual({ sheet: 'Other', row: 17, column: 2 });
  });

  it('explains that a very hidden sheet cannot be shown', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    excel.addSheet('Secret', [], { visibility: 'VeryHidden' });
    const error = await errorOf(workbook.activateSheet('Secret'));
    expect(error.message).toMatch(
      /^Showing the sheet 'Secret' failed: Excel refused the operation/,
    );
  });
});
