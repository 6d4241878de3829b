import { sql, type Kysely } from 'kysely';

/**
 * A city's needs review (ECCIPA's first phase): the study as the `needs-study` document of
 * `@competence-kit/schemas` (sources, sessions counted by group and never named, imported
 * questionnaire responses, coded findings), with its plan (what is to be done when, and its
 * status); and the needs reports built from it, each a dated release that never changes.
 * `city_id` first in every primary key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('needs_reviews')
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.city_id'))
    .addColumn('review_id', 'text', (c) => c.notNull())
    .addColumn('study', 'jsonb', (c) => c.notNull())
    .addColumn('plan', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('needs_reviews_pkey', ['city_id', 'review_id'])
    .execute();
  await db.schema
    .createTable('needs_reports')
    .addColumn('city_id', 'text', (c) => c.notNull())
    .addColumn('review_id', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull().check(sql`sequence >= 1`))
    .addColumn('report', 'jsonb', (c) => c.notNull())
    .addColumn('built_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('needs_reports_pkey', ['city_id', 'review_id', 'sequence'])
    .addForeignKeyConstraint(
      'needs_reports_review_fkey',
      ['city_id', 'review_id'],
      'needs_reviews',
      ['city_id', 'review_id'],
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('needs_reports').execute();
  await db.schema.dropTable('needs_reviews').execute();
}
