import { paneStrings } from '../i18n/strings';
import { checkAsOf, checkBucketText } from './formValidation';

const en = paneStrings('en');
const fr = paneStrings('fr');

describe('checkBucketText', () => {
  it.each([
    ['30,60,90,180,365', [30, 60, 90, 180, 365]],
    [' 30 ; 60 ;90 ', [30, 60, 90]],
    ['45', [45]],
    ['30 60', [30, 60]],
  ])('reads %j as %j', (text, bounds) => {
    expect(checkBucketText(text, en)).toEqual({ ok: true, value: bounds });
  });

  it.each([
    ['', 'Enter at least one bound, e.g. 30,60,90,180,365.'],
    [' , ', 'Enter at least one bound, e.g. 30,60,90,180,365.'],
    ['30,abc', '"abc" is not a whole number of days above 0.'],
    ['0,30', '"0" is not a whole number of days above 0.'],
    ['30,-60', '"-60" is not a whole number of days above 0.'],
    ['30,60.5', '"60.5" is not a whole number of days above 0.'],
    ['60,30', 'Bounds must increase: 30 comes after 60.'],
    ['30,30', 'Bounds must increase: 30 comes after 30.'],
  ])('refuses %j with a message naming the problem', (text, message) => {
    expect(checkBucketText(text, en)).toEqual({ ok: false, message });
  });

  it('explains the problem in French for a French pane', () => {
    expect(checkBucketText('90,60', fr)).toEqual({
      ok: false,
      message: 'Les bornes doivent être croissantes\u00a0: 60 vient après 90.',
    });
  });
});

describe('checkAsOf', () => {
  it('accepts 30 November 2026', () => {
    expect(checkAsOf('2026-11-30', en)).toEqual({ ok: true, value: '2026-11-30' });
  });

  it.each(['', '2026-11-31', '30/11/2026'])('refuses %j', (text) => {
    expect(checkAsOf(text, en)).toEqual({ ok: false, message: en.asOfInvalid });
  });
});
