import { numberedSheetName } from '../engine/sheets/excelNames';
import type { SheetRole, SheetSpec } from '../engine/sheets/sheetSpec';
import type { WorkbookPort } from '../port/workbookPort';
import { loadOwnedSheets, saveOwnedSheets } from './savedState';

const lower = (name: string) => name.toLowerCase();

/** `wanted`, or 'wanted (2)', 'wanted (3)'... when a sheet already has that name. */
function freeName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map(lower));
  let name = wanted;
  for (let number = 2; used.has(lower(name)); number += 1) name = numberedSheetName(wanted, number);
  return name;
}

/**
 * Writes the analysis sheets. Each replaces, in place, the sheet the add-in
 * wrote for its role last time (renaming it when the language changed); a
 * role with no such sheet gets a new one. When the wanted name belongs to a
 * sheet the add-in does not own, the new sheet is called 'Name (2)' and so
 * on: the user's sheets are never written. The names are saved after each
 * sheet, so a run that stops half-way still replaces its sheets next time.
 */
export async function writeOwnedSheets(
  port: WorkbookPort,
  specs: SheetSpec[],
  onProgress: (fraction: number) => void = () => undefined,
): Promise<Record<SheetRole, string>> {
  // Limitation: sheets are recognised as the add-in's by the names saved in the workbook; if the
  // user deletes an analysis sheet and then gives one of their own sheets that same name, the next
  // run takes it for the add-in's and replaces it.
  const owned = await loadOwnedSheets(port);
  const names = (await port.listSheets()).map((sheet) => sheet.name);
  const written: Partial<Record<SheetRole, string>> = {};

  for (const [index, spec] of specs.entries()) {
    const recorded = owned[spec.role];
    const previousIndex =
      recorded === undefined ? -1 : names.findIndex((name) => lower(name) === lower(recorded));
    const previous = previousIndex >= 0 ? names[previousIndex] : undefined;
    const name = freeName(
      spec.name,
      names.filter((_, i) => i !== previousIndex),
    );
    await port.writeSheet({ ...spec, name }, previous, (done, total) =>
      onProgress((index + (total > 0 ? done / total : 1)) / specs.length),
    );
    if (previous !== undefined) names[previousIndex] = name;
    else names.push(name);
    written[spec.role] = name;
    owned[spec.role] = name;
    await saveOwnedSheets(port, owned);
    onProgress((index + 1) / specs.length);
  }
  return written as Record<SheetRole, string>;
}
