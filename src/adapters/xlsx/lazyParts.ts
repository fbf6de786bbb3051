/**
 * The parts of a package, unzipped only when someone asks for them: opening
 * a workbook reads its small structural parts, reading a sheet unzips that
 * sheet alone, and a part nobody asked for or changed goes back into the
 * saved file still compressed.
 */
import { inflateSync } from 'fflate';
import { ReceivablesError } from '../../engine/errors/receivablesError';
import type { RawEntry } from './rawZip';

const STORED = 0;
const DEFLATED = 8;
const NOT_YET_UNZIPPED = new Uint8Array(0);

function unzipEntry(entry: RawEntry): Uint8Array {
  try {
    if (entry.method === STORED) return entry.data.slice();
    if (entry.method === DEFLATED) {
      const data = inflateSync(entry.data, { out: new Uint8Array(entry.size) });
      if (data.length === entry.size) return data;
    }
  } catch (cause) {
    throw new ReceivablesError(
      'UNREADABLE_FILE',
      `The part ${entry.name} of the workbook cannot be unpacked; the file is damaged.`,
      { cause },
    );
  }
  throw new ReceivablesError(
    'UNREADABLE_FILE',
    `The part ${entry.name} of the workbook is damaged or compressed in a way Excel does not use.`,
  );
}

export class LazyParts extends Map<string, Uint8Array> {
  private readonly pending = new Map<string, RawEntry>();
  private readonly replaced = new Set<string>();

  constructor(entries: readonly RawEntry[]) {
    super();
    for (const entry of entries) {
      super.set(entry.name, NOT_YET_UNZIPPED);
      this.pending.set(entry.name, entry);
    }
  }

  override get(name: string): Uint8Array | undefined {
    const entry = this.pending.get(name);
    if (entry) {
      super.set(name, unzipEntry(entry));
      this.pending.delete(name);
    }
    return super.get(name);
  }

  override set(name: string, data: Uint8Array): this {
    // Map's constructor calls set before the fields exist; there is nothing to track then.
    this.pending?.delete(name);
    this.replaced?.add(name);
    return super.set(name, data);
  }

  override delete(name: string): boolean {
    this.pending.delete(name);
    this.replaced.add(name);
    return super.delete(name);
  }

  /** True while a part holds the bytes it was read with (unzipped or not). */
  isAsRead(name: string): boolean {
    return this.has(name) && !this.replaced.has(name);
  }
}
