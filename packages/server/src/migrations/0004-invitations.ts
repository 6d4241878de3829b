import { sql, type Kysely } from 'kysely';

/**
 * Invitations by link: an admin invites a person to the city's portal with a role, and the
 * person sets a password through the link. The link's token is stored only as its SHA-256 (as
 * session tokens are), so a copy of the database opens no invitation. The email is kept only
 * while the invitation is open: accepting it (or revoking it) clears the email and records the
 * account it created instead. The account ids it holds (who invited, who accepted) have no
 * foreign key: an invitation is the admins' record and outlives both accounts, naming nobody
 * once they are deleted, as the audit log does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('invitations')
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.city_id'))
    .addColumn('invitation_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('staff', 'coordinator', 'admin')`),
    )
    .addColumn('role_profile', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('accepted_account_id', 'text')
    .addColumn('revoked_at', 'timestamptz')
    .addPrimaryKeyConstraint('invitations_pkey', ['city_id', 'invitation_id'])
    .addUniqueConstraint('invitations_token_hash_key', ['city_id', 'token_hash'])
    // A used invitation keeps no email: the account it created holds it now.
    .addCheckConstraint('invitations_used_without_email', sql`used_at is null or email is null`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('invitations').execute();
}
