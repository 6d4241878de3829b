// The public side of issue 19 (decision 0029): the city's knowledge base (search, one entry), its
// page "together" (manifesto, practices, testimonials, the action plan's public view, upcoming
// multiplier events) and its events with a registration form, for anyone, signed in or not; and
// for coordinators the events' figures (registrations and attendance by type of organisation,
// as funders ask for them), the attendance form, the CSV, and the withdrawal of a testimonial's
// consent. Documents come from store.networkDocuments; registrations are counts by type of
// organisation (store.eventRegistrations), never names.
import { randomBytes } from 'node:crypto';
import { formatCsv } from '@competence-kit/model/csv';
import {
  eventSummary,
  indexKnowledge,
  searchKnowledge,
  visibleEntries,
  type KnowledgeIndex,
  type KnowledgeQuery,
} from '@competence-kit/networks';
import {
  KNOWLEDGE_ENTRY_KINDS,
  VOPI_LEVELS,
  type ActionPlan,
  type CountsByStakeholderType,
  type KnowledgeBase,
  type KnowledgeEntry,
  type MultiplierEvent,
  type Network,
  type TestimonialEntry,
} from '@competence-kit/schemas';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { StoredNetworkDocument } from '../../store/index.js';
import type { JsonValue } from '../../store/database.js';
import { badRequest, type RouteKit } from '../kit.js';
import { cityToday } from '../days.js';
import type { MessageKey } from '../messages/catalogue.js';
import { COORDINATING, type PageContext } from '../page.js';
import {
  entryPage,
  eventPage,
  eventsPage,
  FACET_PARAMS,
  knowledgePage,
  ORGANISATION_TYPES,
  registeredPage,
  togetherPage,
  totalOf,
  type EventRow,
  type SearchForm,
  type SearchProblem,
} from '../pages/knowledge.js';

/** Hits per page of the search. */
export const PAGE_SIZE = 10;
/** The longest search text read, in characters. */
const MAX_TEXT = 200;
/** The most values one facet parameter may carry. */
const MAX_VALUES = 50;
const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const KEY = /^[A-Za-z0-9_-]{16,128}$/;
const COUNT = /^\d{1,6}$/;

/** What each facet parameter accepts, and the words saying so when a value is not that. */
const ACCEPTS: Record<string, { test: (value: string) => boolean; expected: MessageKey }> = {
  kind: {
    test: (v) => (KNOWLEDGE_ENTRY_KINDS as readonly string[]).includes(v),
    expected: 'knowledge.expected.kind',
  },
  competence: { test: (v) => v.length <= 100 && ID.test(v), expected: 'knowledge.expected.id' },
  level: { test: (v) => /^[1-4]$/.test(v), expected: 'knowledge.expected.level' },
  vopi: {
    test: (v) => (VOPI_LEVELS as readonly string[]).includes(v),
    expected: 'knowledge.expected.vopi',
  },
  territory: { test: (v) => v.length <= 100 && ID.test(v), expected: 'knowledge.expected.id' },
  language: {
    test: (v) => v.length <= 35 && LOCALE.test(v),
    expected: 'knowledge.expected.language',
  },
};

/**
 * The search a query string asks for, and the first parameter it could not read (which is then
 * left out: the search runs with the others).
 */
export function readSearch(query: unknown): { form: SearchForm; problem?: SearchProblem } {
  const q = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
  const form: SearchForm = { text: '', chosen: {}, page: 1 };
  const found: { problem?: SearchProblem } = {};
  const refuse = (param: string, expected: MessageKey) => {
    found.problem ??= { param, expected };
  };
  const list = (value: unknown): unknown[] =>
    value === undefined ? [] : Array.isArray(value) ? value : [value];
  const text = list(q.q);
  const words = typeof text[0] === 'string' ? text[0].trim() : '';
  if (
    text.length > 1 ||
    (text.length === 1 && typeof text[0] !== 'string') ||
    words.length > MAX_TEXT
  )
    refuse('q', 'knowledge.expected.text');
  else form.text = words;
  for (const { param } of FACET_PARAMS) {
    const values = list(q[param]);
    const accepts = ACCEPTS[param]!;
    if (
      values.length > MAX_VALUES ||
      !values.every((v): v is string => typeof v === 'string' && accepts.test(v))
    )
      refuse(param, accepts.expected);
    else if (values.length > 0) form.chosen[param] = [...new Set(values as string[])];
  }
  const page = list(q.page);
  if (page.length > 0) {
    const n = typeof page[0] === 'string' && /^[1-9]\d{0,3}$/.test(page[0]) ? Number(page[0]) : 0;
    if (page.length > 1 || n < 1) refuse('page', 'knowledge.expected.page');
    else form.page = n;
  }
  return found.problem ? { form, problem: found.problem } : { form };
}

