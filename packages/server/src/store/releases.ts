import type { JsonValue } from './database.js';
import { toJsonText, type RepositoryContext } from './shared.js';

/** A stored release of published results. */
export interface StoredRelease {
  cityId: string;
  population: string;
  sequence: number;
  /** The plan it was built with (`ReleasePlan` of `@competence-kit/disclosure`). */
  plan: JsonValue;
  /** What it publishes (`Release`). */
  release: JsonValue;
  publishedAt: Date;
}

/**
 * Published results: a release is written once and never changed; the next release of the same
 * population gets the next sequence number. Ledgers are read only to build the next release.
 */
export function releasesRepository({ db, now }: RepositoryContext) {
  const columns = ['city_id', 'population', 'sequence', 'plan', 'release', 'published_at'] as const;
  const toRelease = (row: {
    city_id: string;
    population: string;
    sequence: number;
    plan: JsonValue;
    release: JsonValue;
    published_at: Date;
  }): StoredRelease => ({
    cityId: row.city_id,
    population: row.population,
    sequence: row.sequence,
    plan: row.plan,
    release: row.release,
    publishedAt: row.published_at,
  });
  return {
    /**
     * Stores a release as `sequence` of its population. `taken` when that number is taken
     * already (another coordinator published first: build again on the newer ledgers).
     */
    async publish(
      cityId: string,
      entry: {
        population: string;
        sequence: number;
        plan: unknown;
        release: unknown;
        ledger: unknown;
      },
    ): Promise<{ ok: true; release: StoredRelease } | { ok: false; code: 'taken' }> {
      const row = await db
        .insertInto('releases')
        .values({
          city_id: cityId,
          population: entry.population,
          sequence: entry.sequence,
          plan: toJsonText(entry.plan, 'The plan'),
          release: toJsonText(entry.release, 'The release'),
          ledger: toJsonText(entry.ledger, 'The ledger'),
          published_at: now(),
        })
        .onConflict((c) => c.columns(['city_id', 'population', 'sequence']).doNothing())
        .returning(columns)
        .executeTakeFirst();
      return row ? { ok: true, release: toRelease(row) } : { ok: false, code: 'taken' };
    },

    /** Every release of the city, newest first, without ledgers. */
    async list(cityId: string): Promise<StoredRelease[]> {
      const rows = await db
        .selectFrom('releases')
        .select(columns)
        .where('city_id', '=', cityId)
        .orderBy('published_at', 'desc')
        .orderBy('population')
        .orderBy('sequence', 'desc')
        .execute();
      return rows.map(toRelease);
    },

    /** One release, without its ledger. */
    async get(cityId: string, population: string, sequence: number) {
      const row = await db
        .selectFrom('releases')
        .select(columns)
        .where('city_id', '=', cityId)
        .where('population', '=', population)
        .where('sequence', '=', sequence)
        .executeTakeFirst();
      return row ? toRelease(row) : undefined;
    },

    /** The ledgers of a population's releases, in order: what the next release is checked against. */
    async ledgers(cityId: string, population: string): Promise<JsonValue[]> {
      const rows = await db
        .selectFrom('releases')
        .select('ledger')
        .where('city_id', '=', cityId)
        .where('population', '=', population)
        .orderBy('sequence')
        .execute();
      return rows.map((r) => r.ledger);
    },
  };
}

export type ReleasesRepository = ReturnType<typeof releasesRepository>;
