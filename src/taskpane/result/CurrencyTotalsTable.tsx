import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { SummaryCurrency } from '../../engine/summary/types';
import { formatAmount, formatCount } from '../format';
import { usePane } from '../paneContext';

/** Open, not due, overdue and old amounts, one row per currency (never added together). */
export function CurrencyTotalsTable({ currencies }: { currencies: SummaryCurrency[] }) {
  const { strings, language } = usePane();
  const money = (value: number, currency: string) => formatAmount(value, currency, language);
  return (
    <Table size="small" aria-label={strings.totalsHeading}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.currency}</TableHeaderCell>
          <TableHeaderCell>{strings.count}</TableHeaderCell>
          <TableHeaderCell>{strings.open}</TableHeaderCell>
          <TableHeaderCell>{strings.notDue}</TableHeaderCell>
          <TableHeaderCell>{strings.overdue}</TableHeaderCell>
          <TableHeaderCell>{strings.over90}</TableHeaderCell>
          <TableHeaderCell>{strings.over365}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {currencies.map((totals) => (
          <TableRow key={totals.currency} data-currency={totals.currency}>
            <TableCell>{totals.currency}</TableCell>
            <TableCell data-total="count" data-value={totals.count}>
              {formatCount(totals.count, language)}
            </TableCell>
            <TableCell data-total="open" data-value={totals.open}>
              {money(totals.open, totals.currency)}
            </TableCell>
            <TableCell data-total="notDue" data-value={totals.notDue}>
              {money(totals.notDue, totals.currency)}
            </TableCell>
            <TableCell data-total="overdue" data-value={totals.overdue}>
              {money(totals.overdue, totals.currency)}
            </TableCell>
            <TableCell data-total="over90" data-value={totals.over90}>
              {money(totals.over90, totals.currency)}
            </TableCell>
            <TableCell data-total="over365" data-value={totals.over365}>
              {money(totals.over365, totals.currency)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
