import { FakeExcelError, NotModelledError } from './fakeError';
import { checkBox, createRange } from './fakeRange';
import { createTableCollection } from './fakeTables';
import { Loadable, type FakeSession, strict } from './session';
import {
  type Box,
  checkSheetName,
  FakeSheet,
  type FakeVisibility,
  MAX_COLUMNS,
  MAX_ROWS,
} from './sheetModel';
import type { FakeWorkbookModel } from './workbookModel';

const VISIBILITIES: FakeVisibility[] = ['Visible', 'Hidden', 'VeryHidden'];

/**
 * A worksheet proxy. `resolve` gives the model sheet once the batch has run
 * the command that found it, and null for a null object.
 */
function createWorksheet(
  session: FakeSession,
  model: FakeWorkbookModel,
  resolve: () => FakeSheet | null,
): Excel.Worksheet {
  const sheet = (): FakeSheet => {
    const found = resolve();
    if (!found) throw new FakeExcelError('ItemNotFound', 'The worksheet is a null object.');
    return found;
  };
  const state = new Loadable(session, 'Worksheet', {
    id: () => sheet().id,
    name: () => sheet().name,
    visibility: () => sheet().visibility,
  });
  const rangeAt = (box: () => Box | null) => createRange(session, model, { sheet, box });
  const worksheet = {
    tables: createTableCollection(session, model, sheet),
    freezePanes: strict('WorksheetFreezePanes', {
      freezeRows(count: number) {
        session.command({ freezeRows: count }, () => {
          if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS) {
            throw new FakeExcelError('InvalidArgument', `Cannot freeze ${count} rows.`);
          }
          sheet().frozenRows = count;
        });
      },
    }),
    load(names: string | string[]) {
      state.load(names);
      return proxy;
    },
    get isNullObject() {
      return state.get('isNullObject');
    },
    get id() {
      return state.get('id');
    },
    get name() {
      return state.get('name');
    },
    set name(value: unknown) {
      session.command({ name: value }, () => {
        const target = sheet();
        checkSheetName(
          value,
          model.sheets.filter((other) => other !== target),
        );
        target.name = value;
      });
    },
    get visibility() {
      return state.get('visibility');
    },
    set visibility(value: unknown) {
      session.command({ visibility: value }, () => {
        if (!VISIBILITIES.includes(value as FakeVisibility)) {
          throw new FakeExcelError('InvalidArgument', `'${String(value)}' is not a visibility.`);
        }
        const target = sheet();
        const othersVisible = model.sheets.some((s) => s !== target && s.visibility === 'Visible');
        if (value !== 'Visible' && !othersVisible) {
          throw new FakeExcelError('InvalidOperation', 'A workbook must keep one visible sheet.');
        }
        target.visibility = value as FakeVisibility;
      });
    },
    getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number) {
      const box = { row, column, rowCount, columnCount };
      return rangeAt(() => checkBox(box));
    },
    getRange(address?: string) {
      if (address !== undefined) throw new NotModelledError('getRange with an address');
      return rangeAt(() => ({ row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS }));
    },
    getUsedRangeOrNullObject(valuesOnly?: boolean) {
      if (valuesOnly !== true) throw new NotModelledError('a used range that counts formatting');
      let used: Box | null | undefined;
      session.lookup({ getUsedRange: true }, () => {
        used = sheet().usedBox();
      });
      return rangeAt(() => {
        if (used === undefined)
          throw new FakeExcelError('GeneralException', 'Used range not found yet.');
        return used;
      });
    },
    activate() {
      session.lookup({ activate: true }, () => {
        const target = sheet();
        if (target.visibility !== 'Visible') {
          throw new FakeExcelError('InvalidOperation', 'A hidden sheet cannot be activated.');
        }
        model.activeSheet = target;
      });
    },
  };
  const proxy = strict('Worksheet', worksheet) as unknown as Excel.Worksheet;
  return proxy;
}

/** workbook.worksheets: list, find, add. */
export function createWorksheetCollection(
  session: FakeSession,
  model: FakeWorkbookModel,
): Excel.WorksheetCollection {
  let items: Excel.Worksheet[] | undefined;
  const found = (name: string, orNull: boolean) => {
    let sheet: FakeSheet | null | undefined;
    session.lookup({ getItem: name }, () => {
      sheet = orNull ? (model.findSheet(name) ?? null) : model.requireSheet(name);
    });
    const worksheet = createWorksheet(session, model, () => {
      if (sheet === undefined) throw new FakeExcelError('GeneralException', 'Not synced yet.');
      return sheet;
    });
    return new Proxy(worksheet, {
      get(target, property, receiver) {
        if (property !== 'isNullObject') return Reflect.get(target, property, receiver);
        if (sheet === undefined) {
          throw new FakeExcelError('PropertyNotLoaded', 'isNullObject is known only after a sync.');
        }
        return sheet === null;
      },
    });
  };
  const collection = {
    load(names: string) {
      const wanted = names.split(',').map((name) => name.trim());
      const props = wanted.map((name) => name.replace(/^items\//, ''));
      if (wanted.some((name) => !name.startsWith('items/'))) {
        throw new NotModelledError(`WorksheetCollection.load('${names}')`);
      }
      session.enqueue({ load: names }, () => {
        const sheets = [...model.sheets];
        const data = sheets.map((s) => Object.fromEntries(props.map((p) => [p, readProp(s, p)])));
        return {
          response: JSON.stringify(data).length,
          commit: () => {
            items = sheets.map((s, i) => loadedWorksheet(session, model, s, data[i] ?? {}));
          },
        };
      });
      return proxy;
    },
    get items() {
      if (!items)
        throw new FakeExcelError('PropertyNotLoaded', 'WorksheetCollection.items is not loaded.');
      return items;
    },
    getItem: (name: string) => found(name, false),
    getItemOrNullObject: (name: string) => found(name, true),
    add(name: string) {
      let created: FakeSheet | undefined;
      session.command({ add: name }, () => {
        checkSheetName(name, model.sheets);
        created = new FakeSheet(name, model.newSheetId());
        model.sheets.push(created);
      });
      return createWorksheet(session, model, () => {
        if (!created) throw new FakeExcelError('GeneralException', 'Not synced yet.');
        return created;
      });
    },
  };
  const proxy = strict('WorksheetCollection', collection) as unknown as Excel.WorksheetCollection;
  return proxy;
}

function readProp(sheet: FakeSheet, property: string): unknown {
  if (property === 'id') return sheet.id;
  if (property === 'name') return sheet.name;
  if (property === 'visibility') return sheet.visibility;
  throw new FakeExcelError('InvalidArgument', `Worksheet has no property '${property}'.`);
}

/** A worksheet from a loaded collection: its loaded properties readable at once. */
function loadedWorksheet(
  session: FakeSession,
  model: FakeWorkbookModel,
  sheet: FakeSheet,
  data: Record<string, unknown>,
): Excel.Worksheet {
  const proxy = createWorksheet(session, model, () => sheet);
  const loaded = new Map(Object.entries(data));
  return new Proxy(proxy, {
    get(target, property, receiver) {
      if (typeof property === 'string' && loaded.has(property)) return loaded.get(property);
      return Reflect.get(target, property, receiver);
    },
  });
}
