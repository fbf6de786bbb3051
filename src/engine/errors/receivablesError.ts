/**
 * What went wrong, as a literal a caller can switch on. Messages are for
 * people; codes are for code.
 */
export type ReceivablesErrorCode =
  | 'NO_LEDGER_FOUND'
  | 'SHEET_NOT_FOUND'
  | 'UNKNOWN_COLUMN'
  | 'INVALID_OPTION'
  | 'UNREADABLE_FILE'
  | 'FILE_NOT_FOUND'
  | 'SHEET_NAME_TAKEN'
  | 'EXCEL_API_MISSING'
  | 'EXCEL_ERROR';

/**
 * The one error class the project throws on purpose. Its message says where,
 * what was found and what was expected, in words a credit controller can act on.
 */
export class ReceivablesError extends Error {
  readonly code: ReceivablesErrorCode;

  constructor(code: ReceivablesErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReceivablesError';
    this.code = code;
  }
}

/**
 * Marks a case the types say cannot happen: the compiler refuses the call
 * while a case is left, and at run time it throws naming the value.
 *
 * @example
 * switch (basis) {
 *   case 'due': return item.dueDate;
 *   case 'invoice': return item.invoiceDate;
 *   default: return assertNever(basis, 'ageing basis');
 * }
 */
export function assertNever(value: never, what: string): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
