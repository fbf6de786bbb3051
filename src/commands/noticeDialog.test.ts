import type { Notice } from './analyseCommand';
import { noticeUrl, readNotice, showNoticeDialog } from './noticeDialog';

const notice: Notice = {
  language: 'fr',
  title: "La balance âgée n'a pas pu être calculée",
  text: 'Aucune feuille ne contient d\'en-tête reconnu ; vu : "Échéance", "Montant & TVA", 30 %.',
};

type Handler = (arg: unknown) => void;

/** Just enough of Office's dialog API, strict about event names like Office is. */
class FakeDialogHost {
  readonly opened: string[] = [];
  readonly handlers = new Map<string, Handler>();
  closed = 0;

  constructor(private readonly refuseWith?: string) {}

  install(): void {
    (globalThis as Record<string, unknown>)['Office'] = {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      EventType: {
        DialogMessageReceived: 'dialogMessageReceived',
        DialogEventReceived: 'dialogEventReceived',
      },
      context: {
        ui: {
          displayDialogAsync: (
            url: string,
            _options: unknown,
            callback: (result: unknown) => void,
          ) => {
            this.opened.push(url);
            if (this.refuseWith !== undefined) {
              callback({ status: 'failed', error: { code: 12007, message: this.refuseWith } });
              return;
            }
            const dialog = {
              addEventHandler: (type: string, handler: Handler) => {
                if (type !== 'dialogMessageReceived' && type !== 'dialogEventReceived') {
                  throw new Error(`Unknown dialog event type ${type}`);
                }
                this.handlers.set(type, handler);
              },
              close: () => {
                this.closed += 1;
              },
            };
            callback({ status: 'succeeded', value: dialog });
          },
        },
      },
    };
  }

  fire(type: 'dialogMessageReceived' | 'dialogEventReceived', arg: unknown): void {
    const handler = this.handlers.get(type);
    if (!handler) throw new Error(`No handler for ${type}`);
    handler(arg);
  }
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>)['Office'];
});

describe('noticeUrl and readNotice', () => {
  it('carry accents, quotes and ampersands through the address unchanged', () => {
    const url = new URL(noticeUrl('https://localhost:3000/commands.html', notice));

    expect(readNotice(url.search)).toEqual(notice);
  });

  it('point at notice.html in the folder the commands page is served from', () => {
    const url = new URL(noticeUrl('https://addins.example.com/rd/commands.html?x=1', notice));

    expect(url.origin + url.pathname).toBe('https://addins.example.com/rd/notice.html');
  });

  it('cut a very long message to 1500 characters and an ellipsis', () => {
    const long = { ...notice, text: 'é'.repeat(4000) };

    const read = readNotice(
      new URL(noticeUrl('https://localhost:3000/commands.html', long)).search,
    );

    expect(read.text).toBe(`${'é'.repeat(1500)}…`);
  });

  it('reads an unknown language as English', () => {
    expect(readNotice('?lang=de&title=T&text=X').language).toBe('en');
  });
});

describe('showNoticeDialog', () => {
  it('opens the notice page for the message', async () => {
    const host = new FakeDialogHost();
    host.install();

    const shown = showNoticeDialog(notice, 'https://localhost:3000/commands.html');
    host.fire('dialogMessageReceived', { message: 'close' });
    await shown;

    expect(readNotice(new URL(host.opened[0] ?? '').search)).toEqual(notice);
  });

  it('closes the dialog when the page asks to', async () => {
    const host = new FakeDialogHost();
    host.install();

    const shown = showNoticeDialog(notice, 'https://localhost:3000/commands.html');
    host.fire('dialogMessageReceived', { message: 'close' });
    await shown;

    expect(host.closed).toBe(1);
  });

  it('settles when the user closes the dialog with its own button', async () => {
    const host = new FakeDialogHost();
    host.install();

    const shown = showNoticeDialog(notice, 'https://localhost:3000/commands.html');
    host.fire('dialogEventReceived', { error: 12006 });

    await expect(shown).resolves.toBeUndefined();
  });

  it('settles when Excel refuses to open the dialog', async () => {
    new FakeDialogHost('A dialog box is already opened from this add-in.').install();

    await expect(
      showNoticeDialog(notice, 'https://localhost:3000/commands.html'),
    ).resolves.toBeUndefined();
  });
});
