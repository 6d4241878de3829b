import { sql } from 'kysely';
import { accountExists, type Db, type RepositoryContext } from './shared.js';

/** A place in a session of the city's training programme. */
export interface Enrolment {
  cityId: string;
  accountId: string;
  programmeId: string;
  sessionId: string;
  enrolledAt: Date;
}

function toEnrolment(row: {
  city_id: string;
  account_id: string;
  programme_id: string;
  session_id: string;
  enrolled_at: Date;
}): Enrolment {
  return {
    cityId: row.city_id,
    accountId: row.account_id,
    programmeId: row.programme_id,
    sessionId: row.session_id,
    enrolledAt: row.enrolled_at,
  };
}

/** A session of a programme. */
export interface SessionPlace {
  programmeId: string;
  sessionId: string;
}

/**
 * The session's transaction-scoped advisory lock, taken by everything that counts or changes its
 * places (`enrolments.enrolIfRoom`, the waiting list's `join`, `leaveSession` and `promote`, the
 * erasure of an account), so that they are counted one after the other: under PostgreSQL's
 * default isolation, two transactions would otherwise both count one free place and both take it.
 */
export async function lockSession(db: Db, cityId: string, place: SessionPlace) {
  await sql`select pg_advisory_xact_lock(hashtext(${cityId}), hashtext(${JSON.stringify([place.programmeId, place.sessionId])}))`.execute(
    db,
  );
}

/** How many accounts of the city hold a place in the session. */
export async function enrolledCount(db: Db, cityId: string, place: SessionPlace): Promise<number> {
  const row = await db
    .selectFrom('enrolments')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('city_id', '=', cityId)
    .where('programme_id', '=', place.programmeId)
    .where('session_id', '=', place.sessionId)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Whether the account holds a place in the session. */
export async function isEnrolled(db: Db, cityId: string, accountId: string, place: SessionPlace) {
  const row = await db
    .selectFrom('enrolments')
    .select('account_id')
    .where('city_id', '=', cityId)
    .where('account_id', '=', accountId)
    .where('programme_id', '=', place.programmeId)
    .where('session_id', '=', place.sessionId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Gives the account a place in the session (idempotent: a second time keeps the first). */
export async function insertEnrolment(
  db: Db,
  cityId: string,
  accountId: string,
  place: SessionPlace,
  at: Date,
) {
  await db
    .insertInto('enrolments')
    .values({
      city_id: cityId,
      account_id: accountId,
      programme_id: place.programmeId,
      session_id: place.sessionId,
      enrolled_at: at,
    })
    .onConflict((c) =>
      c.columns(['city_id', 'account_id', 'programme_id', 'session_id']).doNothing(),
    )
    .execute();
}

/** Takes the account's place in the session away; false when it held none. */
export async function deleteEnrolment(
  db: Db,
  cityId: string,
  accountId: string,
  place: SessionPlace,
): Promise<boolean> {
  const result = await db
    .deleteFrom('enrolments')
    .where('city_id', '=', cityId)
    .where('account_id', '=', accountId)
    .where('programme_id', '=', place.programmeId)
    .where('session_id', '=', place.sessionId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Enrolments in the sessions of a programme (`programme.sessions[].id`). */
export function enrolmentsRepository({ db, now }: RepositoryContext) {
  return {
    /** Enrols the account (idempotent: enrolling twice keeps the first); undefined for an unknown account. */
    async enrol(
      cityId: string,
      accountId: string,
      place: { programmeId: string; sessionId: string },
    ): Promise<Enrolment | undefined> {
      if (!(await accountExists(db, cityId, accountId))) return undefined;
      await insertEnrolment(db, cityId, accountId, place, now());
      const row = await db
        .selectFrom('enrolments')
        .selectAll()
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId)
        .where('programme_id', '=', place.programmeId)
        .where('session_id', '=', place.sessionId)
        .executeTakeFirstOrThrow();
      return toEnrolment(row);
    },

    /**
     * Enrols the account when the session has room: `full` when `capacity` accounts hold a place
     * already, `enrolled` when it now holds one (or held one before), undefined for an unknown
     * account. Call it inside `store.transaction`: it takes a transaction-scoped advisory lock on
     * the session first, so that enrolments racing for the last place are counted one after the
     * other and never exceed the capacity (under PostgreSQL's default isolation, two
     * transactions would otherwise both count one free place and both take it).
     */
    async enrolIfRoom(
      cityId: string,
      accountId: string,
      place: SessionPlace,
      capacity: number,
    ): Promise<'enrolled' | 'full' | undefined> {
      if (!(await accountExists(db, cityId, accountId))) return undefined;
      await lockSession(db, cityId, place);
      if (await isEnrolled(db, cityId, accountId, place)) return 'enrolled';
      if ((await enrolledCount(db, cityId, place)) >= capacity) return 'full';
      await insertEnrolment(db, cityId, accountId, place, now());
      return 'enrolled';
    },

    /** Gives the place up; false when the account was not enrolled. */
    async leave(cityId: string, accountId: string, place: SessionPlace): Promise<boolean> {
      return deleteEnrolment(db, cityId, accountId, place);
    },

    /** The account's enrolments, in the order they were made. */
    async listOwn(cityId: string, accountId: string): Promise<Enrolment[]> {
      const rows = await db
        .selectFrom('enrolments')
        .selectAll()
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId)
        .orderBy('enrolled_at')
        .orderBy('programme_id')
        .orderBy('session_id')
        .execute();
      return rows.map(toEnrolment);
    },

    /** How many accounts of the city are enrolled in a session (for its capacity). */
    async countForSession(cityId: string, place: SessionPlace): Promise<number> {
      return enrolledCount(db, cityId, place);
    },
  };
}

export type EnrolmentsRepository = ReturnType<typeof enrolmentsRepository>;
