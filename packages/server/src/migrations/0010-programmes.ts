import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Programmes planned and edited in the portal, and waiting lists for full sessions.
 *
 * `programmes`: a city's programme documents (programme.schema.json, validated before they are
 * stored), each a draft or published. The programme in force is the one published last; without
 * one, the city file's stays in force. `plan` keeps what the planner reported beside the
 * document (the monthly load and the needs no module covers); null for a programme not planned.
 *
 * `waiting_list`: who waits for a place in a full session, in the order they joined. Personal
 * data: exported with the account and deleted with it. `city_id` first in both keys.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('programmes')
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.city_id'))
    .addColumn('programme_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'published')`))
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addColumn('plan', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz')
    .addPrimaryKeyConstraint('programmes_pkey', ['city_id', 'programme_id'])
    .execute();
  await db.schema
    .createTable('waiting_list')
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.city_id'))
    .addColumn('programme_id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('joined_at', 'timestamptz', (c) => c.notNull())
    // The order of joining when two join within the clock's resolution.
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .addPrimaryKeyConstraint('waiting_list_pkey', [
      'city_id',
      'programme_id',
      'session_id',
      'account_id',
    ])
    .addForeignKeyConstraint('waiting_list_account_fkey', ['city_id', 'account_id'], 'accounts', [
      'city_id',
      'account_id',
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('waiting_list').execute();
  await db.schema.dropTable('programmes').execute();
}
