import { makeStyles } from '@fluentui/react-components';

/**
 * Result tables in a narrow pane: columns sized by their content, so names
 * get what the amounts leave; amounts right-aligned with even digit widths,
 * so they line up by their decimals, and never broken over two lines.
 */
export const useResultTableStyles = makeStyles({
  table: { tableLayout: 'auto' },
  amount: {
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
  },
  amountHeader: {
    textAlign: 'right',
    whiteSpace: 'nowrap',
    '& .fui-TableHeaderCell__button': { justifyContent: 'flex-end' },
  },
});
