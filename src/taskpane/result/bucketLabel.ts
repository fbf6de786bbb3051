import type { PaneStrings } from '../i18n/strings';

/** The label the summary gives the first bucket, whatever the analysis' language. */
const SUMMARY_NOT_DUE = 'Not due';

/** A summary bucket label in the pane's language: only "Not due" has words to translate. */
export function bucketLabel(label: string, strings: PaneStrings): string {
  return label === SUMMARY_NOT_DUE ? strings.notDue : label;
}
