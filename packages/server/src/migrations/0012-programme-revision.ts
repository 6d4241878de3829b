import type { Kysely } from 'kysely';

/**
 * A revision number for each stored programme, so that two coordinators editing the same
 * programme cannot overwrite each other's changes unnoticed (optimistic concurrency, decision
 * 0021). Every change of the document or its status adds one; an edit form carries the
 * revision it was opened on, and a save from a form whose revision is no longer the row's is
 * refused. `updated_at` is no substitute: the store's clock may stand still (tests,
 * demonstrations) or give two saves the same millisecond. Programmes stored before this
 * migration start at revision 1.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('programmes')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('programmes').dropColumn('revision').execute();
}
