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
 * process: one connection, so the driver hands it to one user at a time (a transaction keeps it
 * until commit or rollback; other queries wait their turn). Queries and transactions are
 * otherwise Kysely's PostgreSQL ones.
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

class PgliteDriver implements Driver {
  readonly #connection: PgliteConnection;
  /** Resolves when the connection is free; each acquirer chains onto it. */
  #queue: Promise<void> = Promise.resolve();
  #release: (() => void) | undefined;

  constructor(pglite: PgliteInstance) {
    this.#connection = new PgliteConnection(pglite);
  }

  async init(): Promise<void> {
    await this.#connection.pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.#queue;
    let release!: () => void;
    this.#queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.#release = release;
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
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

  async releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }

  async destroy(): Promise<void> {
    // The store closes PGlite itself, after Kysely has let go of it.
  }
}

class PgliteConnection implements DatabaseConnection {
  readonly pglite: PgliteInstance;

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
