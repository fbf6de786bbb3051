import { assertValidBucketBounds } from '../engine/ageing/buckets';
import { DEFAULT_BUCKET_BOUNDS } from '../engine/ageing/types';
import { civilDayFromIso, todayCivilDay, type CivilDay } from '../engine/dates/civilDay';
import { ReceivablesError } from '../engine/errors/receivablesError';
import { french, guillemets } from '../engine/i18n/frenchTypography';
import type { AgeingBasis, DateOrder, LedgerField } from '../engine/ledger/fields';
import type { Language, ReadLedgerOptions } from '../engine/ledger/types';
import type { AnalyseAgeingRequest } from './analyseAgeingTypes';

/** A request with every default filled in and every value checked. */
export interface ValidRequest {
  sheet?: string;
  asOf: CivilDay;
  basis: AgeingBasis;
  bounds: number[];
  currency: string;
  map?: Partial<Record<LedgerField, string>>;
  dateOrder: DateOrder;
  defaultTermsDays?: number;
  language: Language;
}

function invalid(language: Language, en: string, fr: string): ReceivablesError {
  return new ReceivablesError('INVALID_OPTION', language === 'fr' ? fr : en);
}

function quoted(value: unknown, language: Language = 'en'): string {
  if (typeof value !== 'string') return String(value);
  return language === 'fr' ? guillemets(value) : `"${value}"`;
}

/**
 * Checks a request and fills in its defaults: today (on the user's calendar)
 * for the as-of date, basis due, the default bounds, EUR, day/month/year, and
 * English. Throws `INVALID_OPTION` with a message saying what was given and
 * what is expected.
 */
export function validateRequest(
  request: AnalyseAgeingRequest,
  now: Date = new Date(),
): ValidRequest {
  const language = request.language ?? 'en';
  if (language !== 'en' && language !== 'fr') {
    throw new ReceivablesError(
      'INVALID_OPTION',
      `Language ${quoted(language)} is not offered; expected fr or en.`,
    );
  }

  let asOf = todayCivilDay(now);
  if (request.asOf !== undefined) {
    const parsed = typeof request.asOf === 'string' ? civilDayFromIso(request.asOf) : undefined;
    if (parsed === undefined) {
      throw invalid(
        language,
        `As-of date ${quoted(request.asOf)} is not a real day; expected YYYY-MM-DD, e.g. 2026-11-30.`,
        french`La date d'arrêté ${quoted(request.asOf, 'fr')} n'est pas un jour qui existe ; attendu AAAA-MM-JJ, par exemple 2026-11-30.`,
      );
    }
    asOf = parsed;
  }

  const basis = request.basis ?? 'due';
  if (basis !== 'due' && basis !== 'invoice') {
    throw invalid(
      language,
      `Ageing basis ${quoted(basis)} is not known; expected due (by due date) or invoice (by invoice date).`,
      french`La base ${quoted(basis, 'fr')} est inconnue ; attendu due (par date d'échéance) ou invoice (par date de facture).`,
    );
  }

  const bounds = request.bounds ? [...request.bounds] : [...DEFAULT_BUCKET_BOUNDS];
  assertValidBucketBounds(bounds, language);

  const currency = (request.currency ?? 'EUR').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) {
    throw invalid(
      language,
      `Currency ${quoted(request.currency)} is not a three-letter ISO code such as EUR or USD.`,
      french`La devise ${quoted(request.currency, 'fr')} n'est pas un code ISO de trois lettres comme EUR ou USD.`,
    );
  }

  const dateOrder = request.dateOrder ?? 'dmy';
  if (dateOrder !== 'dmy' && dateOrder !== 'mdy') {
    throw invalid(
      language,
      `Date order ${quoted(dateOrder)} is not known; expected dmy (31/12/2026) or mdy (12/31/2026).`,
      french`L'ordre des dates ${quoted(dateOrder, 'fr')} est inconnu ; attendu dmy (31/12/2026) ou mdy (12/31/2026).`,
    );
  }

  if (request.sheet !== undefined && request.sheet.trim() === '') {
    throw invalid(language, 'The ledger sheet name is empty.', 'Le nom de la feuille est vide.');
  }

  const valid: ValidRequest = { asOf, basis, bounds, currency, dateOrder, language };
  if (request.sheet !== undefined) valid.sheet = request.sheet;
  if (request.map !== undefined) valid.map = request.map;
  if (request.defaultTermsDays !== undefined) valid.defaultTermsDays = request.defaultTermsDays;
  return valid;
}

/** The options readLedger takes for a valid request. */
export function readLedgerOptions(request: ValidRequest): ReadLedgerOptions {
  const options: ReadLedgerOptions = {
    dateOrder: request.dateOrder,
    defaultCurrency: request.currency,
    basis: request.basis,
    language: request.language,
  };
  if (request.map !== undefined) options.map = request.map;
  if (request.defaultTermsDays !== undefined) options.defaultTermsDays = request.defaultTermsDays;
  return options;
}
