import { type CellInput, interpretFormula, interpretValue } from './cellInput';
import { FakeExcelError, NotModelledError } from './fakeError';
import { Loadable, type FakeSession, strict } from './session';
import { type Box, type FakeSheet, MAX_COLUMNS, MAX_ROWS } from './sheetModel';
import type { FakeWorkbookModel } from './workbookModel';

/** Where a fake range points, known only when its batch runs. */
export interface RangeTarget {
  sheet(): FakeSheet;
  /** null for a null object (an empty used range). */
  box(): Box | null;
}

function letters(column: number): string {
  let text = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    text = String.fromCharCode(65 + ((rest - 1) % 26)) + text;
  }
  return text;
}

export function a1(box: Box): string {
  const first = `${letters(box.column)}${box.row + 1}`;
  const last = `${letters(box.column + box.columnCount - 1)}${box.row + box.rowCount}`;
  return first === last ? first : `${first}:${last}`;
}

export function checkBox(box: Box): Box {
  const { row, column, rowCount, columnCount } = box;
  const whole = [row, column, rowCount, columnCount].every(Number.isInteger);
  if (!whole || row < 0 || column < 0 || rowCount < 1 || columnCount < 1) {
    throw new FakeExcelError('InvalidArgument', `The range ${JSON.stringify(box)} is not valid.`);
  }
  if (row + rowCount > MAX_ROWS || column + columnCount > MAX_COLUMNS) {
    throw new FakeExcelError('InvalidArgument', 'The range goes past the edge of the sheet.');
  }
  return box;
}

function checkShape(box: Box, matrix: unknown, property: string): unknown[][] {
  const fits =
    Array.isArray(matrix) &&
    matrix.length === box.rowCount &&
    matrix.every((row) => Array.isArray(row) && row.length === box.columnCount);
  if (!fits) {
    throw new FakeExcelError(
      'InvalidArgument',
      `The number of rows or columns in the input array for ${property} doesn't match the size or dimensions of the range ${a1(box)}.`,
    );
  }
  return matrix as unknown[][];
}

const targets = new WeakMap<object, RangeTarget>();

/** Where a range made by the double points (for tables.add). */
export function targetOf(range: unknown): RangeTarget {
  const target = typeof range === 'object' && range !== null ? targets.get(range) : undefined;
  if (!target) throw new NotModelledError('a range the double did not make');
  return target;
}

export function createRange(
  session: FakeSession,
  model: FakeWorkbookModel,
  target: RangeTarget,
): Excel.Range {
  const box = (): Box => {
    const found = target.box();
    if (!found) throw new FakeExcelError('ItemNotFound', 'The range is a null object.');
    return found;
  };
  const grid = <T>(read: (row: number, column: number) => T): T[][] => {
    const { row, column, rowCount, columnCount } = box();
    return Array.from({ length: rowCount }, (_, r) =>
      Array.from({ length: columnCount }, (_, c) => read(row + r, column + c)),
    );
  };
  const state = new Loadable(
    session,
    'Range',
    {
      values: () => {
        const sheet = target.sheet();
        return grid((r, c) => sheet.valueAt(r, c, (formula) => model.evaluate(sheet, formula)));
      },
      formulas: () => {
        const sheet = target.sheet();
        return grid((r, c) => sheet.formulaAt(r, c) ?? sheet.valueAt(r, c, () => ''));
      },
      numberFormat: () => grid((r, c) => target.sheet().numberFormatAt(r, c)),
      rowIndex: () => box().row,
      columnIndex: () => box().column,
      rowCount: () => box().rowCount,
      columnCount: () => box().columnCount,
      address: () => `'${target.sheet().name}'!${a1(box())}`,
    },
    () => target.box() === null,
  );
  const write = (
    property: string,
    matrix: unknown,
    read: (entry: unknown, at: () => string) => CellInput,
  ) =>
    session.command({ [property]: matrix }, () => {
      const area = box();
      const rows = checkShape(area, matrix, property);
      const sheet = target.sheet();
      rows.forEach((cells, r) =>
        cells.forEach((entry, c) => {
          const row = area.row + r;
          const column = area.column + c;
          const at = () => a1({ row, column, rowCount: 1, columnCount: 1 });
          sheet.apply(row, column, read(entry, at));
        }),
      );
    });

  const font = strict('RangeFont', {
    set bold(value: boolean) {
      session.command({ bold: value }, () => target.sheet().setBold(box(), value === true));
    },
  });
  const format = strict('RangeFormat', {
    font,
    set columnWidth(points: number) {
      session.command({ columnWidth: points }, () => {
        if (typeof points !== 'number' || !(points >= 0)) {
          throw new FakeExcelError('InvalidArgument', `Column width ${points} is not valid.`);
        }
        const area = box();
        for (let c = area.column; c < area.column + area.columnCount; c += 1) {
          target.sheet().columnWidths.set(c, points);
        }
      });
    },
  });

  const range = {
    format,
    load(names: string | string[]) {
      state.load(names);
      return proxy;
    },
    get isNullObject() {
      return state.get('isNullObject');
    },
    get values() {
      return state.get('values');
    },
    set values(matrix: unknown) {
      write('values', matrix, interpretValue);
    },
    get formulas() {
      return state.get('formulas');
    },
    set formulas(matrix: unknown) {
      write('formulas', matrix, interpretFormula);
    },
    get numberFormat() {
      return state.get('numberFormat');
    },
    set numberFormat(input: unknown) {
      session.command({ numberFormat: input }, () => {
        const area = box();
        // A single code, not an array, applies to every cell of the range.
        if (typeof input === 'string') target.sheet().setNumberFormat(area, input);
        else target.sheet().setNumberFormats(area, checkShape(area, input, 'numberFormat'));
      });
    },
    set hyperlink(link: Excel.RangeHyperlink) {
      session.command({ hyperlink: link }, () => {
        const area = box();
        if (area.rowCount !== 1 || area.columnCount !== 1) {
          throw new NotModelledError('a hyperlink over more than one cell');
        }
        const reference = link.documentReference ?? link.address;
        if (!reference) throw new FakeExcelError('InvalidArgument', 'A hyperlink needs a target.');
        target.sheet().setHyperlink(area.row, area.column, reference);
      });
    },
    get rowIndex() {
      return state.get('rowIndex');
    },
    get columnIndex() {
      return state.get('columnIndex');
    },
    get rowCount() {
      return state.get('rowCount');
    },
    get columnCount() {
      return state.get('columnCount');
    },
    get address() {
      return state.get('address');
    },
    clear(applyTo?: string) {
      if (applyTo !== undefined && applyTo !== 'All')
        throw new NotModelledError(`clear('${applyTo}')`);
      session.command({ clear: 'All' }, () => target.sheet().clear(box()));
    },
    select() {
      session.lookup({ select: true }, () => {
        const sheet = target.sheet();
        if (model.activeSheet !== sheet) {
          throw new FakeExcelError(
            'InvalidOperation',
            'Only a range on the active sheet can be selected.',
          );
        }
        const area = box();
        model.selection = { sheet: sheet.name, row: area.row + 1, column: area.column + 1 };
      });
    },
  };
  const proxy = strict('Range', range) as unknown as Excel.Range;
  targets.set(proxy, target);
  session.lookup(null, () => {
    const found = target.box();
    state.provide('isNullObject', found === null);
  });
  return proxy;
}
