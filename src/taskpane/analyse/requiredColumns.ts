import type { LedgerField } from '../../engine/ledger/fields';
import type { ColumnChoices } from './useLedgerChoice';

/** The kinds of column an analysis cannot do without; each can come from either of two fields. */
export type RequiredGroup = 'customer' | 'date' | 'amount';

/** The fields of each required kind, in the order the pane shows them. */
export const REQUIRED_GROUPS: Record<RequiredGroup, readonly [LedgerField, LedgerField]> = {
  customer: ['customerCode', 'customerName'],
  date: ['dueDate', 'invoiceDate'],
  amount: ['openAmount', 'amount'],
};

/** The fields shown under "required", in pairs. */
export const REQUIRED_FIELDS: readonly LedgerField[] = Object.values(REQUIRED_GROUPS).flat();

/** The required kind a field belongs to, if any. */
export function groupOf(field: LedgerField): RequiredGroup | undefined {
  for (const [group, fields] of Object.entries(REQUIRED_GROUPS) as [
    RequiredGroup,
    readonly LedgerField[],
  ][]) {
    if (fields.includes(field)) return group;
  }
  return undefined;
}

/**
 * The required kind that setting `field` to `header` would leave without any
 * column, given what each field currently reads; undefined when the change is
 * fine. `current` gives '' for a field that has no column.
 */
export function groupLeftEmpty(
  field: LedgerField,
  header: string,
  current: (field: LedgerField) => string,
): RequiredGroup | undefined {
  if (header !== '') return undefined;
  const group = groupOf(field);
  if (group === undefined) return undefined;
  const others = REQUIRED_GROUPS[group].filter((other) => other !== field);
  return others.every((other) => current(other) === '') ? group : undefined;
}

/** What a field reads now: the user's choice ('' for none) over what detection found. */
export function currentColumn(
  field: LedgerField,
  choices: ColumnChoices,
  detected: Partial<Record<LedgerField, string>>,
): string {
  return choices[field] ?? detected[field] ?? '';
}
