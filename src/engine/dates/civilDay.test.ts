import {
  civilDayFromExcelSerial,
  civilDayFromIso,
  civilDayFromParts,
  civilDayToExcelSerial,
  civilDayToIso,
  todayCivilDay,
} from './civilDay';

describe('civilDayFromParts', () => {
  it('refuses 31 February', () => {
    expect(civilDayFromParts(2026, 2, 31)).toBeUndefined();
  });

  it('accepts 29 February in a leap year only', () => {
    expect(civilDayFromParts(2024, 2, 29)).toBeDefined();
    expect(civilDayFromParts(2025, 2, 29)).toBeUndefined();
  });
});

describe('Excel serials', () => {
  it.each([
    [1, false, '1900-01-01'],
    [59, false, '1900-02-28'],
    [61, false, '1900-03-01'],
    [46356, false, '2026-11-30'],
    [46356.75, false, '2026-11-30'],
    [0, true, '1904-01-01'],
    [44894, true, '2026-11-30'],
  ])('serial %d (1904: %s) is %s', (serial, date1904, iso) => {
    const day = civilDayFromExcelSerial(serial, date1904);
    expect(day === undefined ? undefined : civilDayToIso(day)).toBe(iso);
  });

  it('round-trips 30 November 2026 in both systems', () => {
    const day = civilDayFromIso('2026-11-30')!;
    expect(civilDayToExcelSerial(day)).toBe(46356);
    expect(civilDayToExcelSerial(day, true)).toBe(44894);
  });

  it('refuses serials before the epoch', () => {
    expect(civilDayFromExcelSerial(0, false)).toBeUndefined();
    expect(civilDayFromExcelSerial(-3, true)).toBeUndefined();
  });
});

describe('todayCivilDay', () => {
  it('is the local wall-calendar day, whatever the zone', () => {
    const lateEvening = new Date(2026, 11, 3, 23, 30);
    expect(civilDayToIso(todayCivilDay(lateEvening))).toBe('2026-12-03');
  });
});
