import { FakePort } from './testing/fakePort';
import { fakeServices } from './testing/fakeServices';
import { click, renderPane, type Rendered } from './testing/renderPane';
import type { PanePage } from './pageFromQuery';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

async function app(page: PanePage, language: 'en' | 'fr' = 'en') {
  const { services } = fakeServices({});
  rendered = await renderPane({ port: new FakePort({}), services, language, page });
  return rendered.container;
}

function selectedTab(container: HTMLElement): string | null | undefined {
  return container.querySelector('[role="tab"][aria-selected="true"]')?.textContent;
}

describe('the pane', () => {
  it.each([
    ['reminders', 'en', 'Reminders'],
    ['kpis', 'en', 'KPIs'],
    ['analyse', 'fr', 'Analyse'],
    ['kpis', 'fr', 'Indicateurs'],
  ] as const)('opens on the %s page the ribbon asks for (%s)', async (page, language, tab) => {
    const container = await app(page, language);
    expect(selectedTab(container)).toBe(tab);
  });

  it('says what the Reminders page will hold rather than faking it', async () => {
    const container = await app('reminders');
    expect(container.querySelector('[role="tabpanel"]')?.textContent).toContain(
      'This page is not available yet.',
    );
  });

  it('switches page when a tab is chosen', async () => {
    const container = await app('analyse');
    const kpis = [...container.querySelectorAll('[role="tab"]')].find((tab) =>
      tab.textContent?.startsWith('KPIs'),
    );
    if (!kpis) throw new Error('no KPIs tab');
    await click(kpis);
    expect(selectedTab(container)).toBe('KPIs');
  });

  it('tells the user when the workbook has no sheet to read', async () => {
    const container = await app('analyse');
    expect(container.textContent).toContain('This workbook has no sheet to read.');
  });
});
