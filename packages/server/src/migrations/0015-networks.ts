import { sql, type Kysely } from 'kysely';

/**
 * Networks, action plans, the knowledge base and multiplier events (issue 19, decision 0029).
 *
 * `network_documents`: a city's documents of the four kinds (`network`, `action-plan`,
 * `knowledge-base`, `multiplier-event`), each stored whole as JSON by its own `id`, like needs
 * reviews. `revision` starts at 1 and grows by one with every save: an edit form carries the
 * revision it was opened on, and a save from a stale form is refused (as 0012 does for
 * programmes). `updated_by` names the account that saved last; erasing that account sets it to
 * null (the document is the city's and stays), hence the one foreign key here with an action.
 *
 * `stakeholder_representatives`: the scope of the new role `stakeholder-representative`: which
 * stakeholder of which network an account speaks for. One row per account; it is the person's
 * data and goes with the account (on delete cascade: a scope without its account means nothing,
 * and nobody should have to remember to delete it).
 *
 * `event_registrations`: registrations for a multiplier event, counted by stakeholder type as the
 * funders' reports ask: no name, no account, no address. `key` is a random value from the form, so
 * that a double submit counts once.
 *
 * The role checks of `accounts` and `invitations` are widened to the new role, and an invitation
 * of a representative names the stakeholder it is for (and only then), so that accepting it
 * assigns the scope in the same transaction. `city_id` first in every key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const roles = sql`('staff', 'coordinator', 'admin', 'stakeholder-representative')`;
  for (const table of ['accounts', 'invitations']) {
    // The checks of 0001 and 0004 were declared on the column: PostgreSQL named them so.
    await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(`${table}_role_check`)}`.execute(
      db,
    );
    await sql`alter table ${sql.table(table)} add constraint ${sql.ref(`${table}_role_check`)}
      check (role in ${roles})`.execute(db);
  }
  await db.schema
    .alterTable('invitations')
    .addColumn('network_id', 'text')
    .addColumn('stakeholder_id', 'text')
    .execute();
  await sql`alter table invitations add constraint invitations_representative_scope
    check ((role = 'stakeholder-representative')
      = (network_id is not null and stakeholder_id is not null))`.execute(db);

  await db.schema
    .createTable('network_documents')
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.city_id'))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(sql`kind in ('network', 'action-plan', 'knowledge-base', 'multiplier-event')`),
    )
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().check(sql`revision >= 1`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('network_documents_pkey', ['city_id', 'kind', 'document_id'])
    .execute();
  // Only `updated_by` becomes null when the account goes (the column list needs PostgreSQL 15).
  await sql`alter table network_documents add constraint network_documents_updated_by_fkey
    foreign key (city_id, updated_by) references accounts (city_id, account_id)
    on delete set null (updated_by)`.execute(db);

  await db.schema
    .createTable('stakeholder_representatives')
    .addColumn('city_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('network_id', 'text', (c) => c.notNull())
    .addColumn('stakeholder_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stakeholder_representatives_pkey', ['city_id', 'account_id'])
    .addForeignKeyConstraint(
      'stakeholder_representatives_account_fkey',
      ['city_id', 'account_id'],
      'accounts',
      ['city_id', 'account_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('event_registrations')
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.city_id'))
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull().check(sql`key ~ '^[A-Za-z0-9_-]{16,128}$'`))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_registrations_pkey', ['city_id', 'event_id', 'key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('event_registrations').execute();
  await db.schema.dropTable('stakeholder_representatives').execute();
  await db.schema.dropTable('network_documents').execute();
  await sql`alter table invitations drop constraint invitations_representative_scope`.execute(db);
  await db.schema.alterTable('invitations').dropColumn('stakeholder_id').execute();
  await db.schema.alterTable('invitations').dropColumn('network_id').execute();
  const roles = sql`('staff', 'coordinator', 'admin')`;
  for (const table of ['accounts', 'invitations']) {
    await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(`${table}_role_check`)}`.execute(
      db,
    );
    await sql`alter table ${sql.table(table)} add constraint ${sql.ref(`${table}_role_check`)}
      check (role in ${roles})`.execute(db);
  }
}
