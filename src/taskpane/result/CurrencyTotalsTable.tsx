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
import { useResultTableStyles } from './tableStyles';

type Measure = 'open' | 'notDue' | 'overdue' | 'over90' | 'over365';
const MEASURES: Measure[] = ['open', 'notDue', 'overdue', 'over90', 'over365'];

/**
 * Open, not due, overdue and old amounts, one column per currency (currencies
 * are never added together). Measures run down the side so the table fits a
 * narrow pane.
 */
export function CurrencyTotalsTable({ currencies }: { currencies: SummaryCurrency[] }) {
  const { strings, language } = usePane();
  const styles = useResultTableStyles();
  return (
    <Table size="small" className={styles.table} aria-label={strings.totalsHeading}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.currency}</TableHeaderCell>
          {currencies.map((totals) => (
            <TableHeaderCell key={totals.currency} className={styles.amountHeader}>
              {totals.currency}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        <TableRow>
          <TableCell>{strings.count}</TableCell>
          {currencies.map((totals) => (
            <TableCell
              key={totals.currency}
              className={styles.amount}
              data-currency={totals.currency}
              data-total="count"
              data-value={totals.count}
            >
              {formatCount(totals.count, language)}
            </TableCell>
          ))}
        </TableRow>
        {MEASURES.map((measure) => (
          <TableRow key={measure}>
            <TableCell>{strings[measure]}</TableCell>
            {currencies.map((totals) => (
              <TableCell
                key={totals.currency}
                className={styles.amount}
                data-currency={totals.currency}
                data-total={measure}
                data-value={totals[measure]}
              >
                {formatAmount(totals[measure], totals.currency, language)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
