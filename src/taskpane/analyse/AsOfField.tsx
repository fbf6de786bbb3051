import { Field, Input } from '@fluentui/react-components';
import { civilDayFromIso } from '../../engine/dates/civilDay';
import { formatDayInFull } from '../format';
import { usePane } from '../paneContext';

interface AsOfFieldProps {
  value: string;
  error: string | undefined;
  disabled: boolean;
  onChange(value: string): void;
}

/**
 * The day the ageing is counted to, as a date input (YYYY-MM-DD). The day is
 * also written out in full beneath, because the input shows the browser's
 * date order, which may not be the pane's (12/03 read as 12 March).
 */
export function AsOfField({ value, error, disabled, onChange }: AsOfFieldProps) {
  const { strings, language } = usePane();
  const day = civilDayFromIso(value);
  const hint = day === undefined ? undefined : strings.asOfInFull(formatDayInFull(day, language));
  return (
    <Field
      label={strings.asOf}
      {...(error === undefined ? {} : { validationMessage: error })}
      {...(hint === undefined || error !== undefined ? {} : { hint })}
    >
      <Input
        type="date"
        value={value}
        disabled={disabled}
        onChange={(_event, data) => onChange(data.value)}
      />
    </Field>
  );
}
