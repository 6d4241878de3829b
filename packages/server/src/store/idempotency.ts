import type { JsonValue } from './database.js';
import { toJsonText, type Db, type RepositoryContext } from './shared.js';

/** An `Idempotency-Key`: 16–128 characters of A–Z, a–z, 0–9, `_` and `-`. */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,128}$/;

/** A submission's key: what was submitted (`scope`), the client's key, its request's hash. */
export interface IdempotencyClaim {
  scope: string;
  key: string;
  /** SHA-256 (hex) of the request's canonical JSON: a retry must send the same request. */
  requestHash: string;
}

/** The acknowledgement of a submission: the HTTP status and JSON body that were sent. */
export interface Acknowledgement {
  status: number;
  body: JsonValue;
}

/**
 * What a claim found: `new` (this request stores the submission, and must `complete` the claim
 * in the same transaction), `replay` (the key was used for this same request: its
 * acknowledgement), or `mismatch` (the key was used for another request).
 */
export type ClaimOutcome =
  { kind: 'new' } | { kind: 'replay'; acknowledgement: Acknowledgement } | { kind: 'mismatch' };

/** The start of a time's day (UTC): the rows keep the day only. */
export const dayOf = (at: Date) =>
  new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));

const check = (claim: Pick<IdempotencyClaim, 'key'>) => {
  if (!IDEMPOTENCY_KEY.test(claim.key)) throw new TypeError('Malformed idempotency key');
};

/**
 * What the stored row of a key says for a request: `replay` (the same request: its
 * acknowledgement), `mismatch` (another request), or `new` (no row: the key is free).
 */
export async function readKey(
  db: Db,
  cityId: string,
  claim: IdempotencyClaim,
): Promise<ClaimOutcome> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'status', 'body'])
    .where('city_id', '=', cityId)
    .where('scope', '=', claim.scope)
    .where('key', '=', claim.key)
    .executeTakeFirst();
  if (!row) return { kind: 'new' };
  if (row.request_hash !== claim.requestHash) return { kind: 'mismatch' };
  return { kind: 'replay', acknowledgement: { status: row.status, body: row.body } };
}

/**
 * Idempotency keys of submissions (see 0013-idempotency-keys and decision 0022). `claim` and
 * `complete` run inside `store.transaction`, with the submission between them, so that the key
 * and the submission are stored together or not at all.
 */
export function idempotencyRepository({ db, now }: RepositoryContext) {
  return {
    /**
     * Claims the key for a request, in the caller's transaction. The row is inserted first:
     * on PostgreSQL a concurrent request with the same key waits on the primary key until this
     * transaction ends, then reads the committed row (a replay or a mismatch) or, when this one
     * rolled back, claims the key itself. On PGlite transactions take turns, with the same result.
     */
    async claim(cityId: string, claim: IdempotencyClaim): Promise<ClaimOutcome> {
      if (!db.isTransaction) throw new Error('idempotency.claim runs inside store.transaction');
      check(claim);
      const inserted = await db
        .insertInto('idempotency_keys')
        .values({
          city_id: cityId,
          scope: claim.scope,
          key: claim.key,
          request_hash: claim.requestHash,
          // Replaced by `complete` before the transaction commits.
          status: 0,
          body: 'null',
          created_at: dayOf(now()),
        })
        .onConflict((c) => c.columns(['city_id', 'scope', 'key']).doNothing())
        .returning('key')
        .executeTakeFirst();
      if (inserted) return { kind: 'new' };
      // The insert conflicted, so the row exists (committed by the transaction it waited for).
      const found = await readKey(db, cityId, claim);
      if (found.kind === 'new') throw new Error('The idempotency key conflicted but has no row');
      return found;
    },

    /** Records the acknowledgement of a claimed key, in the transaction that claimed it. */
    async complete(
      cityId: string,
      claim: Pick<IdempotencyClaim, 'scope' | 'key'>,
      acknowledgement: Acknowledgement,
    ): Promise<void> {
      if (!db.isTransaction) throw new Error('idempotency.complete runs inside store.transaction');
      check(claim);
      const result = await db
        .updateTable('idempotency_keys')
        .set({
          status: acknowledgement.status,
          body: toJsonText(acknowledgement.body, 'The acknowledgement'),
        })
        .where('city_id', '=', cityId)
        .where('scope', '=', claim.scope)
        .where('key', '=', claim.key)
        .executeTakeFirst();
      if (result.numUpdatedRows !== 1n) throw new Error('No such claimed idempotency key');
    },

    /** The number of keys the city holds in a scope (for tests and checks). */
    async count(cityId: string, scope: string): Promise<number> {
      const row = await db
        .selectFrom('idempotency_keys')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('city_id', '=', cityId)
        .where('scope', '=', scope)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /**
     * Deletes the city's keys stored more than `days` days ago (whole days: rows keep the day
     * only); returns how many. A retry with a purged key is stored as a new submission.
     */
    async purge(cityId: string, days: number): Promise<number> {
      if (!Number.isInteger(days) || days < 1) throw new RangeError('days must be 1 or more');
      const before = dayOf(new Date(now().getTime() - days * 86_400_000));
      const result = await db
        .deleteFrom('idempotency_keys')
        .where('city_id', '=', cityId)
        .where('created_at', '<', before)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type IdempotencyRepository = ReturnType<typeof idempotencyRepository>;
