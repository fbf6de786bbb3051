import { ReceivablesError } from '../../engine/errors/receivablesError';
import { decodeCsv } from './readCsv';
import { decodeText, decodeWindows1252 } from './decodeText';
import { parseCsvText, sniffDelimiter } from './parseCsv';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 without a byte order mark', () => {
    expect(decodeText(utf8('Échéance;Montant'))).toEqual({
      text: 'Échéance;Montant',
      encoding: 'utf-8',
    });
  });

  it('drops the UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Code client')]);
    expect(decodeText(bytes).text).toBe('Code client');
  });

  it('reads UTF-16LE with its byte order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0xc9, 0x00, 0x3b, 0x00, 0xac, 0x20]);
    expect(decodeText(bytes)).toEqual({ text: 'É;€', encoding: 'utf-16le' });
  });

  it('reads UTF-16BE with its byte order mark', () => {
    const bytes = new Uint8Array([0xfe, 0xff, 0x00, 0xc9, 0x00, 0x3b, 0x20, 0xac]);
    expect(decodeText(bytes)).toEqual({ text: 'É;€', encoding: 'utf-16be' });
  });

  it.each([
    ['little-endian', 'utf-16le', (code: number) => [code & 0xff, code >> 8]],
    ['big-endian', 'utf-16be', (code: number) => [code >> 8, code & 0xff]],
  ])('reads %s UTF-16 without a byte order mark', (_order, encoding, pair) => {
    const text = 'Code;Échéance;Solde\r\n411001;30/11/2026;1 234,56 €\r\n';
    const bytes = new Uint8Array([...text].flatMap((char) => pair(char.charCodeAt(0))));
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  it('does not take a short Windows-1252 text for UTF-16', () => {
    expect(decodeText(new Uint8Array([0x41, 0x3b, 0xe9, 0x42])).encoding).toBe('windows-1252');
  });

  it.each([
    [[0xe9], 'é'],
    [[0x80], '€'],
    [[0x9c], 'œ'],
    [[0x92], '\u2019'],
    [[0xa0], '\u00a0'],
    [[0x81], '\u0081'],
  ])('falls back to Windows-1252 and reads bytes %j as %j', (bytes, expected) => {
    const decoded = decodeText(new Uint8Array([0x41, ...bytes]));
    expect(decoded).toEqual({ text: `A${expected}`, encoding: 'windows-1252' });
  });

  it('decodes a long Windows-1252 text in full', () => {
    const bytes = new Uint8Array(20_000).fill(0x80);
    expect(decodeWindows1252(bytes)).toBe('€'.repeat(20_000));
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['semicolons with decimal commas', 'Client;Montant;Solde\nA;12,50;3,10\nB;1,00;0,50\n', ';'],
    ['commas', 'Customer,Amount\nA,12.50\nB,1.00\n', ','],
    ['tabs', 'Customer\tAmount\nA\t12.50\n', '\t'],
    ['commas when the semicolons are inside quotes', 'a,"x;y;z",b\nc,"p;q;r",d\n', ','],
    ['a single column', 'Customer\nA\nB\n', ','],
  ])('finds %s', (_label, text, expected) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });
});

describe('parseCsvText', () => {
  it.each([
    ['LF', 'a;b\n1;2\n'],
    ['CRLF', 'a;b\r\n1;2\r\n'],
    ['CR', 'a;b\r1;2\r'],
    ['no final line break', 'a;b\n1;2'],
  ])('splits lines ending in %s', (_label, text) => {
    expect(parseCsvText(text, ';')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps separators, doubled quotes and line breaks inside quotes', () => {
    const text = '"Dupont; fils";"Il dit ""non""";"ligne 1\r\nligne 2"\n';
    expect(parseCsvText(text, ';')).toEqual([
      ['Dupont; fils', 'Il dit "non"', 'ligne 1\r\nligne 2'],
    ]);
  });

  it('keeps a blank line as a row so row numbers match the file', () => {
    expect(parseCsvText('a\n\nb\n', ',')).toEqual([['a'], [''], ['b']]);
  });

  it('keeps empty fields', () => {
    expect(parseCsvText(';;x;', ';')).toEqual([['', '', 'x', '']]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseCsvText('12" pipe,3\n', ',')).toEqual([['12" pipe', '3']]);
  });

  it('keeps formula-looking text as it is', () => {
    expect(parseCsvText('=HYPERLINK("x");+33 6 12;@SUM(A1)\n', ';')).toEqual([
      ['=HYPERLINK("x")', '+33 6 12', '@SUM(A1)'],
    ]);
  });
});

describe('decodeCsv', () => {
  it('reads a French Excel semicolon CSV saved in Windows-1252', () => {
    // "Raison sociale;Montant\r\nSociété Générale;1 234,50 €\r\n" in Windows-1252
    const bytes = new Uint8Array([
      ...utf8('Raison sociale;Montant\r\nSoci'),
      0xe9,
      ...utf8('t'),
      0xe9,
      ...utf8(' G'),
      0xe9,
      ...utf8('n'),
      0xe9,
      ...utf8('rale;1 234,50 '),
      0x80,
      0x0d,
      0x0a,
    ]);
    expect(decodeCsv(bytes)).toEqual({
      rows: [
        ['Raison sociale', 'Montant'],
        ['Société Générale', '1 234,50 €'],
      ],
      encoding: 'windows-1252',
      delimiter: ';',
    });
  });

  it('reads a UTF-8 comma CSV with a byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Customer,Amount\nAcme,"1,200.00"\n')]);
    expect(decodeCsv(bytes)).toEqual({
      rows: [
        ['Customer', 'Amount'],
        ['Acme', '1,200.00'],
      ],
      encoding: 'utf-8',
      delimiter: ',',
    });
  });

  it('gives no rows for an empty file', () => {
    expect(decodeCsv(new Uint8Array()).rows).toEqual([]);
  });
});

describe('parseCsvText on a quote that is never closed', () => {
  const text = 'Code;Nom\r\n411001;"Garage Martin\r\n411002;Roux\r\n';

  it('refuses the file rather than lose the rows after the quote', () => {
    expect(() => parseCsvText(text, ';')).toThrow(
      `CSV row 2 (line 2): the field '"Garage Martin 411002;Roux' opens a quote that is never closed`,
    );
  });

  it('throws UNREADABLE_FILE', () => {
    let caught: unknown;
    try {
      parseCsvText(text, ';');
    } catch (error) {
      caught = error;
    }
    expect((caught as ReceivablesError | undefined)?.code).toBe('UNREADABLE_FILE');
  });
});
