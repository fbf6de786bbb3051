import { webLightTheme } from '@fluentui/react-components';
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Language } from '../../engine/ledger/types';
import type { WorkbookPort } from '../../port/workbookPort';
import { App } from '../App';
import type { PanePage } from '../pageFromQuery';
import type { PaneServices } from '../services';
import type { AnalyseAgeingResult } from '../../actions/analyseAgeingTypes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom lays nothing out, so it has no ResizeObserver; Fluent's message bar asks for one.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

export interface Rendered {
  container: HTMLElement;
  unmount(): void;
}

/** Renders an element into a fresh container and lets its effects settle. */
export async function render(element: ReactElement): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(container);
    root.render(element);
  });
  await settle();
  return {
    container,
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

interface PaneOptions {
  port: WorkbookPort;
  services: PaneServices;
  language?: Language;
  page?: PanePage;
  onAnalysed?: (result: AnalyseAgeingResult) => void;
}

/** The whole pane, light theme, on the Analyse page unless told otherwise. */
export function renderPane(options: PaneOptions): Promise<Rendered> {
  return render(
    <App
      port={options.port}
      services={options.services}
      language={options.language ?? 'en'}
      theme={webLightTheme}
      initialPage={options.page ?? 'analyse'}
      {...(options.onAnalysed ? { onAnalysed: options.onAnalysed } : {})}
    />,
  );
}

/** Lets pending promises and the renders they cause finish. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** The form control whose label reads `label`. */
export function control<T extends HTMLElement>(container: HTMLElement, label: string): T {
  const labels = [...container.querySelectorAll('label')].filter(
    (element) => element.textContent?.trim() === label,
  );
  const first = labels[0];
  if (labels.length !== 1 || !first) {
    throw new Error(`expected one label "${label}", found ${labels.length}`);
  }
  const target = first.htmlFor ? container.ownerDocument.getElementById(first.htmlFor) : null;
  if (!target) throw new Error(`label "${label}" points at no control`);
  return target as T;
}

/** Types into an input or picks an option the way React sees a user do it. */
export async function changeValue(element: HTMLInputElement | HTMLSelectElement, value: string) {
  const prototype = Object.getPrototypeOf(element) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  await act(async () => {
    setter?.call(element, value);
    element.dispatchEvent(
      new Event(element.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }),
    );
  });
  await settle();
}

/** Clicks an element and lets what it starts finish. */
export async function click(element: Element): Promise<void> {
  await act(async () => {
    (element as HTMLElement).click();
  });
  await settle();
}

/** The button whose accessible text is `name`. */
export function button(container: HTMLElement, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].filter(
    (element) => (element.getAttribute('aria-label') ?? element.textContent?.trim()) === name,
  );
  if (found.length !== 1 || !found[0])
    throw new Error(`expected one button "${name}", found ${found.length}`);
  return found[0];
}

/** Waits, letting renders happen, until `find` gives something; fails after `timeoutMs`. */
export async function waitFor<T>(
  find: () => T | null | undefined,
  what: string,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== null && found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
}
