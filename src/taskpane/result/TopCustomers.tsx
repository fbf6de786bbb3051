import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { SummaryCustomer } from '../../engine/summary/types';
import { formatAmount } from '../format';
import { usePane } from '../paneContext';
import { useResultTableStyles } from './tableStyles';

/** How many customers the pane lists per currency. */
export const TOP_CUSTOMERS = 5;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  code: { display: 'block', color: tokens.colorNeutralForeground2 },
});

/**
 * The customers owing the most overdue money, one table per currency: the
 * currency in the caption leaves the amounts room enough for the names.
 */
export function TopCustomers({ customers }: { customers: SummaryCustomer[] }) {
  const { strings, language } = usePane();
  const styles = useStyles();
  const tableStyles = useResultTableStyles();
  const groups = topOverdue(customers, TOP_CUSTOMERS);
  if (groups.length === 0) return <Text>{strings.noOverdueCustomers}</Text>;

  return (
    <div className={styles.list}>
      {groups.map(({ currency, top }) => (
        <Table
          key={currency}
          size="small"
          className={tableStyles.table}
          aria-label={strings.topCustomersCaption(currency)}
          data-currency={currency}
        >
          <caption className={styles.caption}>{currency}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{strings.customer}</TableHeaderCell>
              <TableHeaderCell className={tableStyles.amountHeader}>
                {strings.overdue}
              </TableHeaderCell>
              <TableHeaderCell className={tableStyles.amountHeader}>{strings.open}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {top.map((customer) => (
              <TableRow key={customer.key}>
                <TableCell>
                  {customer.name === '' || customer.name === customer.key ? (
                    customer.key
                  ) : (
                    <>
                      {customer.name}
                      <Text size={200} className={styles.code}>
                        {customer.key}
                      </Text>
                    </>
                  )}
                </TableCell>
                <TableCell className={tableStyles.amount}>
                  {formatAmount(customer.overdue, currency, language, { symbol: false })}
                </TableCell>
                <TableCell className={tableStyles.amount}>
                  {formatAmount(customer.open, currency, language, { symbol: false })}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ))}
    </div>
  );
}

/** The `count` largest overdue balances of each currency, currencies in their given order. */
export function topOverdue(
  customers: SummaryCustomer[],
  count: number,
): { currency: string; top: SummaryCustomer[] }[] {
  const byCurrency = new Map<string, SummaryCustomer[]>();
  for (const customer of customers) {
    if (customer.overdue <= 0) continue;
    const group = byCurrency.get(customer.currency) ?? [];
    group.push(customer);
    byCurrency.set(customer.currency, group);
  }
  return [...byCurrency].map(([currency, group]) => ({
    currency,
    top: [...group].sort((a, b) => b.overdue - a.overdue).slice(0, count),
  }));
}
