import { numberedSheetName } from '../engine/sheets/excelNames';
import type { SheetRole, SheetSpec } from '../engine/sheets/sheetSpec';
import type { SheetInfo, WorkbookPort } from '../port/workbookPort';
import { currentOwnedSheet, loadOwnedSheets, saveOwnedSheets, type OwnedSheet } from './savedState';

const lower = (name: string) => name.toLowerCase();

/** `wanted`, or 'wanted (2)', 'wanted (3)'... when a sheet already has that name. */
function freeName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map(lower));
  let name = wanted;
  for (let number = 2; used.has(lower(name)); number += 1) name = numberedSheetName(wanted, number);
  return name;
}

/** What to record for the sheet just written: its name, and its id where the adapter gives one. */
function recordOf(sheets: readonly SheetInfo[], name: string): OwnedSheet {
  const id = sheets.find((sheet) => lower(sheet.name) === lower(name))?.id;
  return id === undefined ? { name } : { name, id };
}

/**
 * Writes the analysis sheets. Each replaces, in place, the sheet the add-in
 * wrote for its role last time (renaming it when the language changed); a
 * role with no such sheet gets a new one. A sheet counts as the add-in's
 * only when both its name and its id are the recorded ones, so a user's
 * sheet later given that name is not taken for it. When the wanted name
 * belongs to a sheet the add-in does not own, the new sheet is called
 * 'Name (2)' and so on: the user's sheets are never written. The names and
 * ids are saved after each sheet, so a run that stops half-way still
 * replaces its sheets next time.
 */
export async function writeOwnedSheets(
  port: WorkbookPort,
  specs: SheetSpec[],
  onProgress: (fraction: number) => void = () => undefined,
): Promise<Record<SheetRole, string>> {
  // Limitation: the first run after a workbook moves between Excel and the command line or demo
  // recognises the add-in's sheets by name alone, as their saved ids are of the other kind (Excel
  // gives no access to the file's sheet ids); a user's sheet given the name of a deleted analysis
  // sheet in between is then taken for the add-in's.
  const owned = await loadOwnedSheets(port);
  let sheets = await port.listSheets();
  const written: Partial<Record<SheetRole, string>> = {};

  for (const [index, spec] of specs.entries()) {
    const previous = currentOwnedSheet(sheets, owned[spec.role]);
    const name = freeName(
      spec.name,
      sheets.filter((sheet) => sheet !== previous).map((sheet) => sheet.name),
    );
    await port.writeSheet({ ...spec, name }, previous?.name, (done, total) =>
      onProgress((index + (total > 0 ? done / total : 1)) / specs.length),
    );
    sheets = await port.listSheets();
    written[spec.role] = name;
    owned[spec.role] = recordOf(sheets, name);
    await saveOwnedSheets(port, owned);
    onProgress((index + 1) / specs.length);
  }
  return written as Record<SheetRole, string>;
}
