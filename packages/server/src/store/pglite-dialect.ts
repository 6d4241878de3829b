import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/**
 * What the dialect needs of a PGlite instance (`new PGlite(…)` or `await PGlite.create(…)`).
 * Written out here, so the package's types do not depend on PGlite's own declarations.
 */
export interface PgliteInstance {
  readonly waitReady: Promise<void>;
  query<R>(
    query: string,
    params?: unknown[],
  ): Promise<{ rows: R[]; affectedRows?: number | undefined }>;
}

/**
 * A Kysely dialect over one PGlite instance. PGlite is a single PostgreSQL backend in the
 * process: one connection, so a transaction has it alone until commit or rollback (other
 * queries wait their turn), and single statements outside transactions are posted at once and
 * run in order. Queries and transactions are otherwise Kysely's PostgreSQL ones.
 */
export class PgliteDialect implements Dialect {
  readonly #pglite: PgliteInstance;

  constructor(pglite: PgliteInstance) {
    this.#pglite = pglite;
  }

  createAdapter() {
    return new PostgresAdapter();
  }

  createDriver(): Driver {
    return new PgliteDriver(this.#pglite);
  }

  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }

  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}

const ISOLATION: Record<NonNullable<TransactionSettings['isolationLevel']>, string> = {
  'read uncommitted': 'set transaction isolation level read uncommitted',
  'read committed': 'set transaction isolation level read committed',
  'repeatable read': 'set transaction isolation level repeatable read',
  serializable: 'set transaction isolation level serializable',
  // PostgreSQL's repeatable read is snapshot isolation.
  snapshot: 'set transaction isolation level repeatable read',
};
const ACCESS: Record<NonNullable<TransactionSettings['accessMode']>, string> = {
  'read only': 'set transaction read only',
  'read write': 'set transaction read write',
};

/**
 * Who may use the one PGlite connection: any number of single statements at once (they are
 * posted without waiting for each other's results, and PGlite runs them one after another in the
 * order they were posted, each in its own implicit transaction), or one transaction alone, from
 * its `begin` to its `commit` or `rollback`. A transaction waits until the statements posted
 * before it have finished, and the statements that come after it wait until it has ended, in the
 * order they came (decision 0031). Outside transactions this is what one connection gives
 * anyway; the gain is that a statement is posted as soon as it is asked for, instead of after
 * the previous one's result has been received.
 */
class PgliteDriver implements Driver {
  readonly #pglite: PgliteInstance;
  /** Users of the connection running single statements. */
  #shared = 0;
  /** Whether a transaction has the connection. */
  #exclusive = false;
  /** Who waits for the connection, in the order they asked. */
  readonly #waiting: { exclusive: boolean; grant: () => void }[] = [];

  constructor(pglite: PgliteInstance) {
    this.#pglite = pglite;
  }

  async init(): Promise<void> {
    await this.#pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#lock(false);
    return new PgliteConnection(this.#pglite);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    // The user had the connection shared: it waits for it alone now. It has posted nothing yet
    // (Kysely begins right after acquiring), so letting go first cannot deadlock two of them.
    const own = connection as PgliteConnection;
    if (!own.exclusive) {
      this.#unlock(false);
      await this.#lock(true);
      own.exclusive = true;
    }
    await connection.executeQuery(CompiledQuery.raw('begin'));
    // Fixed statements looked up by Kysely's closed enumerations: no SQL is assembled here.
    if (settings.isolationLevel)
      await connection.executeQuery(CompiledQuery.raw(ISOLATION[settings.isolationLevel]));
    if (settings.accessMode)
      await connection.executeQuery(CompiledQuery.raw(ACCESS[settings.accessMode]));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    this.#unlock((connection as PgliteConnection).exclusive);
  }

  async destroy(): Promise<void> {
    // The store closes PGlite itself, after Kysely has let go of it.
  }

  #lock(exclusive: boolean): Promise<void> {
    if (this.#waiting.length === 0 && !this.#exclusive && (!exclusive || this.#shared === 0)) {
      if (exclusive) this.#exclusive = true;
      else this.#shared++;
      return Promise.resolve();
    }
    return new Promise<void>((grant) => this.#waiting.push({ exclusive, grant }));
  }

  #unlock(exclusive: boolean): void {
    if (exclusive) this.#exclusive = false;
    else this.#shared--;
    // Grant in order: single statements up to the next transaction; a transaction once alone.
    while (this.#waiting.length > 0 && !this.#exclusive) {
      const next = this.#waiting[0]!;
      if (next.exclusive && this.#shared > 0) return;
      this.#waiting.shift();
      if (next.exclusive) this.#exclusive = true;
      else this.#shared++;
      next.grant();
    }
  }
}

class PgliteConnection implements DatabaseConnection {
  readonly pglite: PgliteInstance;
  /** Whether this user has the connection alone (a transaction). */
  exclusive = false;

  constructor(pglite: PgliteInstance) {
    this.pglite = pglite;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pglite.query<R>(compiledQuery.sql, [...compiledQuery.parameters]);
    return {
      rows: result.rows,
      ...(result.affectedRows === undefined
        ? {}
        : { numAffectedRows: BigInt(result.affectedRows) }),
    };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error(
      'The PgliteInstance dialect does not stream query results; use execute() instead.',
    );
  }
}
