import type { RepositoryContext } from './shared.js';

/** Who attended a session of the programme, as a coordinator recorded it. */
export function attendanceRepository({ db, now }: RepositoryContext) {
  return {
    /**
     * Records attendance for the accounts enrolled in the session: `attended` holds the ids
     * marked present; every other enrolled account is recorded absent. Accounts not enrolled
     * are ignored. Returns how many rows were written.
     */
    async record(
      cityId: string,
      place: { programmeId: string; sessionId: string },
      attended: ReadonlySet<string>,
    ): Promise<number> {
      const enrolled = await db
        .selectFrom('enrolments')
        .select('account_id')
        .where('city_id', '=', cityId)
        .where('programme_id', '=', place.programmeId)
        .where('session_id', '=', place.sessionId)
        .execute();
      if (enrolled.length === 0) return 0;
      const at = now();
      await db
        .insertInto('attendance')
        .values(
          enrolled.map((e) => ({
            city_id: cityId,
            programme_id: place.programmeId,
            session_id: place.sessionId,
            account_id: e.account_id,
            attended: attended.has(e.account_id),
            recorded_at: at,
          })),
        )
        .onConflict((c) =>
          c.columns(['city_id', 'programme_id', 'session_id', 'account_id']).doUpdateSet((eb) => ({
            attended: eb.ref('excluded.attended'),
            recorded_at: eb.ref('excluded.recorded_at'),
          })),
        )
        .execute();
      return enrolled.length;
    },

    /** The accounts recorded as attending the session. */
    async attendedIn(
      cityId: string,
      place: { programmeId: string; sessionId: string },
    ): Promise<Set<string>> {
      const rows = await db
        .selectFrom('attendance')
        .select('account_id')
        .where('city_id', '=', cityId)
        .where('programme_id', '=', place.programmeId)
        .where('session_id', '=', place.sessionId)
        .where('attended', '=', true)
        .execute();
      return new Set(rows.map((r) => r.account_id));
    },
  };
}

export type AttendanceRepository = ReturnType<typeof attendanceRepository>;
