/**
 * A new, minimal and valid workbook holding one sheet of rows, for input
 * that does not come as a workbook (a CSV file). Strings stay text, as
 * inline strings; numbers are numbers.
 */
import { ReceivablesError } from '../../engine/errors/receivablesError';
import { columnLetters } from '../../engine/grid/cellGrid';
import { CONTENT_TYPE, PACKAGE_REL_NS, REL_TYPE } from './opc';
import type { PartStore } from './zipPackage';
import { MAIN_NS } from './sheetXmlWriter';
import { escapeCellText, escapeXml, partBytes } from './xmlText';

const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A styles part holding only Excel's default cell style. */
export const DEFAULT_STYLES_XML =
  `${HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function sheetXml(rows: readonly (readonly (string | number | null)[])[]): string {
  const out: string[] = [];
  let width = 1;
  rows.forEach((cells, rowIndex) => {
    const row = rowIndex + 1;
    const xml: string[] = [];
    cells.forEach((value, columnIndex) => {
      const ref = `${columnLetters(columnIndex + 1)}${row}`;
      if (value === null || value === '') return;
      width = Math.max(width, columnIndex + 1);
      if (typeof value === 'number' && Number.isFinite(value)) {
        xml.push(`<c r="${ref}"><v>${value}</v></c>`);
      } else {
        const text = String(value);
        const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
        xml.push(`<c r="${ref}" t="inlineStr"><is><t${space}>${escapeCellText(text)}</t></is></c>`);
      }
    });
    if (xml.length > 0) out.push(`<row r="${row}">${xml.join('')}</row>`);
  });
  const last = `${columnLetters(width)}${Math.max(1, rows.length)}`;
  return (
    `${HEAD}<worksheet xmlns="${MAIN_NS}"><dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><sheetData>${out.join('')}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** The parts of a one-sheet workbook named `sheetName` (already checked). */
export function minimalWorkbookParts(
  sheetName: string,
  rows: readonly (readonly (string | number | null)[])[],
): PartStore {
  const widest = rows.reduce((most, row) => Math.max(most, row.length), 0);
  if (rows.length > MAX_ROWS || widest > MAX_COLUMNS) {
    throw new ReceivablesError(
      'UNREADABLE_FILE',
      `The data has ${rows.length.toLocaleString('en')} rows and up to ` +
        `${widest.toLocaleString('en')} columns; an Excel sheet holds at most ` +
        `${MAX_ROWS.toLocaleString('en')} rows and ${MAX_COLUMNS.toLocaleString('en')} columns.`,
    );
  }
  const texts: [string, string][] = [
    [
      '[Content_Types].xml',
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/>` +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CONTENT_TYPE.worksheet}"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/>` +
        '</Types>',
    ],
    [
      '_rels/.rels',
      `${HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">` +
        `<Relationship Id="rId1" Type="${REL_TYPE.officeDocument}" Target="xl/workbook.xml"/>` +
        '</Relationships>',
    ],
    [
      'xl/workbook.xml',
      `${HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${R_NS}">` +
        '<bookViews><workbookView activeTab="0"/></bookViews>' +
        `<sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets>` +
        '</workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">` +
        `<Relationship Id="rId1" Type="${REL_TYPE.worksheet}" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL_TYPE.styles}" Target="styles.xml"/>` +
        '</Relationships>',
    ],
    ['xl/styles.xml', DEFAULT_STYLES_XML],
    ['xl/worksheets/sheet1.xml', sheetXml(rows)],
  ];
  return {
    order: texts.map(([name]) => name),
    parts: new Map(texts.map(([name, text]) => [name, partBytes(text)])),
  };
}
