import { civilDayFromIso, type CivilDay } from '../engine/dates/civilDay';
import { formatAmount, formatDayInFull } from './format';

describe('formatAmount', () => {
  it.each([
    [1234.5, 'EUR', 'fr', true, '1\u202f234,50\u00a0€'],
    [1234.5, 'EUR', 'fr', false, '1\u202f234,50'],
    [-100, 'EUR', 'en', false, '-100.00'],
    [1234, 'JPY', 'en', false, '1,234'],
    [12.5, 'XYZ1', 'en', true, '12.50 XYZ1'],
    [12.5, 'XYZ1', 'en', false, '12.50'],
  ] as const)('writes %d %s in %s (sign %s) as %j', (units, currency, language, symbol, text) => {
    expect(formatAmount(units, currency, language, { symbol })).toBe(text);
  });
});

describe('formatDayInFull', () => {
  it.each([
    ['2026-12-03', 'fr', 'jeudi 3 décembre 2026'],
    ['2026-03-12', 'en', 'Thursday, 12 March 2026'],
  ] as const)('writes %s in %s as %j', (iso, language, text) => {
    expect(formatDayInFull(civilDayFromIso(iso) as CivilDay, language)).toBe(text);
  });
});
