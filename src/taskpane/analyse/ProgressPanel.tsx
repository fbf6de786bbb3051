import { Field, ProgressBar } from '@fluentui/react-components';
import { usePane } from '../paneContext';
import type { AnalyseProgress } from './useAnalyseRun';

/** Which phase the analysis is in, and how far through it. */
export function ProgressPanel({ progress }: { progress: AnalyseProgress }) {
  const { strings } = usePane();
  const label = strings.phases[progress.phase];
  return (
    <Field label={label} validationState="none" aria-live="polite">
      <ProgressBar value={Math.min(1, Math.max(0, progress.fraction))} aria-label={label} />
    </Field>
  );
}
