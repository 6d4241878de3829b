import { sql } from 'kysely';
import { toIssues, type Issue, type Programme } from '@competence-kit/schemas';
import { validateProgramme } from '@competence-kit/schemas/validators';
import type { JsonValue } from './database.js';
import { inTransaction, toJsonText, type RepositoryContext } from './shared.js';

/** A programme document as the store holds it. */
export interface StoredProgramme {
  cityId: string;
  programmeId: string;
  status: 'draft' | 'published';
  programme: Programme;
  /** What the planner reported beside the document (monthly load, uncovered needs), if planned. */
  plan: JsonValue | null;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  /**
   * 1 when stored, one more at every change of the document or status: what an edit form
   * carries, so that a save from a form opened before someone else's change is refused.
   */
  revision: number;
}

/** A programme refused by the schema: nothing was stored. */
export type ProgrammeWrite =
  | { ok: true; programme: StoredProgramme }
  | { ok: false; code: 'invalid'; issues: Issue[] }
  | { ok: false; code: 'exists' | 'not-found' }
  /** The programme changed since the revision the change was made on: nothing was stored. */
  | { ok: false; code: 'stale'; revision: number };

function toStored(row: {
  city_id: string;
  programme_id: string;
  status: 'draft' | 'published';
  document: JsonValue;
  plan: JsonValue | null;
  created_at: Date;
  updated_at: Date;
  published_at: Date | null;
  revision: number;
}): StoredProgramme {
  return {
    cityId: row.city_id,
    programmeId: row.programme_id,
    status: row.status,
    programme: row.document as unknown as Programme,
    plan: row.plan,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    revision: row.revision,
  };
}

/** The schema's verdict on a programme document: the issues, empty when it is valid. */
export function programmeIssues(programme: unknown): Issue[] {
  return validateProgramme(programme) ? [] : toIssues(validateProgramme.errors, { maxIssues: 20 });
}

/**
 * Programmes planned in the portal: drafts a coordinator edits, and published ones. The
 * programme in force is the one published last. Every document is checked against
 * programme.schema.json before it is stored.
 */
export function programmesRepository({ db, now }: RepositoryContext) {
  return {
    /** Stores a new draft; `exists` when the city already has a programme of that id. */
    async createDraft(
      cityId: string,
      programme: Programme,
      plan: JsonValue | null = null,
    ): Promise<ProgrammeWrite> {
      const issues = programmeIssues(programme);
      if (issues.length > 0) return { ok: false, code: 'invalid', issues };
      const at = now();
      const inserted = await db
        .insertInto('programmes')
        .values({
          city_id: cityId,
          programme_id: programme.id,
          status: 'draft',
          document: toJsonText(programme, 'programme'),
          plan: plan === null ? null : toJsonText(plan, 'plan'),
          created_at: at,
          updated_at: at,
          published_at: null,
        })
        .onConflict((c) => c.columns(['city_id', 'programme_id']).doNothing())
        .returningAll()
        .executeTakeFirst();
      return inserted ? { ok: true, programme: toStored(inserted) } : { ok: false, code: 'exists' };
    },

    /**
     * Replaces the document of a stored programme (draft or published), keeping its status, and
     * adds one to its revision. With `revision` (the one the change was made on: an edit form's),
     * the row is read `forUpdate` in a transaction (the caller's, if there is one) and the
     * change is stored only if the row is still at that revision; `stale` otherwise, with the
     * row's revision now, and nothing changes.
     */
    async update(
      cityId: string,
      programme: Programme,
      options: { revision?: number } = {},
    ): Promise<ProgrammeWrite> {
      const issues = programmeIssues(programme);
      if (issues.length > 0) return { ok: false, code: 'invalid', issues };
      return inTransaction(db, async (trx) => {
        if (options.revision !== undefined) {
          const current = await trx
            .selectFrom('programmes')
            .select('revision')
            .where('city_id', '=', cityId)
            .where('programme_id', '=', programme.id)
            .forUpdate()
            .executeTakeFirst();
          if (!current) return { ok: false, code: 'not-found' } as const;
          if (current.revision !== options.revision)
            return { ok: false, code: 'stale', revision: current.revision } as const;
        }
        const updated = await trx
          .updateTable('programmes')
          .set({
            document: toJsonText(programme, 'programme'),
            updated_at: now(),
            revision: sql<number>`revision + 1`,
          })
          .where('city_id', '=', cityId)
          .where('programme_id', '=', programme.id)
          .returningAll()
          .executeTakeFirst();
        return updated
          ? ({ ok: true, programme: toStored(updated) } as const)
          : ({ ok: false, code: 'not-found' } as const);
      });
    },

    /**
     * A stored programme of the city, or undefined. With `forUpdate` (inside
     * `store.transaction`), the row stays locked until the transaction ends, so that two edits of
     * one programme apply one after the other instead of the second overwriting the first.
     */
    async get(
      cityId: string,
      programmeId: string,
      options: { forUpdate?: boolean } = {},
    ): Promise<StoredProgramme | undefined> {
      let query = db
        .selectFrom('programmes')
        .selectAll()
        .where('city_id', '=', cityId)
        .where('programme_id', '=', programmeId);
      if (options.forUpdate) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return row ? toStored(row) : undefined;
    },

    /** The city's stored programmes, newest first. */
    async list(cityId: string): Promise<StoredProgramme[]> {
      const rows = await db
        .selectFrom('programmes')
        .selectAll()
        .where('city_id', '=', cityId)
        .orderBy('created_at', 'desc')
        .orderBy('programme_id')
        .execute();
      return rows.map(toStored);
    },

    /** The programme published last, or undefined when the city has published none. */
    async inForce(cityId: string): Promise<StoredProgramme | undefined> {
      const row = await db
        .selectFrom('programmes')
        .selectAll()
        .where('city_id', '=', cityId)
        .where('status', '=', 'published')
        .orderBy(sql`published_at`, 'desc')
        .orderBy('programme_id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? toStored(row) : undefined;
    },

    /**
     * Publishes a draft: it becomes the programme in force (and its revision one more). False
     * for no such draft.
     */
    async publish(cityId: string, programmeId: string): Promise<boolean> {
      const result = await db
        .updateTable('programmes')
        .set({
          status: 'published',
          published_at: now(),
          updated_at: now(),
          revision: sql<number>`revision + 1`,
        })
        .where('city_id', '=', cityId)
        .where('programme_id', '=', programmeId)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}

export type ProgrammesRepository = ReturnType<typeof programmesRepository>;
