import { ReceivablesError } from '../../engine/errors/receivablesError';

/** What a person can do about each error code Excel's JavaScript API reports. */
const ADVICE: Record<string, string> = {
  ItemNotFound:
    'Excel could not find a sheet, table or range the add-in needed; it may have been renamed or deleted meanwhile. Reopen the task pane and try again.',
  ItemAlreadyExists:
    'a sheet or table with that name already exists in the workbook. Rename or delete it, then try again.',
  InvalidArgument:
    'Excel refused a value the add-in sent (a name, a size or a cell value). Please report this with the workbook if it happens again.',
  InvalidOperation:
    'Excel refused the operation in the workbook\u2019s current state (a protected sheet, a merged cell or a table in the way). Check the sheet, then try again.',
  InvalidOperationInCellEditMode:
    'Excel is editing a cell. Finish editing the cell first (press Enter or Esc), then try again.',
  RequestPayloadSizeLimitExceeded:
    'one request to Excel was larger than Excel on the web accepts (5 MB). Try again; if it keeps failing, analyse a smaller range or use Excel on the desktop.',
  ResponsePayloadSizeLimitExceeded:
    'Excel\u2019s answer was larger than Excel on the web allows (5 MB). Try again; if it keeps failing, analyse a smaller range or use Excel on the desktop.',
  PayloadTooLarge:
    'one request to Excel was larger than Excel on the web accepts (5 MB). Try again with a smaller ledger.',
  AccessDenied:
    'Excel did not allow the change: the workbook may be read-only, protected or open in a view that cannot be edited. Open an editable copy and try again.',
  ActivityLimitReached:
    'Excel\u2019s limit on activity was reached. Wait a moment, then try again.',
  InsertDeleteConflict:
    'inserting or deleting cells would have moved a table, a PivotTable or a merged cell. Move them out of the way, then try again.',
  MergedRangeConflict: 'merged cells are in the way. Unmerge them, then try again.',
  PivotTableRangeConflict: 'a PivotTable is in the way of the cells the add-in writes.',
  FilteredRangeConflict: 'a filter is in the way. Clear the filter, then try again.',
  RangeExceedsLimit: 'the range is larger than Excel can handle in one operation.',
  Conflict: 'someone else changed the workbook at the same time. Try again.',
  RequestAborted: 'the request was cancelled while it ran. Try again.',
  ServiceNotAvailable: 'Excel\u2019s service is not available just now. Try again in a moment.',
  UnsupportedOperation: 'this version of Excel does not support an operation the add-in needs.',
  UnsupportedSheet: 'the sheet is a kind the add-in cannot work on (a chart or macro sheet).',
  ApiNotFound:
    'this version of Excel lacks an API the add-in needs. Use Excel 2019 or later, Microsoft 365, Excel on the web or Excel on iPad.',
  GeneralException:
    'Excel reported an internal error. Save your work, reopen the workbook and try again.',
};

interface ExcelErrorLike {
  code: string;
  message: string;
  location?: string;
}

function asExcelError(error: unknown): ExcelErrorLike | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const record = error as Record<string, unknown>;
  if (typeof record['code'] !== 'string') return undefined;
  const debugInfo = record['debugInfo'] as Record<string, unknown> | undefined;
  const location = debugInfo?.['errorLocation'];
  return {
    code: record['code'],
    message: typeof record['message'] === 'string' ? record['message'] : '',
    ...(typeof location === 'string' && location !== '' ? { location } : {}),
  };
}

/**
 * Turns whatever Excel threw while the add-in was `doing` something into a
 * ReceivablesError a person can act on, keeping Excel's own error as the
 * cause. A ReceivablesError passes through unchanged.
 *
 * @example
 * toReceivablesError({ code: 'ItemNotFound', message: '...' }, 'Reading the sheet Ledger')
 * // ReceivablesError EXCEL_ERROR: "Reading the sheet Ledger failed: Excel could not find ..."
 */
export function toReceivablesError(error: unknown, doing: string): ReceivablesError {
  if (error instanceof ReceivablesError) return error;
  const excel = asExcelError(error);
  if (!excel) {
    const text = error instanceof Error ? error.message : String(error);
    return new ReceivablesError('EXCEL_ERROR', `${doing} failed: ${text}`, { cause: error });
  }
  const advice = ADVICE[excel.code] ?? `Excel reported an error the add-in does not know.`;
  const where = excel.location ? ` at ${excel.location}` : '';
  const detail = excel.message
    ? `${excel.code}${where}: ${excel.message}`
    : `${excel.code}${where}`;
  const code = excel.code === 'ApiNotFound' ? 'EXCEL_API_MISSING' : 'EXCEL_ERROR';
  return new ReceivablesError(code, `${doing} failed: ${advice} (Excel: ${detail})`, {
    cause: error,
  });
}

/** True when Excel refused a sync for its size, so a smaller block may pass. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = asExcelError(error)?.code;
  return (
    code === 'RequestPayloadSizeLimitExceeded' ||
    code === 'ResponsePayloadSizeLimitExceeded' ||
    code === 'PayloadTooLarge'
  );
}
