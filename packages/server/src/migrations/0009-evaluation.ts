import { sql, type Kysely } from 'kysely';

/**
 * Evaluation of a city's programme.
 *
 * - `cities.wave`: the self-assessment wave staff answer now (`baseline` until a coordinator
 *   opens the post-training wave), so that the results can compare the two.
 * - `session_feedback`: what participants said about a training session (satisfaction and
 *   usefulness 1–5, an optional comment). Anonymous: no account id, only the day it was given,
 *   and a random id, so that an answer cannot be traced to the person who gave it.
 * - `feedback_given`: who has given feedback on which session (so that nobody does twice). It
 *   names the account but holds nothing of what was said; it is the person's data (export,
 *   erasure).
 * - `feedback_releases`: published feedback figures, each a dated release with its ledger (the
 *   feedback ids behind each published module), so that a later release never shows a change of
 *   fewer than the threshold of people.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('cities')
    .addColumn('wave', 'text', (c) =>
      c
        .notNull()
        .defaultTo('baseline')
        .check(sql`wave in ('baseline', 'post', 'follow-up')`),
    )
    .execute();
  await db.schema.alterTable('cities').addColumn('wave_opened_at', 'timestamptz').execute();
  await db.schema
    .createTable('session_feedback')
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.city_id'))
    .addColumn('feedback_id', 'text', (c) => c.notNull())
    .addColumn('programme_id', 'text', (c) => c.notNull())
    .addColumn('module_id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('satisfaction', 'integer', (c) =>
      c.notNull().check(sql`satisfaction between 1 and 5`),
    )
    .addColumn('usefulness', 'integer', (c) => c.notNull().check(sql`usefulness between 1 and 5`))
    .addColumn('comment', 'text')
    .addColumn('given_on', 'text', (c) =>
      c.notNull().check(sql`given_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`),
    )
    .addPrimaryKeyConstraint('session_feedback_pkey', ['city_id', 'feedback_id'])
    .execute();
  await db.schema
    .createTable('feedback_given')
    .addColumn('city_id', 'text', (c) => c.notNull())
    .addColumn('programme_id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_given_pkey', [
      'city_id',
      'programme_id',
      'session_id',
      'account_id',
    ])
    .addForeignKeyConstraint('feedback_given_account_fkey', ['city_id', 'account_id'], 'accounts', [
      'city_id',
      'account_id',
    ])
    .execute();
  await db.schema
    .createTable('feedback_releases')
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.city_id'))
    .addColumn('sequence', 'integer', (c) => c.notNull().check(sql`sequence >= 1`))
    .addColumn('release', 'jsonb', (c) => c.notNull())
    .addColumn('ledger', 'jsonb', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_releases_pkey', ['city_id', 'sequence'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('feedback_releases').execute();
  await db.schema.dropTable('feedback_given').execute();
  await db.schema.dropTable('session_feedback').execute();
  await db.schema.alterTable('cities').dropColumn('wave_opened_at').execute();
  await db.schema.alterTable('cities').dropColumn('wave').execute();
}
