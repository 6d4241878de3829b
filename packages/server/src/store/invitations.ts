import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { normaliseEmail, toAccount, type Account } from './accounts.js';
import type { AccountRole, InvitationsTable } from './database.js';
import type { RepresentativeScope } from './networks.js';
import { inTransaction, type RepositoryContext } from './shared.js';

/** Where an invitation stands, at the store's clock. */
export type InvitationState = 'open' | 'used' | 'revoked' | 'expired';

/** An invitation as the admins see it; never its token (only its hash is stored). */
export interface Invitation {
  cityId: string;
  invitationId: string;
  /** Null once the invitation is used or revoked: the email is kept only while it is open. */
  email: string | null;
  role: AccountRole;
  roleProfile: string | null;
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  acceptedAccountId: string | null;
  revokedAt: Date | null;
  state: InvitationState;
  /** A representative's invitation: the stakeholder the person will speak for (0015). */
  scope: RepresentativeScope | null;
}

export interface NewInvitation {
  /** SHA-256 of the link's token (`hashSessionToken`); the token itself is never stored. */
  tokenHash: string;
  email: string;
  role: AccountRole;
  roleProfile?: string | null;
  /** The admin who invites. */
  createdBy: string | null;
  expiresAt: Date;
  /** Required for the role `stakeholder-representative`, refused for any other (a constraint). */
  scope?: RepresentativeScope | null;
}

export type AcceptInvitationResult =
  | { ok: true; account: Account; invitation: Invitation }
  | { ok: false; code: 'unknown' | 'used' | 'revoked' | 'expired' | 'email-taken' };

/**
 * Invitations by link: created by a city's admins, accepted once by the person invited, who
 * then has an account with the invitation's role. Every function takes the city first: a
 * token of one city finds nothing in another.
 */
export function invitationsRepository({ db, now }: RepositoryContext) {
  const stateOf = (row: Selectable<InvitationsTable>, at: Date): InvitationState =>
    row.used_at
      ? 'used'
      : row.revoked_at
        ? 'revoked'
        : row.expires_at.getTime() <= at.getTime()
          ? 'expired'
          : 'open';
  const toInvitation = (row: Selectable<InvitationsTable>, at = now()): Invitation => ({
    cityId: row.city_id,
    invitationId: row.invitation_id,
    email: row.email,
    role: row.role,
    roleProfile: row.role_profile,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    acceptedAccountId: row.accepted_account_id,
    revokedAt: row.revoked_at,
    state: stateOf(row, at),
    scope:
      row.network_id !== null && row.stakeholder_id !== null
        ? { network: row.network_id, stakeholder: row.stakeholder_id }
        : null,
  });

  return {
    /** Stores a new invitation (open until `expiresAt`); the email is stored lower-cased. */
    async create(cityId: string, invitation: NewInvitation): Promise<Invitation> {
      const row = await db
        .insertInto('invitations')
        .values({
          city_id: cityId,
          invitation_id: randomUUID(),
          token_hash: invitation.tokenHash,
          email: normaliseEmail(invitation.email),
          role: invitation.role,
          role_profile: invitation.roleProfile ?? null,
          created_by: invitation.createdBy,
          created_at: now(),
          expires_at: invitation.expiresAt,
          network_id: invitation.scope?.network ?? null,
          stakeholder_id: invitation.scope?.stakeholder ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toInvitation(row);
    },

    /** The invitations that can still be accepted, newest first. */
    async listOpen(cityId: string): Promise<Invitation[]> {
      const at = now();
      const rows = await db
        .selectFrom('invitations')
        .selectAll()
        .where('city_id', '=', cityId)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', at)
        .orderBy('created_at', 'desc')
        .orderBy('invitation_id')
        .execute();
      return rows.map((r) => toInvitation(r, at));
    },

    /** The invitation of a link's token hash, in whatever state; undefined when unknown. */
    async findByTokenHash(cityId: string, tokenHash: string): Promise<Invitation | undefined> {
      const row = await db
        .selectFrom('invitations')
        .selectAll()
        .where('city_id', '=', cityId)
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row ? toInvitation(row) : undefined;
    },

    /** Revokes an open invitation and forgets its email; false when none was open. */
    async revoke(cityId: string, invitationId: string): Promise<boolean> {
      const result = await db
        .updateTable('invitations')
        .set({ revoked_at: now(), email: null })
        .where('city_id', '=', cityId)
        .where('invitation_id', '=', invitationId)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now())
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /**
     * Forgets the email of invitations that expired unused: nobody can accept them any more,
     * so the address of a person who has no account is not kept. Returns how many.
     */
    async forgetExpired(cityId: string): Promise<number> {
      const result = await db
        .updateTable('invitations')
        .set({ email: null })
        .where('city_id', '=', cityId)
        .where('used_at', 'is', null)
        .where('email', 'is not', null)
        .where('expires_at', '<=', now())
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /**
     * Accepts an open invitation, in one transaction: creates the account (the invitation's
     * email and role, the caller's password hash), marks the invitation used, clears its email
     * and records the new account's id. Nothing changes when it is not open or the email has an
     * account already. A representative's invitation gives the new account its scope, in the
     * same transaction.
     */
    async accept(
      cityId: string,
      tokenHash: string,
      passwordHash: string,
    ): Promise<AcceptInvitationResult> {
      return inTransaction(db, async (trx) => {
        const at = now();
        const row = await trx
          .selectFrom('invitations')
          .selectAll()
          .where('city_id', '=', cityId)
          .where('token_hash', '=', tokenHash)
          .forUpdate()
          .executeTakeFirst();
        if (!row) return { ok: false, code: 'unknown' } as const;
        const state = stateOf(row, at);
        if (state !== 'open' || row.email === null)
          return { ok: false, code: state === 'open' ? 'revoked' : state } as const;
        const created = await trx
          .insertInto('accounts')
          .values({
            city_id: cityId,
            account_id: randomUUID(),
            email: row.email,
            role: row.role,
            password_hash: passwordHash,
            role_profile: row.role_profile,
          })
          .onConflict((c) => c.columns(['city_id', 'email']).doNothing())
          .returningAll()
          .executeTakeFirst();
        if (!created) return { ok: false, code: 'email-taken' } as const;
        if (row.network_id !== null && row.stakeholder_id !== null)
          await trx
            .insertInto('stakeholder_representatives')
            .values({
              city_id: cityId,
              account_id: created.account_id,
              network_id: row.network_id,
              stakeholder_id: row.stakeholder_id,
            })
            .execute();
        const used = await trx
          .updateTable('invitations')
          .set({ used_at: at, email: null, accepted_account_id: created.account_id })
          .where('city_id', '=', cityId)
          .where('invitation_id', '=', row.invitation_id)
          .returningAll()
          .executeTakeFirstOrThrow();
        return { ok: true, account: toAccount(created), invitation: toInvitation(used, at) };
      });
    },
  };
}

export type InvitationsRepository = ReturnType<typeof invitationsRepository>;
