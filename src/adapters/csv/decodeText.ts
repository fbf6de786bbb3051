/** The text encodings a ledger CSV is read in. */
export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * What Windows-1252 puts at 0x80-0x9F, where Latin-1 has control codes.
 * 0 marks the five bytes the code page leaves unassigned (kept as the same
 * code point, as browsers do).
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decodes Windows-1252 bytes.
 *
 * WARNING: Node 20's `TextDecoder('windows-1252')` decodes as Latin-1 and
 * turns 0x80 into U+0080 instead of €, so the code page is mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const byte = bytes[i] as number;
      const high = byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] as number) : 0;
      codes[i - start] = high === 0 ? byte : high;
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** How many bytes from the start are looked at to tell UTF-16 without a byte order mark. */
const UTF16_SNIFF_BYTES = 4096;

/**
 * UTF-16 without a byte order mark, told by its zero bytes: a ledger is mostly
 * digits, Latin letters and separators, whose UTF-16 form has a zero as its
 * high byte, on odd offsets (little-endian) or even ones (big-endian). A text
 * in UTF-8 or Windows-1252 has no zero byte at all.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  // Limitation: UTF-16 without a byte order mark whose opening text is mostly outside Latin-1
  // (no zero high bytes) is not recognised, and is read as UTF-8 or Windows-1252.
  const length = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
  if (length < 4) return undefined;
  let zerosEven = 0;
  let zerosOdd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) zerosEven += 1;
    if (bytes[i + 1] === 0) zerosOdd += 1;
  }
  const pairs = length / 2;
  if (zerosOdd >= pairs / 2 && zerosEven === 0) return 'utf-16le';
  if (zerosEven >= pairs / 2 && zerosOdd === 0) return 'utf-16be';
  return undefined;
}

/**
 * Turns a file's bytes into text: UTF-8 (with or without a byte order mark),
 * UTF-16 in either byte order (with or without its byte order mark), and
 * otherwise Windows-1252, which is what French Excel writes for
 * "CSV (séparateur: point-virgule)".
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (hasPrefix(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (hasPrefix(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== undefined) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: an ANSI file from Windows.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
