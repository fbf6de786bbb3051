import { Button, Label, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, type ChangeEvent } from 'react';
import type { DemoStrings } from './demoStrings';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground2 },
});

interface WorkbookPickerProps {
  strings: DemoStrings;
  disabled: boolean;
  onFile(file: File): void;
  onSample(): void;
}

/** A file input for the user's ledger, and a button for the bundled sample. */
export function WorkbookPicker({ strings, disabled, onFile, onSample }: WorkbookPickerProps) {
  const styles = useStyles();
  const inputId = useId();
  const hintId = useId();
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onFile(file);
    // Choosing the same file again after editing it should open it again.
    event.target.value = '';
  };
  return (
    <div className={styles.row}>
      <div className={styles.field}>
        <Label htmlFor={inputId}>{strings.chooseFile}</Label>
        <input
          id={inputId}
          type="file"
          accept=".xlsx,.xlsm,.csv"
          aria-describedby={hintId}
          disabled={disabled}
          onChange={chosen}
          data-testid="workbook-file"
        />
        <Text id={hintId} size={200} className={styles.hint}>
          {strings.chooseFileHint}
        </Text>
      </div>
      <Button disabled={disabled} onClick={onSample}>
        {strings.useSample}
      </Button>
    </div>
  );
}
