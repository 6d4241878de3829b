// A digest of everything a store holds, to prove that a request changed nothing: take one before,
// one after, and compare. Works on both backends (PGlite and PostgreSQL).
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../../store/index.js';

/** One hash per table (its row count and a hash of its rows), by table name: a changed table
 * shows by name in a diff. */
export type DatabaseDigest = Record<string, string>;

/** What a digest leaves out. Every use must say, in a comment, why the left-out part may change. */
export interface DigestOptions {
  /** Tables left out entirely. */
  exclude?: readonly string[];
  /** Columns left out of a table's rows (e.g. a sliding expiry). */
  omitColumns?: Readonly<Record<string, readonly string[]>>;
  /** Rows left out of a table (e.g. the audit record of the refusal itself). */
  omitRows?: Readonly<Record<string, (row: Record<string, unknown>) => boolean>>;
}

/**
 * What a refused request may legitimately change, and nothing else:
 * - `sessions.expires_at`: sessions slide (`store.sessions.extend`) on every request of a
 *   signed-in person, a refused one too; which sessions exist, and whose, must not change.
 * - `audit_events` rows recording a refusal (`sign-in-refused`, `release-refused`): the audit
 *   trail records refused attempts by design (decision 0003); any other new row is a change.
 * Rate-limit buckets live in memory (@fastify/rate-limit), not in the store, so need no entry.
 */
export const REFUSAL_MAY_CHANGE: DigestOptions = {
  omitColumns: { sessions: ['expires_at'] },
  omitRows: {
    audit_events: (row) => row.action === 'sign-in-refused' || row.action === 'release-refused',
  },
};

/**
 * `databaseDigest(store)`: lists every base table of the store's schema from
 * `information_schema.tables` (so a table added by a later migration is covered without editing
 * this file), reads each table's rows as JSON, sorts them by their text and hashes them. Two
 * digests are equal exactly when every table holds the same rows (in any order).
 *
 * Use: `const before = await databaseDigest(store, REFUSAL_MAY_CHANGE); …request…;
 * expect(await databaseDigest(store, REFUSAL_MAY_CHANGE)).toEqual(before);`
 * Meant for test stores (it reads every row of every table).
 */
export async function databaseDigest(
  store: Store,
  options: DigestOptions = {},
): Promise<DatabaseDigest> {
  const tables = (
    await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'
      order by table_name`.execute(store.db)
  ).rows
    .map((r) => r.table_name)
    .filter((table) => !options.exclude?.includes(table));
  if (tables.length === 0) return {};
  // One statement for all tables (a digest runs around every request of the fuzz test): each
  // table's rows as jsonb text (keys in jsonb's fixed order), sorted and hashed by the database;
  // a table with rows to leave out sends its rows, which are filtered and hashed here.
  const parts = tables.map((table) => {
    const omit = options.omitColumns?.[table] ?? [];
    const row =
      omit.length > 0
        ? sql`(to_jsonb(x) - array[${sql.join(omit.map((c) => sql.lit(c)))}]::text[])::text`
        : sql`to_jsonb(x)::text`;
    return options.omitRows?.[table]
      ? sql`select ${sql.lit(table)}::text as t, ${row} as r, -1::bigint as n
            from ${sql.table(table)} as x`
      : sql`select ${sql.lit(table)}::text as t,
              md5(coalesce(string_agg(${row}, e'\\n' order by ${row}), '')) as r,
              count(*)::bigint as n
            from ${sql.table(table)} as x`;
  });
  const { rows } = await sql<{ t: string; r: string | null; n: string | number }>`${sql.join(
    parts,
    sql` union all `,
  )}`.execute(store.db);
  const digest: DatabaseDigest = {};
  const kept = new Map<string, string[]>();
  for (const { t, r, n } of rows) {
    if (Number(n) >= 0) {
      digest[t] = `${n}:${r}`;
      continue;
    }
    if (!kept.has(t)) kept.set(t, []);
    if (r === null) continue;
    const parsed = JSON.parse(r) as Record<string, unknown>;
    if (!options.omitRows![t]!(parsed)) kept.get(t)!.push(r);
  }
  for (const table of tables)
    if (options.omitRows?.[table]) {
      const texts = (kept.get(table) ?? []).sort();
      digest[table] =
        `${texts.length}:${createHash('sha256').update(texts.join('\n')).digest('hex')}`;
    }
  return digest;
}
