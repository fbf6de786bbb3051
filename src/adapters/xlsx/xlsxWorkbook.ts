/**
 * The workbook port over an .xlsx or .xlsm file, for the command line, the
 * browser demo and the tests. It edits the package part by part: the parts
 * it does not own are copied through unchanged, so charts, pivot tables,
 * images, macros and everything else the user built survive.
 * Browser-safe: no Node imports.
 */
import { ReceivablesError } from '../../engine/errors/receivablesError';
import type { CellGrid } from '../../engine/grid/cellGrid';
import type { SheetSpec } from '../../engine/sheets/sheetSpec';
import type { ProgressListener, SheetInfo, WorkbookPort } from '../../port/workbookPort';
import { minimalWorkbookParts } from './minimalWorkbook';
import { REL_TYPE } from './opc';
import { locateWorkbookPart } from './packageCheck';
import { PackageEditor } from './packageEditor';
import { readSharedStrings } from './sharedStrings';
import { assertValidSheetName } from './sheetNames';
import { scanSheet, type ScanOptions } from './sheetScanner';
import { buildStateSheetXml, readStateEntries, STATE_SHEET_NAME } from './stateSheet';
import { readCellFormats } from './styles';
import { parseWorkbook, type WorkbookInfo, type WorkbookSheet } from './workbookXml';
import { unzipPackage, zipPackage, type PartStore } from './zipPackage';

export class XlsxWorkbook implements WorkbookPort {
  /** True for a macro-enabled workbook (.xlsm): save it under an .xlsm name. */
  readonly isMacroEnabled: boolean;
  private readonly editor: PackageEditor;
  private sharedStringsCache: string[] | undefined;
  private cellFormatsCache: string[] | undefined;
  private stateCache: Map<string, string> | undefined;

  private constructor(store: PartStore) {
    const { part, contentType } = locateWorkbookPart(store);
    this.editor = new PackageEditor(store, part);
    this.isMacroEnabled =
      contentType.includes('macroEnabled') ||
      store.order.some((name) => /(^|\/)vbaProject\.bin$/i.test(name));
  }

  /**
   * Opens the bytes of an .xlsx or .xlsm file. Throws UNREADABLE_FILE, saying
   * what the file seems to be, for anything else (.xls, encrypted, .ods...).
   */
  static open(bytes: Uint8Array): XlsxWorkbook {
    return new XlsxWorkbook(unzipPackage(bytes));
  }

  /** A new workbook holding one sheet of rows (strings as text, numbers as numbers). */
  static fromRows(sheetName: string, rows: (string | number | null)[][]): XlsxWorkbook {
    assertValidSheetName(sheetName, []);
    return new XlsxWorkbook(minimalWorkbookParts(sheetName, rows));
  }

  /** The workbook as file bytes, every part nobody changed as it was. */
  save(): Uint8Array {
    return zipPackage(this.editor.flush());
  }

  /**
   * Each sheet's id is its workbook.xml `sheetId`, which Excel keeps through
   * renames, moves and saves.
   */
  // Limitation: LibreOffice renumbers sheetId by tab position when it saves, and a sheet added
  // after the highest-numbered one was deleted may get that number again. After a sheet before
  // ours is deleted and the file re-saved in LibreOffice, the next run takes our sheets for the
  // user's and writes 'Name (2)' sheets beside them; and a user's sheet that ends up with both the
  // name and the id of a deleted analysis sheet is taken for it and replaced.
  async listSheets(): Promise<SheetInfo[]> {
    return this.info().sheets.map(({ name, visibility, sheetId }) =>
      Number.isInteger(sheetId) && sheetId > 0
        ? { name, visibility, id: `xlsx:${sheetId}` }
        : { name, visibility },
    );
  }

  async readSheetHead(sheet: string, maxRows: number): Promise<CellGrid> {
    return this.scan(sheet, { maxRows });
  }

  async readSheet(sheet: string, onProgress?: ProgressListener): Promise<CellGrid> {
    return this.scan(sheet, onProgress ? { onProgress } : {});
  }

