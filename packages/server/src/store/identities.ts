import { randomUUID } from 'node:crypto';
import { toAccount, normaliseEmail, type Account } from './accounts.js';
import type { AccountRole } from './database.js';
import { inTransaction, type RepositoryContext } from './shared.js';

/**
 * The password hash of an account made by signing in through the city's identity provider. It
 * is no encoded hash, so a password check against it always fails (`verifyPassword` returns
 * false for anything it cannot parse): such an account signs in only through the provider.
 */
export const NO_PASSWORD = 'oidc-only';

/** An identity at a provider: who the person is there. */
export interface Identity {
  issuer: string;
  subject: string;
}

export interface LinkedIdentity extends Identity {
  accountId: string;
  createdAt: Date;
  lastSignInAt: Date;
}

export type CreateWithIdentityResult =
  | { ok: true; account: Account }
  | { ok: false; code: 'email-taken' | 'identity-taken' | 'unknown-city' };

/**
 * The identities accounts sign in with at the city's OpenID Connect provider
 * (`account_identities`, see 0005-identities). Every function takes the city first.
 */
export function identitiesRepository({ db, now }: RepositoryContext) {
  return {
    /** The account this identity leads to, recording the sign-in; undefined for a new one. */
    async signIn(cityId: string, identity: Identity): Promise<Account | undefined> {
      const row = await db
        .selectFrom('account_identities as i')
        .innerJoin('accounts as a', (j) =>
          j.onRef('a.city_id', '=', 'i.city_id').onRef('a.account_id', '=', 'i.account_id'),
        )
        .selectAll('a')
        .where('i.city_id', '=', cityId)
        .where('i.issuer', '=', identity.issuer)
        .where('i.subject', '=', identity.subject)
        .executeTakeFirst();
      if (!row) return undefined;
      await db
        .updateTable('account_identities')
        .set({ last_sign_in_at: now() })
        .where('city_id', '=', cityId)
        .where('issuer', '=', identity.issuer)
        .where('subject', '=', identity.subject)
        .execute();
      return toAccount(row);
    },

    /** Links an identity to an existing account; false when the identity is linked already. */
    async link(cityId: string, identity: Identity, accountId: string): Promise<boolean> {
      const at = now();
      const row = await db
        .insertInto('account_identities')
        .values({
          city_id: cityId,
          issuer: identity.issuer,
          subject: identity.subject,
          account_id: accountId,
          created_at: at,
          last_sign_in_at: at,
        })
        .onConflict((c) => c.columns(['city_id', 'issuer', 'subject']).doNothing())
        .returning('account_id')
        .executeTakeFirst();
      return row !== undefined;
    },

    /**
     * Creates an account without a password ({@link NO_PASSWORD}) and links the identity to it,
     * in one transaction: `email-taken` when the city has an account with that email,
     * `identity-taken` when a concurrent sign-in linked the identity first.
     */
    async createWithIdentity(
      cityId: string,
      identity: Identity,
      account: { email: string; role: AccountRole },
    ): Promise<CreateWithIdentityResult> {
      return inTransaction(db, async (trx) => {
        const city = await trx
          .selectFrom('cities')
          .select('city_id')
          .where('city_id', '=', cityId)
          .executeTakeFirst();
        if (!city) return { ok: false, code: 'unknown-city' } as const;
        const taken = await trx
          .selectFrom('account_identities')
          .select('account_id')
          .where('city_id', '=', cityId)
          .where('issuer', '=', identity.issuer)
          .where('subject', '=', identity.subject)
          .executeTakeFirst();
        if (taken) return { ok: false, code: 'identity-taken' } as const;
        const row = await trx
          .insertInto('accounts')
          .values({
            city_id: cityId,
            account_id: randomUUID(),
            email: normaliseEmail(account.email),
            role: account.role,
            password_hash: NO_PASSWORD,
            role_profile: null,
          })
          .onConflict((c) => c.columns(['city_id', 'email']).doNothing())
          .returningAll()
          .executeTakeFirst();
        if (!row) return { ok: false, code: 'email-taken' } as const;
        const at = now();
        await trx
          .insertInto('account_identities')
          .values({
            city_id: cityId,
            issuer: identity.issuer,
            subject: identity.subject,
            account_id: row.account_id,
            created_at: at,
            last_sign_in_at: at,
          })
          .execute();
        return { ok: true, account: toAccount(row) } as const;
      });
    },

    /** The identities of an account, oldest first. */
    async listForAccount(cityId: string, accountId: string): Promise<LinkedIdentity[]> {
      const rows = await db
        .selectFrom('account_identities')
        .selectAll()
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId)
        .orderBy('created_at')
        .orderBy('issuer')
        .orderBy('subject')
        .execute();
      return rows.map((r) => ({
        issuer: r.issuer,
        subject: r.subject,
        accountId: r.account_id,
        createdAt: r.created_at,
        lastSignInAt: r.last_sign_in_at,
      }));
    },
  };
}

export type IdentitiesRepository = ReturnType<typeof identitiesRepository>;
