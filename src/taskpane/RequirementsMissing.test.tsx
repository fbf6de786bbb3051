import { webLightTheme } from '@fluentui/react-components';
import { paneStrings } from './i18n/strings';
import { RequirementsMissing } from './RequirementsMissing';
import { render, type Rendered } from './testing/renderPane';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

const CHECK = { missing: ['ExcelApi 1.7'], message: 'This version of Excel lacks ExcelApi 1.7.' };

describe('RequirementsMissing', () => {
  it('gives the requirements check message in English', async () => {
    rendered = await render(
      <RequirementsMissing theme={webLightTheme} strings={paneStrings('en')} check={CHECK} />,
    );
    expect(rendered.container.querySelector('.fui-MessageBar')?.textContent).toBe(
      'This version of Excel cannot run Receivables DeskThis version of Excel lacks ExcelApi 1.7.',
    );
  });

  it('names the missing set in French', async () => {
    rendered = await render(
      <RequirementsMissing theme={webLightTheme} strings={paneStrings('fr')} check={CHECK} />,
    );
    expect(rendered.container.textContent).toContain(
      'Il manque à cette version d’Excel ExcelApi 1.7, nécessaire pour lire et écrire les feuilles.',
    );
  });
});
