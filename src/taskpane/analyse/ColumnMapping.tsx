import { Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { LEDGER_FIELDS, type LedgerField } from '../../engine/ledger/fields';
import { usePane } from '../paneContext';
import type { LedgerInspection } from '../services';
import {
  REQUIRED_FIELDS,
  currentColumn,
  groupLeftEmpty,
  type RequiredGroup,
} from './requiredColumns';
import type { ColumnChoices } from './useLedgerChoice';

const OPTIONAL_FIELDS = LEDGER_FIELDS.filter((field) => !REQUIRED_FIELDS.includes(field));

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
    gap: tokens.spacingVerticalS,
    columnGap: tokens.spacingHorizontalM,
  },
  hint: {
    display: 'block',
    color: tokens.colorNeutralForeground2,
    paddingBottom: tokens.spacingVerticalXS,
  },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    padding: `0 0 ${tokens.spacingVerticalXS}`,
  },
  subheading: {
    padding: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
});

interface ColumnMappingProps {
  inspection: LedgerInspection;
  choices: ColumnChoices;
  disabled: boolean;
  /** `header` is '' when the field is to be read from no column. */
  onChange(field: LedgerField, header: string): void;
}

/**
 * One dropdown per ledger field over the sheet's headers, preset to what was
 * detected. The fields the analysis needs come first, in pairs of which one
 * must keep a column; every field can be set to "(none)" otherwise.
 */
export function ColumnMapping({ inspection, choices, disabled, onChange }: ColumnMappingProps) {
  const { strings } = usePane();
  const styles = useStyles();
  const [refused, setRefused] = useState<{ field: LedgerField; group: RequiredGroup }>();
  const headers = [...new Set(inspection.headers.filter((header) => header.trim() !== ''))];
  const current = (field: LedgerField) => currentColumn(field, choices, inspection.columns);

  const choose = (field: LedgerField, header: string) => {
    const emptied = groupLeftEmpty(field, header, current);
    if (emptied) {
      setRefused({ field, group: emptied });
      return;
    }
    setRefused(undefined);
    onChange(field, header);
  };

  const select = (field: LedgerField) => (
    <Field
      key={field}
      label={strings.fieldLabels[field]}
      size="small"
      {...(refused?.field === field
        ? { validationMessage: strings.requiredGroupEmpty[refused.group] }
        : {})}
    >
      <Select
        size="small"
        value={current(field)}
        disabled={disabled}
        onChange={(_event, data) => choose(field, data.value)}
      >
        <option value="">{strings.columnNone}</option>
        {headers.map((header) => (
          <option key={header} value={header}>
            {header}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{strings.columnsHeading}</legend>
      <Text size={200} className={styles.hint}>
        {strings.columnsHint}
      </Text>
      <fieldset className={styles.fieldset}>
        <legend className={styles.subheading}>{strings.requiredColumnsHeading}</legend>
        <Text size={200} className={styles.hint}>
          {strings.requiredColumnsHint}
        </Text>
        <div className={styles.grid}>{REQUIRED_FIELDS.map(select)}</div>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.subheading}>{strings.optionalColumnsHeading}</legend>
        <div className={styles.grid}>{OPTIONAL_FIELDS.map(select)}</div>
      </fieldset>
    </fieldset>
  );
}
