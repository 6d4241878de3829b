import type { Kysely } from 'kysely';

/**
 * The identities people sign in with at the city's OpenID Connect provider: the provider
 * (`issuer`) and the person's id there (`subject`, the ID token's `sub`) lead to one account of
 * the city. An account may have several (a provider that changed its issuer URL); an identity
 * has one account. Nothing else of the ID token is kept: the email and role it carried are copied
 * onto the account at each sign-in. The rows are personal data: the account's export lists them
 * and its erasure deletes them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('account_identities')
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.city_id'))
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_sign_in_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('account_identities_pkey', ['city_id', 'issuer', 'subject'])
    .addForeignKeyConstraint(
      'account_identities_account_fkey',
      ['city_id', 'account_id'],
      'accounts',
      ['city_id', 'account_id'],
    )
    .execute();
  await db.schema
    .createIndex('account_identities_account_idx')
    .on('account_identities')
    .columns(['city_id', 'account_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('account_identities').execute();
}
