import type { StoreInfo } from './open-store.js';

/**
 * Whether a `GroupCommit` over this store lets the event loop turn before each write (its
 * `turnFirst`): on PostgreSQL and on PGlite in this thread, as decision 0025 measured; not on
 * PGlite in its worker thread, where the requests are read while a write runs (decision 0031).
 */
export function groupCommitTurns(info: Pick<StoreInfo, 'kind' | 'pgliteThread'>): boolean {
  return !(info.kind === 'pglite' && info.pgliteThread === 'worker');
}

/** A queued item and how to answer its submitter. */
interface Entry<I, O> {
  item: I;
  resolve: (outcome: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit (decision 0025): submissions that arrive while a write is in flight wait for it
 * and are then written together, by one statement in one transaction, instead of one commit
 * each. Under load a batch grows to what arrived during the previous write, so the store commits
 * less often and each submission waits for at most about two writes; alone, a submission is
 * written after one turn of the event loop, in a batch of one.
 *
 * Each item keeps its own outcome: the write returns one per item, in order. Items a write would
 * refuse must be refused before they are queued; when a batch fails all the same (an unexpected
 * error, a deadlock), its items are written again one by one, so that one bad item fails alone.
 */
export class GroupCommit<I, O> {
  readonly #write: (items: I[]) => Promise<O[]>;
  readonly #max: number;
  readonly #keyOf: (item: I) => string | undefined;
  readonly #turnFirst: boolean;
  #pending: Entry<I, O>[] = [];
  #running = false;
  /** How many batches were written, and how many items they held (for tests and the bench). */
  readonly stats = { batches: 0, items: 0, fallbacks: 0 };

  constructor(
    /** Writes a batch; resolves with one outcome per item, in the items' order. */
    write: (items: I[]) => Promise<O[]>,
    options: {
      /** The most items in one batch (default 100). */
      max?: number;
      /**
       * An item's idempotency key, if it has one: a batch holds each key once (the same key
       * twice in one statement would store the submission twice); a second item with a key
       * waits for the next batch, where it finds the key stored.
       */
      keyOf?: (item: I) => string | undefined;
      /**
       * Whether to let the event loop turn once before each write (default true), so that the
       * requests already arrived queue their items first. Needed where the write runs in this
       * thread (PGlite on the main thread): without it, each item is written before the next
       * request is even read. Where the write runs elsewhere (PGlite in its worker thread,
       * decision 0031), the requests are read while it runs, and the turn only delays it.
       * `groupCommitTurns(store.info)` gives the value for a store.
       */
      turnFirst?: boolean;
    } = {},
  ) {
    this.#write = write;
    this.#max = options.max ?? 100;
    this.#keyOf = options.keyOf ?? (() => undefined);
    this.#turnFirst = options.turnFirst ?? true;
  }

  /** Queues an item; resolves with its outcome once its batch is written. */
  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.#pending.push({ item, resolve, reject });
      if (!this.#running) {
        this.#running = true;
        void this.#drain();
      }
    });
  }

  async #drain(): Promise<void> {
    try {
      while (this.#pending.length > 0) {
        // One turn of the event loop first: the requests that have arrived meanwhile queue
        // their items too. Without it, a store that runs statements in this thread (PGlite)
        // would write each item before the next request is even read.
        if (this.#turnFirst) await new Promise((resolve) => setImmediate(resolve));
        const batch: Entry<I, O>[] = [];
        const rest: Entry<I, O>[] = [];
        const keys = new Set<string>();
        for (const entry of this.#pending) {
          const key = this.#keyOf(entry.item);
          if (batch.length < this.#max && (key === undefined || !keys.has(key))) {
            batch.push(entry);
            if (key !== undefined) keys.add(key);
          } else rest.push(entry);
        }
        this.#pending = rest;
        await this.#writeBatch(batch);
      }
    } finally {
      this.#running = false;
    }
  }

  async #writeBatch(batch: Entry<I, O>[]): Promise<void> {
    this.stats.batches++;
    this.stats.items += batch.length;
    let outcomes: O[];
    try {
      outcomes = await this.#write(batch.map((entry) => entry.item));
      if (outcomes.length !== batch.length)
        throw new Error(`The write gave ${outcomes.length} outcomes for ${batch.length} items`);
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      // One by one: each item gets its own outcome or its own error.
      this.stats.fallbacks++;
      for (const entry of batch) await this.#writeBatch([entry]);
      return;
    }
    batch.forEach((entry, i) => entry.resolve(outcomes[i]!));
  }
}
