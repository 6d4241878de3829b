import { randomUUID } from 'node:crypto';
import type { AccountRole, AccountsTable } from './database.js';
import { inTransaction, type RepositoryContext } from './shared.js';
import type { Selectable } from 'kysely';

/** A portal account, without its password hash. */
export interface Account {
  cityId: string;
  accountId: string;
  email: string;
  role: AccountRole;
  roleProfile: string | null;
  createdAt: Date;
}

/** An account with its password hash, for signing in. */
export interface AccountWithPasswordHash extends Account {
  passwordHash: string;
}

export interface NewAccount {
  email: string;
  role: AccountRole;
  /** The encoded hash (scrypt, argon2…) the caller computed; the store never sees a password. */
  passwordHash: string;
  roleProfile?: string | null;
}

export type CreateAccountResult =
  { ok: true; account: Account } | { ok: false; code: 'email-taken' | 'unknown-city' };

/** Emails are compared trimmed and lower-cased. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export function toAccount(row: Selectable<AccountsTable>): Account {
  return {
    cityId: row.city_id,
    accountId: row.account_id,
    email: row.email,
    role: row.role,
    roleProfile: row.role_profile,
    createdAt: row.created_at,
  };
}

/** Accounts of a city. Every function takes the city first and reads or writes only its rows. */
export function accountsRepository({ db }: RepositoryContext) {
  return {
    /** Creates an account; `email-taken` when the city has one with that email already. */
    async create(cityId: string, account: NewAccount): Promise<CreateAccountResult> {
      const city = await db
        .selectFrom('cities')
        .select('city_id')
        .where('city_id', '=', cityId)
        .executeTakeFirst();
      if (!city) return { ok: false, code: 'unknown-city' };
      const row = await db
        .insertInto('accounts')
        .values({
          city_id: cityId,
          account_id: randomUUID(),
          email: normaliseEmail(account.email),
          role: account.role,
          password_hash: account.passwordHash,
          role_profile: account.roleProfile ?? null,
        })
        .onConflict((c) => c.columns(['city_id', 'email']).doNothing())
        .returningAll()
        .executeTakeFirst();
      return row ? { ok: true, account: toAccount(row) } : { ok: false, code: 'email-taken' };
    },

    /** The account with this email in the city, with its password hash. */
    async findByEmail(cityId: string, email: string): Promise<AccountWithPasswordHash | undefined> {
      const row = await db
        .selectFrom('accounts')
        .selectAll()
        .where('city_id', '=', cityId)
        .where('email', '=', normaliseEmail(email))
        .executeTakeFirst();
      return row ? { ...toAccount(row), passwordHash: row.password_hash } : undefined;
    },

    /** The account, if the city has it. */
    async get(cityId: string, accountId: string): Promise<Account | undefined> {
      const row = await db
        .selectFrom('accounts')
        .selectAll()
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return row ? toAccount(row) : undefined;
    },

    /** Replaces the password hash (a new password, or a rehash with stronger parameters). */
    async setPasswordHash(cityId: string, accountId: string, passwordHash: string) {
      const result = await db
        .updateTable('accounts')
        .set({ password_hash: passwordHash })
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Every account of the city, oldest first (the admins' list of people). */
    async list(cityId: string): Promise<Account[]> {
      const rows = await db
        .selectFrom('accounts')
        .selectAll()
        .where('city_id', '=', cityId)
        .orderBy('created_at')
        .orderBy('email')
        .execute();
      return rows.map(toAccount);
    },

    /**
     * Changes an account's role. Refused with `last-admin` when it would leave the city without
     * an admin: the city's admin rows are locked first, so two admins demoting each other at
     * once cannot both succeed. The change takes effect on the person's next request.
     */
    async setRole(
      cityId: string,
      accountId: string,
      role: AccountRole,
    ): Promise<
      | { ok: true; from: AccountRole; changed: boolean }
      | { ok: false; code: 'unknown-account' | 'last-admin' }
    > {
      return inTransaction(db, async (trx) => {
        const admins = await trx
          .selectFrom('accounts')
          .select('account_id')
          .where('city_id', '=', cityId)
          .where('role', '=', 'admin')
          .forUpdate()
          .execute();
        const row = await trx
          .selectFrom('accounts')
          .select('role')
          .where('city_id', '=', cityId)
          .where('account_id', '=', accountId)
          .forUpdate()
          .executeTakeFirst();
        if (!row) return { ok: false, code: 'unknown-account' } as const;
        if (row.role === role) return { ok: true, from: row.role, changed: false } as const;
        if (row.role === 'admin' && admins.length <= 1)
          return { ok: false, code: 'last-admin' } as const;
        await trx
          .updateTable('accounts')
          .set({ role })
          .where('city_id', '=', cityId)
          .where('account_id', '=', accountId)
          .execute();
        return { ok: true, from: row.role, changed: true } as const;
      });
    },

    /** Sets the role profile the person works in. */
    async setRoleProfile(cityId: string, accountId: string, roleProfile: string | null) {
      const result = await db
        .updateTable('accounts')
        .set({ role_profile: roleProfile })
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}

export type AccountsRepository = ReturnType<typeof accountsRepository>;
