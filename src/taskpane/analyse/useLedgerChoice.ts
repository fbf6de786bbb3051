import { useCallback, useEffect, useState } from 'react';
import type { AnalyseAgeingRequest } from '../../actions/analyseAgeingTypes';
import type { LedgerField } from '../../engine/ledger/fields';
import { usePane } from '../paneContext';
import type { LedgerCandidate, LedgerInspection } from '../services';

export type ColumnChoices = Partial<Record<LedgerField, string>>;

export interface LedgerChoice {
  /** False until the sheets and the saved settings are known. */
  ready: boolean;
  candidates: LedgerCandidate[];
  sheet: string | undefined;
  chooseSheet(sheet: string): void;
  /** Undefined while loading or when the sheet has no recognised header. */
  inspection: LedgerInspection | undefined;
  inspecting: boolean;
  /** The columns the user picked, over what detection found. */
  choices: ColumnChoices;
  chooseColumn(field: LedgerField, header: string): void;
  /** Drops the column choices (a saved one may name a header the sheet no longer has). */
  resetColumns(): void;
  /** The workbook's saved settings, kept for the fields the pane does not show. */
  saved: AnalyseAgeingRequest;
  /** A failure while reading the workbook, shown like an analysis error. */
  error: unknown;
}

/**
 * The ledger sheet and its columns: the saved or detected sheet preselected,
 * the column mapping inspected again whenever the sheet or a choice changes.
 */
export function useLedgerChoice(): LedgerChoice {
  const { port, services } = usePane();
  const [ready, setReady] = useState(false);
  const [candidates, setCandidates] = useState<LedgerCandidate[]>([]);
  const [sheet, setSheet] = useState<string>();
  const [choices, setChoices] = useState<ColumnChoices>({});
  const [saved, setSaved] = useState<AnalyseAgeingRequest>({});
  const [inspection, setInspection] = useState<LedgerInspection>();
  const [inspecting, setInspecting] = useState(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    let live = true;
    Promise.all([services.listLedgerCandidates(port), services.loadSavedRequest(port)])
      .then(([found, request]) => {
        if (!live) return;
        setCandidates(found);
        setSaved(request);
        const first = preselect(found, request.sheet);
        // Saved column choices name headers of the saved sheet only.
        const sameSheet = request.sheet === undefined || request.sheet === first;
        setChoices(sameSheet ? (request.map ?? {}) : {});
        setSheet(first);
        setReady(true);
      })
      .catch((failure: unknown) => {
        if (!live) return;
        setError(failure);
        setReady(true);
      });
    return () => {
      live = false;
    };
  }, [port, services]);

  useEffect(() => {
    if (sheet === undefined) return;
    let live = true;
    setInspecting(true);
    services
      .inspectLedgerSheet(port, sheet, Object.keys(choices).length > 0 ? choices : undefined)
      .then((found) => {
        if (!live) return;
        setInspection(found);
        setError(undefined);
      })
      .catch((failure: unknown) => {
        if (!live) return;
        setInspection(undefined);
        setError(failure);
      })
      .finally(() => {
        if (live) setInspecting(false);
      });
    return () => {
      live = false;
    };
  }, [port, services, sheet, choices]);

  const chooseSheet = useCallback((next: string) => {
    // Column choices belong to one sheet's headers; another sheet starts from detection.
    setChoices({});
    setSheet(next);
  }, []);

  const chooseColumn = useCallback((field: LedgerField, header: string) => {
    setChoices((current) => ({ ...current, [field]: header }));
  }, []);

  const resetColumns = useCallback(() => setChoices({}), []);

  return {
    ready,
    candidates,
    sheet,
    chooseSheet,
    inspection,
    inspecting,
    choices,
    chooseColumn,
    resetColumns,
    saved,
    error,
  };
}

function preselect(
  candidates: LedgerCandidate[],
  savedSheet: string | undefined,
): string | undefined {
  if (savedSheet !== undefined && candidates.some((candidate) => candidate.sheet === savedSheet)) {
    return savedSheet;
  }
  const detected = candidates.find((candidate) => candidate.headerRow !== undefined);
  return (detected ?? candidates[0])?.sheet;
}
