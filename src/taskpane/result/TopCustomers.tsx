import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { SummaryCustomer } from '../../engine/summary/types';
import { formatAmount } from '../format';
import { usePane } from '../paneContext';
import { useResultTableStyles } from './tableStyles';

/** How many customers the pane lists per currency. */
export const TOP_CUSTOMERS = 5;

/** The customers owing the most overdue money, per currency. */
export function TopCustomers({ customers }: { customers: SummaryCustomer[] }) {
  const { strings, language } = usePane();
  const styles = useResultTableStyles();
  const top = topOverdue(customers, TOP_CUSTOMERS);
  if (top.length === 0) return <Text>{strings.noOverdueCustomers}</Text>;

  return (
    <Table size="small" className={styles.table} aria-label={strings.topCustomersHeading}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.customer}</TableHeaderCell>
          <TableHeaderCell className={styles.amountHeader}>{strings.overdue}</TableHeaderCell>
          <TableHeaderCell className={styles.amountHeader}>{strings.open}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {top.map((customer) => (
          <TableRow key={`${customer.currency}|${customer.key}`}>
            <TableCell>
              {customer.name === '' || customer.name === customer.key
                ? customer.key
                : `${customer.name} (${customer.key})`}
            </TableCell>
            <TableCell className={styles.amount}>
              {formatAmount(customer.overdue, customer.currency, language)}
            </TableCell>
            <TableCell className={styles.amount}>
              {formatAmount(customer.open, customer.currency, language)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The `count` largest overdue balances of each currency, currencies in their given order. */
export function topOverdue(customers: SummaryCustomer[], count: number): SummaryCustomer[] {
  const byCurrency = new Map<string, SummaryCustomer[]>();
  for (const customer of customers) {
    if (customer.overdue <= 0) continue;
    const group = byCurrency.get(customer.currency) ?? [];
    group.push(customer);
    byCurrency.set(customer.currency, group);
  }
  return [...byCurrency.values()].flatMap((group) =>
    [...group].sort((a, b) => b.overdue - a.overdue).slice(0, count),
  );
}
