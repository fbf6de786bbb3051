import { cellText, isBlankCell, rawCellText } from './cellText';
import { parseCurrency } from './parseCurrency';
import { parseDispute } from './parseDispute';

describe('cellText', () => {
  it.each([
    ['  Dupont SA ', 'Dupont SA'],
    [411001, '411001'],
    [411001.5, '411001.5'],
    [true, 'TRUE'],
    [new Date(Date.UTC(2026, 10, 30)), '2026-11-30'],
    ['=HYPERLINK("x")', '=HYPERLINK("x")'],
  ])('reads %p as %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });

  it.each([[null], [''], ['  \u00a0 ']])('reads %p as blank', (value) => {
    expect(cellText(value)).toBeUndefined();
    expect(isBlankCell(value)).toBe(true);
  });

  it('keeps the raw text of a cell untrimmed', () => {
    expect(rawCellText(' 31/02/2026')).toBe(' 31/02/2026');
  });
});

describe('parseCurrency', () => {
  it.each([
    ['EUR', 'EUR'],
    [' usd ', 'USD'],
    ['€', 'EUR'],
    ['Euros', 'EUR'],
    ['euro', 'EUR'],
    ['$', 'USD'],
    ['£', 'GBP'],
    ['F CFA', 'XOF'],
  ])('reads %j as %s', (text, code) => {
    expect(parseCurrency(text)).toBe(code);
  });

  it.each([['E'], ['EURO1'], ['12'], [''], [12], [null]])('finds no currency in %p', (value) => {
    expect(parseCurrency(value)).toBeUndefined();
  });
});

describe('parseDispute', () => {
  it.each([
    ['Oui', true],
    ['yes', true],
    ['Y', true],
    ['X', true],
    ['1', true],
    ['true', true],
    ['En litige', true],
    ['Disputed', true],
    [1, true],
    [true, true],
    ['Non', false],
    ['No', false],
    ['N', false],
    ['0', false],
    ['false', false],
    [0, false],
    [false, false],
    [null, false],
    ['  ', false],
  ])('reads %p as disputed: %s', (value, disputed) => {
    expect(parseDispute(value)).toEqual({ disputed, explicit: true });
  });

  it('takes a free dispute note as disputed, not as an explicit flag', () => {
    expect(parseDispute('Réclamation qualité')).toEqual({ disputed: true, explicit: false });
  });
});
