import type { RepositoryContext } from './shared.js';

/** A city the deployment serves. */
export interface City {
  cityId: string;
  createdAt: Date;
}

/** The registry of cities: every other table's rows belong to one of them. */
export function citiesRepository({ db }: RepositoryContext) {
  return {
    /** Registers a city (idempotent); returns it. */
    async ensure(cityId: string): Promise<City> {
      await db
        .insertInto('cities')
        .values({ city_id: cityId })
        .onConflict((c) => c.column('city_id').doNothing())
        .execute();
      const row = await db
        .selectFrom('cities')
        .selectAll()
        .where('city_id', '=', cityId)
        .executeTakeFirstOrThrow();
      return { cityId: row.city_id, createdAt: row.created_at };
    },

    /** Whether the city is registered. */
    async exists(cityId: string): Promise<boolean> {
      const row = await db
        .selectFrom('cities')
        .select('city_id')
        .where('city_id', '=', cityId)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}

export type CitiesRepository = ReturnType<typeof citiesRepository>;
