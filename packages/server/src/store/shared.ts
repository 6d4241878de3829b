import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.js';

/** The store's database handle, or a transaction on it. */
export type Db = Kysely<Database> | Transaction<Database>;

/** What each repository needs: the database (or a transaction) and the store's clock. */
export interface RepositoryContext {
  readonly db: Db;
  readonly now: () => Date;
}

/** Runs `fn` in a transaction, or in the caller's transaction when there already is one. */
export function inTransaction<T>(db: Db, fn: (trx: Transaction<Database>) => Promise<T>) {
  return db.isTransaction ? fn(db as Transaction<Database>) : db.transaction().execute(fn);
}

/** Whether the city has this account. */
export async function accountExists(db: Db, cityId: string, accountId: string) {
  const row = await db
    .selectFrom('accounts')
    .select('account_id')
    .where('city_id', '=', cityId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The JSON text of a value for a `jsonb` column. Accepts any JSON-serialisable value (a typed
 * `Response` from the schemas package included); throws a TypeError for one JSON cannot hold.
 */
export function toJsonText(value: unknown, what: string): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError(`${what} is not a JSON value`);
  return text;
}
