import { guillemets } from '../i18n/frenchTypography';
import type { LedgerField } from './fields';
import type { Language } from './types';

const FIELD_NAMES: Record<LedgerField, { en: string; fr: string }> = {
  customerCode: { en: 'customer code', fr: 'code client' },
  customerName: { en: 'customer name', fr: 'nom du client' },
  invoice: { en: 'invoice number', fr: 'numéro de facture' },
  invoiceDate: { en: 'invoice date', fr: 'date de facture' },
  dueDate: { en: 'due date', fr: 'date d’échéance' },
  amount: { en: 'amount', fr: 'montant' },
  openAmount: { en: 'open amount', fr: 'solde' },
  currency: { en: 'currency', fr: 'devise' },
  entity: { en: 'entity', fr: 'société' },
  dispute: { en: 'dispute flag', fr: 'litige' },
  collector: { en: 'collector', fr: 'recouvreur' },
  paymentTerms: { en: 'payment terms', fr: 'conditions de paiement' },
};

/**
 * What a field is called in messages, in the given language.
 *
 * @example
 * fieldName('dueDate', 'fr') // 'date d’échéance'
 */
export function fieldName(field: LedgerField, language: Language): string {
  return FIELD_NAMES[field][language];
}

/**
 * Header cells quoted for a message, at most `limit` of them, in guillemets
 * for French.
 *
 * @example
 * quoteHeaders(['Client', '', 'Montant']) // '"Client", "Montant"'
 * quoteHeaders(['Client'], 20, 'fr')      // '«\u00a0Client\u00a0»'
 */
export function quoteHeaders(
  headers: readonly string[],
  limit = 20,
  language: Language = 'en',
): string {
  const shown = headers.filter((header) => header !== '');
  if (shown.length === 0) return language === 'fr' ? '(aucun)' : '(none)';
  const quoted = shown
    .slice(0, limit)
    .map((header) => (language === 'fr' ? guillemets(header) : `"${header}"`));
  if (shown.length > limit) quoted.push('…');
  return quoted.join(', ');
}

/**
 * Sheet rows listed for a warning, the first `limit` of them.
 *
 * @example
 * listRows([5, 9, 12], 2) // '5, 9…'
 */
export function listRows(rows: readonly number[], limit = 20): string {
  const shown = rows.slice(0, limit).join(', ');
  return rows.length > limit ? `${shown}…` : shown;
}
