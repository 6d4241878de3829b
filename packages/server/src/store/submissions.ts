import { sql } from 'kysely';
import type { JsonValue } from './database.js';
import {
  dayOf,
  IDEMPOTENCY_KEY,
  readKey,
  type Acknowledgement,
  type ClaimOutcome,
  type IdempotencyClaim,
} from './idempotency.js';
import { toJsonText, type RepositoryContext } from './shared.js';

/**
 * A submission's key with the acknowledgement to store under it (decision 0025): the reply is
 * known before the submission is stored, so the key, the acknowledgement and the submission are
 * written by one statement.
 */
export interface KeyedClaim extends IdempotencyClaim {
  acknowledgement: Acknowledgement;
}

/** A self-assessment to store: its id is drawn by the caller (it is in the acknowledgement). */
export interface ResponseSubmission {
  responseId: string;
  accountId: string;
  instrumentId: string;
  instrumentVersion: string;
  /** The response's JSON; its `phase` is set to the city's current wave as it is stored. */
  response: unknown;
  claim?: KeyedClaim | undefined;
}

/** An anonymous questionnaire answer to store. */
export interface AnswerSubmission {
  questionnaireId: string;
  answerId: string;
  response: unknown;
  /** A calendar day, YYYY-MM-DD. */
  submittedAt: string;
  mode: 'self' | 'assisted';
  language: string;
  claim?: KeyedClaim | undefined;
}

/**
 * What became of one submission of a batch: `stored` (with its key, if any), `taken` (its key
 * was stored before, by this request or another: read it with `findKey`; nothing was written),
 * or `no-account` (the city has no such account: nothing was written, the key stays free).
 */
export type SubmissionOutcome = 'stored' | 'taken' | 'no-account';

/** Checks a batch's keys: well-formed, and no key twice (it would store the submission twice). */
function checkKeys(claims: (KeyedClaim | undefined)[]) {
  const seen = new Set<string>();
  for (const claim of claims) {
    if (!claim) continue;
    if (!IDEMPOTENCY_KEY.test(claim.key)) throw new TypeError('Malformed idempotency key');
    const id = `${claim.scope}\n${claim.key}`;
    if (seen.has(id)) throw new TypeError('An idempotency key occurs twice in one batch');
    seen.add(id);
  }
}

const claimJson = (claim: KeyedClaim | undefined) =>
  claim
    ? {
        scope: claim.scope,
        key: claim.key,
        hash: claim.requestHash,
        status: claim.acknowledgement.status,
        ack: JSON.parse(toJsonText(claim.acknowledgement.body, 'The acknowledgement')) as JsonValue,
      }
    : { scope: null, key: null, hash: null, status: null, ack: null };

/**
 * Submissions written in one statement each, alone or in batches (decision 0025): the key's
 * claim, the submission and its acknowledgement together, in PostgreSQL's one atomic statement
 * with data-modifying CTEs. A key claimed concurrently makes the statement wait on the primary
 * key until the other transaction ends, as `idempotency.claim` does; a batch is all-or-nothing.
 */
