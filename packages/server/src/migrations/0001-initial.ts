// Released migration: never edit it (src/migrations/released.json holds its checksum and a
// test fails when the file changes). Change the schema with a new migration instead.
import { sql, type Kysely } from 'kysely';

/**
 * The portal's first tables. Every table that holds a city's data has `city_id` first in its
 * primary key and in every foreign key, so that each can be distributed by `city_id` on Citus
 * (`cities` becomes a reference table). Foreign keys have no cascade: deleting an account
 * deletes its rows explicitly, so a table that is forgotten makes the deletion fail instead of
 * leaving personal data behind.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cities')
    .addColumn('city_id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('accounts')
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.city_id'))
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('staff', 'coordinator', 'admin')`),
    )
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role_profile', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('accounts_pkey', ['city_id', 'account_id'])
    .addUniqueConstraint('accounts_city_email_key', ['city_id', 'email'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('city_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('sessions_pkey', ['city_id', 'token_hash'])
    .addForeignKeyConstraint('sessions_account_fkey', ['city_id', 'account_id'], 'accounts', [
      'city_id',
      'account_id',
    ])
    .execute();
  await db.schema
    .createIndex('sessions_city_account_idx')
    .on('sessions')
    .columns(['city_id', 'account_id'])
    .execute();
  await db.schema
    .createIndex('sessions_city_expires_idx')
    .on('sessions')
    .columns(['city_id', 'expires_at'])
    .execute();

  await db.schema
    .createTable('assessment_drafts')
    .addColumn('city_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('instrument_version', 'text', (c) => c.notNull())
    .addColumn('draft', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_drafts_pkey', ['city_id', 'account_id', 'instrument_id'])
    .addForeignKeyConstraint(
      'assessment_drafts_account_fkey',
      ['city_id', 'account_id'],
      'accounts',
      ['city_id', 'account_id'],
    )
    .execute();

  await db.schema
    .createTable('responses')
    .addColumn('city_id', 'text', (c) => c.notNull())
    .addColumn('response_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('instrument_version', 'text', (c) => c.notNull())
    .addColumn('response', 'jsonb', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('responses_pkey', ['city_id', 'response_id'])
    .addForeignKeyConstraint('responses_account_fkey', ['city_id', 'account_id'], 'accounts', [
      'city_id',
      'account_id',
    ])
    .execute();
  await db.schema
    .createIndex('responses_city_account_instrument_idx')
    .on('responses')
    .columns(['city_id', 'account_id', 'instrument_id'])
    .execute();

  await db.schema
    .createTable('enrolments')
    .addColumn('city_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('programme_id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('enrolled_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('enrolments_pkey', [
      'city_id',
      'account_id',
      'programme_id',
      'session_id',
    ])
    .addForeignKeyConstraint('enrolments_account_fkey', ['city_id', 'account_id'], 'accounts', [
      'city_id',
      'account_id',
    ])
    .execute();
  await db.schema
    .createIndex('enrolments_city_session_idx')
    .on('enrolments')
    .columns(['city_id', 'programme_id', 'session_id'])
    .execute();

  await db.schema
    .createTable('account_deletions')
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.city_id'))
    .addColumn('deletion_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('rows_deleted', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('account_deletions_pkey', ['city_id', 'deletion_id'])
    .execute();
}
