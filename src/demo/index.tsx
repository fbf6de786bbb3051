import { createRoot } from 'react-dom/client';
import { createLogger } from '../log/logger';
import { actionServices } from '../taskpane/actionServices';
import { languageFromTag } from '../taskpane/i18n/language';
import { mountPoint } from '../taskpane/mountPoint';
import { DemoApp } from './DemoApp';
import { SAMPLE_PATH } from './openWorkbook';

const log = createLogger('demo');

async function loadSample(): Promise<Uint8Array> {
  const response = await fetch(SAMPLE_PATH);
  if (!response.ok) {
    throw new Error(`${SAMPLE_PATH}: HTTP ${response.status} ${response.statusText}`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** Outside Office, Office.onReady still resolves (with no host); the demo does not depend on it. */
async function officeReady(): Promise<void> {
  if (typeof Office === 'undefined') {
    log.warn('office.js did not load; the demo runs without it');
    return;
  }
  await Office.onReady();
}

void officeReady().then(() => {
  const language = languageFromTag(navigator.language);
  document.documentElement.lang = language;
  createRoot(mountPoint()).render(
    <DemoApp language={language} services={actionServices} loadSample={loadSample} />,
  );
});
