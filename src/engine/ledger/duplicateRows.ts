import type { CellValue } from '../grid/cellGrid';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Finds rows that are exact copies of an earlier row, cell for cell (a blank
 * cell and a missing one are the same). Rows are hashed as they come, and
 * compared cell by cell only when hashes meet, so a million rows cost one
 * map entry each and no key strings.
 */
export class DuplicateRowFinder {
  private readonly firstByHash = new Map<number, number>();
  private readonly othersByHash = new Map<number, number[]>();
  private readonly duplicates = new Set<number>();
  private readonly rows: (readonly CellValue[])[] = [];
  private readonly sheetRows: number[] = [];

  /** Records a row; `sheetRow` is what the warning will list. */
  add(row: readonly CellValue[], sheetRow: number): void {
    const slot = this.rows.length;
    this.rows.push(row);
    this.sheetRows.push(sheetRow);
    const hash = hashRow(row);
    const first = this.firstByHash.get(hash);
    if (first === undefined) {
      this.firstByHash.set(hash, slot);
      return;
    }
    if (this.markIfSame(first, slot)) return;
    const others = this.othersByHash.get(hash);
    if (!others) {
      this.othersByHash.set(hash, [slot]);
      return;
    }
    for (const other of others) {
      if (this.markIfSame(other, slot)) return;
    }
    others.push(slot);
  }

  /** Sheet rows that have an exact copy elsewhere (both copies), in sheet order. */
  duplicateRows(): number[] {
    return [...this.duplicates].sort((a, b) => a - b);
  }

  private markIfSame(earlier: number, slot: number): boolean {
    if (!sameRow(this.rows[earlier] ?? [], this.rows[slot] ?? [])) return false;
    this.duplicates.add(this.sheetRows[earlier] as number);
    this.duplicates.add(this.sheetRows[slot] as number);
    return true;
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
