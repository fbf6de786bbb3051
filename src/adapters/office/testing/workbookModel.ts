import type { Scalar } from './cellInput';
import { FakeExcelError } from './fakeError';
import { type Box, type FakeSheet, type FakeTable, overlaps } from './sheetModel';

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[CcRr])$/;

function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** The whole fake workbook: its sheets in tab order, its tables, its date system. */
export class FakeWorkbookModel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  date1904 = false;
  activeSheet: FakeSheet | undefined;
  selection: { sheet: string; row: number; column: number } | undefined;
  private sheetsCreated = 0;

  /** A new Worksheet.id, shaped like Excel's; never one a deleted sheet had. */
  newSheetId(): string {
    this.sheetsCreated += 1;
    const serial = this.sheetsCreated.toString(16).toUpperCase().padStart(4, '0');
    return `{00000000-0001-0000-${serial}-000000000000}`;
  }

  /** Deletes a sheet as the user would in Excel, with its tables. */
  deleteSheet(name: string): void {
    const sheet = this.requireSheet(name);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const table of this.tablesOn(sheet)) this.deleteTable(table);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
  }

  findSheet(name: string): FakeSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  requireSheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (!sheet) {
      throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist.`, name);
    }
    return sheet;
  }

  tablesOn(sheet: FakeSheet): FakeTable[] {
    return this.tables.filter((table) => table.sheet === sheet);
  }

  addTable(sheet: FakeSheet, box: Box): FakeTable {
    for (const table of this.tablesOn(sheet)) {
      const covered = { ...table.box, rowCount: table.box.rowCount + (table.showTotals ? 1 : 0) };
      if (overlaps(covered, box)) {
        throw new FakeExcelError(
          'InvalidArgument',
          `A table cannot overlap the table ${table.name}.`,
        );
      }
    }
    if (box.rowCount < 2) {
      throw new FakeExcelError('InvalidArgument', 'A table needs a header row and a data row.');
    }
    let number = this.tables.length + 1;
    while (this.tables.some((table) => table.name === `Table${number}`)) number += 1;
    const table: FakeTable = { name: `Table${number}`, sheet, box, showTotals: false };
    this.tables.push(table);
    return table;
  }

  renameTable(table: FakeTable, name: unknown): void {
    if (typeof name !== 'string' || !TABLE_NAME.test(name) || LOOKS_LIKE_CELL.test(name)) {
      throw new FakeExcelError('InvalidArgument', `'${String(name)}' is not a valid table name.`);
    }
    const clash = this.tables.find(
      (other) => other !== table && other.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash)
      throw new FakeExcelError('ItemAlreadyExists', `A table named ${name} already exists.`);
    table.name = name;
  }

  deleteTable(table: FakeTable): void {
    const index = this.tables.indexOf(table);
    if (index < 0) throw new FakeExcelError('ItemNotFound', `The table ${table.name} is gone.`);
    this.tables.splice(index, 1);
  }

  /**
   * The double computes SUBTOTAL(109, A1:B2) on the formula's own sheet (what
   * the adapter writes in totals rows); any other formula reads as #NAME?, so a
   * test that expected a computed value notices.
   */
  evaluate(sheet: FakeSheet, formula: string): Scalar {
    const match = /^=SUBTOTAL\(109,\s*([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(formula);
    if (!match) return '#NAME?';
    const [, left, top, right, bottom] = match as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    let sum = 0;
    for (let r = Number(top) - 1; r < Number(bottom); r += 1) {
      for (let c = columnIndex(left); c <= columnIndex(right); c += 1) {
        const value = sheet.values[r]?.[c];
        if (typeof value === 'number') sum += value;
      }
    }
    return sum;
  }
}
