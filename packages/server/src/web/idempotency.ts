// Idempotent submissions (decision 0022): a client sends an `Idempotency-Key` header (the IETF
// httpapi draft's name) with a submission and the same key with every retry of it. The key and
// the acknowledgement are stored in the submission's own transaction, so a retry after a lost
// reply gets the first acknowledgement again instead of storing the submission twice.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Repositories, Store } from '../store/index.js';
import {
  IDEMPOTENCY_KEY,
  type Acknowledgement,
  type IdempotencyClaim,
} from '../store/idempotency.js';
import type { KeyedClaim, SubmissionOutcome } from '../store/submissions.js';

export { IDEMPOTENCY_KEY, type Acknowledgement };

/** The header a retry sends again. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Set on a reply that repeats a stored acknowledgement. */
export const REPLAYED_HEADER = 'idempotent-replayed';

/** What a request's `Idempotency-Key` header says: no key, a key, or a malformed header. */
export interface KeyHeader {
  key: string | undefined;
  malformed: boolean;
}

/** The request's `Idempotency-Key`, checked: 16–128 characters of A–Z, a–z, 0–9, `_`, `-`. */
export function idempotencyKeyOf(request: FastifyRequest): KeyHeader {
  const value = request.headers[IDEMPOTENCY_HEADER];
  if (value === undefined) return { key: undefined, malformed: false };
  if (typeof value !== 'string' || !IDEMPOTENCY_KEY.test(value))
    return { key: undefined, malformed: true };
  return { key: value, malformed: false };
}

/** The refusal's English text for a malformed key (developers see it; the client draws keys). */
export const MALFORMED_KEY =
  'The Idempotency-Key header must be 16 to 128 characters of A-Z, a-z, 0-9, "_" and "-".';
/** The refusal's English text for a key sent again with another request. */
export const KEY_REUSED =
  'This Idempotency-Key was used for another submission: send a new key with a new submission.';

/** JSON with its object keys sorted, at every depth: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 (hex) of a request's canonical JSON. */
export const requestHash = (request: unknown) =>
  createHash('sha256').update(canonicalJson(request)).digest('hex');

/** What `submitOnce` did: stored (or replayed) an acknowledgement, a refusal, or a mismatch. */
export type Submitted =
  | { kind: 'stored' | 'refused'; acknowledgement: Acknowledgement }
  | { kind: 'replay'; acknowledgement: Acknowledgement }
  | { kind: 'mismatch' };

/** Thrown inside the transaction to roll it back and answer with a refusal. */
class Refusal {
  constructor(readonly acknowledgement: Acknowledgement) {}
}

/**
 * Runs a submission once per key. Without a key, `submit` runs as it always did, on the store's
 * own repositories. With one, `submit` runs in one transaction with the key's claim and gets
 * that transaction's repositories: a 2xx acknowledgement is stored with the key and the
 * submission together; anything else rolls both back (the key stays free for a retry). A key
 * stored for the same request repeats its acknowledgement; one stored for another is a mismatch.
 * Concurrent requests with one key: the first claims it, the others wait for its transaction and
 * then repeat its acknowledgement (see `idempotency.claim`).
 */
export async function submitOnce(
  store: Store,
  cityId: string,
  claim: IdempotencyClaim | undefined,
  submit: (repositories: Repositories) => Promise<Acknowledgement>,
): Promise<Submitted> {
  if (!claim) {
    const acknowledgement = await submit(store);
    return { kind: ok(acknowledgement) ? 'stored' : 'refused', acknowledgement };
  }
  try {
    return await store.transaction(async (repositories) => {
      const found = await repositories.idempotency.claim(cityId, claim);
      if (found.kind !== 'new') return found;
      const acknowledgement = await submit(repositories);
      if (!ok(acknowledgement)) throw new Refusal(acknowledgement);
      await repositories.idempotency.complete(cityId, claim, acknowledgement);
      return { kind: 'stored', acknowledgement } as const;
    });
  } catch (error) {
    if (error instanceof Refusal)
      return { kind: 'refused', acknowledgement: error.acknowledgement };
    throw error;
  }
}

/**
 * Stores a submission whose acknowledgement is known before it is stored (decision 0025): `write`
 * stores the key (with `acknowledgement`), the submission and whatever goes with it in one
 * statement, usually through a `GroupCommit` queue. When the key was stored before, the stored
 * acknowledgement is read: the same request repeats it, another is a mismatch (decision 0022).
 * `no-account` answers `refusal` and leaves the key free.
 */
export async function storeOnce(
  store: Store,
  cityId: string,
  claim: IdempotencyClaim | undefined,
  acknowledgement: Acknowledgement,
  write: (claim: KeyedClaim | undefined) => Promise<SubmissionOutcome>,
  refusal?: Acknowledgement,
): Promise<Submitted> {
  // A key purged between the write and the read is free again: write once more, not forever.
  for (let attempt = 0; attempt < 3; attempt++) {
    const outcome = await write(claim && { ...claim, acknowledgement });
    if (outcome === 'stored') return { kind: 'stored', acknowledgement };
    if (outcome === 'no-account' || !claim) {
      if (!refusal) throw new Error(`Unexpected outcome of a submission: ${outcome}`);
      return { kind: 'refused', acknowledgement: refusal };
    }
    const found = await store.submissions.findKey(cityId, claim);
    if (found.kind !== 'new') return found;
  }
  throw new Error('The idempotency key was neither stored nor found');
}

/**
 * Refuses a submission, unless its key was stored before: a retry is answered from the table
 * even when the submission would now be refused (a questionnaire closed since), as with
 * `submitOnce`.
 */
export async function refuseOnce(
  store: Store,
  cityId: string,
  claim: IdempotencyClaim | undefined,
  refusal: Acknowledgement,
): Promise<Submitted> {
  if (claim) {
    const found = await store.submissions.findKey(cityId, claim);
    if (found.kind !== 'new') return found;
  }
  return { kind: 'refused', acknowledgement: refusal };
}

const ok = (acknowledgement: Acknowledgement) =>
  acknowledgement.status >= 200 && acknowledgement.status < 300;

/** Sends what `submitOnce` returned; `mismatch` is the caller's to word (422). */
export function sendSubmitted(
  reply: FastifyReply,
  submitted: Exclude<Submitted, { kind: 'mismatch' }>,
): FastifyReply {
  if (submitted.kind === 'replay') void reply.header(REPLAYED_HEADER, 'true');
  return reply.code(submitted.acknowledgement.status).send(submitted.acknowledgement.body);
}
