import { sql } from 'kysely';
import { accountExists, type RepositoryContext } from './shared.js';

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
      await db
        .insertInto('enrolments')
        .values({
          city_id: cityId,
          account_id: accountId,
          programme_id: place.programmeId,
          session_id: place.sessionId,
          enrolled_at: now(),
        })
        .onConflict((c) =>
          c.columns(['city_id', 'account_id', 'programme_id', 'session_id']).doNothing(),
        )
        .execute();
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
      place: { programmeId: string; sessionId: string },
      capacity: number,
    ): Promise<'enrolled' | 'full' | undefined> {
      if (!(await accountExists(db, cityId, accountId))) return undefined;
      await sql`select pg_advisory_xact_lock(hashtext(${cityId}), hashtext(${JSON.stringify([place.programmeId, place.sessionId])}))`.execute(
        db,
      );
      const mine = await db
        .selectFrom('enrolments')
        .select('session_id')
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId)
        .where('programme_id', '=', place.programmeId)
        .where('session_id', '=', place.sessionId)
        .executeTakeFirst();
      if (mine) return 'enrolled';
      const taken = await this.countForSession(cityId, place);
      if (taken >= capacity) return 'full';
      await this.enrol(cityId, accountId, place);
      return 'enrolled';
    },

    /** Gives the place up; false when the account was not enrolled. */
    async leave(
      cityId: string,
      accountId: string,
      place: { programmeId: string; sessionId: string },
    ): Promise<boolean> {
      const result = await db
        .deleteFrom('enrolments')
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId)
        .where('programme_id', '=', place.programmeId)
        .where('session_id', '=', place.sessionId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
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
    async countForSession(
      cityId: string,
      place: { programmeId: string; sessionId: string },
    ): Promise<number> {
      const row = await db
        .selectFrom('enrolments')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('city_id', '=', cityId)
        .where('programme_id', '=', place.programmeId)
        .where('session_id', '=', place.sessionId)
        .executeTakeFirstOrThrow();
      return row.n;
    },
  };
}

export type EnrolmentsRepository = ReturnType<typeof enrolmentsRepository>;
