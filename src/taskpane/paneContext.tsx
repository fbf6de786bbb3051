import { createContext, useContext } from 'react';
import type { Language } from '../engine/ledger/types';
import type { WorkbookPort } from '../port/workbookPort';
import type { PaneStrings } from './i18n/strings';
import type { PaneServices } from './services';

/** What every pane component may use: the workbook, the actions and the texts. */
export interface PaneEnvironment {
  port: WorkbookPort;
  services: PaneServices;
  language: Language;
  strings: PaneStrings;
}

export const PaneContext = createContext<PaneEnvironment | undefined>(undefined);

export function usePane(): PaneEnvironment {
  const environment = useContext(PaneContext);
  if (!environment) throw new Error('usePane() needs a PaneContext provider above it');
  return environment;
}
