import { civilDayToIso } from '../engine/dates/civilDay';
import { ReceivablesError } from '../engine/errors/receivablesError';
import type { AnalyseAgeingRequest } from './analyseAgeingTypes';
import { readLedgerOptions, validateRequest } from './validateRequest';

// 30 November 2026 at 23:30 on the machine's own clock, whatever its time zone.
const LATE_ON_30_NOVEMBER_2026 = new Date(2026, 10, 30, 23, 30);

describe('validateRequest', () => {
  it('fills in every default, with today on the user calendar as the as-of date', () => {
    const valid = validateRequest({}, LATE_ON_30_NOVEMBER_2026);
    expect({ ...valid, asOf: civilDayToIso(valid.asOf) }).toEqual({
      asOf: '2026-11-30',
      basis: 'due',
      bounds: [30, 60, 90, 180, 365],
      currency: 'EUR',
      dateOrder: 'dmy',
      language: 'en',
    });
  });

  it('reads a lower-case currency as its code', () => {
    expect(validateRequest({ currency: ' chf ' }).currency).toBe('CHF');
  });

  it('passes the map, terms and options on to readLedger', () => {
    const valid = validateRequest({
      map: { dueDate: 'Échéance nette' },
      defaultTermsDays: 45,
      dateOrder: 'mdy',
      basis: 'invoice',
      language: 'fr',
    });
    expect(readLedgerOptions(valid)).toEqual({
      map: { dueDate: 'Échéance nette' },
      defaultTermsDays: 45,
      dateOrder: 'mdy',
      defaultCurrency: 'EUR',
      basis: 'invoice',
      language: 'fr',
    });
  });

  it.each<[string, AnalyseAgeingRequest, string]>([
    ['a basis', { basis: 'weekly' as 'due' }, 'Ageing basis "weekly" is not known'],
    ['a date order', { dateOrder: 'ymd' as 'dmy' }, 'Date order "ymd" is not known'],
    ['a language', { language: 'de' as 'en' }, 'Language "de" is not offered; expected fr or en.'],
    ['a sheet name', { sheet: '  ' }, 'The ledger sheet name is empty.'],
    ['bounds', { bounds: [] }, 'Bucket bounds: none were given'],
    ['a currency', { currency: 'EURO' }, 'Currency "EURO" is not a three-letter ISO code'],
  ])('refuses %s it does not know, with INVALID_OPTION', (_what, request, message) => {
    let caught: unknown;
    try {
      validateRequest(request);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReceivablesError);
    expect((caught as ReceivablesError).code).toBe('INVALID_OPTION');
    expect((caught as ReceivablesError).message).toContain(message);
  });
});
