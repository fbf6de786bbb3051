import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { AnalyseAgeingResult } from '../actions/analyseAgeingTypes';
import type { XlsxWorkbook } from '../adapters/xlsx/xlsxWorkbook';
import type { Language } from '../engine/ledger/types';
import type { WorkbookPort } from '../port/workbookPort';
import { App } from '../taskpane/App';
import { errorMessage } from '../taskpane/ErrorBar';
import { paneStrings } from '../taskpane/i18n/strings';
import type { PaneServices } from '../taskpane/services';
import { demoStrings } from './demoStrings';
import { downloadBytes } from './downloadBytes';
import { analysedFileName, openWorkbook, SAMPLE_PATH } from './openWorkbook';
import { paintingPort } from './paintingPort';
import { SheetPreview } from './SheetPreview';
import { WorkbookPicker } from './WorkbookPicker';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', minHeight: '100vh' },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500 },
  columns: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', flexGrow: 1 },
  pane: {
    width: '380px',
    maxWidth: '100%',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    alignSelf: 'stretch',
  },
  preview: {
    flexGrow: 1,
    flexBasis: '360px',
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
  subtitle: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

interface OpenedWorkbook {
  name: string;
  workbook: XlsxWorkbook;
  /** The same workbook for the pane, repainting between calls. */
  port: WorkbookPort;
  /** Bumped for every workbook opened, so the pane starts afresh on each. */
  id: number;
}

interface DemoAppProps {
  language: Language;
  services: PaneServices;
  /** Fetches the default sample's bytes. */
  loadSample(): Promise<Uint8Array>;
}

/** The task pane on a workbook file, with a preview of what it wrote and a download. */
export function DemoApp({ language, services, loadSample }: DemoAppProps) {
  const styles = useStyles();
  const strings = demoStrings(language);
  const [opened, setOpened] = useState<OpenedWorkbook>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<AnalyseAgeingResult>();
  const [revision, setRevision] = useState(0);

  const open = useCallback(async (name: string, read: () => Promise<Uint8Array>) => {
    setLoading(true);
    setError(undefined);
    setResult(undefined);
    try {
      const workbook = openWorkbook(name, await read());
      const port = paintingPort(workbook);
      setOpened((previous) => ({ name, workbook, port, id: (previous?.id ?? 0) + 1 }));
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  }, []);

  const openSample = useCallback(
    () => open(SAMPLE_PATH.replace(/^.*\//, ''), loadSample),
    [open, loadSample],
  );

  useEffect(() => {
    void openSample();
  }, [openSample]);

  const analysed = useCallback((next: AnalyseAgeingResult) => {
    setResult(next);
    setRevision((current) => current + 1);
  }, []);

  const download = () => {
    if (!opened) return;
    downloadBytes(
      opened.workbook.save(),
      analysedFileName(opened.name, opened.workbook.isMacroEnabled),
    );
  };

  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <div className={styles.page}>
        <header className={styles.header}>
          <h1 className={styles.title}>{strings.title}</h1>
          <Text as="p">{strings.intro}</Text>
          <WorkbookPicker
            strings={strings}
            disabled={loading}
            onFile={(file) =>
              void open(file.name, async () => new Uint8Array(await file.arrayBuffer()))
            }
            onSample={() => void openSample()}
          />
          {loading && <Spinner size="tiny" label={strings.loading} />}
          {opened && !loading && <Text>{strings.loaded(opened.name)}</Text>}
          {error !== undefined && (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>{strings.loadFailed}</MessageBarTitle>
                {errorMessage(error, paneStrings(language))}
              </MessageBarBody>
            </MessageBar>
          )}
        </header>
        <div className={styles.columns}>
          <div className={styles.pane} data-testid="pane">
            {opened && (
              <App
                key={opened.id}
                port={opened.port}
                services={services}
                language={language}
                theme={webLightTheme}
                initialPage="analyse"
                onAnalysed={analysed}
              />
            )}
          </div>
          <section className={styles.preview} aria-labelledby="rd-preview-heading">
            <h2 id="rd-preview-heading" className={styles.subtitle}>
              {strings.previewHeading}
            </h2>
            {result && opened ? (
              <>
                <div>
                  <Button appearance="primary" onClick={download}>
                    {strings.download}
                  </Button>
                </div>
                <SheetPreview
                  port={opened.workbook}
                  sheets={[...new Set(Object.values(result.sheets))]}
                  revision={revision}
                  strings={strings}
                  language={language}
                />
              </>
            ) : (
              <Text>{strings.previewHint}</Text>
            )}
          </section>
        </div>
      </div>
    </FluentProvider>
  );
}
