import { Field, Input } from '@fluentui/react-components';
import { usePane } from '../paneContext';

interface BucketsFieldProps {
  value: string;
  error: string | undefined;
  disabled: boolean;
  onChange(value: string): void;
}

/** The overdue buckets' upper bounds as the user types them: 30,60,90,180,365. */
export function BucketsField({ value, error, disabled, onChange }: BucketsFieldProps) {
  const { strings } = usePane();
  return (
    <Field
      label={strings.buckets}
      hint={strings.bucketsHint}
      {...(error === undefined ? {} : { validationMessage: error })}
    >
      <Input
        value={value}
        inputMode="numeric"
        spellCheck={false}
        disabled={disabled}
        onChange={(_event, data) => onChange(data.value)}
      />
    </Field>
  );
}