export function submissionsRepository({ db, now }: RepositoryContext) {
  return {
    /**
     * Stores self-assessments, each with its key if it has one, in one statement: per item, the
     * account must exist, the key must be free, and then the key (with its acknowledgement) and
     * the response are stored and the account's draft of the instrument discarded. The response's
     * `phase` is the city's wave when the statement runs. Outcomes in the items' order.
     */
    async storeResponses(
      cityId: string,
      items: readonly ResponseSubmission[],
    ): Promise<SubmissionOutcome[]> {
      if (items.length === 0) return [];
      checkKeys(items.map((i) => i.claim));
      const at = now();
      const input = JSON.stringify(
        items.map((item, n) => ({
          n,
          ...claimJson(item.claim),
          response_id: item.responseId,
          account_id: item.accountId,
          instrument_id: item.instrumentId,
          instrument_version: item.instrumentVersion,
          response: JSON.parse(toJsonText(item.response, 'The response')) as JsonValue,
        })),
      );
      const { rows } = await sql<{ n: number; known: boolean; stored: boolean }>`
        with input as (
          select * from jsonb_to_recordset(${input}::jsonb) as i(
            n int, scope text, key text, hash text, status int, ack jsonb, response_id text,
            account_id text, instrument_id text, instrument_version text, response jsonb)
        ), known as (
          select i.* from input i
          where exists (
            select 1 from accounts a where a.city_id = ${cityId} and a.account_id = i.account_id)
        ), claimed as (
          insert into idempotency_keys
            (city_id, scope, key, request_hash, status, body, created_at)
          select ${cityId}, k.scope, k.key, k.hash, k.status, k.ack, ${dayOf(at)}
          from known k where k.key is not null
          on conflict (city_id, scope, key) do nothing
          returning scope, key
        ), chosen as (
          select k.* from known k
          where k.key is null
            or exists (select 1 from claimed c where c.scope = k.scope and c.key = k.key)
        ), stored as (
          insert into responses (city_id, response_id, account_id, instrument_id,
            instrument_version, response, submitted_at)
          select ${cityId}, c.response_id, c.account_id, c.instrument_id, c.instrument_version,
            jsonb_set(c.response, '{phase}', to_jsonb(coalesce(
              (select w.wave from cities w where w.city_id = ${cityId}), 'baseline'))),
            ${at}
          from chosen c
          returning response_id
        ), discarded as (
          delete from assessment_drafts d using chosen c
          where d.city_id = ${cityId} and d.account_id = c.account_id
            and d.instrument_id = c.instrument_id
          returning 1
        )
        select i.n,
          exists (select 1 from known k where k.n = i.n) as known,
          exists (select 1 from chosen c where c.n = i.n) as stored
        from input i order by i.n`.execute(db);
      return rows.map((r) => (!r.known ? 'no-account' : r.stored ? 'stored' : 'taken'));
    },

    /**
     * Stores questionnaire answers, each with its key if it has one, in one statement: per item,
     * the key must be free, and then the key (with its acknowledgement) and the answer are stored.
     * The checks of the opening (open, valid answers) are the caller's, before. Outcomes in order.
     */
    async storeAnswers(
      cityId: string,
      items: readonly AnswerSubmission[],
    ): Promise<SubmissionOutcome[]> {
      if (items.length === 0) return [];
      checkKeys(items.map((i) => i.claim));
      const input = JSON.stringify(
        items.map((item, n) => ({
          n,
          ...claimJson(item.claim),
          questionnaire_id: item.questionnaireId,
          answer_id: item.answerId,
          response: JSON.parse(toJsonText(item.response, 'The response')) as JsonValue,
          submitted_at: item.submittedAt,
          mode: item.mode,
          language: item.language,
        })),
      );
      const { rows } = await sql<{ n: number; stored: boolean }>`
        with input as (
          select * from jsonb_to_recordset(${input}::jsonb) as i(
            n int, scope text, key text, hash text, status int, ack jsonb,
            questionnaire_id text, answer_id text, response jsonb, submitted_at text, mode text,
            language text)
        ), claimed as (
          insert into idempotency_keys
            (city_id, scope, key, request_hash, status, body, created_at)
          select ${cityId}, i.scope, i.key, i.hash, i.status, i.ack, ${dayOf(now())}
          from input i where i.key is not null
          on conflict (city_id, scope, key) do nothing
          returning scope, key
        ), chosen as (
          select i.* from input i
          where i.key is null
            or exists (select 1 from claimed c where c.scope = i.scope and c.key = i.key)
        ), stored as (
          insert into questionnaire_answers
            (city_id, questionnaire_id, answer_id, response, submitted_at, mode, language)
          select ${cityId}, c.questionnaire_id, c.answer_id, c.response, c.submitted_at, c.mode,
            c.language
          from chosen c
          returning answer_id
        )
        select i.n, exists (select 1 from chosen c where c.n = i.n) as stored
        from input i order by i.n`.execute(db);
      return rows.map((r) => (r.stored ? 'stored' : 'taken'));
    },

    /**
     * What a key stored before says for a request (decision 0022): `replay` (the same request:
     * its acknowledgement), `mismatch` (another request), or `new` (the key is free).
     */
    async findKey(cityId: string, claim: IdempotencyClaim): Promise<ClaimOutcome> {
      if (!IDEMPOTENCY_KEY.test(claim.key)) throw new TypeError('Malformed idempotency key');
      return readKey(db, cityId, claim);
    },
  };
}

export type SubmissionsRepository = ReturnType<typeof submissionsRepository>;
