import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { AnalyseAgeingRequest, AnalyseAgeingResult } from '../../actions/analyseAgeingTypes';
import { DEFAULT_BUCKET_BOUNDS } from '../../engine/ageing/types';
import { ReceivablesError } from '../../engine/errors/receivablesError';
import type { Language } from '../../engine/ledger/types';
import { civilDayToIso, todayCivilDay } from '../../engine/dates/civilDay';
import { AsOfField } from '../analyse/AsOfField';
import { BucketsField } from '../analyse/BucketsField';
import { ColumnMapping } from '../analyse/ColumnMapping';
import { checkAsOf, checkBucketText } from '../analyse/formValidation';
import { ProgressPanel } from '../analyse/ProgressPanel';
import { SheetPicker } from '../analyse/SheetPicker';
import { useAnalyseRun } from '../analyse/useAnalyseRun';
import { useLedgerChoice, type LedgerChoice } from '../analyse/useLedgerChoice';
import { ErrorBar } from '../ErrorBar';
import { usePane } from '../paneContext';
import { ResultView } from '../result/ResultView';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  notice: { color: tokens.colorNeutralForeground2 },
});

export interface AnalysePageProps {
  /** Called after each successful analysis (the demo previews the written sheets). */
  onAnalysed?: (result: AnalyseAgeingResult) => void;
}

/** Choose the ledger and the options, run the analysis, read the result. */
export function AnalysePage({ onAnalysed }: AnalysePageProps) {
  const { strings, language } = usePane();
  const styles = useStyles();
  const choice = useLedgerChoice();
  const runner = useAnalyseRun(onAnalysed);
  const [asOf, setAsOf] = useState<string>(() => civilDayToIso(todayCivilDay()));
  const [bucketText, setBucketText] = useState<string>();

  // A comma is the French decimal sign, so French bounds are listed with semicolons.
  const separator = language === 'fr' ? ';' : ',';
  const shownBuckets = bucketText ?? (choice.saved.bounds ?? DEFAULT_BUCKET_BOUNDS).join(separator);
  const asOfCheck = checkAsOf(asOf, strings);
  const bucketCheck = checkBucketText(shownBuckets, strings);
  const busy = runner.running || !choice.ready;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!asOfCheck.ok || !bucketCheck.ok || choice.sheet === undefined || runner.running) return;
    void runner.run(
      buildRequest(choice, choice.sheet, asOfCheck.value, bucketCheck.value, language),
    );
  };

  if (!choice.ready) return <Spinner label={strings.loadingWorkbook} />;

  return (
    <div className={styles.page}>
      <form className={styles.form} onSubmit={submit} noValidate>
        <SheetPicker
          candidates={choice.candidates}
          sheet={choice.sheet}
          disabled={busy}
          onChange={choice.chooseSheet}
        />
        {choice.inspection ? (
          <ColumnMapping
            key={choice.inspection.sheet}
            inspection={choice.inspection}
            choices={choice.choices}
            disabled={busy || choice.inspecting}
            onChange={choice.chooseColumn}
          />
        ) : (
          !choice.inspecting &&
          choice.sheet !== undefined &&
          choice.error === undefined && (
            <p className={styles.notice}>{strings.noHeaderOnSheet(choice.sheet)}</p>
          )
        )}
        <AsOfField
          value={asOf}
          error={asOfCheck.ok ? undefined : asOfCheck.message}
          disabled={runner.running}
          onChange={setAsOf}
        />
        <BucketsField
          value={shownBuckets}
          error={bucketCheck.ok ? undefined : bucketCheck.message}
          disabled={runner.running}
          onChange={setBucketText}
        />
        <div>
          <Button
            type="submit"
            appearance="primary"
            disabled={busy || choice.sheet === undefined}
            disabledFocusable={runner.running}
          >
            {runner.running ? strings.analysing : strings.analyse}
          </Button>
        </div>
      </form>

      {runner.progress && <ProgressPanel progress={runner.progress} />}
      {choice.error !== undefined && <ErrorBar error={choice.error} />}
      {canResetColumns(choice) && (
        <div>
          <Button onClick={choice.resetColumns}>{strings.useDetectedColumns}</Button>
        </div>
      )}
      {runner.error !== undefined && <ErrorBar error={runner.error} />}
      {runner.result && <ResultView result={runner.result} />}
    </div>
  );
}

function isUnknownColumn(error: unknown): boolean {
  return error instanceof ReceivablesError && error.code === 'UNKNOWN_COLUMN';
}

/**
 * Saved column choices can stop fitting the sheet: a header gone, or the
 * choices leaving out every customer, date or amount column (settings saved
 * by another version), so no header row is recognised any more.
 */
function canResetColumns(choice: LedgerChoice): boolean {
  if (Object.keys(choice.choices).length === 0) return false;
  const unrecognised =
    !choice.inspection && !choice.inspecting && choice.sheet !== undefined && !choice.error;
  return unrecognised || isUnknownColumn(choice.error);
}

function buildRequest(
  choice: LedgerChoice,
  sheet: string,
  asOf: string,
  bounds: number[],
  language: Language,
): AnalyseAgeingRequest {
  // Saved options the pane does not show (basis, currency, date order...) are kept as they are.
  const request: AnalyseAgeingRequest = { ...choice.saved, sheet, asOf, bounds, language };
  delete request.map;
  if (Object.keys(choice.choices).length > 0) request.map = choice.choices;
  return request;
}
