import { FakeExcelError, NotModelledError } from './fakeError';
import { createRange, targetOf } from './fakeRange';
import { Loadable, type FakeSession, strict } from './session';
import type { FakeSheet, FakeTable } from './sheetModel';
import type { FakeWorkbookModel } from './workbookModel';

function createTable(
  session: FakeSession,
  model: FakeWorkbookModel,
  resolve: () => FakeTable,
  loadedName?: string,
): Excel.Table {
  const state = new Loadable(session, 'Table', { name: () => resolve().name });
  if (loadedName !== undefined) state.provide('name', loadedName);
  const table = {
    load(names: string | string[]) {
      state.load(names);
      return proxy;
    },
    get name() {
      return state.get('name');
    },
    set name(value: unknown) {
      session.command({ name: value }, () => model.renameTable(resolve(), value));
    },
    set showTotals(value: boolean) {
      session.command({ showTotals: value }, () => {
        resolve().showTotals = value === true;
      });
    },
    getTotalRowRange() {
      return createRange(session, model, {
        sheet: () => resolve().sheet,
        box: () => {
          const { box, showTotals } = resolve();
          if (!showTotals) {
            throw new FakeExcelError('InvalidOperation', 'The table has no totals row to get.');
          }
          return { ...box, row: box.row + box.rowCount, rowCount: 1 };
        },
      });
    },
    delete() {
      session.command({ delete: true }, () => {
        const found = resolve();
        found.sheet.clear(found.box);
        model.deleteTable(found);
      });
    },
  };
  const proxy = strict('Table', table) as unknown as Excel.Table;
  return proxy;
}

/** A worksheet's `tables`: list them, add one over a range object. */
export function createTableCollection(
  session: FakeSession,
  model: FakeWorkbookModel,
  sheet: () => FakeSheet,
): Excel.TableCollection {
  let items: Excel.Table[] | undefined;
  const collection = {
    load(names: string) {
      if (names !== 'items/name') throw new NotModelledError(`TableCollection.load('${names}')`);
      session.enqueue({ load: names }, () => {
        const found = model.tablesOn(sheet());
        const loaded = found.map((entry) => {
          const table = createTable(session, model, () => entry, entry.name);
          return { table, name: entry.name };
        });
        return {
          response: JSON.stringify(loaded.map((entry) => ({ name: entry.name }))).length,
          commit: () => {
            items = loaded.map((entry) => entry.table);
          },
        };
      });
      return proxy;
    },
    get items() {
      if (!items) {
        throw new FakeExcelError('PropertyNotLoaded', 'TableCollection.items is not loaded.');
      }
      return items;
    },
    add(address: Excel.Range | string, hasHeaders: boolean) {
      if (typeof address === 'string')
        throw new NotModelledError('tables.add with a string address');
      if (hasHeaders !== true) throw new NotModelledError('tables.add without headers');
      const source = targetOf(address);
      let created: FakeTable | undefined;
      session.command({ addTable: true }, () => {
        if (source.sheet() !== sheet()) {
          throw new FakeExcelError('InvalidArgument', 'The range is on another sheet.');
        }
        const box = source.box();
        if (!box) throw new FakeExcelError('InvalidArgument', 'The range is a null object.');
        created = model.addTable(sheet(), box);
      });
      return createTable(session, model, () => {
        if (!created) throw new FakeExcelError('ItemNotFound', 'The table was not created.');
        return created;
      });
    },
  };
  const proxy = strict('TableCollection', collection) as unknown as Excel.TableCollection;
  return proxy;
}

/** `workbook.tables`: the names of every table in the workbook. */
export function createWorkbookTables(
  session: FakeSession,
  model: FakeWorkbookModel,
): Excel.TableCollection {
  let items: Excel.Table[] | undefined;
  const collection = {
    load(names: string) {
      if (names !== 'items/name') throw new NotModelledError(`TableCollection.load('${names}')`);
      session.enqueue({ load: names }, () => {
        const found = [...model.tables];
        return {
          response: JSON.stringify(found.map((entry) => ({ name: entry.name }))).length,
          commit: () => {
            items = found.map((entry) => createTable(session, model, () => entry, entry.name));
          },
        };
      });
      return proxy;
    },
    get items() {
      if (!items) {
        throw new FakeExcelError('PropertyNotLoaded', 'TableCollection.items is not loaded.');
      }
      return items;
    },
  };
  const proxy = strict('TableCollection', collection) as unknown as Excel.TableCollection;
  return proxy;
}
