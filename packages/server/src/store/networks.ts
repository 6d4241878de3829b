import { sql, type Selectable } from 'kysely';
import type { JsonValue, NetworkDocumentsTable } from './database.js';
import { inTransaction, toJsonText, type Db, type RepositoryContext } from './shared.js';

/** The four kinds of document of decision 0029, one schema each. */
export type NetworkDocumentKind = 'network' | 'action-plan' | 'knowledge-base' | 'multiplier-event';

export const NETWORK_DOCUMENT_KINDS: readonly NetworkDocumentKind[] = [
  'network',
  'action-plan',
  'knowledge-base',
  'multiplier-event',
];

/** A document as the store holds it. */
export interface StoredNetworkDocument {
  kind: NetworkDocumentKind;
  /** The document's own `id`. */
  documentId: string;
  document: JsonValue;
  /** 1 on insert, +1 on every save: an optimistic lock for editors. */
  revision: number;
  updatedAt: Date;
  /** The account that saved it last (null: the seed or the CLI, or an account since erased). */
  updatedBy: string | null;
}

export type SaveNetworkDocumentResult =
  { ok: true; revision: number } | { ok: false; code: 'conflict' };

/** The stakeholder a representative's account speaks for. */
export interface RepresentativeScope {
  /** The network document's id. */
  network: string;
  /** The stakeholder's id in that network. */
  stakeholder: string;
}

export type RegisterResult =
  { ok: true; registered: number; replayed: boolean } | { ok: false; code: 'full' };

const toStored = (row: Selectable<NetworkDocumentsTable>): StoredNetworkDocument => ({
  kind: row.kind,
  documentId: row.document_id,
  document: row.document,
  revision: row.revision,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
});

/**
 * A city's networks, action plans, knowledge bases and multiplier events, each stored whole by
 * its id (decision 0029). The routes parse a document with `@competence-kit/networks` before
 * they save it: the store keeps what it is given.
 */
export function networkDocumentsRepository({ db, now }: RepositoryContext) {
  return {
    /**
     * Stores a document. Without `revision`: inserts it, or replaces the stored one (one more
     * revision). With `revision` (the one an edit form was opened on): stores it only while the
     * stored revision is still that one, under the row's lock; `conflict` otherwise (also when
     * there is no stored document to be at that revision), and nothing changes.
     */
    async save(
      cityId: string,
      kind: NetworkDocumentKind,
      documentId: string,
      document: JsonValue,
      options: { revision?: number; by?: string } = {},
    ): Promise<SaveNetworkDocumentResult> {
      const text = toJsonText(document, 'The document');
      const by = options.by ?? null;
      return inTransaction(db, async (trx) => {
        const current = await trx
          .selectFrom('network_documents')
          .select('revision')
          .where('city_id', '=', cityId)
          .where('kind', '=', kind)
          .where('document_id', '=', documentId)
          .forUpdate()
          .executeTakeFirst();
        if (options.revision !== undefined && current?.revision !== options.revision)
          return { ok: false, code: 'conflict' } as const;
        const revision = (current?.revision ?? 0) + 1;
        const values = { document: text, revision, updated_at: now(), updated_by: by };
        if (current)
          await trx
            .updateTable('network_documents')
            .set(values)
            .where('city_id', '=', cityId)
            .where('kind', '=', kind)
            .where('document_id', '=', documentId)
            .execute();
        else {
          // Two first saves at once: the second finds the first's row and replaces it.
          const inserted = await trx
            .insertInto('network_documents')
            .values({ city_id: cityId, kind, document_id: documentId, ...values })
            .onConflict((c) =>
              c.columns(['city_id', 'kind', 'document_id']).doUpdateSet((eb) => ({
                document: eb.ref('excluded.document'),
                revision: eb('network_documents.revision', '+', 1),
                updated_at: eb.ref('excluded.updated_at'),
                updated_by: eb.ref('excluded.updated_by'),
              })),
            )
            .returning('revision')
            .executeTakeFirstOrThrow();
          return { ok: true, revision: inserted.revision } as const;
        }
        return { ok: true, revision } as const;
      });
    },

    /** The stored document, or undefined. */
    async get(
      cityId: string,
      kind: NetworkDocumentKind,
      documentId: string,
    ): Promise<StoredNetworkDocument | undefined> {
      const row = await db
        .selectFrom('network_documents')
        .selectAll()
        .where('city_id', '=', cityId)
        .where('kind', '=', kind)
        .where('document_id', '=', documentId)
        .executeTakeFirst();
      return row && toStored(row);
    },

    /**
     * The city's documents of one kind as ids and revisions only, ordered by id: whether any
     * changed, without reading them (a page that caches what it built from them asks this).
     */
    async revisions(
      cityId: string,
      kind: NetworkDocumentKind,
    ): Promise<{ documentId: string; revision: number }[]> {
      const rows = await db
        .selectFrom('network_documents')
        .select(['document_id', 'revision'])
        .where('city_id', '=', cityId)
        .where('kind', '=', kind)
        .orderBy('document_id')
        .execute();
      return rows.map((r) => ({ documentId: r.document_id, revision: r.revision }));
    },

    /** The city's documents of one kind, ordered by id. */
    async list(cityId: string, kind: NetworkDocumentKind): Promise<StoredNetworkDocument[]> {
      const rows = await db
        .selectFrom('network_documents')
        .selectAll()
        .where('city_id', '=', cityId)
        .where('kind', '=', kind)
        .orderBy('document_id')
        .execute();
      return rows.map(toStored);
    },
  };
}

