import type { JsonValue } from './database.js';
import { inTransaction, toJsonText, type RepositoryContext } from './shared.js';

/** A city's needs review: the study document, its plan, and when it last changed. */
export interface StoredNeedsReview {
  reviewId: string;
  /** The `needs-study` document (`NeedsStudy` of `@competence-kit/schemas`). */
  study: JsonValue;
  /** The plan's items (`PlanItem` of the portal's needs pages). */
  plan: JsonValue;
  updatedAt: Date;
}

/**
 * Thrown by `publishReport` when its `accept` refuses the review's earlier ledgers: nothing is
 * stored.
 */
export class NeedsReportRefused extends Error {
  constructor() {
    super('The report would give away a change of fewer people than the threshold.');
    this.name = 'NeedsReportRefused';
  }
}

/** A needs report as built on a date: it never changes when more answers arrive. */
export interface StoredNeedsReport {
  reviewId: string;
  sequence: number;
  /** The `needs-report` document (`NeedsReport` of `@competence-kit/needs-analysis`). */
  report: JsonValue;
  builtAt: Date;
}

/**
 * Needs reviews and their reports. A review is one row the coordinators edit (the study and
 * its plan, saved whole: the pages change them through the needs-analysis package's own
 * format); a report is written once as the next sequence of its review and never changed.
 */
export function needsReviewsRepository({ db, now }: RepositoryContext) {
  return {
    /** The review, or undefined before it is started. */
    async get(cityId: string, reviewId: string): Promise<StoredNeedsReview | undefined> {
      const row = await db
        .selectFrom('needs_reviews')
        .select(['review_id', 'study', 'plan', 'updated_at'])
        .where('city_id', '=', cityId)
        .where('review_id', '=', reviewId)
        .executeTakeFirst();
      return (
        row && {
          reviewId: row.review_id,
          study: row.study,
          plan: row.plan,
          updatedAt: row.updated_at,
        }
      );
    },

    /**
     * Changes a review in one transaction: `change` gets the stored study and plan (undefined
     * before the first save) and returns the new ones, or undefined to leave it as it is. Two
     * coordinators editing at once are serialised by the row lock, so neither's change is lost.
     */
    async update<T>(
      cityId: string,
      reviewId: string,
      change: (
        current: { study: JsonValue; plan: JsonValue } | undefined,
      ) => { study: unknown; plan: unknown; result: T } | { result: T },
    ): Promise<T> {
      return inTransaction(db, async (trx) => {
        const row = await trx
          .selectFrom('needs_reviews')
          .select(['study', 'plan'])
          .where('city_id', '=', cityId)
          .where('review_id', '=', reviewId)
          .forUpdate()
          .executeTakeFirst();
        const next = change(row);
        if (!('study' in next)) return next.result;
        const values = {
          study: toJsonText(next.study, 'The study'),
          plan: toJsonText(next.plan, 'The plan'),
          updated_at: now(),
        };
        await trx
          .insertInto('needs_reviews')
          .values({ city_id: cityId, review_id: reviewId, ...values })
          .onConflict((c) => c.columns(['city_id', 'review_id']).doUpdateSet(values))
          .execute();
        return next.result;
      });
    },

    /** Stores a report as the next sequence of the review. */
    async publishReport(
      cityId: string,
      reviewId: string,
      report: unknown,
      options: {
        /** Kept with the report, never shown: what the next report is checked against. */
        ledger?: unknown;
        /** Given the ledgers of the review's earlier reports (oldest first); false refuses. */
        accept?: (earlier: JsonValue[]) => boolean;
      } = {},
    ) {
      return inTransaction(db, async (trx) => {
        // The review's row lock orders concurrent reports: each gets its own sequence, and each
        // is checked against every report stored before it.
        await trx
          .selectFrom('needs_reviews')
          .select('review_id')
          .where('city_id', '=', cityId)
          .where('review_id', '=', reviewId)
          .forUpdate()
          .executeTakeFirstOrThrow();
        if (options.accept) {
          const earlier = await trx
            .selectFrom('needs_reports')
            .select('ledger')
            .where('city_id', '=', cityId)
            .where('review_id', '=', reviewId)
            .where('ledger', 'is not', null)
            .orderBy('sequence')
            .execute();
          if (!options.accept(earlier.map((r) => r.ledger!))) throw new NeedsReportRefused();
        }
        const last = await trx
          .selectFrom('needs_reports')
          .select((eb) => eb.fn.max('sequence').as('max'))
          .where('city_id', '=', cityId)
          .where('review_id', '=', reviewId)
          .executeTakeFirst();
        const sequence = Number(last?.max ?? 0) + 1;
        const builtAt = now();
        await trx
          .insertInto('needs_reports')
          .values({
            city_id: cityId,
            review_id: reviewId,
            sequence,
            report: toJsonText(report, 'The report'),
            built_at: builtAt,
            ledger: options.ledger === undefined ? null : toJsonText(options.ledger, 'The ledger'),
          })
          .execute();
        return { reviewId, sequence, builtAt };
      });
    },

    /** The review's reports, newest first, without their documents. */
    async listReports(cityId: string, reviewId: string) {
      const rows = await db
        .selectFrom('needs_reports')
        .select(['sequence', 'built_at'])
        .where('city_id', '=', cityId)
        .where('review_id', '=', reviewId)
        .orderBy('sequence', 'desc')
        .execute();
      return rows.map((r) => ({ sequence: r.sequence, builtAt: r.built_at }));
    },

    async getReport(
      cityId: string,
      reviewId: string,
      sequence: number,
    ): Promise<StoredNeedsReport | undefined> {
      const row = await db
        .selectFrom('needs_reports')
        .select(['review_id', 'sequence', 'report', 'built_at'])
        .where('city_id', '=', cityId)
        .where('review_id', '=', reviewId)
        .where('sequence', '=', sequence)
        .executeTakeFirst();
      return (
        row && {
          reviewId: row.review_id,
          sequence: row.sequence,
          report: row.report,
          builtAt: row.built_at,
        }
      );
    },
  };
}

export type NeedsReviewsRepository = ReturnType<typeof needsReviewsRepository>;
