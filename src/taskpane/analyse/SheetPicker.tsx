import { Field, Select } from '@fluentui/react-components';
import { usePane } from '../paneContext';
import type { LedgerCandidate } from '../services';

interface SheetPickerProps {
  candidates: LedgerCandidate[];
  sheet: string | undefined;
  disabled: boolean;
  onChange(sheet: string): void;
}

/** The ledger sheet, among every sheet of the workbook. */
export function SheetPicker({ candidates, sheet, disabled, onChange }: SheetPickerProps) {
  const { strings } = usePane();
  return (
    <Field
      label={strings.ledgerSheet}
      hint={strings.ledgerSheetHint}
      {...(candidates.length === 0 ? { validationMessage: strings.noSheets } : {})}
    >
      <Select
        value={sheet ?? ''}
        disabled={disabled || candidates.length === 0}
        onChange={(_event, data) => onChange(data.value)}
      >
        {candidates.map((candidate) => (
          <option key={candidate.sheet} value={candidate.sheet}>
            {candidate.headerRow === undefined
              ? strings.sheetWithoutHeader(candidate.sheet)
              : strings.sheetWithHeader(candidate.sheet, candidate.headerRow)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
