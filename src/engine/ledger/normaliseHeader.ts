/** Words that carry no meaning in a column title: "Date d'échéance" is "date echeance". */
const STOP_WORDS = new Set([
  'a',
  'd',
  'de',
  'du',
  'des',
  'l',
  'la',
  'le',
  'les',
  'en',
  'of',
  'the',
  'in',
  'par',
  'per',
]);

/** Ways of writing "number" in a title; all become "no". */
const NUMBER_WORDS = new Set(['no', 'num', 'number', 'numero', 'nr', 'nbr', 'nro', 'n']);

/**
 * A column title reduced to the words that identify it: lower case, no
 * accents or punctuation, camelCase and snake_case split, `N°`, `No.`, `#`
 * and "number" written as `no`, little words (de, du, of...) dropped.
 *
 * @example
 * normaliseHeader("Date d'échéance") // 'date echeance'
 * normaliseHeader('N° facture')      // 'no facture'
 * normaliseHeader('customerID')      // 'customer id'
 * normaliseHeader('Invoice #')       // 'invoice no'
 */
export function normaliseHeader(text: string): string {
  const spaced = text
    .replace(/[Nn]\s*[°º]/g, ' no ')
    .replace(/#/g, ' no ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ');
  const words: string[] = [];
  for (const word of spaced.split(' ')) {
    if (word === '' || STOP_WORDS.has(word)) continue;
    words.push(NUMBER_WORDS.has(word) ? 'no' : word);
  }
  return words.join(' ');
}
