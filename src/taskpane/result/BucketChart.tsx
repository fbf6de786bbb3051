import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import { formatAmount } from '../format';
import { usePane } from '../paneContext';
import { bucketLabel } from './bucketLabel';
import { useResultTableStyles } from './tableStyles';

const ROW_HEIGHT = 24;
const FONT_SIZE = 12;
const LABEL_WIDTH = 64;
/** Room for the longest amount, "1 079 889,70 CHF", at FONT_SIZE. */
const AMOUNT_WIDTH = 108;
const WIDTH = 320;
const BAR_WIDTH = WIDTH - LABEL_WIDTH - AMOUNT_WIDTH;

const useStyles = makeStyles({
  figure: { margin: 0 },
  svg: { width: '100%', maxWidth: `${WIDTH}px`, height: 'auto', display: 'block' },
  caption: { fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
});

interface BucketChartProps {
  currency: string;
  buckets: string[];
  /** Amounts in currency units, in step with `buckets`. */
  amounts: number[];
}

/**
 * A horizontal bar per bucket, drawn as SVG, with the same figures as a table
 * beneath it for screen readers and for copying.
 */
export function BucketChart({ currency, buckets, amounts }: BucketChartProps) {
  const { strings, language } = usePane();
  const styles = useStyles();
  const tableStyles = useResultTableStyles();
  const titleId = useId();
  const largest = Math.max(...amounts.map((amount) => Math.abs(amount)), 0);
  const height = buckets.length * ROW_HEIGHT + 4;

  return (
    <figure className={styles.figure} data-chart-currency={currency}>
      <figcaption id={titleId} className={styles.caption}>
        {strings.chartTitle(currency)}
      </figcaption>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={titleId}
      >
        {buckets.map((label, index) => {
          const amount = amounts[index] ?? 0;
          const width = largest === 0 ? 0 : (Math.abs(amount) / largest) * BAR_WIDTH;
          const y = index * ROW_HEIGHT + 2;
          return (
            <g key={label}>
              <text
                x={0}
                y={y + 16}
                fontSize={FONT_SIZE}
                style={{ fill: tokens.colorNeutralForeground1 }}
              >
                {bucketLabel(label, strings)}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y + 4}
                width={Math.max(width, amount === 0 ? 0 : 1)}
                height={ROW_HEIGHT - 8}
                style={{
                  fill:
                    amount < 0 ? tokens.colorPaletteRedBackground3 : tokens.colorBrandBackground,
                }}
              />
              <text
                x={WIDTH}
                y={y + 16}
                fontSize={FONT_SIZE}
                textAnchor="end"
                style={{ fill: tokens.colorNeutralForeground1 }}
              >
                {formatAmount(amount, currency, language)}
              </text>
            </g>
          );
        })}
      </svg>
      <Table
        size="extra-small"
        className={tableStyles.table}
        aria-label={strings.chartTableCaption(currency)}
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.bucket}</TableHeaderCell>
            <TableHeaderCell className={tableStyles.amountHeader}>{strings.amount}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {buckets.map((label, index) => (
            <TableRow key={label}>
              <TableCell>{bucketLabel(label, strings)}</TableCell>
              <TableCell
                className={tableStyles.amount}
                data-bucket={label}
                data-value={amounts[index] ?? 0}
              >
                {formatAmount(amounts[index] ?? 0, currency, language)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </figure>
  );
}
