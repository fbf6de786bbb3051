import type { CellInput, Scalar } from './cellInput';
import { FakeExcelError } from './fakeError';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export type FakeVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** A rectangle of a sheet, 0-based like getRangeByIndexes. */
export interface Box {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

interface FormatRun {
  box: Box;
  format: string;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  /** Header row and data rows; the totals row, when shown, is the row below. */
  box: Box;
  showTotals: boolean;
}

const key = (row: number, column: number) => `${row},${column}`;

export function contains(outer: Box, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.rowCount &&
    column >= outer.column &&
    column < outer.column + outer.columnCount
  );
}

export function overlaps(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

/**
 * One worksheet's cells: values in row arrays (cheap enough for a million
 * rows), formulas, hyperlinks and bold cells sparse, number formats as runs
 * (the last run over a cell wins).
 */
export class FakeSheet {
  /** Worksheet.id: given once by the workbook, kept through renames. */
  readonly id: string;
  name: string;
  visibility: FakeVisibility = 'Visible';
  frozenRows = 0;
  readonly values: (Scalar | undefined)[][] = [];
  readonly formulas = new Map<string, string>();
  readonly hyperlinks = new Map<string, string>();
  readonly bold = new Set<string>();
  readonly columnWidths = new Map<number, number>();
  private formatRuns: FormatRun[] = [];

  constructor(name: string, id: string) {
    this.name = name;
    this.id = id;
  }

  apply(row: number, column: number, input: CellInput): void {
    if (input.kind === 'keep') return;
    const cells = (this.values[row] ??= []);
    this.formulas.delete(key(row, column));
    if (input.kind === 'blank') cells[column] = undefined;
    else if (input.kind === 'value') cells[column] = input.value;
    else {
      cells[column] = '';
      this.formulas.set(key(row, column), input.formula);
    }
  }

  formulaAt(row: number, column: number): string | undefined {
    return this.formulas.get(key(row, column));
  }

  /** What `values` reads: '' for a blank cell, the computed value for a formula. */
  valueAt(row: number, column: number, evaluate: (formula: string) => Scalar): Scalar {
    const formula = this.formulas.get(key(row, column));
    if (formula !== undefined) return evaluate(formula);
    return this.values[row]?.[column] ?? '';
  }

  setNumberFormats(box: Box, formats: unknown[][]): void {
    for (let c = 0; c < box.columnCount; c += 1) {
      let start = 0;
      for (let r = 1; r <= box.rowCount; r += 1) {
        const current = formats[start]?.[c];
        if (r < box.rowCount && formats[r]?.[c] === current) continue;
        if (current !== null && current !== undefined) {
          const run = { row: box.row + start, column: box.column + c, rowCount: r - start };
          this.formatRuns.push({ box: { ...run, columnCount: 1 }, format: String(current) });
        }
        start = r;
      }
    }
  }

  /** One code over every cell of `box`, as Excel does when given a single code. */
  setNumberFormat(box: Box, format: string): void {
    this.formatRuns.push({ box: { ...box }, format });
  }

  numberFormatAt(row: number, column: number): string {
    for (let i = this.formatRuns.length - 1; i >= 0; i -= 1) {
      const run = this.formatRuns[i];
      if (run && contains(run.box, row, column)) return run.format;
    }
    return 'General';
  }

  /** Range.clear('All'): contents, formats, hyperlinks. */
  clear(box: Box): void {
    const whole = box.row === 0 && box.column === 0 && box.rowCount === MAX_ROWS;
    if (whole && box.columnCount === MAX_COLUMNS) {
      this.values.length = 0;
      this.formulas.clear();
      this.hyperlinks.clear();
      this.bold.clear();
      this.formatRuns = [];
      return;
    }
    const lastRow = Math.min(box.row + box.rowCount, this.values.length);
    for (let r = box.row; r < lastRow; r += 1) {
      for (let c = box.column; c < box.column + box.columnCount; c += 1) {
        const cells = this.values[r];
        if (cells && c < cells.length) cells[c] = undefined;
        this.formulas.delete(key(r, c));
        this.hyperlinks.delete(key(r, c));
        this.bold.delete(key(r, c));
      }
    }
    this.formatRuns.push({ box, format: 'General' });
  }

  setBold(box: Box, bold: boolean): void {
    for (let r = box.row; r < box.row + box.rowCount; r += 1) {
      for (let c = box.column; c < box.column + box.columnCount; c += 1) {
        if (bold) this.bold.add(key(r, c));
        else this.bold.delete(key(r, c));
      }
    }
  }

  isBold(row: number, column: number): boolean {
    return this.bold.has(key(row, column));
  }

  setHyperlink(row: number, column: number, target: string): void {
    this.hyperlinks.set(key(row, column), target);
  }

  hyperlinkAt(row: number, column: number): string | undefined {
    return this.hyperlinks.get(key(row, column));
  }

  /** The smallest box holding every non-blank cell, or null for an empty sheet. */
  usedBox(): Box | null {
    let top = -1;
    let bottom = -1;
    let left = Number.POSITIVE_INFINITY;
    let right = -1;
    const widen = (r: number, c: number) => {
      if (top < 0) top = r;
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    };
    this.values.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (value !== undefined && value !== '') widen(r, c);
      });
    });
    for (const at of this.formulas.keys()) {
      const [r, c] = at.split(',').map(Number) as [number, number];
      top = top < 0 ? r : Math.min(top, r);
      widen(r, c);
    }
    if (top < 0) return null;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }
}

/** Excel's sheet name rules, with the message Excel's own check would give. */
export function checkSheetName(name: unknown, others: FakeSheet[]): asserts name is string {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new FakeExcelError('InvalidArgument', 'A sheet name cannot be blank.');
  }
  if (name.length > 31) {
    throw new FakeExcelError(
      'InvalidArgument',
      `The sheet name '${name}' is longer than 31 characters.`,
    );
  }
  if (/[:\\/?*[\]]/.test(name)) {
    throw new FakeExcelError(
      'InvalidArgument',
      `The sheet name '${name}' contains : \\ / ? * [ or ].`,
    );
  }
  if (name.startsWith("'") || name.endsWith("'")) {
    throw new FakeExcelError('InvalidArgument', `The sheet name '${name}' starts or ends with '.`);
  }
  if (name.toLowerCase() === 'history') {
    throw new FakeExcelError('InvalidArgument', "'History' is a name Excel reserves.");
  }
  if (others.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) {
    throw new FakeExcelError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
  }
}
