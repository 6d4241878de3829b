// Opening a store for a test file: a copy of the PGlite folder made by the global setup, or a
// new database on the throwaway PostgreSQL server.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { inject } from 'vitest';
import { openStore, type Store, type StoreOptions } from '../open-store.js';

/** A fresh copy of the template PGlite store folder; returns its path and a cleanup. */
export function copyPgliteTemplate(): { dataDir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ck-store-test-'));
  const dataDir = join(dir, 'store');
  cpSync(inject('pgliteTemplate'), dataDir, { recursive: true });
  return { dataDir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs one statement on the test server's `postgres` database. */
async function onAdmin(statement: (db: Kysely<unknown>) => Promise<unknown>) {
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: inject('postgresAdminUrl'), max: 1 }),
    }),
  });
  try {
    await statement(db);
  } finally {
    await db.destroy();
  }
}

/** A new, empty database on the test server; returns its URL and a cleanup that drops it. */
export async function createPostgresDatabase(): Promise<{
  url: string;
  drop: () => Promise<void>;
}> {
  const name = `ck_test_${randomUUID().replaceAll('-', '')}`;
  // A database name is an identifier, never a bound parameter: sql.id quotes it.
  await onAdmin((db) => sql`create database ${sql.id(name)}`.execute(db));
  return {
    url: inject('postgresUrlTemplate').replace('{database}', name),
    drop: () =>
      onAdmin(async (db) => {
        // A closed pool's clients may still be saying goodbye (pg-pool's `end()` resolves once
        // it has asked them to end, not once they have): dropping `with (force)` then sends
        // them FATAL 57P01, which surfaces as an unhandled error in the test that closed them.
        // So wait (up to 5 s) until the database has no connection left, then drop.
        for (let waited = 0; waited < 5000; waited += 20) {
          const { rows } = await sql<{ n: number }>`
            select count(*)::int as n from pg_stat_activity where datname = ${name}`.execute(db);
          if (rows[0]!.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await sql`drop database if exists ${sql.id(name)} with (force)`.execute(db);
      }),
  };
}

export type Backend = 'pglite' | 'postgresql';

/** Opens a store on a fresh copy (PGlite) or a fresh database (PostgreSQL). */
export async function openTestStore(
  backend: Backend,
  options: Omit<StoreOptions, 'dataDir' | 'databaseUrl'> = {},
): Promise<{ store: Store; dispose: () => Promise<void> }> {
  if (backend === 'pglite') {
    const { dataDir, remove } = copyPgliteTemplate();
    const store = await openStore({ ...options, dataDir });
    return {
      store,
      dispose: async () => {
        await store.close();
        remove();
      },
    };
  }
  const { url, drop } = await createPostgresDatabase();
  const store = await openStore({ ...options, databaseUrl: url });
  return {
    store,
    dispose: async () => {
      await store.close();
      await drop();
    },
  };
}
