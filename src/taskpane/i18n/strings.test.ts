import type { PaneStrings } from './strings';
import { paneStrings } from './strings';

const en = paneStrings('en');
const fr = paneStrings('fr');

/** Every text of a language, the functions called with sample arguments. */
function allTexts(strings: PaneStrings): string[] {
  const texts: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'function') {
      // Each text function takes either a name or a list first; the other kind throws.
      for (const first of ['Balance', ['ExcelApi 1.7']]) {
        try {
          texts.push(String((value as (...args: unknown[]) => unknown)(first, 4, 5)));
        } catch {
          continue;
        }
      }
    } else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(strings);
  return texts;
}

describe('the French texts', () => {
  it.each([':', ';', '!', '?', '»'])('never put a plain space before "%s"', (mark) => {
    expect(allTexts(fr).filter((text) => text.includes(` ${mark}`))).toEqual([]);
  });

  it('never put a plain space after "«"', () => {
    expect(allTexts(fr).filter((text) => text.includes('« '))).toEqual([]);
  });

  it('write apostrophes as typographic ones', () => {
    expect(allTexts(fr).filter((text) => text.includes("'"))).toEqual([]);
  });
});

describe('the row counts', () => {
  it.each([
    [en, [1, 0, 0], '1 row accepted, 0 rejected, 0 skipped.'],
    [en, [12345, 2, 3], '12,345 rows accepted, 2 rejected, 3 skipped.'],
    [fr, [1, 1, 0], '1 ligne acceptée, 1 rejetée, 0 ignorée.'],
    [fr, [12345, 2, 3], '12\u202f345 lignes acceptées, 2 rejetées, 3 ignorées.'],
  ] as const)('are written with their nouns and digit grouping (%#)', (strings, counts, text) => {
    const [accepted, rejected, skipped] = counts;
    expect(strings.rowsRead(accepted, rejected, skipped)).toBe(text);
  });

  it.each([
    [en, 1, 'And 1 more row: see the rejected rows sheet.'],
    [fr, 1200, 'Et 1\u202f200 autres lignes\u00a0: voir la feuille des lignes rejetées.'],
  ] as const)('say how many rejected rows are not listed (%#)', (strings, more, text) => {
    expect(strings.moreRejected(more)).toBe(text);
  });
});
