/** The steps of a command-line run, in order. */
export type CliPhase = 'reading' | 'finding' | 'analysing' | 'writing';

const BAR_WIDTH = 24;

/**
 * One frame of the terminal progress bar: `[#####.....]  45% reading`,
 * starting with a carriage return so the next frame draws over it.
 *
 * @example
 * renderProgress('writing', 0.5) // '\r[############............]  50% writing   '
 */
export function renderProgress(phase: CliPhase, fraction: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const filled = Math.round(clamped * BAR_WIDTH);
  const bar = '#'.repeat(filled) + '.'.repeat(BAR_WIDTH - filled);
  const percent = String(Math.round(clamped * 100)).padStart(3, ' ');
  return `\r[${bar}] ${percent}% ${phase.padEnd(10, ' ')}`;
}

/** Clears the bar's line. */
export const CLEAR_PROGRESS = `\r${' '.repeat(BAR_WIDTH + 18)}\r`;

/**
 * A progress reporter that draws on a terminal, only when a frame changes
 * (at most one per percent), and draws nothing when `write` is undefined.
 */
export function createProgressBar(write: ((text: string) => void) | undefined): {
  update(phase: CliPhase, fraction: number): void;
  finish(): void;
} {
  let last = '';
  return {
    update(phase, fraction) {
      if (write === undefined) return;
      const frame = renderProgress(phase, fraction);
      if (frame !== last) write(frame);
      last = frame;
    },
    finish() {
      if (write !== undefined && last !== '') write(CLEAR_PROGRESS);
      last = '';
    },
  };
}
