import { readCellFormats, StyleBook } from './styles';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const USER_STYLES =
  `<styleSheet xmlns="${NS}">` +
  '<numFmts count="1"><numFmt numFmtId="170" formatCode="#,##0.00 &quot;€&quot;"/></numFmts>' +
  '<fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts>' +
  '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
  '<borders count="1"><border/></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0"><alignment horizontal="right"/></xf>' +
  '</cellXfs></styleSheet>';

describe('readCellFormats', () => {
  it('gives the built-in and custom number format of each cell style', () => {
    expect(readCellFormats(USER_STYLES)).toEqual(['General', 'mm-dd-yy', '#,##0.00 "€"']);
  });

  it.each([
    [15, 'd-mmm-yy'],
    [22, 'm/d/yy h:mm'],
    [45, 'mm:ss'],
    [47, 'mmss.0'],
    [49, '@'],
  ])('knows built-in format %d as %s', (id, code) => {
    const xml = `<styleSheet><cellXfs count="1"><xf numFmtId="${id}"/></cellXfs></styleSheet>`;
    expect(readCellFormats(xml)).toEqual([code]);
  });

  it('does not mistake cell style records (cellStyleXfs) for cell formats', () => {
    const xml =
      '<styleSheet><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="1"><xf numFmtId="4"/></cellXfs></styleSheet>';
    expect(readCellFormats(xml)).toEqual(['#,##0.00']);
  });
});

describe('StyleBook', () => {
  it('appends a style after the user styles, which keep their indexes', () => {
    const book = new StyleBook(USER_STYLES);
    const index = book.indexOf({ format: 'date' });
    expect(index).toBe(3);
    expect(readCellFormats(book.xml)).toEqual([
      'General',
      'mm-dd-yy',
      '#,##0.00 "€"',
      'dd/mm/yyyy',
    ]);
  });

  it('gives a custom format an id from 164 up, above the user ones', () => {
    const book = new StyleBook(USER_STYLES);
    book.indexOf({ format: 'percent' });
    expect(book.xml).toContain('<numFmt numFmtId="171" formatCode="0.0%"/>');
    expect(book.xml).toContain('<numFmts count="2">');
  });

  it('uses the built-in id for a format Excel knows', () => {
    const book = new StyleBook(USER_STYLES);
    const index = book.indexOf({ format: 'amount' });
    expect(readCellFormats(book.xml)[index]).toBe('#,##0.00');
    expect(book.xml).toContain('<numFmts count="1">');
  });

  it('updates the count of every list it appends to', () => {
    const book = new StyleBook(USER_STYLES);
    book.indexOf({ format: 'text', bold: true });
    expect(book.xml).toContain('<fonts count="2">');
    expect(book.xml).toContain('<cellXfs count="4">');
  });

  it('makes a bold font from the default one', () => {
    const book = new StyleBook(USER_STYLES);
    book.indexOf({ format: 'text', bold: true });
    expect(book.xml).toContain('<font><b/><sz val="10"/><name val="Arial"/></font>');
  });

  it('does not grow the styles when run again on its own output', () => {
    const first = new StyleBook(USER_STYLES);
    const styles = [
      { format: 'date' as const },
      { format: 'percent' as const, bold: true },
      { format: 'text' as const, link: true },
    ];
    const indexes = styles.map((style) => first.indexOf(style));
    const second = new StyleBook(first.xml);
    expect(styles.map((style) => second.indexOf(style))).toEqual(indexes);
    expect(second.xml).toBe(first.xml);
  });

  it('adds a numFmts list where the schema wants it when there is none', () => {
    const xml = USER_STYLES.replace(/<numFmts[\s\S]*?<\/numFmts>/, '');
    const book = new StyleBook(xml);
    book.indexOf({ format: 'date' });
    expect(book.xml.indexOf('<numFmts')).toBeLessThan(book.xml.indexOf('<fonts'));
    expect(book.xml).toContain(
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>',
    );
  });

  it('writes a prefixed styles part with the prefix once per element, and reuses on a re-run', () => {
    const prefixed =
      `<x:styleSheet xmlns:x="${NS}"><x:fonts count="1"><x:font><x:sz val="11"/></x:font></x:fonts>` +
      '<x:cellXfs count="1"><x:xf numFmtId="0" fontId="0"/></x:cellXfs></x:styleSheet>';
    const first = new StyleBook(prefixed);
    first.indexOf({ format: 'date', bold: true });
    expect(first.xml).toContain('<x:font><x:b/><x:sz val="11"/></x:font>');
    expect(first.xml).toContain('<x:numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>');
    const second = new StyleBook(first.xml);
    second.indexOf({ format: 'date', bold: true });
    expect(second.xml).toBe(first.xml);
  });

  it('gives plain text the default style 0 without touching the part', () => {
    const book = new StyleBook(USER_STYLES);
    expect(book.indexOf({ format: 'text' })).toBe(0);
    expect(book.xml).toBe(USER_STYLES);
  });
});
