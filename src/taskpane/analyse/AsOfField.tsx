import { Field, Input } from '@fluentui/react-components';
import { usePane } from '../paneContext';

interface AsOfFieldProps {
  value: string;
  error: string | undefined;
  disabled: boolean;
  onChange(value: string): void;
}

/** The day the ageing is counted to, as a date input (YYYY-MM-DD). */
export function AsOfField({ value, error, disabled, onChange }: AsOfFieldProps) {
  const { strings } = usePane();
  return (
    <Field label={strings.asOf} {...(error === undefined ? {} : { validationMessage: error })}>
      <Input
        type="date"
        value={value}
        disabled={disabled}
        onChange={(_event, data) => onChange(data.value)}
      />
    </Field>
  );
}
