/**
 * @jest-environment jsdom
 */
import { noticeUrl } from './noticeDialog';

const BODY = `<h1 id="notice-title"></h1><p id="notice-text"></p>
  <button id="notice-close" type="button">Close</button>`;

function openPage(url: string): void {
  const address = new URL(url);
  window.history.pushState({}, '', `${address.pathname}${address.search}`);
  document.body.innerHTML = BODY;
  jest.isolateModules(() => {
    jest.requireActual('./noticePage');
  });
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>)['Office'];
});

describe('the notice page', () => {
  it('shows the message as text, never as markup', () => {
    openPage(
      noticeUrl('http://localhost/commands.html', {
        language: 'en',
        title: 'Analyse ageing could not finish',
        text: 'Customer <img src=x onerror=alert(1)> has no due date.',
      }),
    );

    expect([
      document.getElementById('notice-text')?.textContent,
      document.querySelectorAll('img').length,
    ]).toEqual(['Customer <img src=x onerror=alert(1)> has no due date.', 0]);
  });

  it('speaks French when the notice is French', () => {
    openPage(
      noticeUrl('http://localhost/commands.html', {
        language: 'fr',
        title: "La balance âgée n'a pas pu être calculée",
        text: 'Aucune feuille reconnue.',
      }),
    );

    expect([
      document.documentElement.lang,
      document.getElementById('notice-title')?.textContent,
      document.getElementById('notice-close')?.textContent,
    ]).toEqual(['fr', "La balance âgée n'a pas pu être calculée", 'Fermer']);
  });

  it('tells the ribbon command when the user clicks Close', async () => {
    const messages: string[] = [];
    (globalThis as Record<string, unknown>)['Office'] = {
      onReady: (callback: () => void) => Promise.resolve().then(callback),
      context: { ui: { messageParent: (message: string) => messages.push(message) } },
    };
    openPage(
      noticeUrl('http://localhost/commands.html', { language: 'en', title: 'T', text: 'X' }),
    );
    await Promise.resolve();
    await Promise.resolve();

    document.getElementById('notice-close')?.click();

    expect(messages).toEqual(['close']);
  });
});
