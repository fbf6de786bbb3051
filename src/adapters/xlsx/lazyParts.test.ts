import { strToU8, zipSync } from 'fflate';
import { ReceivablesError } from '../../engine/errors/receivablesError';
import { LazyParts } from './lazyParts';
import { readRawEntries, type RawEntry } from './rawZip';

function entriesOf(files: Record<string, Uint8Array>, level: 0 | 6): RawEntry[] {
  return readRawEntries(zipSync(files, { level })) ?? [];
}

describe('LazyParts', () => {
  it.each([
    ['deflated', 6 as const],
    ['stored', 0 as const],
  ])('unzips a %s part when it is asked for', (_kind, level) => {
    const parts = new LazyParts(entriesOf({ 'xl/workbook.xml': strToU8('<workbook/>') }, level));
    expect(new TextDecoder().decode(parts.get('xl/workbook.xml'))).toBe('<workbook/>');
  });

  it('tells the parts still as read from those replaced or removed', () => {
    const parts = new LazyParts(
      entriesOf({ a: strToU8('a'), b: strToU8('b'), c: strToU8('c') }, 6),
    );
    parts.get('a');
    parts.set('b', strToU8('new'));
    parts.delete('c');
    expect(['a', 'b', 'c'].map((name) => parts.isAsRead(name))).toEqual([true, false, false]);
  });

  it('names the damaged part when it cannot be unpacked', () => {
    const [entry] = entriesOf(
      { 'xl/worksheets/sheet1.xml': strToU8('<worksheet/>'.repeat(20)) },
      6,
    );
    const damaged = { ...(entry as RawEntry), data: new Uint8Array([0xff, 0xff, 0xff, 0xff]) };
    const parts = new LazyParts([damaged]);
    expect(() => parts.get('xl/worksheets/sheet1.xml')).toThrow(ReceivablesError);
    expect(() => parts.get('xl/worksheets/sheet1.xml')).toThrow('xl/worksheets/sheet1.xml');
  });
});
