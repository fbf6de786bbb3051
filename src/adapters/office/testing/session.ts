import { EXCEL_PAYLOAD_LIMIT, FakeExcelError, NotModelledError } from './fakeError';

/** One queued command: its request size, and what it does when the batch runs. */
interface QueuedOp {
  request: number;
  /** True for a command that changes the workbook. */
  writes: boolean;
  /** Runs against the model; returns the response size and a commit for loaded data. */
  apply(): { response: number; commit?: () => void };
}

/** What a test can ask about the syncs of a run. */
export interface SyncStats {
  syncs: number;
  largestRequest: number;
  largestResponse: number;
  /** Syncs that changed the workbook. */
  writeSyncs: number;
  /** Syncs that changed the workbook only after suspending calculation. */
  suspendedSyncs: number;
}

/**
 * The request queue of one Excel.run: commands wait until `sync`, then run in
 * order, like Office.js's batches. Sizes are JSON lengths of what travels.
 */
export class FakeSession {
  private queue: QueuedOp[] = [];
  private calculationSuspended = false;

  constructor(
    private readonly stats: SyncStats,
    private readonly limit = EXCEL_PAYLOAD_LIMIT,
  ) {}

  enqueue(payload: unknown, apply: QueuedOp['apply'], writes = false): void {
    this.queue.push({ request: JSON.stringify(payload ?? null).length, apply, writes });
  }

  /** A command that changes the workbook, with no response. */
  command(payload: unknown, run: () => void): void {
    this.enqueue(
      payload,
      () => {
        run();
        return { response: 0 };
      },
      true,
    );
  }

  /** A command that finds or shows something without changing the workbook. */
  lookup(payload: unknown, run: () => void): void {
    this.enqueue(payload, () => {
      run();
      return { response: 0 };
    });
  }

  /** Suspends calculation for the commands queued after it, until the sync ends. */
  suspendCalculation(): void {
    this.lookup('suspendApiCalculationUntilNextSync', () => {
      this.calculationSuspended = true;
    });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.stats.syncs += 1;
    const request = batch.reduce((sum, op) => sum + op.request, 0);
    this.stats.largestRequest = Math.max(this.stats.largestRequest, request);
    if (request > this.limit) {
      throw new FakeExcelError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size (${request} bytes) has exceeded the limit.`,
      );
    }
    let response = 0;
    let writes = 0;
    let writesCalculated = 0;
    const commits: (() => void)[] = [];
    try {
      for (const op of batch) {
        if (op.writes) writes += 1;
        if (op.writes && !this.calculationSuspended) writesCalculated += 1;
        const result = op.apply();
        response += result.response;
        if (result.commit) commits.push(result.commit);
      }
    } finally {
      if (writes > 0) this.stats.writeSyncs += 1;
      if (writes > 0 && writesCalculated === 0) this.stats.suspendedSyncs += 1;
      this.calculationSuspended = false;
    }
    this.stats.largestResponse = Math.max(this.stats.largestResponse, response);
    if (response > this.limit) {
      throw new FakeExcelError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size (${response} bytes) has exceeded the limit.`,
      );
    }
    for (const commit of commits) commit();
    await Promise.resolve();
  }
}

function hasMember(target: object, name: string): boolean {
  return name in target;
}

/**
 * Wraps a fake API object so that any member it does not define throws,
 * instead of quietly giving `undefined` like a loose mock would.
 */
export function strict<T extends object>(typeName: string, target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol') return Reflect.get(object, property, receiver);
      // Promise resolution looks for `then`; Office.js objects have none.
      if (property === 'then') return undefined;
      if (!hasMember(object, property)) throw new NotModelledError(`${typeName}.${property}`);
      return Reflect.get(object, property, receiver);
    },
    set(object, property, value, receiver) {
      let owner: object | null = object;
      let descriptor: PropertyDescriptor | undefined;
      while (owner && !descriptor) {
        descriptor = Object.getOwnPropertyDescriptor(owner, property);
        owner = Object.getPrototypeOf(owner) as object | null;
      }
      if (!descriptor?.set) throw new NotModelledError(`setting ${typeName}.${String(property)}`);
      return Reflect.set(object, property, value, receiver);
    },
  });
}

/**
 * The loaded-property machinery of one fake object: `load(names)` queues a
 * read of those properties; reading one before the sync that loads it throws
 * PropertyNotLoaded, as Office.js does.
 */
export class Loadable {
  private loaded = new Map<string, unknown>();

  constructor(
    private readonly session: FakeSession,
    private readonly typeName: string,
    private readonly readers: Record<string, () => unknown>,
    /** True for a null object: a load of it succeeds but loads nothing. */
    private readonly isNull: () => boolean = () => false,
  ) {}

  load(names: string | string[] | undefined): void {
    if (names === undefined) throw new NotModelledError(`${this.typeName}.load() without names`);
    const list = (Array.isArray(names) ? names : names.split(',')).map((name) => name.trim());
    this.session.enqueue({ load: list }, () => {
      const data = new Map<string, unknown>();
      if (this.isNull()) return { response: 0 };
      for (const name of list) {
        const reader = this.readers[name];
        if (!reader) {
          throw new FakeExcelError(
            'InvalidArgument',
            `${this.typeName} has no property '${name}'.`,
          );
        }
        data.set(name, reader());
      }
      return {
        response: JSON.stringify(Object.fromEntries(data)).length,
        commit: () => data.forEach((value, name) => this.loaded.set(name, value)),
      };
    });
  }

  /** Marks a property readable after the next sync without a load (isNullObject). */
  provide(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  get(name: string): unknown {
    if (!this.loaded.has(name)) {
      throw new FakeExcelError(
        'PropertyNotLoaded',
        `The property '${name}' of ${this.typeName} is not available. Call load('${name}') and context.sync() before reading it.`,
      );
    }
    return this.loaded.get(name);
  }
}
