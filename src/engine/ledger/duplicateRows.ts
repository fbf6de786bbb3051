import type { CellValue } from '../grid/cellGrid';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Row positions fit in 21 bits (Excel stops at 1,048,576 rows), beside a 32-bit hash in a double. */
const SLOT_BITS = 2 ** 21;

/**
 * The rows that are exact copies of another row, cell for cell (a blank cell
 * and a missing one are the same), as 0-based indexes into `values`, in
 * order. Rows are hashed into one typed array and sorted, and only rows whose
 * hashes meet are compared cell by cell: a million rows cost no map and no
 * key strings.
 *
 * @example
 * findDuplicateRows([['A', 1], ['B', 2], ['A', 1]], [0, 1, 2]) // [0, 2]
 */
export function findDuplicateRows(
  values: readonly (readonly CellValue[] | undefined)[],
  rowIndexes: readonly number[],
): number[] {
  const count = rowIndexes.length;
  if (count < 2) return [];
  if (count >= SLOT_BITS) return findWithMap(values, rowIndexes);
  const keys = new Float64Array(count);
  for (let slot = 0; slot < count; slot += 1) {
    const hash = hashRow(values[rowIndexes[slot] as number] ?? []) >>> 0;
    keys[slot] = hash * SLOT_BITS + slot;
  }
  keys.sort();

  const found = new Set<number>();
  let start = 0;
  while (start < count) {
    const hash = Math.floor((keys[start] as number) / SLOT_BITS);
    let end = start + 1;
    while (end < count && Math.floor((keys[end] as number) / SLOT_BITS) === hash) end += 1;
    if (end - start > 1) {
      const group: number[] = [];
      for (let k = start; k < end; k += 1) {
        group.push(rowIndexes[(keys[k] as number) % SLOT_BITS] as number);
      }
      markSame(values, group, found);
    }
    start = end;
  }
  return [...found].sort((a, b) => a - b);
}

/** The same search for more rows than a sheet can hold, with a map. */
function findWithMap(
  values: readonly (readonly CellValue[] | undefined)[],
  rowIndexes: readonly number[],
): number[] {
  const groups = new Map<number, number[]>();
  for (const index of rowIndexes) {
    const hash = hashRow(values[index] ?? []);
    const group = groups.get(hash);
    if (group) group.push(index);
    else groups.set(hash, [index]);
  }
  const found = new Set<number>();
  for (const group of groups.values()) if (group.length > 1) markSame(values, group, found);
  return [...found].sort((a, b) => a - b);
}

/** Marks the rows of a same-hash group that equal another row of the group. */
function markSame(
  values: readonly (readonly CellValue[] | undefined)[],
  group: readonly number[],
  found: Set<number>,
): void {
  // Each row is compared with one row of each distinct content seen so far, so a
  // group of many identical rows costs one comparison per row.
  const distinct: number[] = [];
  for (const index of group) {
    const row = values[index] ?? [];
    const same = distinct.find((other) => sameRow(values[other] ?? [], row));
    if (same === undefined) distinct.push(index);
    else {
      found.add(same);
      found.add(index);
    }
  }
}

function usedLength(row: readonly CellValue[]): number {
  let length = row.length;
  while (length > 0 && isEmpty(row[length - 1])) length -= 1;
  return length;
}

function isEmpty(value: CellValue | undefined): boolean {
  return value === null || value === undefined || value === '';
}

function hashRow(row: readonly CellValue[]): number {
  let hash = FNV_OFFSET;
  const length = usedLength(row);
  for (let index = 0; index < length; index += 1) {
    const value = row[index];
    if (typeof value === 'string') {
      for (let i = 0; i < value.length; i += 1)
        hash = Math.imul(hash ^ value.charCodeAt(i), FNV_PRIME);
    } else if (typeof value === 'number') {
      hash = Math.imul(hash ^ (value | 0), FNV_PRIME);
      hash = Math.imul(hash ^ ((value * 4096) | 0), FNV_PRIME);
    } else if (value instanceof Date) {
      hash = Math.imul(hash ^ ((value.getTime() / 1000) | 0), FNV_PRIME);
    } else if (value === true) {
      hash = Math.imul(hash ^ 1, FNV_PRIME);
    }
    hash = Math.imul(hash ^ 0x1f, FNV_PRIME);
  }
  return hash;
}

function sameRow(a: readonly CellValue[], b: readonly CellValue[]): boolean {
  const length = usedLength(a);
  if (length !== usedLength(b)) return false;
  for (let index = 0; index < length; index += 1) {
    if (!sameCell(a[index], b[index])) return false;
  }
  return true;
}

function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (isEmpty(a)) return isEmpty(b);
  if (a instanceof Date) return b instanceof Date && Object.is(a.getTime(), b.getTime());
  if (typeof a === 'number' && typeof b === 'number') return a === b || (a !== a && b !== b);
  return a === b;
}
