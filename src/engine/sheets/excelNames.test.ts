import { isValidTableName, numberedSheetName, sheetNameProblem, tableNameFor } from './excelNames';

describe('sheetNameProblem', () => {
  it.each(['Aged balance', 'Balance âgée', 'Lignes rejetées', 'A'.repeat(31)])(
    'accepts "%s"',
    (name) => {
      expect(sheetNameProblem(name)).toBeUndefined();
    },
  );

  it.each([
    ['', 'it is empty'],
    ['A'.repeat(32), 'it has 32 characters; Excel allows at most 31'],
    ['Q1/Q2', 'it contains "/"'],
    ['Data[1]', 'it contains "["'],
    ['What?', 'it contains "?"'],
    ['a:b', 'it contains ":"'],
    ['a\\b', 'it contains "\\"'],
    ['star*', 'it contains "*"'],
    ["'quoted", 'apostrophe'],
    ['history', 'Excel reserves the name History'],
  ])('refuses "%s": %s', (name, problem) => {
    expect(sheetNameProblem(name)).toContain(problem);
  });
});

describe('numberedSheetName', () => {
  it('adds the number in brackets', () => {
    expect(numberedSheetName('Aged balance', 2)).toBe('Aged balance (2)');
  });

  it('shortens the base to stay within 31 characters', () => {
    const name = numberedSheetName('B'.repeat(31), 12);
    expect([name.length, name.endsWith(' (12)')]).toEqual([31, true]);
  });
});

describe('isValidTableName', () => {
  it.each([
    ['RD_AgedBalance_EUR', true],
    ['RD_Detail', true],
    ['Table1x', true],
    ['1Table', false],
    ['RD Detail', false],
    ['AB12', false],
    ['XFD1048576', false],
    ['R1C1', false],
    ['R', false],
    ['c', false],
    ['', false],
  ])('says %s is valid: %s', (name, valid) => {
    expect(isValidTableName(name)).toBe(valid);
  });
});

describe('tableNameFor', () => {
  it('replaces characters a table name cannot hold', () => {
    expect(tableNameFor('RD_AgedBalance', 'F CFA')).toBe('RD_AgedBalance_F_CFA');
  });
});
