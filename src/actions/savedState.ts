import { z } from 'zod';
import { isLedgerField, type LedgerField } from '../engine/ledger/fields';
import type { SheetRole } from '../engine/sheets/sheetSpec';
import { createLogger } from '../log/logger';
import type { SheetInfo, WorkbookPort } from '../port/workbookPort';
import type { AnalyseAgeingRequest } from './analyseAgeingTypes';

const log = createLogger('saved-state');

/** State key of the last request, without its as-of date. */
export const SETTINGS_KEY = 'settings';
/** State key of the sheets the add-in wrote, by role. */
export const OWNED_SHEETS_KEY = 'ownedSheets';

/** A sheet the add-in wrote: its name, and its id where the adapter gives ids. */
export interface OwnedSheet {
  name: string;
  id?: string;
}

export type OwnedSheets = Partial<Record<SheetRole, OwnedSheet>>;

// Each field falls back to undefined on its own, so one bad value (a hand-edited
// workbook, an older version) does not throw away the rest of the settings.
const settingsSchema = z.object({
  sheet: z.string().optional().catch(undefined),
  basis: z.enum(['due', 'invoice']).optional().catch(undefined),
  bounds: z.array(z.number()).optional().catch(undefined),
  currency: z.string().optional().catch(undefined),
  map: z.record(z.string(), z.string()).optional().catch(undefined),
  dateOrder: z.enum(['dmy', 'mdy']).optional().catch(undefined),
  defaultTermsDays: z.number().optional().catch(undefined),
  language: z.enum(['fr', 'en']).optional().catch(undefined),
});

// Earlier versions saved the name alone; it reads as a sheet with no id.
const ownedSheetSchema = z
  .union([
    z.string().transform((name) => ({ name, id: undefined })),
    z.object({ name: z.string(), id: z.string().optional().catch(undefined) }),
  ])
  .optional()
  .catch(undefined);

const ownedSchema = z.object({
  agedBalance: ownedSheetSchema,
  detail: ownedSheetSchema,
  rejected: ownedSheetSchema,
});

function parseJson(text: string | undefined, key: string): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    log.warn(`The saved ${key} are not JSON; they are ignored.`, error);
    return undefined;
  }
}

/**
 * The workbook's saved settings for Analyse ageing (the last request, less
 * its as-of date), or an empty request when none were saved. Values that do
 * not fit are left out rather than failing the ribbon button.
 */
export async function loadSavedRequest(port: WorkbookPort): Promise<AnalyseAgeingRequest> {
  const parsed = settingsSchema.safeParse(
    parseJson(await port.readState(SETTINGS_KEY), 'settings'),
  );
  if (!parsed.success) return {};
  const request: AnalyseAgeingRequest = {};
  const { sheet, basis, bounds, currency, map, dateOrder, defaultTermsDays, language } =
    parsed.data;
  if (sheet !== undefined) request.sheet = sheet;
  if (basis !== undefined) request.basis = basis;
  if (bounds !== undefined) request.bounds = bounds;
  if (currency !== undefined) request.currency = currency;
  if (map !== undefined) {
    const fields: Partial<Record<LedgerField, string>> = {};
    for (const [field, header] of Object.entries(map)) {
      if (isLedgerField(field)) fields[field] = header;
    }
    request.map = fields;
  }
  if (dateOrder !== undefined) request.dateOrder = dateOrder;
  if (defaultTermsDays !== undefined) request.defaultTermsDays = defaultTermsDays;
  if (language !== undefined) request.language = language;
  return request;
}

/** Saves a request as the workbook's settings, without its as-of date. */
export async function saveRequest(
  port: WorkbookPort,
  request: AnalyseAgeingRequest,
): Promise<void> {
  const settings = { ...request };
  delete settings.asOf;
  await port.writeState(SETTINGS_KEY, JSON.stringify(settings));
}

/** The sheets the add-in wrote earlier in this workbook, by role. */
export async function loadOwnedSheets(port: WorkbookPort): Promise<OwnedSheets> {
  const parsed = ownedSchema.safeParse(parseJson(await port.readState(OWNED_SHEETS_KEY), 'sheets'));
  if (!parsed.success) return {};
  const owned: OwnedSheets = {};
  for (const role of ['agedBalance', 'detail', 'rejected'] as const) {
    const sheet = parsed.data[role];
    if (sheet === undefined) continue;
    owned[role] =
      sheet.id === undefined ? { name: sheet.name } : { name: sheet.name, id: sheet.id };
  }
  return owned;
}

/** The kind of a sheet id: what comes before its first colon. */
const idKind = (id: string) => id.slice(0, Math.max(0, id.indexOf(':')));

/**
 * The sheet that is still the one the add-in recorded: the sheet of that
 * name (ignoring case) whose id is the recorded id. When the recorded entry
 * or the sheet has no id (an older saved state, an adapter without ids), or
 * the ids are of different kinds (written in Excel, now read from the file),
 * the name alone decides.
 *
 * @example
 * currentOwnedSheet([{ name: 'Aged balance', visibility: 'visible', id: 'xlsx:4' }],
 *   { name: 'Aged balance', id: 'xlsx:3' }); // undefined: a user's sheet now has that name
 */
export function currentOwnedSheet(
  sheets: readonly SheetInfo[],
  recorded: OwnedSheet | undefined,
): SheetInfo | undefined {
  if (recorded === undefined) return undefined;
  const wanted = recorded.name.toLowerCase();
  const sheet = sheets.find((each) => each.name.toLowerCase() === wanted);
  if (sheet?.id === undefined || recorded.id === undefined) return sheet;
  if (idKind(sheet.id) !== idKind(recorded.id)) return sheet;
  return sheet.id === recorded.id ? sheet : undefined;
}

/** Saves the names and ids of the sheets the add-in owns, by role. */
export async function saveOwnedSheets(port: WorkbookPort, owned: OwnedSheets): Promise<void> {
  await port.writeState(OWNED_SHEETS_KEY, JSON.stringify(owned));
}
