import { readNotice } from './noticeDialog';

// The notice dialog's page: shows the title and text from its address, as
// plain text, and tells the ribbon command when the user closes it. The text
// shows even if office.js fails to load; only the button needs Office.
const CLOSE = { en: 'Close', fr: 'Fermer' } as const;

const notice = readNotice(window.location.search);
document.documentElement.lang = notice.language;
document.title = notice.title;
const title = document.getElementById('notice-title');
const text = document.getElementById('notice-text');
const close = document.getElementById('notice-close');
if (title) title.textContent = notice.title;
if (text) text.textContent = notice.text;
if (close) close.textContent = CLOSE[notice.language];

if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    close?.addEventListener('click', () => Office.context.ui.messageParent('close'));
    close?.focus();
  });
}
