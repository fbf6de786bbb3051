/**
 * Reading and editing `xl/workbook.xml` as text: the sheet list, the date
 * system, and the few edits the adapter makes (add, rename, hide a sheet).
 * Everything else in the part (defined names, views, pivot caches,
 * extensions) is kept byte for byte.
 */
import type { SheetVisibility } from '../../port/workbookPort';
import { REL_NS } from './opc';
import { escapeXml, readAttributes } from './xmlText';

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  relId: string;
  visibility: SheetVisibility;
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  date1904: boolean;
  /** The namespace prefix of the workbook's elements, e.g. '' or 'x:'. */
  prefix: string;
}

const SHEET_PATTERN = /<((?:\w+:)?)sheet\b([^>]*?)\/?>/g;

/** The attribute that holds a sheet's relationship id, whatever its prefix. */
function relationshipAttribute(xml: string): string {
  const declared = new RegExp(`xmlns:(\\w+)="${REL_NS.replace(/[./]/g, '\\$&')}"`).exec(xml);
  return `${declared?.[1] ?? 'r'}:id`;
}

function visibilityOf(state: string | undefined): SheetVisibility {
  if (state === 'hidden') return 'hidden';
  if (state === 'veryHidden') return 'veryHidden';
  return 'visible';
}

/** The sheets, date system and element prefix of a workbook part. */
export function parseWorkbook(xml: string): WorkbookInfo {
  const prefix = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? '';
  const relAttribute = relationshipAttribute(xml);
  const sheets: WorkbookSheet[] = [];
  const sheetsStart = xml.indexOf(`<${prefix}sheets`);
  const sheetsEnd = xml.indexOf(`</${prefix}sheets>`);
  const section =
    sheetsStart >= 0 && sheetsEnd > sheetsStart ? xml.slice(sheetsStart, sheetsEnd) : '';
  SHEET_PATTERN.lastIndex = 0;
  for (let match = SHEET_PATTERN.exec(section); match; match = SHEET_PATTERN.exec(section)) {
    const attributes = readAttributes(match[2] as string);
    sheets.push({
      name: attributes.name ?? '',
      sheetId: Number(attributes.sheetId ?? 0),
      relId: attributes[relAttribute] ?? '',
      visibility: visibilityOf(attributes.state),
    });
  }
  const workbookPr = new RegExp(`<${prefix}workbookPr\\b([^>]*?)/?>`).exec(xml);
  const date1904Value = workbookPr ? readAttributes(workbookPr[1] as string).date1904 : undefined;
  return { sheets, date1904: date1904Value === '1' || date1904Value === 'true', prefix };
}

/** Appends a `<sheet>` to the sheet list; it becomes the last tab. */
export function appendSheetElement(xml: string, sheet: WorkbookSheet): string {
  const { prefix } = parseWorkbook(xml);
  // Only a declaration on the root element is in scope for a new <sheet>; some writers
  // declare the prefix on each <sheet> instead.
  const root = new RegExp(`<${prefix}workbook\\b[^>]*>`).exec(xml)?.[0] ?? '';
  const declared = new RegExp(`xmlns:(\\w+)="${REL_NS.replace(/[./]/g, '\\$&')}"`).exec(root);
  const relAttribute = declared
    ? `${declared[1]}:id="${escapeXml(sheet.relId)}"`
    : `xmlns:r="${REL_NS}" r:id="${escapeXml(sheet.relId)}"`;
  const state = sheet.visibility === 'visible' ? '' : ` state="${sheet.visibility}"`;
  const element =
    `<${prefix}sheet name="${escapeXml(sheet.name)}" sheetId="${sheet.sheetId}"${state} ` +
    `${relAttribute}/>`;
  const close = xml.indexOf(`</${prefix}sheets>`);
  if (close >= 0) return xml.slice(0, close) + element + xml.slice(close);
  return xml.replace(
    new RegExp(`<${prefix}sheets\\s*/>`),
    () => `<${prefix}sheets>${element}</${prefix}sheets>`,
  );
}

/** Renames the sheet whose relationship id is `relId`, leaving every other attribute alone. */
export function renameSheetElement(xml: string, relId: string, newName: string): string {
  const relAttribute = relationshipAttribute(xml);
  return xml.replace(SHEET_PATTERN, (element, _prefix: string, body: string) => {
    if (readAttributes(body)[relAttribute] !== relId) return element;
    // A function, so that a $ in the name is not read as a replacement pattern.
    return element.replace(/\bname\s*=\s*("[^"]*"|'[^']*')/, () => `name="${escapeXml(newName)}"`);
  });
}

/** Sets the visibility of the sheet whose relationship id is `relId`, its other attributes kept. */
export function setSheetVisibility(
  xml: string,
  relId: string,
  visibility: SheetVisibility,
): string {
  const relAttribute = relationshipAttribute(xml);
  const stateAttribute = /\s+state\s*=\s*("[^"]*"|'[^']*')/;
  return xml.replace(SHEET_PATTERN, (element, _prefix: string, body: string) => {
    if (readAttributes(body)[relAttribute] !== relId) return element;
    if (visibility === 'visible') return element.replace(stateAttribute, '');
    if (stateAttribute.test(element)) {
      return element.replace(stateAttribute, () => ` state="${visibility}"`);
    }
    return element.replace(/^<(?:\w+:)?sheet\b/, (start) => `${start} state="${visibility}"`);
  });
}

/** The next free sheetId: one above the highest in use. */
export function nextSheetId(sheets: readonly WorkbookSheet[]): number {
  return sheets.reduce((highest, sheet) => Math.max(highest, sheet.sheetId), 0) + 1;
}
