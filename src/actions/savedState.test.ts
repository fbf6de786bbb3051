import type { SheetInfo } from '../port/workbookPort';
import { currentOwnedSheet, type OwnedSheet } from './savedState';

const sheet = (name: string, id?: string): SheetInfo =>
  id === undefined ? { name, visibility: 'visible' } : { name, visibility: 'visible', id };

describe('currentOwnedSheet', () => {
  it.each<[string, boolean, SheetInfo, OwnedSheet]>([
    [
      'the same name and id',
      true,
      sheet('Aged balance', 'xlsx:3'),
      { name: 'Aged balance', id: 'xlsx:3' },
    ],
    [
      'the name in another case',
      true,
      sheet('AGED BALANCE', 'xlsx:3'),
      { name: 'Aged balance', id: 'xlsx:3' },
    ],
    [
      'another id of the same kind',
      false,
      sheet('Aged balance', 'xlsx:4'),
      { name: 'Aged balance', id: 'xlsx:3' },
    ],
    [
      'an id of another kind',
      true,
      sheet('Aged balance', 'excel:{A1}'),
      { name: 'Aged balance', id: 'xlsx:3' },
    ],
    ['no saved id', true, sheet('Aged balance', 'xlsx:3'), { name: 'Aged balance' }],
    ['a sheet with no id', true, sheet('Aged balance'), { name: 'Aged balance', id: 'xlsx:3' }],
    [
      'the id under another name',
      false,
      sheet('Old balance', 'xlsx:3'),
      { name: 'Aged balance', id: 'xlsx:3' },
    ],
  ])('with %s, the sheet is ours: %s', (_what, ours, current, recorded) => {
    expect(currentOwnedSheet([sheet('Ledger', 'xlsx:1'), current], recorded)).toBe(
      ours ? current : undefined,
    );
  });

  it('finds nothing when nothing was recorded', () => {
    expect(currentOwnedSheet([sheet('Aged balance', 'xlsx:3')], undefined)).toBeUndefined();
  });
});
