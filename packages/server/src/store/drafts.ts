import type { JsonValue } from './database.js';
import { accountExists, toJsonText, type RepositoryContext } from './shared.js';

/** An unfinished self-assessment, kept on the server so it follows the person across devices. */
export interface Draft {
  cityId: string;
  accountId: string;
  instrumentId: string;
  instrumentVersion: string;
  draft: JsonValue;
  updatedAt: Date;
}

function toDraft(row: {
  city_id: string;
  account_id: string;
  instrument_id: string;
  instrument_version: string;
  draft: JsonValue;
  updated_at: Date;
}): Draft {
  return {
    cityId: row.city_id,
    accountId: row.account_id,
    instrumentId: row.instrument_id,
    instrumentVersion: row.instrument_version,
    draft: row.draft,
    updatedAt: row.updated_at,
  };
}

/** Assessment drafts: one per account and instrument. */
export function draftsRepository({ db, now }: RepositoryContext) {
  return {
    /** Saves (replaces) the account's draft for an instrument; undefined for an unknown account. */
    async save(
      cityId: string,
      accountId: string,
      /** The draft: any JSON-serialisable value. */
      draft: { instrumentId: string; instrumentVersion: string; draft: unknown },
    ): Promise<Draft | undefined> {
      if (!(await accountExists(db, cityId, accountId))) return undefined;
      const json = toJsonText(draft.draft, 'The draft');
      const updatedAt = now();
      const row = await db
        .insertInto('assessment_drafts')
        .values({
          city_id: cityId,
          account_id: accountId,
          instrument_id: draft.instrumentId,
          instrument_version: draft.instrumentVersion,
          draft: json,
          updated_at: updatedAt,
        })
        .onConflict((c) =>
          c.columns(['city_id', 'account_id', 'instrument_id']).doUpdateSet({
            instrument_version: draft.instrumentVersion,
            draft: json,
            updated_at: updatedAt,
          }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return toDraft(row);
    },

    /** The account's draft for an instrument. */
    async load(cityId: string, accountId: string, instrumentId: string) {
      const row = await db
        .selectFrom('assessment_drafts')
        .selectAll()
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId)
        .where('instrument_id', '=', instrumentId)
        .executeTakeFirst();
      return row ? toDraft(row) : undefined;
    },

    /** The account's drafts, by instrument. */
    async listOwn(cityId: string, accountId: string): Promise<Draft[]> {
      const rows = await db
        .selectFrom('assessment_drafts')
        .selectAll()
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId)
        .orderBy('instrument_id')
        .execute();
      return rows.map(toDraft);
    },

    /** Discards the account's draft for an instrument. */
    async delete(cityId: string, accountId: string, instrumentId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('assessment_drafts')
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId)
        .where('instrument_id', '=', instrumentId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

export type DraftsRepository = ReturnType<typeof draftsRepository>;
