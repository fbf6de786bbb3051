import { checkExcelRequirements } from './requirements';

describe('checkExcelRequirements', () => {
  it('passes when Excel has ExcelApi 1.7', () => {
    const check = checkExcelRequirements(
      (name, version) => name === 'ExcelApi' && version === '1.7',
    );
    expect(check).toEqual({ ok: true, missing: [], message: '' });
  });

  it('names the missing set and the Excel versions that have it', () => {
    const check = checkExcelRequirements((_name, version) => version === '1.2');
    expect([check.ok, check.missing, check.message]).toEqual([
      false,
      ['ExcelApi 1.7'],
      expect.stringContaining(
        'Excel 2019 or later and Microsoft 365 on Windows and Mac, Excel on the web and Excel on iPad',
      ),
    ]);
  });

  it('says Office.js is missing outside Excel', () => {
    // In Node there is no Office global, so the default check finds nothing to ask.
    expect(checkExcelRequirements()).toMatchObject({ ok: false, missing: ['Office.js'] });
  });
});
