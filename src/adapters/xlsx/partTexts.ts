/**
 * The parts of a package as text: decoded once when read, encoded again on
 * save only when changed, so every other part keeps its exact bytes.
 */
import { ReceivablesError } from '../../engine/errors/receivablesError';
import { removeOverride } from './opc';
import { partBytes, partText } from './xmlText';
import type { PartStore } from './zipPackage';

export const CONTENT_TYPES = '[Content_Types].xml';

/** A part's text, or a clear error for a part too big to be one JavaScript string. */
// Limitation: a part is read as one string, and JavaScript strings stop near 512 million
// characters: a sheet of more than about a million rows of 15 columns or more cannot be read.
function decodePart(part: string, bytes: Uint8Array): string {
  try {
    return partText(bytes);
  } catch (cause) {
    const tooLong =
      cause instanceof RangeError ||
      (cause as { code?: unknown } | null)?.code === 'ERR_STRING_TOO_LONG';
    if (!tooLong) throw cause;
    const megabytes = Math.round(bytes.length / 1_000_000).toLocaleString('en');
    throw new ReceivablesError(
      'UNREADABLE_FILE',
      `The part ${part} holds ${megabytes} MB of XML, more than can be read at once. ` +
        'Split the sheet, or export it as CSV.',
      { cause },
    );
  }
}

export class PartTexts {
  protected readonly texts = new Map<string, string>();
  protected readonly dirty = new Set<string>();

  constructor(protected readonly store: PartStore) {}

  /** A part's text, decoded once. */
  text(part: string): string {
    let text = this.texts.get(part);
    if (text === undefined) {
      const bytes = this.store.parts.get(part);
      if (!bytes) throw new ReceivablesError('UNREADABLE_FILE', `The part ${part} is missing.`);
      text = decodePart(part, bytes);
      this.texts.set(part, text);
    }
    return text;
  }

  /**
   * A part's text without keeping it: a big sheet read once should not stay
   * in memory twice, as bytes and as text.
   */
  readText(part: string): string {
    const cached = this.texts.get(part);
    if (cached !== undefined) return cached;
    const bytes = this.store.parts.get(part);
    if (!bytes) throw new ReceivablesError('UNREADABLE_FILE', `The part ${part} is missing.`);
    return decodePart(part, bytes);
  }

  /** Encodes the changed parts and gives the package to zip. */
  flush(): PartStore {
    for (const part of this.dirty)
      this.store.parts.set(part, partBytes(this.texts.get(part) ?? ''));
    this.dirty.clear();
    return this.store;
  }

  protected hasPart(name: string): boolean {
    const lower = name.toLowerCase();
    if (this.store.parts.has(name)) return true;
    for (const part of this.store.parts.keys()) if (part.toLowerCase() === lower) return true;
    return false;
  }

  protected setText(part: string, text: string): void {
    if (!this.store.parts.has(part)) {
      this.store.parts.set(part, new Uint8Array());
      this.store.order.push(part);
    }
    this.texts.set(part, text);
    this.dirty.add(part);
  }

  protected setContent(part: string, content: string | Uint8Array): void {
    if (typeof content === 'string') {
      this.setText(part, content);
      return;
    }
    if (!this.store.parts.has(part)) this.store.order.push(part);
    this.store.parts.set(part, content);
    this.texts.delete(part);
    this.dirty.delete(part);
  }

  protected deletePart(part: string): void {
    this.store.parts.delete(part);
    this.texts.delete(part);
    this.dirty.delete(part);
    if (this.hasPart(CONTENT_TYPES))
      this.setText(CONTENT_TYPES, removeOverride(this.text(CONTENT_TYPES), part));
  }
}
