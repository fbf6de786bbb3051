import { ReceivablesError } from '../../engine/errors/receivablesError';
import { isPayloadTooLarge, toReceivablesError } from './errors';

function excelError(code: string, message = 'Excel said no.') {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code });
}

describe('toReceivablesError', () => {
  it.each([
    ['ItemNotFound', /could not find a sheet, table or range/],
    ['InvalidArgument', /refused a value/],
    ['InvalidOperation', /refused the operation/],
    ['InvalidOperationInCellEditMode', /Finish editing the cell first/],
    ['RequestPayloadSizeLimitExceeded', /larger than Excel on the web accepts \(5 MB\)/],
    ['ResponsePayloadSizeLimitExceeded', /larger than Excel on the web allows \(5 MB\)/],
    ['AccessDenied', /read-only, protected/],
    ['ActivityLimitReached', /limit on activity/],
    ['InsertDeleteConflict', /would have moved a table/],
    ['GeneralException', /internal error/],
    ['SomethingNew', /an error the add-in does not know/],
  ])('explains %s', (code, advice) => {
    const error = toReceivablesError(excelError(code), 'Writing the sheet');
    expect(error.message).toMatch(advice);
  });

  it('keeps Excel code, location and message at the end for support', () => {
    const cause = Object.assign(excelError('ItemNotFound', 'Not here.'), {
      debugInfo: { errorLocation: 'Worksheets.getItem' },
    });
    expect(toReceivablesError(cause, 'Reading').message).toMatch(
      / \(Excel: ItemNotFound at Worksheets.getItem: Not here\.\)$/,
    );
  });

  it('keeps the original error as the cause', () => {
    const cause = excelError('AccessDenied');
    expect(toReceivablesError(cause, 'Saving').cause).toBe(cause);
  });

  it('marks a missing API as EXCEL_API_MISSING', () => {
    expect(toReceivablesError(excelError('ApiNotFound'), 'Reading').code).toBe('EXCEL_API_MISSING');
  });

  it('passes a ReceivablesError through unchanged', () => {
    const error = new ReceivablesError('SHEET_NOT_FOUND', 'No sheet.');
    expect(toReceivablesError(error, 'Reading')).toBe(error);
  });

  it('wraps an error without a code with what was being done', () => {
    expect(toReceivablesError(new TypeError('boom'), 'Reading').message).toBe(
      'Reading failed: boom',
    );
  });
});

describe('isPayloadTooLarge', () => {
  it.each([
    ['RequestPayloadSizeLimitExceeded', true],
    ['ResponsePayloadSizeLimitExceeded', true],
    ['ItemNotFound', false],
  ])('is %s -> %s', (code, expected) => {
    expect(isPayloadTooLarge(excelError(code))).toBe(expected);
  });
});
