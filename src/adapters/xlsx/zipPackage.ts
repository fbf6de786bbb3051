import { unzipSync, zipSync, type Zippable } from 'fflate';
import { ReceivablesError } from '../../engine/errors/receivablesError';
import { LazyParts } from './lazyParts';
import { readRawEntries, writeRawZip, type RawEntry } from './rawZip';

/**
 * The parts of an Office Open XML package, in the order the zip held them.
 * Parts nobody changes keep their bytes as they were unzipped.
 */
export interface PartStore {
  order: string[];
  parts: Map<string, Uint8Array>;
  /**
   * The entries as read, still compressed: a part `parts` still holds as
   * read is copied into the saved file as it came.
   */
  raw?: Map<string, RawEntry>;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EXPECTED = 'Expected an Excel workbook saved as .xlsx or .xlsm.';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((value, index) => bytes[index] === value);
}

/** A guess at what a file that is not a zip holds, for the error message. */
function describeNonZip(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'The file is empty.';
  if (startsWith(bytes, OLE_MAGIC)) {
    return (
      'The file is an OLE compound document: either an old Excel 97-2003 .xls workbook or an ' +
      '.xlsx protected with a password (encrypted). Open it in Excel, remove the password if ' +
      'any, and save it as "Excel Workbook (.xlsx)".'
    );
  }
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('%pdf')) return 'The file is a PDF document.';
  if (head.startsWith('<html') || head.startsWith('<!doctype html')) {
    return 'The file is a web page (HTML), as some systems export under an .xls name.';
  }
  if (head.startsWith('<?xml')) {
    return 'The file is a plain XML document (perhaps an Excel 2003 XML spreadsheet).';
  }
  const printable = Array.from(bytes.subarray(0, 512)).every(
    (byte) => byte === 9 || byte === 10 || byte === 13 || byte >= 32,
  );
  if (printable) return 'The file is plain text (perhaps a CSV export: use its .csv name).';
  return 'The file is not a zip package, so it is not an .xlsx workbook.';
}

/**
 * Unzips a package, or throws UNREADABLE_FILE saying what the bytes seem to
 * be instead.
 */
export function unzipPackage(bytes: Uint8Array): PartStore {
  if (!startsWith(bytes, ZIP_MAGIC) && !startsWith(bytes, EMPTY_ZIP_MAGIC)) {
    throw new ReceivablesError('UNREADABLE_FILE', `${describeNonZip(bytes)} ${EXPECTED}`);
  }
  const entries = readRawEntries(bytes);
  if (entries) {
    return {
      order: entries.map((entry) => entry.name),
      parts: new LazyParts(entries),
      raw: new Map(entries.map((entry) => [entry.name, entry])),
    };
  }
  // Limitation: a zip this code does not read itself (ZIP64, over 65,535 parts) is unzipped whole
  // when opened and compressed again whole when saved.
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new ReceivablesError(
      'UNREADABLE_FILE',
      `The file looks like a zip package but cannot be unpacked (${detail}); it may be ` +
        `truncated or damaged. ${EXPECTED}`,
      { cause },
    );
  }
  return { order: Object.keys(files), parts: new Map(Object.entries(files)) };
}

/** Parts larger than this are compressed at a lower level, for speed. */
const LARGE_PART_BYTES = 4 * 1024 * 1024;

/**
 * Zips the parts back, in `order`, `[Content_Types].xml` first. Parts left
 * as they were read are copied compressed; changed and new ones are
 * compressed, big ones at a fast level.
 */
export function zipPackage(store: PartStore): Uint8Array {
  const names = store.order.filter((name) => store.parts.has(name));
  const contentTypes = '[Content_Types].xml';
  const ordered = names.includes(contentTypes)
    ? [contentTypes, ...names.filter((name) => name !== contentTypes)]
    : names;
  const untouched = (name: string): RawEntry | undefined => {
    const { parts } = store;
    return parts instanceof LazyParts && parts.isAsRead(name) ? store.raw?.get(name) : undefined;
  };
  const changed: Zippable = {};
  for (const name of ordered) {
    if (untouched(name)) continue;
    const data = store.parts.get(name) as Uint8Array;
    changed[name] = [data, { level: data.length > LARGE_PART_BYTES ? 1 : 6 }];
  }
  const compressed = zipSync(changed);
  const fresh = new Map((readRawEntries(compressed) ?? []).map((entry) => [entry.name, entry]));
  const entries = ordered.map((name) => untouched(name) ?? fresh.get(name));
  if (entries.every((entry) => entry !== undefined)) return writeRawZip(entries as RawEntry[]);
  const all: Zippable = {};
  for (const name of ordered) all[name] = store.parts.get(name) as Uint8Array;
  return zipSync(all, { level: 1 });
}
