/**
 * Currency signs and codes as they appear in ledgers, and how to take them
 * off an amount written as text.
 */

/** Signs and words that name a currency, lower case without accents. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['€', 'EUR'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['$', 'USD'],
  ['us$', 'USD'],
  ['usd$', 'USD'],
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['ca$', 'CAD'],
  ['c$', 'CAD'],
  ['a$', 'AUD'],
  ['fr.', 'CHF'],
  ['sfr', 'CHF'],
  ['fcfa', 'XOF'],
  ['f cfa', 'XOF'],
  ['cfp', 'XPF'],
  ['₣', 'CHF'],
]);

/** ISO 4217 codes an amount text may carry before or after its digits. */
const AMOUNT_CODES = new Set([
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'JPY',
  'CAD',
  'AUD',
  'NZD',
  'CNY',
  'HKD',
  'SGD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'RON',
  'BGN',
  'TRY',
  'MAD',
  'TND',
  'DZD',
  'XOF',
  'XAF',
  'XPF',
  'ZAR',
  'INR',
  'BRL',
  'MXN',
  'AED',
  'SAR',
  'ILS',
  'KRW',
  'RUB',
  'UAH',
  'ISK',
]);

const SIGN_CHARS = new Set(['€', '$', '£', '¥', '₣']);

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Takes a currency sign or code off the start and the end of an amount text.
 *
 * @example
 * stripCurrencyMarks('€ 1 234,56') // '1 234,56'
 * stripCurrencyMarks('12.50 CHF')  // '12.50'
 */
export function stripCurrencyMarks(text: string): string {
  let body = text;
  const first = body[0];
  if (first !== undefined && SIGN_CHARS.has(first)) body = body.slice(1).trimStart();
  else if (body.length > 3 && isLetter(body.charCodeAt(0))) {
    const code = body.slice(0, 3).toUpperCase();
    if (AMOUNT_CODES.has(code) && !isLetter(body.charCodeAt(3))) body = body.slice(3).trimStart();
  }
  const last = body[body.length - 1];
  if (last !== undefined && SIGN_CHARS.has(last)) body = body.slice(0, -1).trimEnd();
  else if (body.length > 3 && isLetter(body.charCodeAt(body.length - 1))) {
    const code = body.slice(-3).toUpperCase();
    if (AMOUNT_CODES.has(code) && !isLetter(body.charCodeAt(body.length - 4))) {
      body = body.slice(0, -3).trimEnd();
    }
  }
  return body;
}
