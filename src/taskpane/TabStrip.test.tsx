import { act, useState } from 'react';
import { render, type Rendered } from './testing/renderPane';
import { TabStrip } from './TabStrip';

type Page = 'one' | 'two' | 'three';

function Harness() {
  const [page, setPage] = useState<Page>('one');
  return (
    <TabStrip<Page>
      items={[
        { value: 'one', label: 'One' },
        { value: 'two', label: 'Two' },
        { value: 'three', label: 'Three' },
      ]}
      selected={page}
      onSelect={setPage}
      label="Pages"
      panelId="panel"
    />
  );
}

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

async function pressOnSelected(key: string) {
  rendered = rendered ?? (await render(<Harness />));
  const selected = rendered.container.querySelector<HTMLElement>('[aria-selected="true"]');
  await act(async () => {
    selected?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
  return rendered.container;
}

describe('TabStrip', () => {
  it('makes only the selected tab a tab stop', async () => {
    rendered = await render(<Harness />);
    const stops = [...rendered.container.querySelectorAll('[role="tab"]')].map((tab) =>
      tab.getAttribute('tabindex'),
    );
    expect(stops).toEqual(['0', '-1', '-1']);
  });

  it.each([
    ['ArrowRight', 'Two'],
    ['ArrowLeft', 'Three'],
    ['End', 'Three'],
    ['Home', 'One'],
  ])('selects and focuses the next tab on %s', async (key, label) => {
    const container = await pressOnSelected(key);
    const selected = container.querySelector('[aria-selected="true"]');
    expect([selected?.textContent, document.activeElement === selected]).toEqual([label, true]);
  });
});
