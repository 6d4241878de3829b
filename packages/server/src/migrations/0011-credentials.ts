import type { Kysely } from 'kysely';

/**
 * The Open Badges 3.0 credentials the portal issued (see decision 0018): one per account,
 * programme and module. `credential_id` is random and unguessable (16 bytes, base64url): it is
 * the credential's public address (`/credentials/<id>`). `credential` is the signed JSON text
 * exactly as issued (text, not jsonb: jsonb would reorder keys and spacing, and the download
 * must be the bytes that were signed). Personal data: exported with the account and deleted
 * with it (its public address then answers 404). `city_id` first in every key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('credentials')
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.city_id'))
    .addColumn('credential_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('programme_id', 'text', (c) => c.notNull())
    .addColumn('module', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .addColumn('credential', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('credentials_pkey', ['city_id', 'credential_id'])
    .addUniqueConstraint('credentials_once_unique', [
      'city_id',
      'account_id',
      'programme_id',
      'module',
    ])
    .addForeignKeyConstraint('credentials_account_fkey', ['city_id', 'account_id'], 'accounts', [
      'city_id',
      'account_id',
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('credentials').execute();
}
