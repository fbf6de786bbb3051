import { ReceivablesError } from '../../engine/errors/receivablesError';
import { assertValidSheetName } from './sheetNames';

function failure(name: string, others: string[] = []): ReceivablesError | undefined {
  try {
    assertValidSheetName(name, others);
    return undefined;
  } catch (error) {
    if (error instanceof ReceivablesError) return error;
    throw error;
  }
}

describe('assertValidSheetName', () => {
  it.each(['Balance âgée', 'Aged balance', 'x'.repeat(31), "Client's sheet", 'Détail (2)'])(
    'accepts %j',
    (name) => {
      expect(failure(name)).toBeUndefined();
    },
  );

  it.each([
    ['', 'blank'],
    ['   ', 'blank'],
    ['x'.repeat(32), '32 characters'],
    ['Q1/Q2', '"/"'],
    ['a:b', '":"'],
    ['a\\b', '"\\"'],
    ['why?', '"?"'],
    ['all*', '"*"'],
    ['[x]', '"["'],
    ["'quoted'", 'apostrophe'],
    ['history', 'History'],
  ])('refuses %j, saying %s', (name, phrase) => {
    const error = failure(name);
    expect(error?.code).toBe('INVALID_OPTION');
    expect(error?.message).toContain(phrase);
  });

  it('refuses the name of another sheet whatever its case', () => {
    const error = failure('LEDGER', ['Ledger']);
    expect(error?.code).toBe('SHEET_NAME_TAKEN');
    expect(error?.message).toContain('"Ledger"');
  });
});
