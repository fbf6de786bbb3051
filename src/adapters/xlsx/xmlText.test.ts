import fc from 'fast-check';
import {
  decodeCellText,
  decodeXmlEntities,
  escapeCellText,
  escapeXml,
  readAttributes,
} from './xmlText';

describe('decodeXmlEntities', () => {
  it.each([
    ['R&amp;D', 'R&D'],
    ['&lt;b&gt; &quot;x&quot; &apos;y&apos;', '<b> "x" \'y\''],
    ['caf&#233;', 'café'],
    ['&#x1F600;', '\u{1F600}'],
    ['&unknown; stays', '&unknown; stays'],
    ['&amp;lt;', '&lt;'],
  ])('reads %j as %j', (raw, expected) => {
    expect(decodeXmlEntities(raw)).toBe(expected);
  });
});

describe('decodeCellText', () => {
  it.each([
    ['a_x000D_b', 'a\rb'],
    ['tab_x0009_', 'tab\t'],
    ['_x005F_x0041_', '_x0041_'],
    ['no_xZZZZ_escape', 'no_xZZZZ_escape'],
    ['&amp;_x0001_', '&\u0001'],
  ])('reads %j as %j', (raw, expected) => {
    expect(decodeCellText(raw)).toBe(expected);
  });
});

describe('escapeCellText', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', '=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)'],
    ['Café & Co <Lyon>', 'Café &amp; Co &lt;Lyon&gt;'],
    ['bell\u0007', 'bell_x0007_'],
    ['line\r\nnext', 'line_x000D_\nnext'],
    ['_x0041_', '_x005F_x0041_'],
    ['lone \ud800 surrogate', 'lone _xD800_ surrogate'],
  ])('writes %j as %j', (text, expected) => {
    expect(escapeCellText(text)).toBe(expected);
  });

  it('keeps an emoji (a surrogate pair) as it is', () => {
    expect(escapeCellText('ok \u{1F600}')).toBe('ok \u{1F600}');
  });

  it('gives back any text exactly after a write and a read', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(decodeCellText(escapeCellText(text))).toBe(text);
      }),
    );
  });
});

describe('escapeXml', () => {
  it('escapes markup and the double quote for attributes', () => {
    expect(escapeXml('A & B <"C">')).toBe('A &amp; B &lt;&quot;C&quot;&gt;');
  });

  it('drops characters XML 1.0 cannot carry', () => {
    expect(escapeXml('a\u0000b\u001fc\uffff')).toBe('abc');
  });

  it('keeps a carriage return as a character reference', () => {
    expect(escapeXml('a\rb')).toBe('a&#13;b');
  });
});

describe('readAttributes', () => {
  it('reads single and double quoted values, prefixed names and entities', () => {
    expect(readAttributes(` name="R&amp;D" r:id='rId3'\n state="hidden"`)).toEqual({
      name: 'R&D',
      'r:id': 'rId3',
      state: 'hidden',
    });
  });
});
