import { ReceivablesError } from '../errors/receivablesError';
import { bucketIndexOf, bucketLabel, bucketsFromBounds, parseBucketBounds } from './buckets';
import { DEFAULT_BUCKET_BOUNDS } from './types';

describe('bucketsFromBounds', () => {
  it('labels the default buckets in English', () => {
    expect(bucketsFromBounds(DEFAULT_BUCKET_BOUNDS).map((bucket) => bucket.label)).toEqual([
      'Not due',
      '1-30',
      '31-60',
      '61-90',
      '91-180',
      '181-365',
      '>365',
    ]);
  });

  it('labels Not due in French with its accent', () => {
    expect(bucketsFromBounds(DEFAULT_BUCKET_BOUNDS, 'fr')[0]?.label).toBe('Non échu');
  });

  it('follows custom bounds', () => {
    expect(bucketsFromBounds([15, 45]).map((bucket) => bucket.label)).toEqual([
      'Not due',
      '1-15',
      '16-45',
      '>45',
    ]);
  });

  it('gives each bucket its day range', () => {
    expect(bucketsFromBounds([30])).toEqual([
      { label: 'Not due', maxDays: 0 },
      { label: '1-30', minDays: 1, maxDays: 30 },
      { label: '>30', minDays: 31 },
    ]);
  });

  it('refuses bounds that do not increase', () => {
    expect(() => bucketsFromBounds([60, 30])).toThrow(
      'bound 2 (30) is not above the bound before it (60)',
    );
  });
});

describe('bucketLabel', () => {
  it.each([
    [{ maxDays: 0 }, 'en', 'Not due'],
    [{ maxDays: 0 }, 'fr', 'Non échu'],
    [{ minDays: 1, maxDays: 30 }, 'fr', '1-30'],
    [{ minDays: 31, maxDays: 31 }, 'en', '31'],
    [{ minDays: 366 }, 'en', '>365'],
  ] as const)('labels %o in %s as %s', (range, language, label) => {
    expect(bucketLabel(range, language)).toBe(label);
  });
});

describe('parseBucketBounds', () => {
  it.each([
    ['30,60,90,180,365', [30, 60, 90, 180, 365]],
    [' 30 , 45 ', [30, 45]],
    ['1', [1]],
  ])('reads "%s"', (text, bounds) => {
    expect(parseBucketBounds(text)).toEqual(bounds);
  });

  it.each([
    ['', 'the text is empty'],
    ['30,x,90', 'entry 2 of "30,x,90" is "x", not a whole number of days'],
    ['30,,90', 'entry 2 of "30,,90" is an empty entry'],
    ['30,60.5', 'entry 2 of "30,60.5" is "60.5"'],
    ['-30', 'entry 1 of "-30" is "-30"'],
    ['0,30', 'bound 1 (0) is not above 0'],
    ['30,30', 'bound 2 (30) is not above the bound before it (30)'],
    ['90,60', 'bound 2 (60) is not above the bound before it (90)'],
  ])('refuses "%s" saying %s', (text, detail) => {
    expect(() => parseBucketBounds(text)).toThrow(detail);
  });

  it('throws INVALID_OPTION with an example of valid bounds', () => {
    let caught: unknown;
    try {
      parseBucketBounds('abc');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReceivablesError);
    expect((caught as ReceivablesError).code).toBe('INVALID_OPTION');
    expect((caught as ReceivablesError).message).toContain('e.g. 30,60,90,180,365');
  });
});

describe('bucketIndexOf with the default bounds', () => {
  it.each([
    [-12, 'Not due'],
    [0, 'Not due'],
    [1, '1-30'],
    [30, '1-30'],
    [31, '31-60'],
    [60, '31-60'],
    [61, '61-90'],
    [90, '61-90'],
    [91, '91-180'],
    [180, '91-180'],
    [181, '181-365'],
    [365, '181-365'],
    [366, '>365'],
    [4000, '>365'],
  ])('puts %d days past due in %s', (days, label) => {
    const buckets = bucketsFromBounds(DEFAULT_BUCKET_BOUNDS);
    expect(buckets[bucketIndexOf(days, DEFAULT_BUCKET_BOUNDS)]?.label).toBe(label);
  });
});

describe('bucket bound messages in French', () => {
  it.each([
    [
      '30,x',
      'l’élément 2 de «\u00a030,x\u00a0» est «\u00a0x\u00a0», pas un nombre entier de jours',
    ],
    ['60,30', 'la borne 2 (30) n’est pas supérieure à la précédente (60)'],
  ])('explains "%s" in French', (text, detail) => {
    expect(() => parseBucketBounds(text, 'fr')).toThrow(detail);
  });
});
