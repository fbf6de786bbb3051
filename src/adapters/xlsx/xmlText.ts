/**
 * Text in and out of SpreadsheetML: XML entities, the `_xHHHH_` escapes
 * Excel uses for characters XML 1.0 cannot carry, and attribute lists.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/**
 * Decodes XML character and entity references (`&amp;`, `&#233;`, `&#x1F600;`).
 * Unknown entities are left as they are.
 *
 * @example
 * decodeXmlEntities('R&amp;D &#x2013; 50&#37;') // 'R&D – 50%'
 */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) {
      return safeFromCodePoint(parseInt(body.slice(2), 16), whole);
    }
    if (body.startsWith('#')) return safeFromCodePoint(parseInt(body.slice(1), 10), whole);
    return NAMED_ENTITIES[body] ?? whole;
  });
}

function safeFromCodePoint(code: number, fallback: string): string {
  if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) return fallback;
  return String.fromCodePoint(code);
}

/**
 * Undoes Excel's `_xHHHH_` escapes in cell text (`_x000D_` is a carriage
 * return; `_x005F_` a literal underscore that protects a following escape).
 *
 * @example
 * decodeOoxmlEscapes('a_x000D_b') // 'a\rb'
 * decodeOoxmlEscapes('_x005F_x0041_') // '_x0041_'
 */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_whole, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** Cell text as stored in a `<t>` or `<v>` element: entities, then Excel's escapes. */
export function decodeCellText(raw: string): string {
  return decodeOoxmlEscapes(decodeXmlEntities(raw));
}

/** True for the UTF-16 units XML 1.0 allows in a document, surrogates checked apart. */
function isXmlCharUnit(code: number): boolean {
  if (code >= 0x20) return code !== 0xfffe && code !== 0xffff;
  return code === 0x09 || code === 0x0a;
}

/** True when a text holds a character that markup or XML 1.0 needs handled. */
function hasSpecialCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x26 || code === 0x3c || code === 0x3e || code === 0x22)
      return true;
    if (code >= 0xd800 && (code <= 0xdfff || code >= 0xfffe)) return true;
  }
  return false;
}

/**
 * Escapes text for element content or a double-quoted attribute value:
 * `& < > "` as entities. Characters XML 1.0 forbids (control characters,
 * lone surrogates) are dropped, because element names and attributes have
 * no escape for them; a carriage return becomes `&#13;` so parsers keep it.
 *
 * @example
 * escapeXml('A & B <"C">') // 'A &amp; B &lt;&quot;C&quot;&gt;'
 */
export function escapeXml(text: string): string {
  if (!hasSpecialCharacter(text)) return text;
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const char = text[index] as string;
    if (char === '&') out += '&amp;';
    else if (char === '<') out += '&lt;';
    else if (char === '>') out += '&gt;';
    else if (char === '"') out += '&quot;';
    else if (code === 0x0d) out += '&#13;';
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += char + (text[index + 1] as string);
        index += 1;
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) continue;
    else if (isXmlCharUnit(code)) out += char;
  }
  return out;
}

/**
 * Escapes text for a cell (`<t>` of an inline string): XML entities, and
 * every character XML 1.0 cannot carry written the way Excel does, as
 * `_xHHHH_`. A carriage return becomes `_x000D_`, and an underscore that
 * would otherwise read as an escape is protected with `_x005F_`, so the
 * text reads back exactly as given.
 *
 * @example
 * escapeCellText('a\u0001b') // 'a_x0001_b'
 * escapeCellText('_x0041_') // '_x005F_x0041_'
 */
export function escapeCellText(text: string): string {
  if (!hasSpecialCharacter(text) && !/_x[0-9a-fA-F]{4}_/.test(text)) return text;
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const char = text[index] as string;
    if (char === '_' && /^_x[0-9a-fA-F]{4}_/.test(text.slice(index, index + 7))) {
      out += '_x005F_';
    } else if (char === '&') out += '&amp;';
    else if (char === '<') out += '&lt;';
    else if (char === '>') out += '&gt;';
    else if (char === '"') out += '&quot;';
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += char + (text[index + 1] as string);
        index += 1;
      } else out += hexEscape(code);
    } else if (code === 0x0d || !isXmlCharUnit(code)) out += hexEscape(code);
    else out += char;
  }
  return out;
}

function hexEscape(code: number): string {
  return `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
}

/**
 * The attributes of one start tag (the text between `<name` and `>`), names
 * kept with their prefix, values decoded.
 *
 * @example
 * readAttributes(' r="A1" t="s"') // { r: 'A1', t: 's' }
 */
export function readAttributes(tagBody: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let match = pattern.exec(tagBody); match; match = pattern.exec(tagBody)) {
    const name = match[1] as string;
    attributes[name] = decodeXmlEntities(match[2] ?? match[3] ?? '');
  }
  return attributes;
}

/** Decodes a part's bytes as UTF-8 text, without a byte order mark. */
// Limitation: parts are read as UTF-8 only; an XML part saved in UTF-16 (allowed, but no
// spreadsheet program writes one) would read as garbage and its sheet as empty.
export function partText(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Encodes text as UTF-8 bytes for a part. */
export function partBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
