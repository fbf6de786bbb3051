import fc from 'fast-check';
import { civilDayToExcelSerial, civilDayToParts, type CivilDay } from '../dates/civilDay';
import { parseAmount } from './parseAmount';
import { parseDate } from './parseDate';

function grouped(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

const amountStyles: ((whole: string, fraction: string, negative: boolean) => string)[] = [
  (w, f, n) => `${n ? '-' : ''}${grouped(w, ' ')},${f}`,
  (w, f, n) => `${n ? '\u2212' : ''}${grouped(w, '\u00a0')},${f} €`,
  (w, f, n) => `${n ? '-' : ''}${grouped(w, '\u202f')},${f}`,
  (w, f, n) => `${n ? '-' : ''}$${grouped(w, ',')}.${f}`,
  (w, f, n) => `${grouped(w, '.')},${f}${n ? '-' : ''}`,
  (w, f, n) => (n ? `(${grouped(w, ' ')},${f} EUR)` : `EUR ${grouped(w, ' ')},${f}`),
  (w, f, n) => `${grouped(w, "'")}.${f}${n ? ' CR' : ''} CHF`,
  (w, f, n) => `${n ? '-' : ''}${w}.${f}`,
];

describe('parseAmount round trip', () => {
  it('reads back any amount written in any supported style', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }),
        fc.integer({ min: 0, max: amountStyles.length - 1 }),
        (cents, style) => {
          const whole = String(Math.floor(Math.abs(cents) / 100));
          const fraction = String(Math.abs(cents) % 100).padStart(2, '0');
          const text = amountStyles[style]!(whole, fraction, cents < 0);
          expect(parseAmount(text)).toBe(cents === 0 ? 0 : cents);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

const FR_MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const dateStyles: ((y: number, m: number, d: number) => { text: string | number; mdy: boolean })[] =
  [
    (y, m, d) => ({ text: `${d}/${m}/${y}`, mdy: false }),
    (y, m, d) => ({
      text: `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`,
      mdy: false,
    }),
    (y, m, d) => ({ text: `${m}/${d}/${y}`, mdy: true }),
    (y, m, d) => ({
      text: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T10:30:00`,
      mdy: false,
    }),
    (y, m, d) => ({ text: `${d} ${FR_MONTHS[m - 1]} ${y}`, mdy: false }),
    (y, m, d) => ({ text: `${EN_MONTHS[m - 1]} ${d}, ${y}`, mdy: true }),
    (y, m, d) => ({ text: `${d}/${m}/${y} 23:59`, mdy: false }),
  ];

describe('parseDate round trip', () => {
  it('reads back any day from 1950 to 2199 written in any supported style', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -7305, max: 84_005 }),
        fc.integer({ min: 0, max: dateStyles.length - 1 }),
        (dayNumber, style) => {
          const day = dayNumber as CivilDay;
          const { year, month, day: dayOfMonth } = civilDayToParts(day);
          const { text, mdy } = dateStyles[style]!(year, month, dayOfMonth);
          expect(parseDate(text, { date1904: false, dateOrder: mdy ? 'mdy' : 'dmy' })).toBe(day);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads back any day as an Excel serial in both date systems', () => {
    fc.assert(
      fc.property(fc.integer({ min: -7305, max: 84_005 }), fc.boolean(), (dayNumber, date1904) => {
        const day = dayNumber as CivilDay;
        expect(parseDate(civilDayToExcelSerial(day, date1904), { date1904 })).toBe(day);
      }),
      { numRuns: 500 },
    );
  });
});
