/**
 * Errors of the Excel test double, shaped like Office.js's OfficeExtension.Error:
 * name 'RichApi.Error', a string `code`, and `debugInfo` with the same code.
 */

/** Excel on the web refuses a request or a response larger than 5 MB. */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export type FakeErrorCode =
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'PropertyNotLoaded'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'GeneralException';

export class FakeExcelError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo =
      errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** Thrown when a test reaches for a member the double does not model: a bug in the adapter or the double. */
export class NotModelledError extends Error {
  constructor(what: string) {
    super(`The Excel test double does not model ${what}.`);
    this.name = 'NotModelledError';
  }
}