/** The query of `searchKnowledge` for a form, at its page. */
function queryOf(form: SearchForm): KnowledgeQuery {
  const c = form.chosen;
  return {
    ...(form.text && { text: form.text }),
    ...(c.kind && { kinds: c.kind as KnowledgeQuery['kinds'] }),
    ...(c.competence && { competences: c.competence }),
    ...(c.level && { levels: c.level.map(Number) }),
    ...(c.vopi && { vopiLevels: c.vopi as KnowledgeQuery['vopiLevels'] }),
    ...(c.territory && { territories: c.territory }),
    ...(c.language && { languages: c.language }),
    limit: PAGE_SIZE,
    offset: (form.page - 1) * PAGE_SIZE,
  };
}

/** An entry of one of the city's knowledge-base documents, with where it is stored. */
interface Located {
  entry: KnowledgeEntry;
  documentId: string;
  revision: number;
}

/** Whether a stored value looks like an entry the pages can show (the store keeps what it is given). */
const isEntry = (value: unknown): value is KnowledgeEntry =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { id?: unknown }).id === 'string' &&
  (KNOWLEDGE_ENTRY_KINDS as readonly string[]).includes(
    (value as { kind?: unknown }).kind as string,
  ) &&
  typeof (value as { title?: unknown }).title === 'object' &&
  Array.isArray((value as { languages?: unknown }).languages) &&
  typeof (value as { tags?: unknown }).tags === 'object';

/** Whether a stored value has what the event pages read (the store keeps what it is given). */
const isEvent = (value: unknown): value is MultiplierEvent => {
  const e = value as Partial<MultiplierEvent> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.id === 'string' &&
    typeof e.date === 'string' &&
    typeof e.capacity === 'number' &&
    Array.isArray(e.programme) &&
    Array.isArray(e.outputs) &&
    typeof e.title === 'object'
  );
};

const isWithdrawn = (entry: KnowledgeEntry) =>
  entry.kind === 'testimonial' && entry.consent?.withdrawn !== undefined;

