/**
 * Finds the workbook part of an unzipped package, or says plainly what the
 * package is instead (a Word document, an OpenDocument spreadsheet, a
 * binary .xlsb workbook...).
 */
import { ReceivablesError } from '../../engine/errors/receivablesError';
import { parseRelationships, partContentType, REL_TYPE, resolveTarget } from './opc';
import { partText } from './xmlText';
import type { PartStore } from './zipPackage';

const EXPECTED = 'Expected an Excel workbook saved as .xlsx or .xlsm.';
const STRICT_NS = 'http://purl.oclc.org/ooxml/';

function unreadable(what: string): ReceivablesError {
  return new ReceivablesError('UNREADABLE_FILE', `${what} ${EXPECTED}`);
}

function describeOtherZip(store: PartStore): string {
  const mimetype = store.parts.get('mimetype');
  const kind = mimetype ? partText(mimetype) : '';
  if (kind.includes('opendocument.spreadsheet')) {
    return 'The file is an OpenDocument spreadsheet (.ods). Save it from LibreOffice or Excel as .xlsx.';
  }
  if (kind.includes('opendocument')) return 'The file is an OpenDocument file, not a spreadsheet.';
  if (store.parts.has('word/document.xml')) return 'The file is a Word document (.docx).';
  if (store.parts.has('ppt/presentation.xml')) return 'The file is a PowerPoint presentation.';
  return 'The file is a zip archive, but not an Office document.';
}

/**
 * The zip name of the workbook part (usually `xl/workbook.xml`) and its
 * content type.
 */
export function locateWorkbookPart(store: PartStore): { part: string; contentType: string } {
  const contentTypesBytes = store.parts.get('[Content_Types].xml');
  const rootRelsBytes = store.parts.get('_rels/.rels');
  if (!contentTypesBytes || !rootRelsBytes) throw unreadable(describeOtherZip(store));
  const rootRels = partText(rootRelsBytes);
  // Limitation: Strict Open XML workbooks (other namespaces throughout) are refused, not read.
  if (rootRels.includes(STRICT_NS)) {
    throw unreadable(
      'The workbook is saved in the "Strict Open XML" format, which is not supported. ' +
        'Save it from Excel as "Excel Workbook (.xlsx)".',
    );
  }
  const officeDocument = parseRelationships(rootRels).find(
    (rel) => rel.type === REL_TYPE.officeDocument,
  );
  if (!officeDocument) throw unreadable(describeOtherZip(store));
  const part = resolveTarget('', officeDocument.target);
  const contentType = partContentType(partText(contentTypesBytes), part) ?? '';
  if (part.toLowerCase().endsWith('.bin') || contentType.includes('sheet.binary')) {
    throw unreadable(
      'The file is an Excel binary workbook (.xlsb), which is not supported. ' +
        'Save it from Excel as "Excel Workbook (.xlsx)".',
    );
  }
  if (!contentType.includes('spreadsheetml') && !contentType.includes('ms-excel')) {
    throw unreadable(describeOtherZip(store));
  }
  if (!store.parts.has(part)) {
    throw unreadable(`The workbook part ${part} is missing from the package; the file is damaged.`);
  }
  return { part, contentType };
}
