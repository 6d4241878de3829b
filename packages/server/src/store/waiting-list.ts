import {
  deleteEnrolment,
  enrolledCount,
  insertEnrolment,
  isEnrolled,
  lockSession,
  type SessionPlace,
} from './enrolments.js';
import { accountExists, type RepositoryContext } from './shared.js';

/** A place in the waiting list of a full session. */
export interface WaitingEntry {
  programmeId: string;
  sessionId: string;
  /** 1 for the first in line. */
  position: number;
  joinedAt: Date;
}

/**
 * Waiting lists of full sessions. The functions that change places (`join`, `leaveSession`,
 * `promote`) take the session's advisory lock: call them inside `store.transaction`, so that
 * the lock holds until the transaction ends.
 */
export function waitingListRepository({ db, now }: RepositoryContext) {
  /** The accounts waiting for the session, first in line first. */
  const queue = async (cityId: string, place: SessionPlace) =>
    (
      await db
        .selectFrom('waiting_list')
        .select('account_id')
        .where('city_id', '=', cityId)
        .where('programme_id', '=', place.programmeId)
        .where('session_id', '=', place.sessionId)
        .orderBy('joined_at')
        .orderBy('seq')
        .execute()
    ).map((r) => r.account_id);

  /**
   * Enrols the first in line while the session has room (fewer than `capacity` enrolled);
   * returns the accounts enrolled, in order. Takes the session's lock.
   */
  const promote = async (
    cityId: string,
    place: SessionPlace,
    capacity: number,
  ): Promise<string[]> => {
    await lockSession(db, cityId, place);
    const waiting = await queue(cityId, place);
    let free = capacity - (await enrolledCount(db, cityId, place));
    const promoted: string[] = [];
    for (const accountId of waiting) {
      if (free <= 0) break;
      await db
        .deleteFrom('waiting_list')
        .where('city_id', '=', cityId)
        .where('programme_id', '=', place.programmeId)
        .where('session_id', '=', place.sessionId)
        .where('account_id', '=', accountId)
        .execute();
      await insertEnrolment(db, cityId, accountId, place, now());
      promoted.push(accountId);
      free -= 1;
    }
    return promoted;
  };

  return {
    queue,
    promote,

    /**
     * Takes the session's lock and counts the people enrolled: what a change of its capacity
     * checks before it is saved (never below the people enrolled).
     */
    async enrolledUnderLock(cityId: string, place: SessionPlace): Promise<number> {
      await lockSession(db, cityId, place);
      return enrolledCount(db, cityId, place);
    },

    /**
     * Joins the waiting list of a session that is full; enrols at once when it has room and
     * nobody waits. `enrolled` (now or before), `waiting` (now or before), undefined for an
     * unknown account. Takes the session's lock.
     */
    async join(
      cityId: string,
      accountId: string,
      place: SessionPlace,
      capacity: number,
    ): Promise<'enrolled' | 'waiting' | undefined> {
      if (!(await accountExists(db, cityId, accountId))) return undefined;
      await lockSession(db, cityId, place);
      if (await isEnrolled(db, cityId, accountId, place)) return 'enrolled';
      await db
        .insertInto('waiting_list')
        .values({
          city_id: cityId,
          programme_id: place.programmeId,
          session_id: place.sessionId,
          account_id: accountId,
          joined_at: now(),
        })
        .onConflict((c) =>
          c.columns(['city_id', 'programme_id', 'session_id', 'account_id']).doNothing(),
        )
        .execute();
      const promoted = await promote(cityId, place, capacity);
      return promoted.includes(accountId) ? 'enrolled' : 'waiting';
    },

    /** Leaves the waiting list; false when the account was not on it. */
    async leave(cityId: string, accountId: string, place: SessionPlace): Promise<boolean> {
      const result = await db
        .deleteFrom('waiting_list')
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId)
        .where('programme_id', '=', place.programmeId)
        .where('session_id', '=', place.sessionId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    /**
     * Gives up a place in the session and enrols the first in line in it, under the session's
     * lock. Returns whether the account held a place, and who was enrolled in its stead.
     */
    async leaveSession(
      cityId: string,
      accountId: string,
      place: SessionPlace,
      capacity: number,
    ): Promise<{ left: boolean; promoted: string[] }> {
      await lockSession(db, cityId, place);
      const left = await deleteEnrolment(db, cityId, accountId, place);
      return { left, promoted: left ? await promote(cityId, place, capacity) : [] };
    },

    /** The account's places in waiting lists, with its position in each. */
    async listOwn(cityId: string, accountId: string): Promise<WaitingEntry[]> {
      const mine = await db
        .selectFrom('waiting_list')
        .selectAll()
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId)
        .orderBy('joined_at')
        .orderBy('programme_id')
        .orderBy('session_id')
        .execute();
      const entries: WaitingEntry[] = [];
      for (const row of mine) {
        const place = { programmeId: row.programme_id, sessionId: row.session_id };
        entries.push({
          ...place,
          position: (await queue(cityId, place)).indexOf(accountId) + 1,
          joinedAt: row.joined_at,
        });
      }
      return entries;
    },
  };
}

export type WaitingListRepository = ReturnType<typeof waitingListRepository>;
