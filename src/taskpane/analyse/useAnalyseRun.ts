import { useCallback, useRef, useState } from 'react';
import type {
  AnalyseAgeingRequest,
  AnalyseAgeingResult,
  AnalysePhase,
} from '../../actions/analyseAgeingTypes';
import { usePane } from '../paneContext';

export interface AnalyseProgress {
  phase: AnalysePhase;
  /** 0 to 1 within the phase. */
  fraction: number;
}

export interface AnalyseRun {
  running: boolean;
  progress: AnalyseProgress | undefined;
  result: AnalyseAgeingResult | undefined;
  error: unknown;
  run(request: AnalyseAgeingRequest): Promise<void>;
}

/** Runs "Analyse ageing" on the pane's workbook and follows its progress. */
export function useAnalyseRun(onAnalysed?: (result: AnalyseAgeingResult) => void): AnalyseRun {
  const { port, services } = usePane();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<AnalyseProgress>();
  const [result, setResult] = useState<AnalyseAgeingResult>();
  const [error, setError] = useState<unknown>();
  const shown = useRef<{ phase: AnalysePhase; percent: number }>(undefined);

  const run = useCallback(
    async (request: AnalyseAgeingRequest) => {
      setRunning(true);
      setError(undefined);
      setResult(undefined);
      setProgress({ phase: 'finding', fraction: 0 });
      shown.current = { phase: 'finding', percent: 0 };
      try {
        const outcome = await services.analyseAgeing(port, request, (phase, fraction) => {
          // A long read reports thousands of times; redraw only when the bar moves by 1%.
          const percent = Math.floor(fraction * 100);
          const last = shown.current;
          if (last && last.phase === phase && last.percent === percent) return;
          shown.current = { phase, percent };
          setProgress({ phase, fraction });
        });
        setResult(outcome);
        onAnalysed?.(outcome);
      } catch (failure) {
        setError(failure);
      } finally {
        setRunning(false);
        setProgress(undefined);
      }
    },
    [port, services, onAnalysed],
  );

  return { running, progress, result, error, run };
}
