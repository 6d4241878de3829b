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

    /**
     * Who completed which module of the programme: a session is one run of a module, so a
     * person completed a module when recorded as attending a session of it. Per account, the
     * modules completed and, for each, the session (the first, by session order) and when its
     * attendance was recorded. Attendance in sessions no longer in the programme does not count.
     */
    async completions(
      cityId: string,
      programme: { id: string; sessions: readonly { id: string; module: string }[] },
    ): Promise<Map<string, Map<string, { sessionId: string; recordedAt: Date }>>> {
      const rows = await db
        .selectFrom('attendance')
        .select(['account_id', 'session_id', 'recorded_at'])
        .where('city_id', '=', cityId)
        .where('programme_id', '=', programme.id)
        .where('attended', '=', true)
        .execute();
      const bySession = new Map<string, { account_id: string; recorded_at: Date }[]>();
      for (const row of rows) {
        const list = bySession.get(row.session_id) ?? [];
        list.push(row);
        bySession.set(row.session_id, list);
      }
      const done = new Map<string, Map<string, { sessionId: string; recordedAt: Date }>>();
      for (const session of programme.sessions) {
        for (const row of bySession.get(session.id) ?? []) {
          const modules = done.get(row.account_id) ?? new Map();
          if (!modules.has(session.module))
            modules.set(session.module, { sessionId: session.id, recordedAt: row.recorded_at });
          done.set(row.account_id, modules);
        }
      }
      return done;
    },
  };
}

export type AttendanceRepository = ReturnType<typeof attendanceRepository>;
