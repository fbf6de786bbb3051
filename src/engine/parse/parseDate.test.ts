import { civilDayToIso } from '../dates/civilDay';
import type { CellValue } from '../grid/cellGrid';
import type { DateOrder } from '../ledger/fields';
import { parseDate } from './parseDate';

function iso(value: CellValue, dateOrder: DateOrder = 'dmy', date1904 = false): string | undefined {
  const day = parseDate(value, { date1904, dateOrder });
  return day === undefined ? undefined : civilDayToIso(day);
}

describe('parseDate on text', () => {
  it.each([
    ['30/11/2026', '2026-11-30'],
    ['3/4/2026', '2026-04-03'],
    ['30-11-2026', '2026-11-30'],
    ['30.11.2026', '2026-11-30'],
    ['30 11 2026', '2026-11-30'],
    ['30/11/26', '2026-11-30'],
    ['01/01/69', '2069-01-01'],
    ['01/01/70', '1970-01-01'],
    ['01/01/00', '2000-01-01'],
    ['30/11/2026 14:35', '2026-11-30'],
    ['30/11/2026 14:35:59', '2026-11-30'],
    ['2026-11-30', '2026-11-30'],
    ['2026-11-30T23:30:00Z', '2026-11-30'],
    ['2026-11-30T23:30:00-05:00', '2026-11-30'],
    ['2026-11-30 08:00:00.000', '2026-11-30'],
    ['2026/11/30', '2026-11-30'],
    ['20261130', '2026-11-30'],
    ['30 nov. 2026', '2026-11-30'],
    ['30 novembre 2026', '2026-11-30'],
    ['1er décembre 2026', '2026-12-01'],
    ['15 févr. 2026', '2026-02-15'],
    ['15 aout 2026', '2026-08-15'],
    ['Nov 30, 2026', '2026-11-30'],
    ['November 30 2026', '2026-11-30'],
    ['30-Nov-26', '2026-11-30'],
    ['30-DEC-2026', '2026-12-30'],
    ['Mon, 30 Nov 2026', '2026-11-30'],
    ['  30/11/2026  ', '2026-11-30'],
  ])('reads %j day first as %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    ['11/30/2026', '2026-11-30'],
    ['4/3/2026', '2026-04-03'],
    ['11-30-26', '2026-11-30'],
    ['2026-11-30', '2026-11-30'],
    ['30 Nov 2026', '2026-11-30'],
  ])('reads %j month first as %s', (text, expected) => {
    expect(iso(text, 'mdy')).toBe(expected);
  });

  it.each([
    ['31/02/2026'],
    ['29/02/2025'],
    ['11/30/2026'],
    ['00/01/2026'],
    ['30/13/2026'],
    ['30/11/026'],
    ['30/11-2026'],
    ['hello'],
    ['2026-11'],
    ['Total'],
    ['30 foo 2026'],
    [''],
    ['12345'],
  ])('finds no date in %j', (text) => {
    expect(iso(text)).toBeUndefined();
  });
});

describe('parseDate on numbers and dates', () => {
  it.each([
    [46356, false, '2026-11-30'],
    [46356.999, false, '2026-11-30'],
    [44894, true, '2026-11-30'],
    [18264, false, '1950-01-01'],
    [20261130, false, '2026-11-30'],
  ])('reads %d (1904: %s) as %s', (value, date1904, expected) => {
    expect(iso(value, 'dmy', date1904)).toBe(expected);
  });

  it.each([[0], [12.5], [1234], [18263], [200000], [-46356], [NaN], [Infinity], [20261331]])(
    'finds no date in the number %d',
    (value) => {
      expect(iso(value)).toBeUndefined();
    },
  );

  it('reads a Date as the UTC day it holds, 30 November 2026', () => {
    expect(iso(new Date(Date.UTC(2026, 10, 30)))).toBe('2026-11-30');
  });

  it('finds no date in an invalid Date', () => {
    expect(iso(new Date(Number.NaN))).toBeUndefined();
  });

  it.each([[true], [null]])('finds no date in %p', (value) => {
    expect(iso(value)).toBeUndefined();
  });
});
