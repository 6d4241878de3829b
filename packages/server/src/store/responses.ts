import { randomUUID } from 'node:crypto';
import type { JsonValue } from './database.js';
import { accountExists, toJsonText, inTransaction, type RepositoryContext } from './shared.js';

/** A submitted response (the JSON of the `response` schema). */
export interface SubmittedResponse {
  cityId: string;
  responseId: string;
  accountId: string;
  instrumentId: string;
  instrumentVersion: string;
  response: JsonValue;
  submittedAt: Date;
}

function toResponse(row: {
  city_id: string;
  response_id: string;
  account_id: string;
  instrument_id: string;
  instrument_version: string;
  response: JsonValue;
  submitted_at: Date;
}): SubmittedResponse {
  return {
    cityId: row.city_id,
    responseId: row.response_id,
    accountId: row.account_id,
    instrumentId: row.instrument_id,
    instrumentVersion: row.instrument_version,
    response: row.response,
    submittedAt: row.submitted_at,
  };
}

/** Submitted responses: an account may submit an instrument more than once (waves). */
export function responsesRepository({ db, now }: RepositoryContext) {
  return {
    /**
     * Stores a submitted response and, in the same transaction, discards the account's draft of
     * that instrument. Undefined when the city has no such account.
     */
    async submit(
      cityId: string,
      accountId: string,
      /** The response: any JSON-serialisable value (the `response` schema's JSON). */
      submitted: { instrumentId: string; instrumentVersion: string; response: unknown },
    ): Promise<SubmittedResponse | undefined> {
      const json = toJsonText(submitted.response, 'The response');
      return inTransaction(db, async (trx) => {
        if (!(await accountExists(trx, cityId, accountId))) return undefined;
        const row = await trx
          .insertInto('responses')
          .values({
            city_id: cityId,
            response_id: randomUUID(),
            account_id: accountId,
            instrument_id: submitted.instrumentId,
            instrument_version: submitted.instrumentVersion,
            response: json,
            submitted_at: now(),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await trx
          .deleteFrom('assessment_drafts')
          .where('city_id', '=', cityId)
          .where('account_id', '=', accountId)
          .where('instrument_id', '=', submitted.instrumentId)
          .execute();
        return toResponse(row);
      });
    },

    /** The account's own responses, oldest first, optionally of one instrument. */
    async listOwn(
      cityId: string,
      accountId: string,
      instrumentId?: string,
    ): Promise<SubmittedResponse[]> {
      let query = db
        .selectFrom('responses')
        .selectAll()
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId);
      if (instrumentId !== undefined) query = query.where('instrument_id', '=', instrumentId);
      const rows = await query.orderBy('submitted_at').orderBy('response_id').execute();
      return rows.map(toResponse);
    },

    /** Every response of the city to an instrument, oldest first (for group statistics). */
    async listForInstrument(cityId: string, instrumentId: string): Promise<SubmittedResponse[]> {
      const rows = await db
        .selectFrom('responses')
        .selectAll()
        .where('city_id', '=', cityId)
        .where('instrument_id', '=', instrumentId)
        .orderBy('submitted_at')
        .orderBy('response_id')
        .execute();
      return rows.map(toResponse);
    },
  };
}

export type ResponsesRepository = ReturnType<typeof responsesRepository>;
