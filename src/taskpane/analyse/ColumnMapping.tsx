import { Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { LEDGER_FIELDS, type LedgerField } from '../../engine/ledger/fields';
import { usePane } from '../paneContext';
import type { LedgerInspection } from '../services';
import type { ColumnChoices } from './useLedgerChoice';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
    gap: tokens.spacingVerticalS,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  hint: { gridColumn: '1 / -1', color: tokens.colorNeutralForeground2 },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
});

interface ColumnMappingProps {
  inspection: LedgerInspection;
  choices: ColumnChoices;
  disabled: boolean;
  onChange(field: LedgerField, header: string): void;
}

// Limitation: a field detected or chosen cannot be set back to "no column", because the
// request's column map can only name a header for a field, not forbid one.

/** One dropdown per ledger field over the sheet's headers, preset to what was detected. */
export function ColumnMapping({ inspection, choices, disabled, onChange }: ColumnMappingProps) {
  const { strings } = usePane();
  const styles = useStyles();
  const headers = [...new Set(inspection.headers.filter((header) => header.trim() !== ''))];

  return (
    <fieldset className={styles.grid}>
      <legend className={styles.legend}>{strings.columnsHeading}</legend>
      <Text size={200} className={styles.hint}>
        {strings.columnsHint}
      </Text>
      {LEDGER_FIELDS.map((field) => {
        const current = choices[field] ?? inspection.columns[field] ?? '';
        return (
          <Field key={field} label={strings.fieldLabels[field]} size="small">
            <Select
              size="small"
              value={current}
              disabled={disabled}
              onChange={(_event, data) => onChange(field, data.value)}
            >
              {current === '' && <option value="">{strings.columnNotFound}</option>}
              {headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </fieldset>
  );
}
