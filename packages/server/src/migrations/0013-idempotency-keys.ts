import { sql, type Kysely } from 'kysely';

/**
 * Idempotency keys of submissions (decision 0022): a client sends an `Idempotency-Key` header
 * with a submission and the same key with each retry of it, so that a retry after a lost reply
 * does not store the submission twice. A row is written in the same transaction as the
 * submission it acknowledges: after a crash, both or neither exist. `scope` names what was
 * submitted (`responses` for the self-assessment, `q/<questionnaire id>` for a questionnaire's
 * answers); `request_hash` is the SHA-256 of the request's canonical JSON (a retry must send the
 * same); `status` and `body` are the acknowledgement that was sent (e.g. `{"responseId": …}`),
 * sent again for a retry. Nothing personal: no account, address or browser; `created_at` is the
 * start of the day (UTC) only, as questionnaire answers keep the day only, so that a row says
 * nothing about the order of arrival. The primary key makes two concurrent requests with one
 * key store once. `city_id` first in the key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.city_id'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull().check(sql`key ~ '^[A-Za-z0-9_-]{16,128}$'`))
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('body', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pkey', ['city_id', 'scope', 'key'])
    .execute();
  await db.schema
    .createIndex('idempotency_keys_created_idx')
    .on('idempotency_keys')
    .columns(['city_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('idempotency_keys').execute();
}
