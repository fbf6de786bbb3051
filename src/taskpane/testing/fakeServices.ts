import type { AnalyseAgeingRequest, AnalyseAgeingResult } from '../../actions/analyseAgeingTypes';
import type { LedgerField } from '../../engine/ledger/fields';
import { ReceivablesError } from '../../engine/errors/receivablesError';
import type { LedgerCandidate, LedgerInspection, PaneServices } from '../services';

type Map = Partial<Record<LedgerField, string>>;

interface FakeServicesSetup {
  candidates?: LedgerCandidate[];
  saved?: AnalyseAgeingRequest;
  /** Headers and detected columns per sheet; a sheet left out has no recognised header. */
  inspections?: Record<string, Omit<LedgerInspection, 'sheet'>>;
  /** What analyseAgeing gives back, or the error it throws. */
  outcome?: AnalyseAgeingResult | Error;
}

/**
 * Stand-ins for the user actions that record what the pane asked. Like the
 * real ones, a map naming a header the sheet lacks is an UNKNOWN_COLUMN error,
 * '' leaves a field out, and a sheet left without a customer, a date or an
 * amount column has no recognised header.
 */
export function fakeServices(setup: FakeServicesSetup) {
  const calls = {
    inspect: [] as { sheet: string; map: Map | undefined }[],
    analyse: [] as AnalyseAgeingRequest[],
  };
  const services: PaneServices = {
    listLedgerCandidates: async () => setup.candidates ?? [],
    loadSavedRequest: async () => setup.saved ?? {},
    inspectLedgerSheet: async (_port, sheet, map) => {
      calls.inspect.push({ sheet, map });
      const found = setup.inspections?.[sheet];
      if (!found) return undefined;
      const columns = { ...found.columns };
      for (const [field, header] of Object.entries(map ?? {})) {
        if (header === '') {
          delete columns[field as LedgerField];
          continue;
        }
        if (!found.headers.includes(header)) {
          throw new ReceivablesError(
            'UNKNOWN_COLUMN',
            `No column "${header}" on sheet "${sheet}". Headers seen: ${found.headers.join(', ')}.`,
          );
        }
        for (const [other, otherHeader] of Object.entries(columns)) {
          if (otherHeader === header) delete columns[other as LedgerField];
        }
        columns[field as LedgerField] = header;
      }
      if (!isComplete(columns)) return undefined;
      return { sheet, headerRow: found.headerRow, headers: found.headers, columns };
    },
    analyseAgeing: async (_port, request, onProgress) => {
      calls.analyse.push(request);
      onProgress?.('reading', 0.5);
      onProgress?.('writing', 1);
      onProgress?.('done', 1);
      if (setup.outcome instanceof Error) throw setup.outcome;
      if (!setup.outcome) throw new Error('fakeServices: no outcome set up for analyseAgeing');
      return setup.outcome;
    },
  };
  return { services, calls };
}

function isComplete(columns: Map): boolean {
  return (
    (columns.customerCode !== undefined || columns.customerName !== undefined) &&
    (columns.dueDate !== undefined || columns.invoiceDate !== undefined) &&
    (columns.amount !== undefined || columns.openAmount !== undefined)
  );
}
