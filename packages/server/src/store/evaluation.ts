import { randomBytes } from 'node:crypto';
import type { JsonValue, Wave } from './database.js';
import { accountExists, inTransaction, toJsonText, type RepositoryContext } from './shared.js';

/** One participant's feedback on a session, as stored: nobody's name on it. */
export interface SessionFeedback {
  feedbackId: string;
  programmeId: string;
  moduleId: string;
  sessionId: string;
  satisfaction: number;
  usefulness: number;
  comment: string | null;
  givenOn: string;
}

/** A published feedback release (its ledger stays in the store). */
export interface StoredFeedbackRelease {
  sequence: number;
  release: JsonValue;
  publishedAt: Date;
}

/**
 * The evaluation of a city's programme: the self-assessment wave staff answer now, feedback on
 * sessions, and the releases that publish feedback figures.
 */
export function evaluationRepository({ db, now }: RepositoryContext) {
  return {
    /** The wave staff answer now, and since when. */
    async wave(cityId: string): Promise<{ wave: Wave; openedAt: Date | null }> {
      const row = await db
        .selectFrom('cities')
        .select(['wave', 'wave_opened_at'])
        .where('city_id', '=', cityId)
        .executeTakeFirst();
      return { wave: row?.wave ?? 'baseline', openedAt: row?.wave_opened_at ?? null };
    },

    /** Opens a wave: from now on, submitted self-assessments belong to it. */
    async openWave(cityId: string, wave: Wave): Promise<boolean> {
      const result = await db
        .updateTable('cities')
        .set({ wave, wave_opened_at: now() })
        .where('city_id', '=', cityId)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /**
     * Stores one person's feedback on a session, once: `given` when they have given it before
     * (nothing stored then), `unknown-account` when the city has no such account. The feedback
     * row carries no account id; only `feedback_given` says who has answered.
     */
    async give(
      cityId: string,
      accountId: string,
      feedback: Omit<SessionFeedback, 'feedbackId' | 'givenOn'>,
    ): Promise<'stored' | 'given' | 'unknown-account'> {
      return inTransaction(db, async (trx) => {
        if (!(await accountExists(trx, cityId, accountId))) return 'unknown-account';
        const marked = await trx
          .insertInto('feedback_given')
          .values({
            city_id: cityId,
            programme_id: feedback.programmeId,
            session_id: feedback.sessionId,
            account_id: accountId,
          })
          .onConflict((c) =>
            c.columns(['city_id', 'programme_id', 'session_id', 'account_id']).doNothing(),
          )
          .returning('account_id')
          .executeTakeFirst();
        if (!marked) return 'given';
        await trx
          .insertInto('session_feedback')
          .values({
            city_id: cityId,
            feedback_id: randomBytes(16).toString('base64url'),
            programme_id: feedback.programmeId,
            module_id: feedback.moduleId,
            session_id: feedback.sessionId,
            satisfaction: feedback.satisfaction,
            usefulness: feedback.usefulness,
            comment: feedback.comment,
            given_on: now().toISOString().slice(0, 10),
          })
          .execute();
        return 'stored';
      });
    },

    /** The sessions of a programme on which the account has given feedback. */
    async givenBy(cityId: string, accountId: string, programmeId: string): Promise<Set<string>> {
      const rows = await db
        .selectFrom('feedback_given')
        .select('session_id')
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId)
        .where('programme_id', '=', programmeId)
        .execute();
      return new Set(rows.map((r) => r.session_id));
    },

    /** Every feedback of a programme: only for building a release, never shown as it is. */
    async listForProgramme(cityId: string, programmeId: string): Promise<SessionFeedback[]> {
      const rows = await db
        .selectFrom('session_feedback')
        .selectAll()
        .where('city_id', '=', cityId)
        .where('programme_id', '=', programmeId)
        .orderBy('feedback_id')
        .execute();
      return rows.map((r) => ({
        feedbackId: r.feedback_id,
        programmeId: r.programme_id,
        moduleId: r.module_id,
        sessionId: r.session_id,
        satisfaction: r.satisfaction,
        usefulness: r.usefulness,
        comment: r.comment,
        givenOn: r.given_on,
      }));
    },

    /** Stores a feedback release as the next sequence; `taken` when another came first. */
    async publishRelease(
      cityId: string,
      entry: { sequence: number; release: unknown; ledger: unknown },
    ): Promise<{ ok: true; sequence: number } | { ok: false; code: 'taken' }> {
      const row = await db
        .insertInto('feedback_releases')
        .values({
          city_id: cityId,
          sequence: entry.sequence,
          release: toJsonText(entry.release, 'The release'),
          ledger: toJsonText(entry.ledger, 'The ledger'),
          published_at: now(),
        })
        .onConflict((c) => c.columns(['city_id', 'sequence']).doNothing())
        .returning('sequence')
        .executeTakeFirst();
      return row ? { ok: true, sequence: row.sequence } : { ok: false, code: 'taken' };
    },

    /** The city's feedback releases, newest first, without ledgers. */
    async releases(cityId: string): Promise<StoredFeedbackRelease[]> {
      const rows = await db
        .selectFrom('feedback_releases')
        .select(['sequence', 'release', 'published_at'])
        .where('city_id', '=', cityId)
        .orderBy('sequence', 'desc')
        .execute();
      return rows.map((r) => ({
        sequence: r.sequence,
        release: r.release,
        publishedAt: r.published_at,
      }));
    },

    /** The ledgers of every earlier release, in order: what the next one is checked against. */
    async ledgers(cityId: string): Promise<JsonValue[]> {
      const rows = await db
        .selectFrom('feedback_releases')
        .select('ledger')
        .where('city_id', '=', cityId)
        .orderBy('sequence')
        .execute();
      return rows.map((r) => r.ledger);
    },
  };
}

export type EvaluationRepository = ReturnType<typeof evaluationRepository>;
