import { Worker } from 'node:worker_threads';
import type { PgliteInstance } from './pglite-dialect.js';

/** The worker thread's entry, beside this module in the sources and in dist/. */
const ENTRY = new URL('./pglite-worker-thread.mjs', import.meta.url);

/** An error as the worker thread sends it: name, message, stack and PostgreSQL's fields. */
type PlainError = Record<string, string | undefined>;

type Reply =
  | { type: 'ready' }
  | { type: 'open-failed'; error: PlainError }
  | { type: 'result'; id: number; rows: unknown[]; affectedRows?: number }
  | { type: 'error'; id: number; error: PlainError }
  | { type: 'closed'; error?: PlainError };

interface Pending {
  resolve: (result: { rows: unknown[]; affectedRows?: number | undefined }) => void;
  reject: (error: Error) => void;
  /**
   * Where the query was posted, so that an error points at the code that ran it (V8 formats a
   * stack only when it is read: cheap unless the query fails).
   */
  caller: Error;
}

/**
 * PGlite in a `node:worker_threads` Worker (decision 0031): the database's WebAssembly runs in its
 * own thread, and the main thread (HTTP, JSON, pages) only posts queries and receives their
 * results. Implements what `PgliteDialect` needs, like a `PGlite` instance:
 *
 * - results keep PGlite's JavaScript types (`Date`, `bigint`, parsed JSON, `Uint8Array` for
 *   bytea): structured clone carries them;
 * - a failed query rejects with an `Error` carrying PostgreSQL's fields (`code`, `detail`,
 *   `constraint`, `table`, `column`, `severity`, …) and PGlite's `name`;
 * - a thread that stops (an uncaught error, a WebAssembly abort, `terminate()`) rejects every
 *   pending and later query with an error saying so: nothing waits forever;
 * - the thread keeps the process alive only while a query or the opening is under way, as
 *   PGlite on the main thread would.
 *
 * One connection, as PGlite is: queries run in the order they are posted.
 */
export class PgliteWorker implements PgliteInstance {
  /** Resolves when PGlite has opened the folder in the thread; rejects when it could not. */
  readonly waitReady: Promise<void>;
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #ready = false;
  /** Set once the thread cannot answer any more: every query rejects with it. */
  #stopped: Error | undefined;
  #closing: Promise<void> | undefined;
  #onClosed: ((reply: Extract<Reply, { type: 'closed' }>) => void) | undefined;
  #exited: Promise<void>;

