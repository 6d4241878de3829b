import type { Kysely } from 'kysely';

/**
 * When the answers an erased account had submitted began (decision 0023): the earliest
 * `submitted_at` of the responses its erasure removed, or null when it had none. A release
 * computed before an erasure stays as published (decisions 0013, 0019), and shows how many
 * accounts were erased since whose answers were already in the data it was computed from: those
 * erased after it was computed (`deleted_at`) that had answered before (`answers_from`). A
 * moment and no content; the row already holds the random account id for accountability.
 * Deletions recorded before this migration have null here and are told apart by
 * `rows_deleted.responses`.
 *
 * And the ledger of each needs report (decision 0023): per group the report describes, digests
 * of the answers it was built from, so that the next report can be checked against it (a
 * report one answer apart from an earlier one would give that answer away). Never shown; null
 * for reports built before this migration, which cannot be checked against.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('account_deletions')
    .addColumn('answers_from', 'timestamptz')
    .execute();
  await db.schema.alterTable('needs_reports').addColumn('ledger', 'jsonb').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('needs_reports').dropColumn('ledger').execute();
  await db.schema.alterTable('account_deletions').dropColumn('answers_from').execute();
}
