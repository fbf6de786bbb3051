import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { AnalyseAgeingResult } from '../../actions/analyseAgeingTypes';
import { usePane } from '../paneContext';
import { BucketChart } from './BucketChart';
import { CurrencyTotalsTable } from './CurrencyTotalsTable';
import { RejectedRows } from './RejectedRows';
import { TopCustomers } from './TopCustomers';
import { WarningList } from './WarningList';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  heading: { margin: `${tokens.spacingVerticalM} 0 0`, fontSize: tokens.fontSizeBase400 },
});

/** What an analysis found: totals, a chart per currency, who to chase, what was rejected. */
export function ResultView({ result }: { result: AnalyseAgeingResult }) {
  const { strings } = usePane();
  const styles = useStyles();
  const { summary, ledger } = result;
  const rows = summary.rows;
  const headingRef = useRef<HTMLHeadingElement>(null);

  // In a narrow pane the result starts below the form, out of sight: each new result is
  // brought into view and given the focus, so sighted and screen reader users both notice it.
  useEffect(() => {
    headingRef.current?.focus();
  }, [result]);

  return (
    <section className={styles.section} aria-labelledby="rd-result-heading" data-testid="result">
      <h2 id="rd-result-heading" className={styles.heading} ref={headingRef} tabIndex={-1}>
        {strings.resultHeading}
      </h2>
      <Text>{strings.rowsRead(rows.accepted, rows.rejected, rows.skipped)}</Text>
      <Text>{strings.sheetsWritten(Object.values(result.sheets).join(', '))}</Text>
      {ledger.warnings.length > 0 && (
        <>
          <h3 className={styles.heading}>{strings.warningsHeading}</h3>
          <WarningList warnings={ledger.warnings} />
        </>
      )}

      <h3 className={styles.heading}>{strings.totalsHeading}</h3>
      <CurrencyTotalsTable currencies={summary.currencies} />
      {summary.currencies.map((totals) => (
        <BucketChart
          key={totals.currency}
          currency={totals.currency}
          buckets={summary.buckets}
          amounts={totals.byBucket}
        />
      ))}

      <h3 className={styles.heading}>{strings.topCustomersHeading}</h3>
      <TopCustomers customers={summary.customers} />

      <h3 className={styles.heading}>{strings.rejectedHeading}</h3>
      <RejectedRows rejected={summary.rejected} source={ledger.source} />
    </section>
  );
}
