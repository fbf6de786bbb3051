/** The text encodings a ledger CSV is read in. */
export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le';

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

/**
 * Turns a file's bytes into text: UTF-8 (with or without a byte order mark),
 * UTF-16LE with its byte order mark, and otherwise Windows-1252, which is
 * what French Excel writes for "CSV (séparateur: point-virgule)".
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  // Limitation: UTF-16 is recognised only as little-endian with its byte order mark; a UTF-16BE
  // file, or UTF-16 without the mark, is read as Windows-1252 and comes out garbled.
  if (hasPrefix(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: an ANSI file from Windows.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
