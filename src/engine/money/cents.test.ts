import { addCents, centsFromUnits, centsToUnits, type Cents } from './cents';

describe('centsFromUnits', () => {
  it.each([
    [12.345, 1235],
    [1.005, 101],
    [-0.5, -50],
    [-12.345, -1235],
    [0.1 + 0.2, 30],
  ])('rounds %d units to %d cents, half away from zero', (units, cents) => {
    expect(centsFromUnits(units)).toBe(cents);
  });
});

describe('centsToUnits', () => {
  it('gives currency units', () => {
    expect(centsToUnits(-123456 as Cents)).toBe(-1234.56);
  });

  it('never gives a negative zero', () => {
    expect(Object.is(centsToUnits(-0 as Cents), 0)).toBe(true);
  });
});

describe('addCents', () => {
  it('adds exactly where decimal units drift', () => {
    expect(addCents(10 as Cents, 20 as Cents)).toBe(30);
  });
});
