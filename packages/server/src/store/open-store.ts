import { existsSync, mkdirSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import * as z from 'zod/mini';
import type { Database } from './database.js';
import { lockFolder } from './folder-lock.js';
import { migrateToLatest } from './migrate.js';
import { PgliteDialect, type PgliteInstance } from './pglite-dialect.js';
import { PgliteWorker } from './pglite-worker.js';
import { createRepositories, type Repositories } from './repositories.js';

/** Where the PGlite data folder is by default, relative to the working directory. */
export const DEFAULT_DATA_DIR = '.data/portal';

/** How to open the store. */
export interface StoreOptions {
  /**
   * The PGlite data folder (created on first start): `pgdata/` holds the database and
   * `store.lock` the lock of the process using it. Default: `.data/portal` under the working
   * directory. Not used when a PostgreSQL URL is given.
   */
  dataDir?: string;
  /**
   * A PostgreSQL connection string (`postgres://user:password@host:5432/db`). Default: the
   * `DATABASE_URL` environment variable; when neither is set, the store is PGlite in `dataDir`.
   */
  databaseUrl?: string;
  /** The store's clock (timestamps written, sessions' expiry). Default: `() => new Date()`. */
  now?: () => Date;
  /** The most PostgreSQL connections the pool opens (default 10). */
  poolSize?: number;
  /**
   * Where PGlite runs its statements (decision 0031): `'worker'` (default) in a worker thread of
   * its own, so that a statement never holds up the HTTP server, pages or JSON on the main
   * thread; `'main'` in the calling thread, as before (no thread to start: for short-lived tools
   * and scripts that run one statement after another and do nothing else meanwhile). The data
   * folder, its lock and the results are the same either way. Not used on PostgreSQL.
   */
  pgliteThread?: 'worker' | 'main';
}

const Options = z.object({
  dataDir: z.optional(z.string().check(z.minLength(1))),
  databaseUrl: z.optional(
    z.string().check(z.regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// URL')),
  ),
  now: z.optional(z.custom<() => Date>((f) => typeof f === 'function', 'a function')),
  poolSize: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
  pgliteThread: z.optional(z.enum(['worker', 'main'])),
});

/** What the store is and how it opened. */
export interface StoreInfo {
  kind: 'pglite' | 'postgresql';
  /** The PGlite data folder, absolute; undefined on PostgreSQL. */
  dataDir: string | undefined;
  /** Where PGlite runs its statements (`StoreOptions.pgliteThread`); undefined on PostgreSQL. */
  pgliteThread: 'worker' | 'main' | undefined;
  /** Whether the data folder was created by this open (first start). */
  created: boolean;
  /** Milliseconds from `openStore` being called to the store being ready, migrations included. */
  openMs: number;
  /** The migrations this open applied (none on a database that is up to date). */
  migrationsApplied: string[];
  /** What was recovered after a crash of the previous process (PGlite only). */
  recovered: { staleLock: boolean; stalePostmasterPid: boolean };
}

/** The open store: the repositories, the typed Kysely handle, and `close`. */
export interface Store extends Repositories {
  /** The typed query builder, for queries the repositories do not offer (scope them by city). */
  readonly db: Kysely<Database>;
  readonly info: StoreInfo;
  /**
   * Runs `fn` in one transaction with repositories bound to it; rolls back when it throws.
   * Inside, use only the repositories passed to `fn` (on PGlite, the store's own would wait for
   * the transaction's connection).
   */
  transaction<T>(fn: (repositories: Repositories) => Promise<T>): Promise<T>;
  /** Closes the database and, on PGlite, releases the folder's lock. */
  close(): Promise<void>;
}

/**
 * Opens the store: PostgreSQL when a URL is given (or `DATABASE_URL` is set), otherwise PGlite in
 * a data folder that is created on first start, locked against a second process and recovered
 * after a crash. Applies the pending migrations before returning.
 *
 * @throws StoreLockedError when another live process has the PGlite folder open.
 * @throws TypeError for malformed options.
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const started = performance.now();
  const parsed = Options.safeParse(options);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new TypeError(
      `Invalid openStore options at ${first.path.join('.') || '(root)'}: ${first.message}`,
    );
  }
  const now = options.now ?? (() => new Date());
  const databaseUrl = options.databaseUrl ?? (process.env.DATABASE_URL || undefined);
  if (databaseUrl !== undefined) {
    const pg = (await import('pg')).default;
    const pool = new pg.Pool({ connectionString: databaseUrl, max: options.poolSize ?? 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    let applied: string[];
    try {
      applied = await migrateToLatest(db);
    } catch (error) {
      await db.destroy();
      throw error;
    }
    return assemble(db, now, async () => db.destroy(), {
      kind: 'postgresql',
      dataDir: undefined,
      pgliteThread: undefined,
      created: false,
      openMs: performance.now() - started,
      migrationsApplied: applied,
      recovered: { staleLock: false, stalePostmasterPid: false },
    });
  }
  return openPglite(
    resolve(options.dataDir ?? DEFAULT_DATA_DIR),
    options.pgliteThread ?? 'worker',
    now,
    started,
  );
}

async function openPglite(
  dataDir: string,
  thread: 'worker' | 'main',
  now: () => Date,
  started: number,
): Promise<Store> {
  const pgdata = join(dataDir, 'pgdata');
  // A folder without PG_VERSION has never finished its first start (PGlite runs initdb then).
  const created = !existsSync(join(pgdata, 'PG_VERSION'));
  mkdirSync(dataDir, { recursive: true });
  const lock = await lockFolder(dataDir, join(dataDir, 'store.lock'));
  const releaseOnExit = () => lock.release();
  process.once('exit', releaseOnExit);
  const unlock = () => {
    process.removeListener('exit', releaseOnExit);
    lock.release();
  };
  try {
    // Holding the lock, this process is the only store on the folder: a postmaster.pid left
    // there is a crashed process's, and PGlite 0.5 would wait for it forever.
    const stalePostmasterPid = removeIfPresent(join(pgdata, 'postmaster.pid'));
    const pglite = await startPglite(pgdata, thread);
    const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) });
    const close = async () => {
      try {
        await db.destroy();
        await pglite.close();
      } finally {
        unlock();
      }
    };
    let applied: string[];
    try {
      applied = await migrateToLatest(db);
    } catch (error) {
      await close();
      throw error;
    }
    return assemble(db, now, close, {
      kind: 'pglite',
      dataDir,
      pgliteThread: thread,
      created,
      openMs: performance.now() - started,
      migrationsApplied: applied,
      recovered: { staleLock: lock.recoveredFrom !== undefined, stalePostmasterPid },
    });
  } catch (error) {
    unlock();
    throw error;
  }
}

/** PGlite open on `pgdata`, in a worker thread or in this one. */
async function startPglite(
  pgdata: string,
  thread: 'worker' | 'main',
): Promise<PgliteInstance & { close(): Promise<void> }> {
  if (thread === 'main') {
    const { PGlite } = await import('@electric-sql/pglite');
    return PGlite.create(pgdata);
  }
  const pglite = new PgliteWorker(pgdata);
  try {
    await pglite.waitReady;
  } catch (error) {
    await pglite.close();
    throw error;
  }
  return pglite;
}

function removeIfPresent(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

function assemble(
  db: Kysely<Database>,
  now: () => Date,
  close: () => Promise<void>,
  info: StoreInfo,
): Store {
  let closing: Promise<void> | undefined;
  return {
    ...createRepositories({ db, now }),
    db,
    info,
    transaction: (fn) =>
      db.transaction().execute((trx) => fn(createRepositories({ db: trx, now }))),
    close: () => (closing ??= close()),
  };
}
