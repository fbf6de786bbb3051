import { CLEAR_PROGRESS, createProgressBar, renderProgress } from './progress';

describe('renderProgress', () => {
  it.each([
    [0, '\r[........................]   0% reading   '],
    [0.5, '\r[############............]  50% reading   '],
    [1, '\r[########################] 100% reading   '],
    [7, '\r[########################] 100% reading   '],
    [Number.NaN, '\r[........................]   0% reading   '],
  ])('draws %d as a bar', (fraction, expected) => {
    expect(renderProgress('reading', fraction)).toBe(expected);
  });
});

describe('createProgressBar', () => {
  it('draws a frame only when it changes, then clears the line', () => {
    const frames: string[] = [];
    const bar = createProgressBar((text) => frames.push(text));
    bar.update('analysing', 0.5);
    bar.update('analysing', 0.501);
    bar.update('writing', 1);
    bar.finish();
    expect(frames).toEqual([
      renderProgress('analysing', 0.5),
      renderProgress('writing', 1),
      CLEAR_PROGRESS,
    ]);
  });
});
