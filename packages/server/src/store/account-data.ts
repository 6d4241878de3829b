import { randomUUID } from 'node:crypto';
import type { Programme } from '@competence-kit/schemas';
import { sql } from 'kysely';
import type { AccountRole, JsonValue } from './database.js';
import { inTransaction, type Db, type RepositoryContext } from './shared.js';
import { lockSession, type SessionPlace } from './enrolments.js';
import { waitingListRepository } from './waiting-list.js';

/**
 * All the data the store holds about one account, as JSON (GDPR Art. 15 access and Art. 20
 * portability). Dates are ISO 8601 strings. Left out, on purpose: the password hash and the
 * session token hashes, which are credentials, not information about the person.
 */
export interface AccountExport {
  format: 'competence-kit/account-export';
  formatVersion: 1;
  exportedAt: string;
  cityId: string;
  account: {
    accountId: string;
    email: string;
    role: AccountRole;
    roleProfile: string | null;
    createdAt: string;
  };
  sessions: { createdAt: string; expiresAt: string }[];
  drafts: {
    instrumentId: string;
    instrumentVersion: string;
    draft: JsonValue;
    updatedAt: string;
  }[];
  responses: {
    responseId: string;
    instrumentId: string;
    instrumentVersion: string;
    response: JsonValue;
    submittedAt: string;
  }[];
  enrolments: { programmeId: string; sessionId: string; enrolledAt: string }[];
  /** Whether the person attended sessions they were enrolled in, as coordinators recorded it. */
  attendance: { programmeId: string; sessionId: string; attended: boolean; recordedAt: string }[];
  /** The waiting lists of full sessions the person joined (0010-programmes). */
  waitingList: { programmeId: string; sessionId: string; joinedAt: string }[];
  /**
   * What the audit log records of the account's own actions (sign-ins, exports…) and of actions
   * on it (a role changed by an admin: the subject starts with the account id).
   */
  auditEvents: { at: string; action: string; subject: string | null }[];
  /**
   * The sessions the person has given feedback on. What they said is not here: the feedback
   * itself is stored without the account (see 0009-evaluation) and cannot be found again.
   */
  feedbackGiven: { programmeId: string; sessionId: string }[];
  /** Who the person is at the city's identity provider, when they sign in there (0005). */
  identities: { issuer: string; subject: string; createdAt: string; lastSignInAt: string }[];
  /**
   * The invitation the account was created from, if any (see 0004-invitations): when it was
   * made and accepted, with which role. It stays with the admins' records when the account is
   * deleted, holding no email, and its account id then leads to nobody.
   */
  invitation: {
    invitedAt: string;
    acceptedAt: string;
    role: AccountRole;
    roleProfile: string | null;
  } | null;
  /**
   * The Open Badges credentials issued to the person (0011-credentials), each with its signed
   * JSON text exactly as issued (the subject in it is a salted hash of the email).
   */
  credentials: {
    credentialId: string;
    programmeId: string;
    module: string;
    issuedAt: string;
    credential: string;
  }[];
  /**
   * The stakeholder the person speaks for as a stakeholder representative (0015-networks), or
   * null. It goes with the account.
   */
  representative: { network: string; stakeholder: string } | null;
}

/**
 * What `deleteAccount` removed, per table (also kept in `account_deletions`), and who was
 * enrolled from a waiting list in the places the account freed (not kept).
 */
export interface AccountDeletion {
  deleted: boolean;
  /** The first in line of each session the account held a place in, now enrolled in it. */
  promoted: (SessionPlace & { accountId: string })[];
  rowsDeleted: {
    sessions: number;
    assessment_drafts: number;
    responses: number;
    /** Acknowledgements of the account's responses (`idempotency_keys`, scope `responses`). */
    idempotency_keys: number;
    enrolments: number;
    attendance: number;
    waiting_list: number;
    feedback_given: number;
    account_identities: number;
    credentials: number;
    accounts: number;
  };
}

const iso = (date: Date) => date.toISOString();

/**
 * A session's capacity: from the city's programme of that id stored in `programmes`, else from
 * one of `programmes` (documents kept outside the store); undefined when neither has it.
 */
