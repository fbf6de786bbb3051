import { createRoot } from 'react-dom/client';
import { createOfficeWorkbook } from '../adapters/office/officeWorkbook';
import { checkExcelRequirements } from '../adapters/office/requirements';
import { actionServices } from './actionServices';
import { App } from './App';
import { languageFromTag } from './i18n/language';
import { paneStrings } from './i18n/strings';
import { mountPoint } from './mountPoint';
import { pageFromQuery } from './pageFromQuery';
import { RequirementsMissing } from './RequirementsMissing';
import { themeFromOffice } from './theme';

void Office.onReady(() => {
  const language = languageFromTag(Office.context?.displayLanguage ?? navigator.language);
  // Limitation: the theme is read once when the pane opens; switching Office's theme while the
  // pane is open takes effect the next time it opens, as Office gives no theme-change event on
  // most hosts.
  const theme = themeFromOffice(Office.context?.officeTheme);
  document.documentElement.lang = language;
  const root = createRoot(mountPoint());

  const requirements = checkExcelRequirements();
  if (!requirements.ok) {
    root.render(
      <RequirementsMissing theme={theme} strings={paneStrings(language)} check={requirements} />,
    );
    return;
  }
  root.render(
    <App
      port={createOfficeWorkbook()}
      services={actionServices}
      language={language}
      theme={theme}
      initialPage={pageFromQuery(window.location.search)}
    />,
  );
});