/**
 * The scope of the `stakeholder-representative` role: which stakeholder of which network an
 * account speaks for. One per account; the row goes with the account (0015-networks).
 */
export function representativesRepository({ db }: RepositoryContext) {
  return {
    /** Gives the account this scope, replacing any it had. Throws for an unknown account. */
    async assign(cityId: string, accountId: string, scope: RepresentativeScope): Promise<void> {
      await db
        .insertInto('stakeholder_representatives')
        .values({
          city_id: cityId,
          account_id: accountId,
          network_id: scope.network,
          stakeholder_id: scope.stakeholder,
        })
        .onConflict((c) =>
          c.columns(['city_id', 'account_id']).doUpdateSet({
            network_id: scope.network,
            stakeholder_id: scope.stakeholder,
          }),
        )
        .execute();
    },

    /** The account's scope, or undefined when it has none. */
    async of(cityId: string, accountId: string): Promise<RepresentativeScope | undefined> {
      const row = await db
        .selectFrom('stakeholder_representatives')
        .select(['network_id', 'stakeholder_id'])
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return row && { network: row.network_id, stakeholder: row.stakeholder_id };
    },

    /** Takes the account's scope away (nothing happens when it had none). */
    async remove(cityId: string, accountId: string): Promise<void> {
      await db
        .deleteFrom('stakeholder_representatives')
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId)
        .execute();
    },
  };
}

/** `key`: what the form sends, as idempotency keys are (0013). */
const REGISTRATION_KEY = /^[A-Za-z0-9_-]{16,128}$/;

/**
 * Registrations for multiplier events, counted by stakeholder type: no name, no account. One
 * row per registration key, so that a form submitted twice counts once.
 */
export function eventRegistrationsRepository({ db, now }: RepositoryContext) {
  const total = async (trx: Db, cityId: string, eventId: string) => {
    const row = await trx
      .selectFrom('event_registrations')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('city_id', '=', cityId)
      .where('event_id', '=', eventId)
      .executeTakeFirstOrThrow();
    return row.n;
  };
  return {
    /**
     * Registers one person of `type` for the event, unless the event's registrations already
     * reach `capacity` (`full`, nothing stored). The same `key` again stores nothing and answers
     * `replayed: true`, even when the event has filled up since. `registered` is the event's
     * count afterwards. Concurrent registrations for one event are serialised by an advisory
     * lock on the event, so that capacity is never exceeded. Throws a TypeError for a key that
     * is not 16–128 characters of A–Z, a–z, 0–9, `_` and `-`.
     */
    async register(
      cityId: string,
      eventId: string,
      registration: { type: string; key: string; capacity: number },
    ): Promise<RegisterResult> {
      if (!REGISTRATION_KEY.test(registration.key))
        throw new TypeError('A registration key is 16 to 128 of A-Z, a-z, 0-9, _ and -.');
      return inTransaction(db, async (trx) => {
        // One lock per city and event, held to the end of the transaction (as enrolments do).
        await sql`select pg_advisory_xact_lock(hashtext(${cityId}), hashtext(${`event/${eventId}`}))`.execute(
          trx,
        );
        const existing = await trx
          .selectFrom('event_registrations')
          .select('key')
          .where('city_id', '=', cityId)
          .where('event_id', '=', eventId)
          .where('key', '=', registration.key)
          .executeTakeFirst();
        const before = await total(trx, cityId, eventId);
        if (existing) return { ok: true, registered: before, replayed: true } as const;
        if (before >= registration.capacity) return { ok: false, code: 'full' } as const;
        await trx
          .insertInto('event_registrations')
          .values({
            city_id: cityId,
            event_id: eventId,
            key: registration.key,
            type: registration.type,
            created_at: now(),
          })
          .execute();
        return { ok: true, registered: before + 1, replayed: false } as const;
      });
    },

    /** The event's registrations by stakeholder type (types without one are absent). */
    async counts(cityId: string, eventId: string): Promise<Record<string, number>> {
      const rows = await db
        .selectFrom('event_registrations')
        .select(['type', sql<number>`count(*)::int`.as('n')])
        .where('city_id', '=', cityId)
        .where('event_id', '=', eventId)
        .groupBy('type')
        .orderBy('type')
        .execute();
      return Object.fromEntries(rows.map((r) => [r.type, r.n]));
    },
  };
}

export type NetworkDocumentsRepository = ReturnType<typeof networkDocumentsRepository>;
export type RepresentativesRepository = ReturnType<typeof representativesRepository>;
export type EventRegistrationsRepository = ReturnType<typeof eventRegistrationsRepository>;
