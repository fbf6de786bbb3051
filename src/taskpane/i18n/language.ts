import type { Language } from '../../engine/ledger/types';

/**
 * The pane's language from a BCP 47 tag such as Office's display language
 * ('fr-FR', 'fr-CA') or the browser's: French for any French tag, English
 * otherwise.
 */
export function languageFromTag(tag: string | undefined): Language {
  return tag !== undefined && /^fr(?:[-_]|$)/i.test(tag.trim()) ? 'fr' : 'en';
}

/** The locale used to format numbers and dates in a language. */
export function localeOf(language: Language): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}
