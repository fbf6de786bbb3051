import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { LedgerSource } from '../../engine/ledger/types';
import type { SummaryRejection } from '../../engine/summary/types';
import { ErrorBar } from '../ErrorBar';
import { usePane } from '../paneContext';
import { selectRejectedCell } from './rejectedCell';

// Limitation: the pane lists the first 100 rejected rows only, to stay quick on a ledger with
// thousands of them; the rejected rows sheet the analysis writes holds every one.

/** How many rejected rows the pane lists; the rejected rows sheet holds them all. */
export const REJECTED_SHOWN = 100;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
  },
  value: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    overflowWrap: 'anywhere',
  },
});

interface RejectedRowsProps {
  rejected: SummaryRejection[];
  source: LedgerSource;
}

/** Every rejected row with its reason, and a button that shows the row on the ledger. */
export function RejectedRows({ rejected, source }: RejectedRowsProps) {
  const { strings, port } = usePane();
  const styles = useStyles();
  const [error, setError] = useState<unknown>();
  if (rejected.length === 0) return <Text>{strings.noRejectedRows}</Text>;

  const shown = rejected.slice(0, REJECTED_SHOWN);
  // A rejected amount may come from the amount or the open amount column: the generic word fits both.
  const rejectionLabel = (field: SummaryRejection['field']) =>
    field === 'customer'
      ? strings.customer
      : field === 'amount'
        ? strings.amount
        : strings.fieldLabels[field];
  const select = (row: SummaryRejection) => {
    setError(undefined);
    selectRejectedCell(port, source, row.row, row.field).catch(setError);
  };

  return (
    <>
      {error !== undefined && <ErrorBar error={error} />}
      <ul className={styles.list} aria-label={strings.rejectedHeading}>
        {shown.map((row) => (
          <li key={`${row.row}|${row.field}`} className={styles.item} data-rejected-row={row.row}>
            <span className={styles.line}>
              {port.selectCell ? (
                <Button size="small" onClick={() => select(row)}>
                  {strings.goToRow(row.row)}
                </Button>
              ) : (
                <Text weight="semibold">{strings.rowNumber(row.row)}</Text>
              )}
              <Text>{rejectionLabel(row.field)}</Text>
              {row.value !== '' && <span className={styles.value}>{row.value}</span>}
            </span>
            <Text>{row.reason}</Text>
          </li>
        ))}
      </ul>
      {rejected.length > shown.length && (
        <Text>{strings.moreRejected(rejected.length - shown.length)}</Text>
      )}
    </>
  );
}
