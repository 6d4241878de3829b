import type { Account } from './accounts.js';
import type { RepositoryContext } from './shared.js';

/** A sign-in session. */
export interface Session {
  cityId: string;
  tokenHash: string;
  accountId: string;
  createdAt: Date;
  expiresAt: Date;
}

/** Sign-in sessions, found by the hash of their token (see `hashSessionToken`). */
export function sessionsRepository({ db, now }: RepositoryContext) {
  return {
    /** Opens a session for an account of the city; undefined when the city has no such account. */
    async create(
      cityId: string,
      session: { tokenHash: string; accountId: string; expiresAt: Date },
    ): Promise<Session | undefined> {
      const account = await db
        .selectFrom('accounts')
        .select('account_id')
        .where('city_id', '=', cityId)
        .where('account_id', '=', session.accountId)
        .executeTakeFirst();
      if (!account) return undefined;
      const row = await db
        .insertInto('sessions')
        .values({
          city_id: cityId,
          token_hash: session.tokenHash,
          account_id: session.accountId,
          created_at: now(),
          expires_at: session.expiresAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toSession(row);
    },

    /** The session with this token hash and its account, if the city has it and it has not expired. */
    async findValid(
      cityId: string,
      tokenHash: string,
    ): Promise<{ session: Session; account: Account } | undefined> {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('accounts', (join) =>
          join
            .onRef('accounts.city_id', '=', 'sessions.city_id')
            .onRef('accounts.account_id', '=', 'sessions.account_id'),
        )
        .select([
          'sessions.city_id',
          'sessions.token_hash',
          'sessions.account_id',
          'sessions.created_at as session_created_at',
          'sessions.expires_at',
          'accounts.email',
          'accounts.role',
          'accounts.role_profile',
          'accounts.created_at as account_created_at',
        ])
        .where('sessions.city_id', '=', cityId)
        .where('sessions.token_hash', '=', tokenHash)
        .where('sessions.expires_at', '>', now())
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        session: {
          cityId: row.city_id,
          tokenHash: row.token_hash,
          accountId: row.account_id,
          createdAt: row.session_created_at,
          expiresAt: row.expires_at,
        },
        account: {
          cityId: row.city_id,
          accountId: row.account_id,
          email: row.email,
          role: row.role,
          roleProfile: row.role_profile,
          createdAt: row.account_created_at,
        },
      };
    },

    /** Moves a session's expiry (a sliding session); false when the city has no such session. */
    async extend(cityId: string, tokenHash: string, expiresAt: Date): Promise<boolean> {
      const result = await db
        .updateTable('sessions')
        .set({ expires_at: expiresAt })
        .where('city_id', '=', cityId)
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Ends a session (signing out). */
    async delete(cityId: string, tokenHash: string): Promise<boolean> {
      const result = await db
        .deleteFrom('sessions')
        .where('city_id', '=', cityId)
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    /** Ends every session of an account (signing out everywhere, a new password). */
    async deleteForAccount(cityId: string, accountId: string): Promise<number> {
      const result = await db
        .deleteFrom('sessions')
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** Removes the city's expired sessions; returns how many. */
    async deleteExpired(cityId: string): Promise<number> {
      const result = await db
        .deleteFrom('sessions')
        .where('city_id', '=', cityId)
        .where('expires_at', '<=', now())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

function toSession(row: {
  city_id: string;
  token_hash: string;
  account_id: string;
  created_at: Date;
  expires_at: Date;
}): Session {
  return {
    cityId: row.city_id,
    tokenHash: row.token_hash,
    accountId: row.account_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

export type SessionsRepository = ReturnType<typeof sessionsRepository>;
