import type { Language } from '../engine/ledger/types';
import { createLogger } from '../log/logger';
import type { Notice } from './analyseCommand';

const log = createLogger('notice-dialog');

/** Long messages are cut so the dialog's address stays well under URL limits. */
const MAX_TEXT = 1500;

/**
 * The address of the notice page for `notice`, next to the page at `pageUrl`.
 *
 * @example
 * noticeUrl('https://localhost:3000/commands.html', notice);
 * // 'https://localhost:3000/notice.html?lang=en&title=...&text=...'
 */
export function noticeUrl(pageUrl: string, notice: Notice): string {
  const url = new URL('notice.html', pageUrl);
  const text = notice.text.length > MAX_TEXT ? `${notice.text.slice(0, MAX_TEXT)}…` : notice.text;
  url.search = new URLSearchParams({ lang: notice.language, title: notice.title, text }).toString();
  return url.href;
}

/** What the notice page reads back from its address. */
export function readNotice(search: string): Notice {
  const params = new URLSearchParams(search);
  const language: Language = params.get('lang') === 'fr' ? 'fr' : 'en';
  return { language, title: params.get('title') ?? '', text: params.get('text') ?? '' };
}

/**
 * Shows `notice` in a small Office dialog and resolves when the user closes
 * it. A ribbon function has no page of its own to show text in, and Excel has
 * no notification call for add-ins, so a dialog is the one supported way.
 */
export function showNoticeDialog(
  notice: Notice,
  pageUrl: string = window.location.href,
): Promise<void> {
  return new Promise((resolve) => {
    const url = noticeUrl(pageUrl, notice);
    Office.context.ui.displayDialogAsync(
      url,
      { height: 30, width: 35, displayInIframe: true },
      (result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          // Limitation: when Excel refuses to open the dialog (another dialog is already open, or a pop-up blocker in Excel on the web), the message only reaches the log; a ribbon function has no other way to show text.
          log.error(`Could not open the notice dialog: ${result.error.message}`, notice);
          resolve();
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve();
        });
        // Closed with its own X button.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });
}