  /** Starts the thread and opens PGlite on `pgdata` (the folder PGlite keeps its files in). */
  constructor(pgdata: string) {
    this.#worker = startThread(pgdata);
    let ready!: () => void;
    let failed!: (error: Error) => void;
    this.waitReady = new Promise<void>((resolve, reject) => {
      ready = resolve;
      failed = reject;
    });
    // Awaited by the store; a thread that never opens must not be an unhandled rejection too.
    this.waitReady.catch(() => {});
    this.#worker.on('message', (reply: Reply) => {
      switch (reply.type) {
        case 'ready':
          this.#ready = true;
          this.#updateRef();
          ready();
          return;
        case 'open-failed': {
          const error = rebuild(reply.error, undefined);
          this.#stop(error);
          failed(error);
          void this.#worker.terminate();
          return;
        }
        case 'result':
        case 'error': {
          const pending = this.#pending.get(reply.id);
          if (!pending) return;
          this.#pending.delete(reply.id);
          this.#updateRef();
          if (reply.type === 'result')
            pending.resolve({ rows: reply.rows, affectedRows: reply.affectedRows });
          else pending.reject(rebuild(reply.error, pending.caller.stack));
          return;
        }
        case 'closed':
          this.#onClosed?.(reply);
          return;
      }
    });
    let uncaught: Error | undefined;
    this.#worker.on('error', (error) => (uncaught = error));
    this.#exited = new Promise<void>((resolve) =>
      this.#worker.once('exit', (code) => {
        const error = new Error(
          this.#closing
            ? 'The PGlite worker thread is closed.'
            : `The PGlite worker thread stopped${this.#ready ? '' : ' before PGlite opened'} (exit code ${code})` +
                (uncaught ? `: ${uncaught.message}` : '') +
                '; the store must be opened again.',
          uncaught ? { cause: uncaught } : undefined,
        );
        this.#stop(error);
        failed(error);
        this.#onClosed?.({ type: 'closed' });
        resolve();
      }),
    );
  }

  /**
   * Runs one statement in the thread. Parameters and rows cross it by structured clone: plain
   * values, arrays, objects, `Date`, `bigint`, typed arrays (a `Buffer` arrives as a
   * `Uint8Array`); a parameter that cannot be cloned (a function) rejects the query.
   */
  query<R>(
    sql: string,
    params: unknown[] = [],
  ): Promise<{ rows: R[]; affectedRows?: number | undefined }> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    if (this.#closing) return Promise.reject(new Error('The PGlite worker thread is closed.'));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const pending: Pending = {
        resolve: resolve as Pending['resolve'],
        reject,
        caller: new Error(),
      };
      try {
        this.#worker.postMessage({ type: 'query', id, sql, params });
      } catch (error) {
        // A parameter structured clone refuses (DataCloneError): nothing was sent.
        reject(error as Error);
        return;
      }
      this.#pending.set(id, pending);
      this.#updateRef();
    });
  }

  /**
   * Closes PGlite in the thread (after the queries posted before), then ends the thread.
   * Idempotent: a second call returns the first one's promise. Queries after it reject.
   */
  close(): Promise<void> {
    return (this.#closing ??= this.#close());
  }

  async #close(): Promise<void> {
    if (!this.#stopped) {
      const closed = new Promise<Extract<Reply, { type: 'closed' }>>(
        (resolve) => (this.#onClosed = resolve),
      );
      this.#worker.ref();
      this.#worker.postMessage({ type: 'close' });
      const reply = await closed;
      await this.#worker.terminate();
      await this.#exited;
      if (reply.error) throw rebuild(reply.error, undefined);
      return;
    }
    await this.#worker.terminate();
    await this.#exited;
  }

  /**
   * Ends the thread at once, as a crash would: PGlite is not closed (the next open recovers the
   * folder like after a killed process) and every pending and later query rejects. For tests of
   * that path; `close()` is the way to stop.
   */
  async terminate(): Promise<void> {
    await this.#worker.terminate();
    await this.#exited;
  }

  #stop(error: Error): void {
    this.#stopped ??= error;
    for (const pending of this.#pending.values()) pending.reject(this.#stopped);
    this.#pending.clear();
  }

  /** Keeps the process alive while the thread works for someone: opening, or a query pending. */
  #updateRef(): void {
    if (this.#closing) return;
    if (!this.#ready || this.#pending.size > 0) this.#worker.ref();
    else this.#worker.unref();
  }
}

/**
 * Starts the thread. It inherits the process's Node options, except `--input-type` (a process
 * started as `node --input-type=module -e …`): that one applies to the main script only, and a
 * thread started with it cannot load its file. Options given to a thread explicitly must all be
 * valid for a thread (V8's own, such as `--expose-gc`, are not): when one is refused, the thread
 * starts with none.
 */
function startThread(pgdata: string): Worker {
  const argv = process.execArgv;
  if (!argv.some((a) => a === '--input-type' || a.startsWith('--input-type=')))
    return new Worker(ENTRY, { workerData: { pgdata } });
  const execArgv: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--input-type') i++;
    else if (!argv[i]!.startsWith('--input-type=')) execArgv.push(argv[i]!);
  }
  try {
    return new Worker(ENTRY, { workerData: { pgdata }, execArgv });
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    return new Worker(ENTRY, { workerData: { pgdata }, execArgv: [] });
  }
}

/** An Error again, from the thread's plain object, with the caller's stack after its own. */
function rebuild(plain: PlainError, callerStack: string | undefined): Error {
  const { name, message, stack, ...fields } = plain;
  const error = new Error(message ?? 'The PGlite worker thread gave an error without a message.');
  if (name) error.name = name;
  Object.assign(error, fields);
  const caller = callerStack?.split('\n').slice(1).join('\n');
  error.stack =
    (stack ?? `${error.name}: ${error.message}`) +
    (caller ? `\n    --- the query was posted at:\n${caller}` : '');
  return error;
}