export async function registerKnowledgeRoutes(app: FastifyInstance, kit: RouteKit): Promise<void> {
  const { cityId, store, base } = kit;
  Object.assign(kit.done, {
    'testimonial-withdrawn': 'knowledge.done.withdrawn',
    'attendance-saved': 'events.done.attendance',
  });
  /** Today in the city's time zone (YYYY-MM-DD). */
  const today = cityToday(kit.portal.city.timezone, kit.options.now);

  // ---- The knowledge base: every stored document of the city, merged ----

  /**
   * The index, built once per set of stored documents and their revisions: a saved document
   * (a withdrawal, an import) changes the key and the next search builds it again.
   */
  let cache:
    | { key: string; index: KnowledgeIndex; all: Map<string, Located>; synthetic: boolean }
    | undefined;
  const knowledge = async () => {
    // The revisions alone tell whether the cache still holds: the documents (hundreds of KB of
    // JSON for the shipped compendium and toolkit) are read only when one changed.
    const keyOf = (documents: readonly { documentId: string; revision: number }[]) =>
      documents.map((d) => `${d.documentId}@${d.revision}`).join('|');
    if (cache?.key === keyOf(await store.networkDocuments.revisions(cityId, 'knowledge-base')))
      return cache;
    const stored = await store.networkDocuments.list(cityId, 'knowledge-base');
    // The key of what was read (a save between the two reads makes the next request rebuild).
    const key = keyOf(stored);
    const all = new Map<string, Located>();
    for (const doc of stored) {
      const entries = (doc.document as unknown as Partial<KnowledgeBase>).entries;
      if (!Array.isArray(entries)) continue;
      for (const entry of entries)
        // An id in two documents: the first one (by document id) is the entry.
        if (isEntry(entry) && !all.has(entry.id))
          all.set(entry.id, { entry, documentId: doc.documentId, revision: doc.revision });
    }
    let visible = visibleEntries([...all.values()].map((l) => l.entry));
    let index: KnowledgeIndex;
    try {
      index = indexKnowledge(visible);
    } catch {
      // A stored entry the search cannot read (the store keeps what it is given): it is left
      // out, and the others are still found.
      visible = visible.filter((entry) => {
        try {
          indexKnowledge([entry]);
          return true;
        } catch {
          all.delete(entry.id);
          return false;
        }
      });
      index = indexKnowledge(visible);
    }
    cache = {
      key,
      index,
      all,
      synthetic: visible.some((e) => e.synthetic === true),
    };
    return cache;
  };
  /** A visible entry by id (a withdrawn testimonial is no entry any more). */
  const entryOf = async (id: string) => {
    if (id.length > 100 || !ID.test(id)) return undefined;
    const found = (await knowledge()).all.get(id);
    return found && !isWithdrawn(found.entry) ? found : undefined;
  };

  const documents = async <T>(kind: 'network' | 'action-plan' | 'multiplier-event') =>
    (await store.networkDocuments.list(cityId, kind)).map((d) => ({
      stored: d,
      document: d.document as unknown as T,
    }));
  /** Stakeholder id → the organisation's name, from the city's networks. */
  const stakeholderNames = async () => {
    const names = new Map<string, string>();
    for (const { document } of await documents<Network>('network'))
      for (const s of Array.isArray(document.stakeholders) ? document.stakeholders : [])
        if (typeof s?.id === 'string' && typeof s.name === 'string' && !names.has(s.id))
          names.set(s.id, s.name);
    return names;
  };

  app.get('/knowledge', async (request, reply) => {
    const ctx = kit.context(request, reply, '/knowledge');
    const { form, problem } = readSearch(request.query);
    const { index, synthetic } = await knowledge();
    const result = searchKnowledge(index, queryOf(form));
    return kit.send(
      reply,
      ctx,
      'knowledge.title',
      knowledgePage(ctx, { form, result, pageSize: PAGE_SIZE, synthetic, problem }),
      undefined,
      problem ? 400 : 200,
    );
  });

  app.get<{ Params: { id: string } }>('/knowledge/:id', async (request, reply) => {
    const found = await entryOf(request.params.id);
    if (!found) return reply.callNotFound();
    const ctx = kit.context(request, reply, `/knowledge/${found.entry.id}`);
    const names = found.entry.kind === 'practice' ? await stakeholderNames() : new Map();
    return kit.send(reply, ctx, 'knowledge.title', entryPage(ctx, found.entry, names));
  });

  app.post<{ Params: { id: string } }>(
    '/knowledge/:id/withdraw',
    { preValidation: app.csrfProtection },
    async (request, reply) => {
      const coordinator = kit.requireRole(request, reply, COORDINATING);
      if (!coordinator) return reply;
      const found = await entryOf(request.params.id);
      if (!found || found.entry.kind !== 'testimonial') return reply.callNotFound();
      const stored = await store.networkDocuments.get(cityId, 'knowledge-base', found.documentId);
      if (!stored) return reply.callNotFound();
      const document = stored.document as unknown as KnowledgeBase;
      const withdrawn = today();
      // The entry stays in the document with the day its consent was withdrawn (the record of
      // it); visibleEntries and every page leave it out from now on.
      const entries = document.entries.map((entry) =>
        entry.id === found.entry.id && entry.kind === 'testimonial'
          ? ({ ...entry, consent: { ...entry.consent, withdrawn } } satisfies TestimonialEntry)
          : entry,
      );
      const saved = await store.networkDocuments.save(
        cityId,
        'knowledge-base',
        found.documentId,
        { ...document, entries } as unknown as JsonValue,
        { revision: stored.revision, by: coordinator.accountId },
      );
      // Saved by someone else in between: the withdrawal is asked again on the fresh entry.
      if (!saved.ok)
        return reply.redirect(`${base}/knowledge/${encodeURIComponent(found.entry.id)}`, 303);
      await store.audit.record(cityId, {
        actorId: coordinator.accountId,
        action: 'testimonial-withdrawn',
        subject: `${found.documentId}#${found.entry.id}`,
      });
      return reply.redirect(`${base}/knowledge?done=testimonial-withdrawn`, 303);
    },
  );

  // ---- The city's page ----

  app.get('/together', async (request, reply) => {
    const ctx = kit.context(request, reply, '/together');
    const { all } = await knowledge();
    const visible = visibleEntries([...all.values()].map((l) => l.entry));
    const ownPractices = visible.filter((e) => e.kind === 'practice' && e.territory === cityId);
    const testimonials = visible.filter(
      (e): e is TestimonialEntry => e.kind === 'testimonial' && e.territory === cityId,
    );
    // The city's own manifesto first, then the one the cities share (no territory).
    const manifestos = visible
      .filter(
        (e) => e.kind === 'manifesto' && (e.territory === undefined || e.territory === cityId),
      )
      .sort((a, b) => Number(b.territory === cityId) - Number(a.territory === cityId));
    const plans = (await documents<ActionPlan>('action-plan'))
      .map((d) => d.document)
      .filter((p) => Array.isArray(p.goals) && Array.isArray(p.measures));
    const day = today();
    const events = (await documents<MultiplierEvent>('multiplier-event'))
      .map((d) => d.document)
      .filter((e) => isEvent(e) && e.date >= day)
      .sort((a, b) => a.date.localeCompare(b.date));
    const names = await stakeholderNames();
    const synthetic =
      plans.some((p) => p.synthetic) ||
      events.some((e) => e.synthetic) ||
      [...manifestos, ...ownPractices, ...testimonials].some((e) => e.synthetic);
    return kit.send(
      reply,
      ctx,
      'together.nav',
      togetherPage(ctx, {
        manifestos,
        practices: ownPractices,
        testimonials,
        plans,
        names,
        events,
        synthetic,
      }),
    );
  });

  // ---- Multiplier events ----

  const eventOf = async (id: string) => {
    if (id.length > 100 || !ID.test(id)) return undefined;
    const stored = await store.networkDocuments.get(cityId, 'multiplier-event', id);
    const document: unknown = stored?.document;
    return stored && isEvent(document) ? { stored, event: document } : undefined;
  };
  /** The event with the registrations the portal stored added to the document's own counts. */
  const withRegistrations = async (event: MultiplierEvent): Promise<MultiplierEvent> => {
    const counted = await store.eventRegistrations.counts(cityId, event.id);
    const registrations: CountsByStakeholderType = {};
    for (const type of ORGANISATION_TYPES) {
      const n = (event.registrations?.[type] ?? 0) + (counted[type] ?? 0);
      if (n > 0) registrations[type] = n;
    }
    return { ...event, registrations };
  };
  const newKey = () => randomBytes(18).toString('base64url');
  const showEvent = async (
    request: FastifyRequest,
    reply: FastifyReply,
    event: MultiplierEvent,
    problem?: MessageKey,
    status = 200,
  ) => {
    const ctx = kit.context(request, reply, `/events/${event.id}`);
    const merged = await withRegistrations(event);
    const { all } = await knowledge();
    const outputs = new Map<string, KnowledgeEntry>();
    for (const id of [...event.outputs, ...event.programme.flatMap((p) => p.outputs ?? [])]) {
      const found = all.get(id);
      if (found && !isWithdrawn(found.entry)) outputs.set(id, found.entry);
    }
    return kit.send(
      reply,
      ctx,
      'events.title',
      eventPage(ctx, {
        event,
        registered: totalOf(merged.registrations),
        outputs,
        past: event.date < today(),
        key: newKey(),
        problem,
      }),
      undefined,
      status,
    );
  };

  app.get<{ Params: { id: string } }>('/events/:id', async (request, reply) => {
    const found = await eventOf(request.params.id);
    if (!found) return reply.callNotFound();
    return showEvent(request, reply, found.event);
  });

  app.post<{ Params: { id: string } }>(
    '/events/:id/registrations',
    { preValidation: app.csrfProtection },
    async (request, reply) => {
      const found = await eventOf(request.params.id);
      if (!found) return reply.callNotFound();
      const { event } = found;
      const body = (request.body ?? {}) as Record<string, unknown>;
      const type = body.type;
      const key = body.key;
      if (
        !Object.keys(body).every((k) => k === '_csrf' || k === 'type' || k === 'key') ||
        typeof key !== 'string' ||
        !KEY.test(key)
      )
        throw badRequest('The registration form was not sent as the page gives it.');
      if (typeof type !== 'string' || !(ORGANISATION_TYPES as readonly string[]).includes(type))
        return showEvent(request, reply, event, 'events.error.type', 400);
      if (event.date < today()) return showEvent(request, reply, event, 'events.error.past', 409);
      // The document's own registrations (counted before the portal took them) take places too.
      const capacity = Math.max(0, event.capacity - totalOf(event.registrations));
      const outcome = await store.eventRegistrations.register(cityId, event.id, {
        type,
        key,
        capacity,
      });
      if (!outcome.ok) return showEvent(request, reply, event, 'events.error.full', 409);
      const ctx = kit.context(request, reply, `/events/${event.id}`);
      return kit.send(
        reply,
        ctx,
        'events.thanks.title',
        registeredPage(ctx, event, Math.max(0, capacity - outcome.registered)),
      );
    },
  );

  // ---- The coordinators' figures ----

  const rowOf = async (
    stored: StoredNetworkDocument,
    form?: EventRow['form'],
  ): Promise<EventRow> => {
    const event = stored.document as unknown as MultiplierEvent;
    return {
      event,
      revision: stored.revision,
      summary: eventSummary(await withRegistrations(event)),
      form,
    };
  };
  const showEvents = async (
    request: FastifyRequest,
    reply: FastifyReply,
    refused?: { eventId: string; form: NonNullable<EventRow['form']> },
    status = 200,
  ) => {
    const ctx: PageContext = kit.context(request, reply, '/events');
    const stored = (await store.networkDocuments.list(cityId, 'multiplier-event')).filter((d) =>
      isEvent(d.document),
    );
    const rows = await Promise.all(
      stored.map((d) => rowOf(d, refused?.eventId === d.documentId ? refused.form : undefined)),
    );
    rows.sort((a, b) => b.event.date.localeCompare(a.event.date));
    return kit.send(reply, ctx, 'events.list.title', eventsPage(ctx, rows), undefined, status);
  };

  app.get('/events', async (request, reply) => {
    if (!kit.requireRole(request, reply, COORDINATING)) return reply;
    return showEvents(request, reply);
  });

  app.get<{ Params: { id: string } }>('/events/:id/report.csv', async (request, reply) => {
    if (!kit.requireRole(request, reply, COORDINATING)) return reply;
    const found = await eventOf(request.params.id);
    if (!found) return reply.callNotFound();
    const merged = await withRegistrations(found.event);
    const ctx = kit.context(request, reply, `/events/${found.event.id}`);
    const { words: w } = ctx;
    const title = w.textPlain(found.event.title);
    // One row per type of organisation (all of them, as funders' templates list them), then
    // the totals. Texts a spreadsheet would run as formulas are neutralised by formatCsv.
    const rows: (string | number)[][] = [
      ['event', 'title', 'date', 'type', 'registered', 'attended'],
      ...ORGANISATION_TYPES.map((type) => [
        found.event.id,
        title,
        found.event.date,
        type,
        merged.registrations[type] ?? 0,
        found.event.attendance?.[type] ?? 0,
      ]),
      [
        found.event.id,
        title,
        found.event.date,
        'total',
        totalOf(merged.registrations),
        totalOf(found.event.attendance),
      ],
    ];
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="event-${found.event.id}.csv"`)
      .type('text/csv; charset=utf-8')
      .send(formatCsv(rows, { bom: true }));
  });

  app.post<{ Params: { id: string } }>(
    '/events/:id/attendance',
    { preValidation: app.csrfProtection },
    async (request, reply) => {
      const coordinator = kit.requireRole(request, reply, COORDINATING);
      if (!coordinator) return reply;
      const found = await eventOf(request.params.id);
      if (!found) return reply.callNotFound();
      const body = (request.body ?? {}) as Record<string, unknown>;
      const fields = new Set([
        '_csrf',
        'revision',
        ...ORGANISATION_TYPES.map((t) => `attended-${t}`),
      ]);
      const revision = typeof body.revision === 'string' ? Number(body.revision) : NaN;
      if (!Object.keys(body).every((k) => fields.has(k)) || !Number.isSafeInteger(revision))
        throw badRequest('The attendance form was not sent as the page gives it.');
      const values: Record<string, string> = {};
      const attendance: CountsByStakeholderType = {};
      let valid = true;
      let given = false;
      for (const type of ORGANISATION_TYPES) {
        const raw = body[`attended-${type}`];
        if (raw !== undefined && typeof raw !== 'string') valid = false;
        const text = typeof raw === 'string' ? raw.trim() : '';
        values[type] = text;
        if (text === '') continue;
        given = true;
        if (!COUNT.test(text) || Number(text) > 100_000) valid = false;
        else if (Number(text) > 0) attendance[type] = Number(text);
      }
      if (!valid)
        return showEvents(
          request,
          reply,
          { eventId: found.event.id, form: { values, problem: 'events.error.count' } },
          422,
        );
      // An empty form takes the attendance back (not reported yet); zeros are not stored.
      const event: MultiplierEvent = { ...found.event };
      delete event.attendance;
      if (given) event.attendance = attendance;
      const saved = await store.networkDocuments.save(
        cityId,
        'multiplier-event',
        found.event.id,
        event as unknown as JsonValue,
        { revision, by: coordinator.accountId },
      );
      if (!saved.ok)
        return showEvents(
          request,
          reply,
          { eventId: found.event.id, form: { values, problem: 'events.error.stale' } },
          409,
        );
      await store.audit.record(cityId, {
        actorId: coordinator.accountId,
        action: 'event-attendance-recorded',
        subject: found.event.id,
      });
      return reply.redirect(`${base}/events?done=attendance-saved`, 303);
    },
  );
}
