/**
 * `xl/sharedStrings.xml`: the text cells of type `s` point into. A rich
 * text entry is its runs joined; phonetic guides (`<rPh>`, Japanese
 * readings) are not part of the cell's text and are left out.
 */
import { decodeCellText } from './xmlText';

/**
 * Every shared string, in order.
 *
 * @example
 * readSharedStrings('<sst><si><t>Total</t></si><si><r><t>A</t></r><r><t>B</t></r></si></sst>')
 * // ['Total', 'AB']
 */
export function readSharedStrings(xml: string): string[] {
  const prefix = /<(\w+:)?sst\b/.exec(xml)?.[1] ?? '';
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  const strings: string[] = [];
  let position = 0;
  for (;;) {
    const start = xml.indexOf(open, position);
    if (start < 0) break;
    const next = xml[start + open.length] ?? '';
    if (!'> /\t\r\n'.includes(next)) {
      position = start + open.length;
      continue;
    }
    const tagEnd = xml.indexOf('>', start);
    if (tagEnd < 0) break;
    if (xml[tagEnd - 1] === '/') {
      strings.push('');
      position = tagEnd + 1;
      continue;
    }
    const end = xml.indexOf(close, tagEnd);
    if (end < 0) break;
    strings.push(textOfStringItem(xml.slice(tagEnd + 1, end), prefix));
    position = end + close.length;
  }
  return strings;
}

/**
 * The text of an `<si>` or `<is>` body: its `<t>` elements joined, those
 * inside phonetic runs left out.
 */
export function textOfStringItem(body: string, prefix = ''): string {
  const close = `</${prefix}t>`;
  if (body.startsWith(`<${prefix}t`) && body.endsWith(close)) {
    const contentStart = body.indexOf('>') + 1;
    if (body.indexOf('<', contentStart) === body.length - close.length) {
      return decodeCellText(body.slice(contentStart, body.length - close.length));
    }
  }
  const patterns = patternsFor(prefix);
  const withoutPhonetic = body.includes('rPh') ? body.replace(patterns.phonetic, '') : body;
  let text = '';
  patterns.text.lastIndex = 0;
  for (let match = patterns.text.exec(withoutPhonetic); match;) {
    text += match[1] as string;
    match = patterns.text.exec(withoutPhonetic);
  }
  return decodeCellText(text);
}

const patternCache = new Map<string, { phonetic: RegExp; text: RegExp }>();

function patternsFor(prefix: string): { phonetic: RegExp; text: RegExp } {
  let patterns = patternCache.get(prefix);
  if (!patterns) {
    patterns = {
      phonetic: new RegExp(`<${prefix}rPh\\b[\\s\\S]*?</${prefix}rPh>`, 'g'),
      text: new RegExp(`<${prefix}t(?:\\s[^>]*)?>([\\s\\S]*?)</${prefix}t>`, 'g'),
    };
    patternCache.set(prefix, patterns);
  }
  return patterns;
}
