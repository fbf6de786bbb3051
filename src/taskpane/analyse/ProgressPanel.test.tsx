import type { AnalyseAgeingResult } from '../../actions/analyseAgeingTypes';
import { FakePort } from '../testing/fakePort';
import { fakeServices } from '../testing/fakeServices';
import { button, click, renderPane, settle, type Rendered } from '../testing/renderPane';
import { resultFixture } from '../testing/resultFixture';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

/** The pane in the middle of an analysis that has read 40% of the ledger. */
async function midway() {
  let finish: (result: AnalyseAgeingResult) => void = () => undefined;
  const { services } = fakeServices({ candidates: [{ sheet: 'Balance', headerRow: 1 }] });
  services.analyseAgeing = (_port, _request, onProgress) => {
    onProgress?.('finding', 1);
    onProgress?.('reading', 0.4);
    return new Promise((resolve) => {
      finish = resolve;
    });
  };
  rendered = await renderPane({ port: new FakePort({ Balance: [['Compte']] }), services });
  const container = rendered.container;
  await click(button(container, 'Analyse ageing'));
  return { container, finish: (result: AnalyseAgeingResult) => finish(result) };
}

describe('while the analysis runs', () => {
  it('shows the phase and how far through it the analysis is', async () => {
    const { container } = await midway();
    const bar = container.querySelector('[role="progressbar"]');
    expect([bar?.getAttribute('aria-label'), bar?.getAttribute('aria-valuenow')]).toEqual([
      'Reading the ledger',
      '0.4',
    ]);
  });

  it('keeps the Analyse button focusable but unusable', async () => {
    const { container } = await midway();
    const running = button(container, 'Analysing…');
    expect([running.getAttribute('aria-disabled'), running.disabled]).toEqual(['true', false]);
  });

  it('removes the progress bar once the result is shown', async () => {
    const { container, finish } = await midway();
    finish(resultFixture());
    await settle();
    expect([
      container.querySelector('[role="progressbar"]'),
      container.querySelector('[data-testid="result"]') !== null,
    ]).toEqual([null, true]);
  });
});
