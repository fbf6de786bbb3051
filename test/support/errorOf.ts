import { ReceivablesError } from '../../src/engine/errors/receivablesError';

/**
 * The ReceivablesError a call rejects with. Any other error is rethrown, and
 * a call that succeeds fails the test.
 */
export async function errorOf(promise: Promise<unknown>): Promise<ReceivablesError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ReceivablesError) return error;
    throw error;
  }
  throw new Error('Expected a ReceivablesError, but the call succeeded');
}
