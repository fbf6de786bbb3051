import { Button, Field, makeStyles, tokens } from '@fluentui/react-components';
import type { ChangeEvent } from 'react';
import type { DemoStrings } from './demoStrings';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
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
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onFile(file);
    // Choosing the same file again after editing it should open it again.
    event.target.value = '';
  };
  return (
    <div className={styles.row}>
      <Field label={strings.chooseFile} hint={strings.chooseFileHint}>
        <input
          type="file"
          accept=".xlsx,.xlsm,.csv"
          disabled={disabled}
          onChange={chosen}
          data-testid="workbook-file"
        />
      </Field>
      <Button disabled={disabled} onClick={onSample}>
        {strings.useSample}
      </Button>
    </div>
  );
}
