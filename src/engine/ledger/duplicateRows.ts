import type { CellValue } from '../grid/cellGrid';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The rows that are exact copies of another row, cell for cell (a blank cell
 * and a missing one are the same), as 0-based indexes into `values`, in the
 * order given. Rows are hashed into an open-addressing table of typed arrays
 * and compared cell by cell only when hashes meet: a million rows cost two
 * typed arrays, no map and no key strings.
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
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  const mask = capacity - 1;
  const table = new Int32Array(capacity).fill(-1);
  const hashes = new Int32Array(count);
  const duplicate = new Uint8Array(count);

  for (let slot = 0; slot < count; slot += 1) {
    const row = values[rowIndexes[slot] as number] ?? [];
    const hash = hashRow(row);
    hashes[slot] = hash;
    let position = hash & mask;
    for (;;) {
      const other = table[position] as number;
      if (other === -1) {
        table[position] = slot;
        break;
      }
      if (hashes[other] === hash && sameRow(values[rowIndexes[other] as number] ?? [], row)) {
        duplicate[other] = 1;
        duplicate[slot] = 1;
        break;
      }
      position = (position + 1) & mask;
    }
  }

  const found: number[] = [];
  for (let slot = 0; slot < count; slot += 1) {
    if (duplicate[slot] === 1) found.push(rowIndexes[slot] as number);
  }
  return found;
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
  // Spread the bits so that the table's low-bit positions are even.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
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
