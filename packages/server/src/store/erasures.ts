import { sql } from 'kysely';
import type { RepositoryContext } from './shared.js';

/**
 * What a release computed at some moment should say about the erasures since (decision 0023):
 * releases are immutable publications, so one computed before an account was erased still
 * counts that account's answers. Counts only, never who.
 */
export function erasuresRepository({ db }: RepositoryContext) {
  return {
    /**
     * How many accounts of the city were erased after `at` that had submitted answers at or
     * before `at` (so that data computed at `at` held them). A deletion recorded before
     * migration 0014 has no `answers_from` and counts when it removed any response.
     */
    async answeredBeforeErasedAfter(cityId: string, at: Date): Promise<number> {
      const row = await db
        .selectFrom('account_deletions')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('city_id', '=', cityId)
        .where('deleted_at', '>', at)
        .where((eb) =>
          eb.or([
            eb('answers_from', '<=', at),
            eb.and([
              eb('answers_from', 'is', null),
              eb(sql<number>`coalesce((rows_deleted->>'responses')::integer, 0)`, '>', 0),
            ]),
          ]),
        )
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type ErasuresRepository = ReturnType<typeof erasuresRepository>;
