import { sql, type Kysely } from 'kysely';

/**
 * Published results (`@competence-kit/disclosure`): each release of a population, the plan it was
 * built with, what it publishes, and its ledger (kept to check the next release, never shown).
 * `city_id` first in the primary key, as in every table of a city's data. A release holds no
 * answers and names nobody; the ledger holds digests of who contributed to which group.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('releases')
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.city_id'))
    .addColumn('population', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull().check(sql`sequence >= 1`))
    .addColumn('plan', 'jsonb', (c) => c.notNull())
    .addColumn('release', 'jsonb', (c) => c.notNull())
    .addColumn('ledger', 'jsonb', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('releases_pkey', ['city_id', 'population', 'sequence'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('releases').execute();
}
