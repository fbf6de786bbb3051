/**
 * `xl/styles.xml`: the number format of each cell style, for reading, and
 * the few styles the adapter writes, appended to the user's own so that
 * nothing of theirs moves. An entry identical to one we need is reused, so
 * running the analysis again does not grow the file.
 */
import type { CellFormat } from '../../engine/sheets/sheetSpec';
import { decodeXmlEntities, escapeXml, readAttributes } from './xmlText';

/** Excel's built-in number formats (ids with no `<numFmt>` entry). */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The section of a styles part between `<name ...>` and `</name>`, or undefined. */
function section(xml: string, name: string): { start: number; end: number } | undefined {
  const open = new RegExp(`<(\\w+:)?${name}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return undefined;
  if (open[2] === '/') return { start: open.index, end: open.index + open[0].length };
  const close = xml.indexOf(`</${open[1] ?? ''}${name}>`, open.index);
  return close < 0
    ? undefined
    : { start: open.index, end: close + name.length + 3 + (open[1]?.length ?? 0) };
}

/** The custom number formats of a styles part, by id. */
function readNumFmts(xml: string): Map<number, string> {
  const formats = new Map<number, string>();
  const numFmts = section(xml, 'numFmts');
  if (!numFmts) return formats;
  const text = xml.slice(numFmts.start, numFmts.end);
  const pattern = /<(?:\w+:)?numFmt\b([^>]*?)\/?>/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const attributes = readAttributes(match[1] as string);
    formats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
  }
  return formats;
}

/** The `<xf>` elements of cellXfs, whole, in order. */
function readCellXfElements(xml: string): string[] {
  const cellXfs = section(xml, 'cellXfs');
  if (!cellXfs) return [];
  const text = xml.slice(cellXfs.start, cellXfs.end);
  return text.match(/<(?:\w+:)?xf\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?xf>)/g) ?? [];
}

/**
 * The number format code of every cell style index (`s` attribute).
 *
 * @example
 * readCellFormats('<styleSheet><cellXfs count="1"><xf numFmtId="14"/></cellXfs></styleSheet>')
 * // ['mm-dd-yy']
 */
export function readCellFormats(xml: string): string[] {
  const custom = readNumFmts(xml);
  return readCellXfElements(xml).map((element) => {
    const id = Number(readAttributes(/^<[^\s>/]+([^>]*)/.exec(element)?.[1] ?? '').numFmtId ?? 0);
    return custom.get(id) ?? BUILT_IN_FORMATS[id] ?? 'General';
  });
}

const FORMAT_CODES: Record<CellFormat, string> = {
  text: 'General',
  amount: '#,##0.00',
  integer: '0',
  // Limitation: dates show day/month/year whatever the language, because a sheet spec carries no
  // language: a reader in the United States sees 30/11/2026 where they would write 11/30/2026.
  date: 'dd/mm/yyyy',
  percent: '0.0%',
};

/** An element's text without namespace prefixes or entity differences, for comparison. */
function normaliseElement(element: string): string {
  return decodeXmlEntities(element.replace(/<(\/?)\w+:/g, '<$1'));
}

/** A cell style the adapter writes. */
export interface CellStyle {
  format: CellFormat;
  bold?: boolean;
  link?: boolean;
}

/**
 * Adds the styles the adapter needs to a styles part, lazily, and gives
 * their cellXfs indexes. `xml` holds the edited text once done.
 */
export class StyleBook {
  xml: string;
  private readonly indexes = new Map<string, number>();

  constructor(stylesXml: string) {
    this.xml = stylesXml;
  }

  /** The `s` index of a style, adding what is missing to the styles part. */
  indexOf(style: CellStyle): number {
    const key = `${style.format}|${style.bold === true}|${style.link === true}`;
    const known = this.indexes.get(key);
    if (known !== undefined) return known;
    if (style.format === 'text' && !style.bold && !style.link) {
      this.indexes.set(key, 0);
      return 0;
    }
    const numFmtId = this.numFmtIdOf(FORMAT_CODES[style.format]);
    const fontId = style.bold ? this.fontIdOf('<b/>') : style.link ? this.fontIdOf('<u/>') : 0;
    const element =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"` +
      `${numFmtId === 0 ? '' : ' applyNumberFormat="1"'}${fontId === 0 ? '' : ' applyFont="1"'}/>`;
    const index = this.appendUnique('cellXfs', 'xf', element);
    this.indexes.set(key, index);
    return index;
  }

  private numFmtIdOf(code: string): number {
    for (const [id, builtIn] of Object.entries(BUILT_IN_FORMATS)) {
      if (builtIn === code) return Number(id);
    }
    const custom = readNumFmts(this.xml);
    for (const [id, existing] of custom) {
      if (existing === code) return id;
    }
    const id = Math.max(163, ...custom.keys()) + 1;
    this.appendUnique(
      'numFmts',
      'numFmt',
      `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
    );
    return id;
  }

  /** A font like the default one (font 0) with one extra child, e.g. `<b/>`. */
  private fontIdOf(extra: string): number {
    const fonts = section(this.xml, 'fonts');
    const first =
      fonts &&
      /<(?:\w+:)?font\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?font>)/.exec(
        this.xml.slice(fonts.start, fonts.end),
      );
    const inner = first ? (/^<[^>]*?>([\s\S]*?)<\/[^>]*>$/.exec(first[0])?.[1] ?? '') : '';
    // Unprefixed here; appendUnique gives every element the list's prefix.
    const cleaned = inner
      .replace(/<(\/?)\w+:/g, '<$1')
      .replace(/<[bu]\s*\/>/g, '')
      .replace(/<color\b[^>]*\/>/g, '');
    const color = extra === '<u/>' ? '<color theme="10"/>' : '';
    return this.appendUnique('fonts', 'font', `<font>${extra}${color}${cleaned}</font>`);
  }

  /**
   * The index of `element` in the list `listName` (fonts, numFmts,
   * cellXfs), appending it and updating the count when no identical entry
   * is there.
   */
  private appendUnique(listName: string, itemName: string, element: string): number {
    let found = section(this.xml, listName);
    if (!found) {
      this.insertList(listName);
      found = section(this.xml, listName) as { start: number; end: number };
    }
    const text = this.xml.slice(found.start, found.end);
    const items =
      text.match(
        new RegExp(
          `<(?:\\w+:)?${itemName}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${itemName}>)`,
          'g',
        ),
      ) ?? [];
    const wanted = normaliseElement(element);
    const existing = items.findIndex((item) => normaliseElement(item) === wanted);
    if (existing >= 0 && listName !== 'numFmts') return existing;
    const open = /^<(\w+:)?[^>]*?(\/?)>/.exec(text) as RegExpExecArray;
    const prefix = open[1] ?? '';
    const prefixed = prefix ? element.replace(/<(\/?)(\w)/g, `<$1${prefix}$2`) : element;
    const count = items.length + 1;
    const head = open[0].replace(/\s*\/>$/, '>').replace(/\bcount="\d*"/, `count="${count}"`);
    const withCount = /\bcount="/.test(head) ? head : head.replace(/>$/, ` count="${count}">`);
    const body = open[2] === '/' ? '' : text.slice(open[0].length, text.lastIndexOf('</'));
    const rebuilt = `${withCount}${body}${prefixed}</${prefix}${listName}>`;
    this.xml = this.xml.slice(0, found.start) + rebuilt + this.xml.slice(found.end);
    return count - 1;
  }

  /** Adds an empty list where the schema wants it (numFmts first, before fonts). */
  private insertList(listName: string): void {
    const prefix = /<(\w+:)?styleSheet\b/.exec(this.xml)?.[1] ?? '';
    const empty = `<${prefix}${listName} count="0"></${prefix}${listName}>`;
    const order = [
      'numFmts',
      'fonts',
      'fills',
      'borders',
      'cellStyleXfs',
      'cellXfs',
      'cellStyles',
      'dxfs',
    ];
    for (const later of order.slice(order.indexOf(listName) + 1)) {
      const at = section(this.xml, later);
      if (at) {
        this.xml = this.xml.slice(0, at.start) + empty + this.xml.slice(at.start);
        return;
      }
    }
    const close = this.xml.lastIndexOf(`</${prefix}styleSheet>`);
    this.xml = this.xml.slice(0, close) + empty + this.xml.slice(close);
  }
}
