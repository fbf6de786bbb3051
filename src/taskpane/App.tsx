import { FluentProvider, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import type { Language } from '../engine/ledger/types';
import type { WorkbookPort } from '../port/workbookPort';
import { paneStrings } from './i18n/strings';
import { PaneContext, type PaneEnvironment } from './paneContext';
import type { PanePage } from './pageFromQuery';
import { AnalysePage, type AnalysePageProps } from './pages/AnalysePage';
import { ComingPage } from './pages/ComingPage';
import type { PaneServices } from './services';
import { TabStrip, type TabItem } from './TabStrip';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100%',
    boxSizing: 'border-box',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export interface AppProps extends AnalysePageProps {
  port: WorkbookPort;
  services: PaneServices;
  language: Language;
  theme: Theme;
  initialPage: PanePage;
}

/** The task pane: three pages behind tabs, in Office's language and theme. */
export function App({ port, services, language, theme, initialPage, onAnalysed }: AppProps) {
  const [page, setPage] = useState<PanePage>(initialPage);
  const environment = useMemo<PaneEnvironment>(
    () => ({ port, services, language, strings: paneStrings(language) }),
    [port, services, language],
  );
  const { strings } = environment;
  const panelId = useId();
  const tabs: TabItem<PanePage>[] = [
    { value: 'analyse', label: strings.tabAnalyse },
    { value: 'reminders', label: strings.tabReminders },
    { value: 'kpis', label: strings.tabKpis },
  ];

  return (
    <PaneContext.Provider value={environment}>
      <FluentProvider theme={theme} lang={language}>
        <MainFrame title={strings.appTitle}>
          <TabStrip<PanePage>
            items={tabs}
            selected={page}
            onSelect={setPage}
            label={strings.tabsLabel}
            panelId={panelId}
          />
          <div role="tabpanel" id={panelId} aria-label={tabLabel(page, strings)}>
            {page === 'analyse' && <AnalysePage {...(onAnalysed ? { onAnalysed } : {})} />}
            {page === 'reminders' && <ComingPage text={strings.remindersSoon} />}
            {page === 'kpis' && <ComingPage text={strings.kpisSoon} />}
          </div>
        </MainFrame>
      </FluentProvider>
    </PaneContext.Provider>
  );
}

function MainFrame({ title, children }: { title: string; children: React.ReactNode }) {
  const styles = useStyles();
  return (
    <main className={styles.main}>
      <h1 className={styles.title}>{title}</h1>
      {children}
    </main>
  );
}

function tabLabel(page: PanePage, strings: PaneEnvironment['strings']): string {
  if (page === 'reminders') return strings.tabReminders;
  if (page === 'kpis') return strings.tabKpis;
  return strings.tabAnalyse;
}