  async writeSheet(
    spec: SheetSpec,
    replacing?: string,
    onProgress?: ProgressListener,
  ): Promise<void> {
    const sheets = this.info().sheets;
    const target = replacing === undefined ? undefined : findSheet(sheets, replacing);
    if (target?.name === STATE_SHEET_NAME || spec.name === STATE_SHEET_NAME) {
      throw new ReceivablesError(
        'INVALID_OPTION',
        `The sheet name "${STATE_SHEET_NAME}" is kept for Receivables Desk's saved settings.`,
      );
    }
    assertValidSheetName(
      spec.name,
      sheets.filter((sheet) => sheet !== target).map((sheet) => sheet.name),
    );
    this.editor.writeSpecSheet(spec, target, onProgress);
    this.cellFormatsCache = undefined;
  }

  async readState(key: string): Promise<string | undefined> {
    return this.stateEntries().get(key);
  }

  async writeState(key: string, value: string): Promise<void> {
    const existing = findSheet(this.info().sheets, STATE_SHEET_NAME);
    if (existing && existing.visibility === 'visible') {
      throw new ReceivablesError(
        'SHEET_NAME_TAKEN',
        `The workbook has a sheet of its own named "${existing.name}", the name Receivables Desk ` +
          'uses to keep its settings. Rename that sheet and try again.',
      );
    }
    const entries = this.stateEntries();
    entries.set(key, value);
    this.editor.writeStateSheet(buildStateSheetXml(entries), existing, STATE_SHEET_NAME);
  }

  // Limitation: a saved file always opens on the sheet that was active before, because showing
  // our sheet would mean editing the selection flags inside the user's own sheets.
  async activateSheet(sheet: string): Promise<void> {
    this.sheetPart(sheet);
  }

  private info(): WorkbookInfo {
    return parseWorkbook(this.editor.text(this.editor.workbookPart));
  }

  private sheetPart(name: string): string {
    const sheet = findSheet(this.info().sheets, name);
    if (!sheet) {
      const names = this.info()
        .sheets.map((each) => `"${each.name}"`)
        .join(', ');
      throw new ReceivablesError(
        'SHEET_NOT_FOUND',
        `The workbook has no sheet named "${name}". Its sheets are: ${names}.`,
      );
    }
    return this.editor.partOfSheet(sheet);
  }

  private scan(sheet: string, options: ScanOptions): CellGrid {
    const part = this.sheetPart(sheet);
    const name = findSheet(this.info().sheets, sheet)?.name ?? sheet;
    return scanSheet(
      this.editor.readText(part),
      {
        sheetName: name,
        sharedStrings: () => this.sharedStrings(),
        cellFormats: this.cellFormats(),
        date1904: this.info().date1904,
      },
      options,
    );
  }

  private sharedStrings(): string[] {
    if (!this.sharedStringsCache) {
      const part = this.editor.workbookRelTarget(REL_TYPE.sharedStrings);
      this.sharedStringsCache = part ? readSharedStrings(this.editor.text(part)) : [];
    }
    return this.sharedStringsCache;
  }

  private cellFormats(): string[] {
    if (!this.cellFormatsCache) {
      const part = this.editor.workbookRelTarget(REL_TYPE.styles);
      this.cellFormatsCache = part ? readCellFormats(this.editor.text(part)) : [];
    }
    return this.cellFormatsCache;
  }

  // Limitation: the state sheet is known by its name and by being hidden, because LibreOffice
  // saves our very hidden sheet as merely hidden; a hidden sheet of the user's named RD_State would
  // be read and rewritten as the add-in's settings.
  private stateEntries(): Map<string, string> {
    if (!this.stateCache) {
      const sheet = findSheet(this.info().sheets, STATE_SHEET_NAME);
      this.stateCache =
        sheet && sheet.visibility !== 'visible'
          ? readStateEntries(this.scan(sheet.name, {}))
          : new Map<string, string>();
    }
    return this.stateCache;
  }
}

/** A sheet by name; Excel compares sheet names without regard to case. */
function findSheet(sheets: readonly WorkbookSheet[], name: string): WorkbookSheet | undefined {
  return (
    sheets.find((sheet) => sheet.name === name) ??
    sheets.find((sheet) => sheet.name.toUpperCase() === name.toUpperCase())
  );
}
