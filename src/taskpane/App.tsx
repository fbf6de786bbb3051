import {
  FluentProvider,
  makeStyles,
  Tab,
  TabList,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Language } from '../engine/ledger/types';
import type { WorkbookPort } from '../port/workbookPort';
import { paneStrings } from './i18n/strings';
import { PaneContext, type PaneEnvironment } from './paneContext';
import type { PanePage } from './pageFromQuery';
import { AnalysePage, type AnalysePageProps } from './pages/AnalysePage';
import { ComingPage } from './pages/ComingPage';
import type { PaneServices } from './services';

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

  return (
    <PaneContext.Provider value={environment}>
      <FluentProvider theme={theme} lang={language}>
        <MainFrame title={strings.appTitle}>
          <TabList
            selectedValue={page}
            onTabSelect={(_event, data) => setPage(data.value as PanePage)}
            aria-label={strings.tabsLabel}
          >
            <Tab value="analyse">{strings.tabAnalyse}</Tab>
            <Tab value="reminders">{strings.tabReminders}</Tab>
            <Tab value="kpis">{strings.tabKpis}</Tab>
          </TabList>
          <div role="tabpanel" aria-label={tabLabel(page, strings)}>
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