async function capacityOf(
  db: Db,
  cityId: string,
  place: SessionPlace,
  programmes: readonly Pick<Programme, 'id' | 'sessions'>[],
): Promise<number | undefined> {
  const stored = await db
    .selectFrom('programmes')
    .select('document')
    .where('city_id', '=', cityId)
    .where('programme_id', '=', place.programmeId)
    .executeTakeFirst();
  const programme =
    (stored?.document as unknown as Programme | undefined) ??
    programmes.find((p) => p.id === place.programmeId);
  return programme?.sessions.find((s) => s.id === place.sessionId)?.capacity;
}

/** GDPR: export and erase everything an account has, in one transaction each. */
export function accountDataRepository({ db, now }: RepositoryContext) {
  return {
    /** Every row of the account, as JSON; undefined when the city has no such account. */
    async exportAccountData(cityId: string, accountId: string): Promise<AccountExport | undefined> {
      return inTransaction(db, async (trx) => {
        const account = await trx
          .selectFrom('accounts')
          .selectAll()
          .where('city_id', '=', cityId)
          .where('account_id', '=', accountId)
          .executeTakeFirst();
        if (!account) return undefined;
        const [sessions, drafts, responses, enrolments, auditEvents, feedbackGiven] = [
          await trx
            .selectFrom('sessions')
            .select(['created_at', 'expires_at'])
            .where('city_id', '=', cityId)
            .where('account_id', '=', accountId)
            .orderBy('created_at')
            .execute(),
          await trx
            .selectFrom('assessment_drafts')
            .selectAll()
            .where('city_id', '=', cityId)
            .where('account_id', '=', accountId)
            .orderBy('instrument_id')
            .execute(),
          await trx
            .selectFrom('responses')
            .selectAll()
            .where('city_id', '=', cityId)
            .where('account_id', '=', accountId)
            .orderBy('submitted_at')
            .orderBy('response_id')
            .execute(),
          await trx
            .selectFrom('enrolments')
            .selectAll()
            .where('city_id', '=', cityId)
            .where('account_id', '=', accountId)
            .orderBy('enrolled_at')
            .orderBy('programme_id')
            .orderBy('session_id')
            .execute(),
          await trx
            .selectFrom('audit_events')
            .select(['at', 'action', 'subject'])
            .where('city_id', '=', cityId)
            .where((eb) =>
              eb.or([
                eb('actor_id', '=', accountId),
                // Account ids are UUIDs: no LIKE wildcard in them.
                eb('subject', 'like', `${accountId}:%`),
              ]),
            )
            .orderBy('at')
            .orderBy('event_id')
            .execute(),
          await trx
            .selectFrom('feedback_given')
            .select(['programme_id', 'session_id'])
            .where('city_id', '=', cityId)
            .where('account_id', '=', accountId)
            .orderBy('programme_id')
            .orderBy('session_id')
            .execute(),
        ];
        const attendance = await trx
          .selectFrom('attendance')
          .selectAll()
          .where('city_id', '=', cityId)
          .where('account_id', '=', accountId)
          .orderBy('programme_id')
          .orderBy('session_id')
          .execute();
        const waitingList = await trx
          .selectFrom('waiting_list')
          .selectAll()
          .where('city_id', '=', cityId)
          .where('account_id', '=', accountId)
          .orderBy('joined_at')
          .orderBy('programme_id')
          .orderBy('session_id')
          .execute();
        const identities = await trx
          .selectFrom('account_identities')
          .selectAll()
          .where('city_id', '=', cityId)
          .where('account_id', '=', accountId)
          .orderBy('created_at')
          .orderBy('issuer')
          .orderBy('subject')
          .execute();
        const credentials = await trx
          .selectFrom('credentials')
          .selectAll()
          .where('city_id', '=', cityId)
          .where('account_id', '=', accountId)
          .orderBy('issued_at')
          .orderBy('credential_id')
          .execute();
        const representative = await trx
          .selectFrom('stakeholder_representatives')
          .select(['network_id', 'stakeholder_id'])
          .where('city_id', '=', cityId)
          .where('account_id', '=', accountId)
          .executeTakeFirst();
        const invitation = await trx
          .selectFrom('invitations')
          .select(['created_at', 'used_at', 'role', 'role_profile'])
          .where('city_id', '=', cityId)
          .where('accepted_account_id', '=', accountId)
          .executeTakeFirst();
        return {
          format: 'competence-kit/account-export',
          formatVersion: 1,
          exportedAt: iso(now()),
          cityId,
          account: {
            accountId: account.account_id,
            email: account.email,
            role: account.role,
            roleProfile: account.role_profile,
            createdAt: iso(account.created_at),
          },
          sessions: sessions.map((s) => ({
            createdAt: iso(s.created_at),
            expiresAt: iso(s.expires_at),
          })),
          drafts: drafts.map((d) => ({
            instrumentId: d.instrument_id,
            instrumentVersion: d.instrument_version,
            draft: d.draft,
            updatedAt: iso(d.updated_at),
          })),
          responses: responses.map((r) => ({
            responseId: r.response_id,
            instrumentId: r.instrument_id,
            instrumentVersion: r.instrument_version,
            response: r.response,
            submittedAt: iso(r.submitted_at),
          })),
          enrolments: enrolments.map((e) => ({
            programmeId: e.programme_id,
            sessionId: e.session_id,
            enrolledAt: iso(e.enrolled_at),
          })),
          auditEvents: auditEvents.map((e) => ({
            at: iso(e.at),
            action: e.action,
            subject: e.subject,
          })),
          attendance: attendance.map((a) => ({
            programmeId: a.programme_id,
            sessionId: a.session_id,
            attended: a.attended,
            recordedAt: iso(a.recorded_at),
          })),
          waitingList: waitingList.map((e) => ({
            programmeId: e.programme_id,
            sessionId: e.session_id,
            joinedAt: iso(e.joined_at),
          })),
          feedbackGiven: feedbackGiven.map((f) => ({
            programmeId: f.programme_id,
            sessionId: f.session_id,
          })),
          identities: identities.map((i) => ({
            issuer: i.issuer,
            subject: i.subject,
            createdAt: iso(i.created_at),
            lastSignInAt: iso(i.last_sign_in_at),
          })),
          invitation: invitation
            ? {
                invitedAt: iso(invitation.created_at),
                acceptedAt: iso(invitation.used_at ?? invitation.created_at),
                role: invitation.role,
                roleProfile: invitation.role_profile,
              }
            : null,
          credentials: credentials.map((c) => ({
            credentialId: c.credential_id,
            programmeId: c.programme_id,
            module: c.module,
            issuedAt: iso(c.issued_at),
            credential: c.credential,
          })),
          representative: representative
            ? { network: representative.network_id, stakeholder: representative.stakeholder_id }
            : null,
        } satisfies AccountExport;
      });
    },

    /**
     * Erases the account and all its rows in one transaction (GDPR Art. 17) and records the
     * deletion (the random account id, the time and the row counts; no content) in
     * `account_deletions`. `deleted: false` when the city has no such account.
     *
     * A place the account held in a session goes to the first in that session's waiting list,
     * in the same transaction and under the session's lock, as when a person leaves
     * (`waitingList.promote`). The session's capacity is read from the programme stored in
     * `programmes`, else from `options.programmes` (documents the store does not hold: the
     * city file's programme); a session of neither keeps its place free.
     */
    async deleteAccount(
      cityId: string,
      accountId: string,
      options: { programmes?: readonly Pick<Programme, 'id' | 'sessions'>[] } = {},
    ): Promise<AccountDeletion> {
      return inTransaction(db, async (trx) => {
        // The sessions the account holds a place in or waits for, locked first and in one
        // order (as two erasures, or an erasure and a departure, may share sessions).
        const key = (p: SessionPlace) => JSON.stringify([p.programmeId, p.sessionId]);
        const held = new Map<string, SessionPlace>();
        for (const table of ['enrolments', 'waiting_list'] as const)
          for (const row of await trx
            .selectFrom(table)
            .select(['programme_id', 'session_id'])
            .where('city_id', '=', cityId)
            .where('account_id', '=', accountId)
            .execute()) {
            const place = { programmeId: row.programme_id, sessionId: row.session_id };
            held.set(key(place), place);
          }
        for (const k of [...held.keys()].sort()) await lockSession(trx, cityId, held.get(k)!);
        const freed = await trx
          .deleteFrom('enrolments')
          .where('city_id', '=', cityId)
          .where('account_id', '=', accountId)
          .returning(['programme_id', 'session_id'])
          .execute();
        // Children first: the foreign keys have no cascade, so a table missing here would make
        // the account's own deletion fail rather than leave its rows behind.
        const count = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows);
        // When the account's answers began, kept with the deletion (no content, decision 0023):
        // releases computed since then and before now still count them, and say so.
        const answered = await trx
          .selectFrom('responses')
          .select((eb) => eb.fn.min('submitted_at').as('from'))
          .where('city_id', '=', cityId)
          .where('account_id', '=', accountId)
          .executeTakeFirst();
        const rowsDeleted = {
          sessions: count(
            await trx
              .deleteFrom('sessions')
              .where('city_id', '=', cityId)
              .where('account_id', '=', accountId)
              .executeTakeFirst(),
          ),
          assessment_drafts: count(
            await trx
              .deleteFrom('assessment_drafts')
              .where('city_id', '=', cityId)
              .where('account_id', '=', accountId)
              .executeTakeFirst(),
          ),
          // The keys that acknowledged the account's responses (their body names the response):
          // before the responses, which name them.
          idempotency_keys: count(
            await trx
              .deleteFrom('idempotency_keys')
              .where('city_id', '=', cityId)
              .where('scope', '=', 'responses')
              .where(sql<string>`body->>'responseId'`, 'in', (eb) =>
                eb
                  .selectFrom('responses')
                  .select('response_id')
                  .where('city_id', '=', cityId)
                  .where('account_id', '=', accountId),
              )
              .executeTakeFirst(),
          ),
          responses: count(
            await trx
              .deleteFrom('responses')
              .where('city_id', '=', cityId)
              .where('account_id', '=', accountId)
              .executeTakeFirst(),
          ),
          enrolments: freed.length,
          attendance: count(
            await trx
              .deleteFrom('attendance')
              .where('city_id', '=', cityId)
              .where('account_id', '=', accountId)
              .executeTakeFirst(),
          ),
          waiting_list: count(
            await trx
              .deleteFrom('waiting_list')
              .where('city_id', '=', cityId)
              .where('account_id', '=', accountId)
              .executeTakeFirst(),
          ),
          feedback_given: count(
            await trx
              .deleteFrom('feedback_given')
              .where('city_id', '=', cityId)
              .where('account_id', '=', accountId)
              .executeTakeFirst(),
          ),
          account_identities: count(
            await trx
              .deleteFrom('account_identities')
              .where('city_id', '=', cityId)
              .where('account_id', '=', accountId)
              .executeTakeFirst(),
          ),
          credentials: count(
            await trx
              .deleteFrom('credentials')
              .where('city_id', '=', cityId)
              .where('account_id', '=', accountId)
              .executeTakeFirst(),
          ),
          accounts: count(
            await trx
              .deleteFrom('accounts')
              .where('city_id', '=', cityId)
              .where('account_id', '=', accountId)
              .executeTakeFirst(),
          ),
        };
        const deleted = rowsDeleted.accounts > 0;
        // Each freed place to the first in line: the waiting list's own promotion.
        const promoted: AccountDeletion['promoted'] = [];
        const waitingList = waitingListRepository({ db: trx, now });
        for (const row of freed) {
          const place = { programmeId: row.programme_id, sessionId: row.session_id };
          const capacity = await capacityOf(trx, cityId, place, options.programmes ?? []);
          if (capacity === undefined) continue;
          for (const id of await waitingList.promote(cityId, place, capacity))
            promoted.push({ ...place, accountId: id });
        }
        if (deleted)
          await trx
            .insertInto('account_deletions')
            .values({
              city_id: cityId,
              deletion_id: randomUUID(),
              account_id: accountId,
              deleted_at: now(),
              rows_deleted: JSON.stringify(rowsDeleted),
              answers_from: answered?.from ? new Date(answered.from) : null,
            })
            .execute();
        return { deleted, promoted, rowsDeleted };
      });
    },
  };
}

export type AccountDataRepository = ReturnType<typeof accountDataRepository>;
