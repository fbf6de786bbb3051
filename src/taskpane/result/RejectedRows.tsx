import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { LedgerSource } from '../../engine/ledger/types';
import type { SummaryRejection } from '../../engine/summary/types';
import { ErrorBar } from '../ErrorBar';
import { usePane } from '../paneContext';
import { selectRejectedCell } from './rejectedCell';

/** How many rejected rows the pane lists; the rejected rows sheet holds them all. */
export const REJECTED_SHOWN = 100;

interface RejectedRowsProps {
  rejected: SummaryRejection[];
  source: LedgerSource;
}

/** Every rejected row with its reason, and a button that shows the row on the ledger. */
export function RejectedRows({ rejected, source }: RejectedRowsProps) {
  const { strings, port } = usePane();
  const [error, setError] = useState<unknown>();
  if (rejected.length === 0) return <Text>{strings.noRejectedRows}</Text>;

  const shown = rejected.slice(0, REJECTED_SHOWN);
  const select = (row: SummaryRejection) => {
    setError(undefined);
    selectRejectedCell(port, source, row.row, row.field).catch(setError);
  };

  return (
    <>
      {error !== undefined && <ErrorBar error={error} />}
      <Table size="small" aria-label={strings.rejectedHeading}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.row}</TableHeaderCell>
            <TableHeaderCell>{strings.field}</TableHeaderCell>
            <TableHeaderCell>{strings.value}</TableHeaderCell>
            <TableHeaderCell>{strings.reason}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((row) => (
            <TableRow key={`${row.row}|${row.field}`}>
              <TableCell>
                {port.selectCell ? (
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={strings.goToRow(row.row)}
                    onClick={() => select(row)}
                  >
                    {row.row}
                  </Button>
                ) : (
                  row.row
                )}
              </TableCell>
              <TableCell>{strings.fieldLabels[fieldLabelKey(row.field)]}</TableCell>
              <TableCell>{row.value}</TableCell>
              <TableCell>{row.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rejected.length > shown.length && (
        <Text>{strings.moreRejected(rejected.length - shown.length)}</Text>
      )}
    </>
  );
}

function fieldLabelKey(field: SummaryRejection['field']) {
  return field === 'customer' ? 'customerName' : field;
}
