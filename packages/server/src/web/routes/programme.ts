// The programme area: planning a programme with the training planner, editing its sessions and
// publishing it (coordinators); a session's enrolled people, attendance and waiting list
// (coordinators); joining and leaving a full session's waiting list (staff). Everything refers
// to the programme in force, `kit.programme()`: the one published last in the portal, else the
// city file's.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Programme, ProgrammeSession, SessionPlace } from '@competence-kit/schemas';
import { scoreResponse } from '@competence-kit/scoring';
import { planProgramme, recommendPath, type PlanNeed } from '@competence-kit/training';
import type { Account, ProgrammeWrite, StoredProgramme } from '../../store/index.js';
import type { JsonValue } from '../../store/database.js';
import { html } from '../html.js';
import { badRequest, field, type RouteKit } from '../kit.js';
import { isDay } from '../days.js';
import { COORDINATING, type PageContext } from '../page.js';
import {
  overviewPage,
  planPage,
  sessionPage,
  stalePage,
  type AttendanceRow,
  type FormProblem,
  type PlanForm,
  type PlanReport,
} from '../pages/programme.js';

const ID = /^[\w.-]{1,100}$/;
/** A session id the schema accepts (common.schema.json's id). */
const SESSION_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** A programme's revision as an edit form carries it. */
const REVISION = /^[1-9]\d{0,8}$/;

type SessionRequest = FastifyRequest<{ Params: { sessionId: string } }>;
type PlanRequest = FastifyRequest<{ Params: { programmeId: string } }>;
type PlanSessionRequest = FastifyRequest<{ Params: { programmeId: string; sessionId: string } }>;

/** A whole number within bounds, from a form field; undefined otherwise. */
function wholeNumber(value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || !/^\d{1,6}$/.test(value.trim())) return undefined;
  const n = Number(value.trim());
  return n >= min && n <= max ? n : undefined;
}

/** The last day of the month `months - 1` months after `start` (YYYY-MM). */
function periodOf(start: string, months: number): { start: string; end: string } {
  const [y, m] = start.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m - 1 + months, 0));
  return { start: `${start}-01`, end: end.toISOString().slice(0, 10) };
}

/** The revision an edit form was opened on; undefined when absent or malformed. */
function revisionOf(body: unknown): number | undefined {
  const value = field(body, 'revision');
  return value !== undefined && REVISION.test(value) ? Number(value) : undefined;
}

/** A text field trimmed, or undefined when absent or longer than `max`. */
function text(body: unknown, name: string, max: number): string | undefined {
  const value = field(body, name);
  if (value === undefined) return '';
  const trimmed = value.trim();
  return trimmed.length > max ? undefined : trimmed;
}

export async function registerProgrammeRoutes(app: FastifyInstance, kit: RouteKit): Promise<void> {
  const { cityId, store, portal } = kit;
  Object.assign(kit.done, {
    attendance: 'programme.done.attendance',
    'programme-planned': 'programme.done.planned',
    'programme-published': 'programme.done.published',
    'session-saved': 'programme.done.saved',
    'session-added': 'programme.done.added',
    'session-removed': 'programme.done.removed',
    waiting: 'programme.done.waiting',
    'waiting-enrolled': 'programme.done.waitingEnrolled',
    'waiting-left': 'programme.done.waitingLeft',
  });
  const modules = new Map(portal.catalogue.modules.map((m) => [m.id, m]));
  const selfAssessment = portal.instruments.find(
    (i) => i.purpose === 'self-assessment',
  )?.instrument;
  const languages = new Set(portal.city.languages);

  /** How many are enrolled in each session of the programme. */
  const enrolledIn = async (programme: Programme | undefined) => {
    const counts = new Map<string, number>();
    for (const s of programme?.sessions ?? [])
      counts.set(
        s.id,
        await store.enrolments.countForSession(cityId, {
          programmeId: programme!.id,
          sessionId: s.id,
        }),
      );
    return counts;
  };

  // ---- A session of the programme in force: attendance and waiting list ----

  const sessionOf = async (request: SessionRequest) => {
    const id = request.params.sessionId;
    if (!ID.test(id)) return undefined;
    const programme = await kit.programme();
    const session = programme?.sessions.find((s) => s.id === id);
    return programme && session ? { programme, session } : undefined;
  };

  /** The people enrolled in the session, by email, with their recorded attendance. */
  const rowsOf = async (programmeId: string, sessionId: string): Promise<AttendanceRow[]> => {
    const place = { programmeId, sessionId };
    const [accounts, enrolled, attended] = await Promise.all([
      store.accounts.list(cityId),
      store.db
        .selectFrom('enrolments')
        .select('account_id')
        .where('city_id', '=', cityId)
        .where('programme_id', '=', programmeId)
        .where('session_id', '=', sessionId)
        .execute(),
      store.attendance.attendedIn(cityId, place),
    ]);
    const ids = new Set(enrolled.map((e) => e.account_id));
    return accounts
      .filter((a: Account) => ids.has(a.accountId))
      .map((a) => ({
        accountId: a.accountId,
        email: a.email,
        attended: attended.has(a.accountId),
      }));
  };

  const show = async (
    request: SessionRequest,
    reply: FastifyReply,
    status = 200,
    error = false,
  ) => {
    const { programme, session } = (await sessionOf(request))!;
    const ctx = kit.context(request, reply, `/programme/sessions/${session.id}`);
    const place = { programmeId: programme.id, sessionId: session.id };
    const [people, queue, accounts] = await Promise.all([
      rowsOf(programme.id, session.id),
      store.waitingList.queue(cityId, place),
      store.accounts.list(cityId),
    ]);
    const emails = new Map(accounts.map((a) => [a.accountId, a.email]));
    return kit.send(
      reply,
      ctx,
      'programme.session.title',
      sessionPage(
        ctx,
        session,
        modules.get(session.module),
        people,
        error ? html`${ctx.words.t('programme.error.notEnrolled')}` : undefined,
        queue.map((id) => emails.get(id) ?? id),
      ),
      undefined,
      status,
    );
  };

  app.get<{ Params: { sessionId: string } }>(
    '/programme/sessions/:sessionId',
    async (request, reply) => {
      if (!kit.requireRole(request, reply, COORDINATING)) return reply;
      if (!(await sessionOf(request))) return reply.callNotFound();
      return show(request, reply);
    },
  );

  app.post<{ Params: { sessionId: string } }>(
    '/programme/sessions/:sessionId/attendance',
    { preValidation: app.csrfProtection },
    async (request, reply) => {
      if (!kit.requireRole(request, reply, COORDINATING)) return reply;
      const found = await sessionOf(request);
      if (!found) return reply.callNotFound();
      const { programme, session } = found;
      const programmeId = programme.id;
      const body = (request.body ?? {}) as Record<string, unknown>;
      const raw = body['attended'];
      const marked = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
      const enrolled = new Set((await rowsOf(programmeId, session.id)).map((p) => p.accountId));
      const valid =
        Object.keys(body).every((k) => k === '_csrf' || k === 'attended') &&
        marked.length <= enrolled.size &&
        marked.every((m) => typeof m === 'string' && ID.test(m) && enrolled.has(m));
      if (!valid) return show(request, reply, 400, true);
      await store.attendance.record(
        cityId,
        { programmeId, sessionId: session.id },
        new Set(marked as string[]),
      );
      return reply.redirect(`${kit.base}/programme/sessions/${session.id}?done=attendance`, 303);
    },
  );

  // ---- Waiting lists (staff) ----

  const staffSession = async (request: FastifyRequest) => {
    const id = field(request.body, 'session');
    if (id === undefined || !ID.test(id)) return undefined;
    const programme = await kit.programme();
    const session = programme?.sessions.find((s) => s.id === id);
    return programme && session ? { programme, session } : undefined;
  };

  app.post('/waiting-list', { preValidation: app.csrfProtection }, async (request, reply) => {
    const account = kit.requireViewer(request, reply);
    if (!account) return reply;
    const found = await staffSession(request);
    if (!found) throw badRequest('Unknown session.');
    const outcome = await store.transaction((repositories) =>
      repositories.waitingList.join(
        cityId,
        account.accountId,
        { programmeId: found.programme.id, sessionId: found.session.id },
        found.session.capacity,
      ),
    );
    const done = outcome === 'enrolled' ? 'waiting-enrolled' : 'waiting';
    return reply.redirect(`${kit.base}/profile?done=${done}`, 303);
  });

  app.post('/waiting-list/leave', { preValidation: app.csrfProtection }, async (request, reply) => {
    const account = kit.requireViewer(request, reply);
    if (!account) return reply;
    const found = await staffSession(request);
    if (!found) throw badRequest('Unknown session.');
    await store.waitingList.leave(cityId, account.accountId, {
      programmeId: found.programme.id,
      sessionId: found.session.id,
    });
    return reply.redirect(`${kit.base}/profile?done=waiting-left`, 303);
  });

  // ---- Planning (coordinators) ----

  const defaultForm = (): PlanForm => {
    const next = new Date((kit.options.now?.() ?? new Date()).getTime());
    next.setUTCDate(1);
    next.setUTCMonth(next.getUTCMonth() + 1);
    return {
      start: next.toISOString().slice(0, 7),
      months: '12',
      capacity: '',
      room: '',
      trainer: '',
      language: portal.city.defaultLanguage,
      maxDays: '2',
    };
  };

  const showOverview = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: PlanForm = defaultForm(),
    problem?: FormProblem,
  ) => {
    const ctx = kit.context(request, reply, '/programme');
    const [inForce, stored, published] = await Promise.all([
      kit.programme(),
      store.programmes.list(cityId),
      store.programmes.inForce(cityId),
    ]);
    return kit.send(
      reply,
      ctx,
      'programme.title',
      overviewPage(ctx, {
        inForce,
        inForceStored: published !== undefined,
        enrolled: await enrolledIn(inForce),
        modules,
        stored: stored.map(summary),
        form,
        problem,
      }),
      undefined,
      problem ? 400 : 200,
    );
  };

  const summary = (p: StoredProgramme) => ({
    programmeId: p.programmeId,
    status: p.status,
    programme: p.programme,
    createdAt: p.createdAt.toISOString(),
    revision: p.revision,
  });

  /**
   * The demand: per competence, how many people's learning paths (from their latest
   * self-assessment, as on their profile) have a module closing a gap in it; and how many
   * people assessed themselves.
   */
  const demand = async (language: string): Promise<{ needs: PlanNeed[]; people: number }> => {
    if (!selfAssessment) return { needs: [], people: 0 };
    const latest = new Map<string, unknown>();
    for (const r of await store.responses.listForInstrument(cityId, selfAssessment.id))
      if (r.instrumentVersion === selfAssessment.version) latest.set(r.accountId, r.response);
    const count = new Map<string, number>();
    for (const [accountId, response] of latest) {
      const result = scoreResponse(selfAssessment, portal.framework, {
        ...(response as Record<string, unknown>),
        respondent: accountId,
      } as never);
      const path = recommendPath(result, portal.catalogue, {
        framework: portal.framework,
        language,
      });
      const competences = new Set(path.steps.flatMap((s) => s.closes.map((c) => c.competence)));
      for (const c of competences) count.set(c, (count.get(c) ?? 0) + 1);
    }
    const needs = [...count]
      .map(([competence, n]) => ({ competence, priority: n }))
      .sort((a, b) => b.priority - a.priority || a.competence.localeCompare(b.competence));
    return { needs, people: latest.size };
  };

  /** A programme id not yet used by the city: `<city>-<YYYY-MM>`, then `-2`, `-3`… */
  const newProgrammeId = async (start: string) => {
    const taken = new Set((await store.programmes.list(cityId)).map((p) => p.programmeId));
    if (portal.programme) taken.add(portal.programme.id);
    const base = `${cityId}-${start}`.toLowerCase();
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    return id;
  };

  app.get('/programme', async (request, reply) => {
    if (!kit.requireRole(request, reply, COORDINATING)) return reply;
    return showOverview(request, reply);
  });

  app.post('/programme/plans', { preValidation: app.csrfProtection }, async (request, reply) => {
    if (!kit.requireRole(request, reply, COORDINATING)) return reply;
    const body = request.body;
    const form: PlanForm = {
      start: field(body, 'start')?.trim() ?? '',
      months: field(body, 'months')?.trim() ?? '',
      capacity: field(body, 'capacity')?.trim() ?? '',
      room: field(body, 'room') ?? '',
      trainer: field(body, 'trainer') ?? '',
      language: field(body, 'language') ?? '',
      maxDays: field(body, 'maxDays')?.trim() ?? '',
    };
    const refuse = (key: FormProblem['key'], control: string) =>
      showOverview(request, reply, { ...form, start: form.start.slice(0, 7) }, { key, control });
    if (!MONTH.test(form.start)) return refuse('programme.error.start', 'plan-start');
    const months = wholeNumber(form.months, 1, 24);
    if (months === undefined) return refuse('programme.error.months', 'plan-months');
    const capacity = form.capacity === '' ? undefined : wholeNumber(form.capacity, 1, 1000);
    if (form.capacity !== '' && capacity === undefined)
      return refuse('programme.error.capacity', 'plan-capacity');
    const room = text(body, 'room', 200);
    if (!room) return refuse('programme.error.room', 'plan-room');
    const trainer = text(body, 'trainer', 200);
    if (trainer === undefined) return refuse('programme.error.trainer', 'plan-trainer');
    if (!languages.has(form.language)) return refuse('programme.error.language', 'plan-language');
    const maxDays = wholeNumber(form.maxDays, 1, 31);
    if (maxDays === undefined) return refuse('programme.error.maxDays', 'plan-max-days');

    const { needs, people } = await demand(form.language);
    const id = await newProgrammeId(form.start);
    let plan;
    try {
      plan = planProgramme(needs, portal.catalogue, {
        id,
        territory: portal.programme?.territory ?? cityId,
        period: periodOf(form.start, months),
        cohortSize: Math.max(1, people),
        language: form.language,
        maxDaysPerMonth: maxDays,
        place: { type: 'in-person', name: room },
        ...(trainer && { trainer }),
      });
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      return showOverview(request, reply, form, { key: 'programme.error.plan' });
    }
    // The planner's pseudonyms stand for a cohort, not for the city's staff (who enrol
    // themselves): they are not kept. The coordinator's capacity replaces the modules' own.
    const programme: Programme = {
      ...plan.programme,
      sessions: plan.programme.sessions.map((s) => {
        const { participants: _participants, ...rest } = s;
        return { ...rest, ...(capacity !== undefined && { capacity }) };
      }),
    };
    const report = { load: plan.load, uncovered: plan.uncovered, modules: plan.modules, people };
    const stored = await store.programmes.createDraft(
      cityId,
      programme,
      report as unknown as JsonValue,
    );
    if (!stored.ok) return showOverview(request, reply, form, { key: 'programme.error.plan' });
    return reply.redirect(`${kit.base}/programme/plans/${id}?done=programme-planned`, 303);
  });

  // ---- A stored programme: edit its sessions, publish it ----

  const storedOf = async (request: PlanRequest) => {
    const id = request.params.programmeId;
    return ID.test(id) ? store.programmes.get(cityId, id) : undefined;
  };

  const showPlan = async (
    request: FastifyRequest,
    reply: FastifyReply,
    stored: StoredProgramme,
    problem?: { session: string; problem: FormProblem },
  ) => {
    const ctx: PageContext = kit.context(request, reply, `/programme/plans/${stored.programmeId}`);
    return kit.send(
      reply,
      ctx,
      'programme.edit.title',
      planPage(ctx, {
        stored: summary(stored),
        report: stored.plan as PlanReport | null,
        modules,
        enrolled: await enrolledIn(stored.programme),
        problem,
      }),
      undefined,
      problem ? 400 : 200,
    );
  };

  /** 409: the programme was saved by someone else since the form's revision; nothing changed. */
  const showStale = (request: FastifyRequest, reply: FastifyReply, stored: StoredProgramme) => {
    const ctx = kit.context(request, reply, `/programme/plans/${stored.programmeId}`);
    return kit.send(
      reply,
      ctx,
      'programme.stale.title',
      stalePage(ctx, stored.programmeId),
      undefined,
      409,
    );
  };

  /** 400: an edit form without a revision (it cannot be told from a stale one). */
  const noRevision = (
    request: FastifyRequest,
    reply: FastifyReply,
    stored: StoredProgramme,
    session: string,
  ) => showPlan(request, reply, stored, { session, problem: { key: 'programme.error.revision' } });

  app.get<{ Params: { programmeId: string } }>(
    '/programme/plans/:programmeId',
    async (request, reply) => {
      if (!kit.requireRole(request, reply, COORDINATING)) return reply;
      const stored = await storedOf(request);
      if (!stored) return reply.callNotFound();
      return showPlan(request, reply, stored);
    },
  );

  /**
   * A session from its form, or the problem with it. `prefix` is the id prefix of the form's
   * controls (to link the problem to); for a published programme the language stays.
   */
  const sessionFromForm = (
    body: unknown,
    prefix: string,
    base: { id: string; module: string; language?: string },
    languageLocked: boolean,
  ): { session: ProgrammeSession } | { problem: FormProblem } => {
    const refuse = (key: FormProblem['key'], control: string) => ({
      problem: { key, control: `${prefix}-${control}` },
    });
    const rawDates = field(body, 'dates') ?? '';
    const dates = rawDates
      .split(/[\s,;]+/)
      .map((d) => d.trim())
      .filter((d) => d !== '');
    if (
      dates.length === 0 ||
      dates.length > 60 ||
      !dates.every(isDay) ||
      dates.some((d, i) => i > 0 && d <= dates[i - 1]!)
    )
      return refuse('programme.error.dates', 'dates');
    const placeType = field(body, 'placeType');
    if (placeType !== 'in-person' && placeType !== 'online')
      return refuse('programme.error.placeType', 'place-type');
    const room = text(body, 'room', 200);
    if (room === undefined || (placeType === 'in-person' && room === ''))
      return refuse('programme.error.room', 'room');
    const trainer = text(body, 'trainer', 200);
    if (trainer === undefined) return refuse('programme.error.trainer', 'trainer');
    const capacity = wholeNumber(field(body, 'capacity'), 1, 1000);
    if (capacity === undefined) return refuse('programme.error.capacity', 'capacity');
    let language = base.language;
    const asked = field(body, 'language');
    if (languageLocked) {
      if (asked !== undefined && asked !== language)
        return { problem: { key: 'programme.error.languageLocked' } };
    } else {
      if (asked === undefined || !languages.has(asked))
        return refuse('programme.error.language', 'language');
      language = asked;
    }
    const place: SessionPlace =
      placeType === 'online' ? { type: 'online' } : { type: 'in-person', name: room };
    return {
      session: {
        id: base.id,
        module: base.module,
        dates,
        place,
        language: language!,
        capacity,
        ...(trainer && { trainer }),
      },
    };
  };

  /**
   * Stores the changed programme if it is still at the form's revision (the row read
   * `forUpdate` in a transaction: a 409 page otherwise); a 400 page naming the schema's
   * problems when it is refused.
   */
  /** The page for a write the store refused: stale (someone saved since), or invalid. */
  const showRefused = (
    request: FastifyRequest,
    reply: FastifyReply,
    stored: StoredProgramme,
    written: Exclude<ProgrammeWrite, { ok: true }>,
    session: string,
  ) => {
    if (written.code === 'stale') return showStale(request, reply, stored);
    const problems =
      written.code === 'invalid'
        ? written.issues.map((i) => `${i.path} ${i.message}`).join('; ')
        : written.code;
    return showPlan(request, reply, stored, {
      session,
      problem: { key: 'programme.error.invalid', params: { problems } },
    });
  };

  const saveOrRefuse = async (
    request: FastifyRequest,
    reply: FastifyReply,
    stored: StoredProgramme,
    programme: Programme,
    session: string,
    revision: number,
  ) => {
    const written = await store.programmes.update(cityId, programme, { revision });
    return written.ok ? undefined : showRefused(request, reply, stored, written, session);
  };

  app.post<{ Params: { programmeId: string; sessionId: string } }>(
    '/programme/plans/:programmeId/sessions/:sessionId',
    { preValidation: app.csrfProtection },
    async (request: PlanSessionRequest, reply) => {
      if (!kit.requireRole(request, reply, COORDINATING)) return reply;
      const stored = await storedOf(request);
      const index = stored?.programme.sessions.findIndex((s) => s.id === request.params.sessionId);
      if (!stored || index === undefined || index < 0) return reply.callNotFound();
      const old = stored.programme.sessions[index]!;
      const published = stored.status === 'published';
      const parsed = sessionFromForm(request.body, `s-${index}`, old, published);
      if ('problem' in parsed)
        return showPlan(request, reply, stored, { session: old.id, problem: parsed.problem });
      const revision = revisionOf(request.body);
      if (revision === undefined) return noRevision(request, reply, stored, old.id);
      // Before anything is locked: a form of an older revision changes nothing.
      if (revision !== stored.revision) return showStale(request, reply, stored);
      const sessions = stored.programme.sessions.map((s, i) => (i === index ? parsed.session : s));
      const programme = { ...stored.programme, sessions };
      if (!published) {
        const refused = await saveOrRefuse(request, reply, stored, programme, old.id, revision);
        if (refused) return refused;
      } else {
        // The published programme: never below the people enrolled, and whoever waits gets a
        // place the new capacity frees, all under the session's lock.
        const place = { programmeId: stored.programmeId, sessionId: old.id };
        const outcome = await store.transaction(async (repositories) => {
          const enrolled = await repositories.waitingList.enrolledUnderLock(cityId, place);
          if (parsed.session.capacity < enrolled) return { enrolled };
          const written = await repositories.programmes.update(cityId, programme, { revision });
          if (!written.ok) return { written };
          await repositories.waitingList.promote(cityId, place, parsed.session.capacity);
          return {};
        });
        if ('enrolled' in outcome)
          return showPlan(request, reply, stored, {
            session: old.id,
            problem: {
              key: 'programme.error.belowEnrolled',
              params: { enrolled: outcome.enrolled! },
              control: `s-${index}-capacity`,
            },
          });
        if (outcome.written && !outcome.written.ok)
          return showRefused(request, reply, stored, outcome.written, old.id);
      }
      return reply.redirect(
        `${kit.base}/programme/plans/${stored.programmeId}?done=session-saved`,
        303,
      );
    },
  );

  app.post<{ Params: { programmeId: string; sessionId: string } }>(
    '/programme/plans/:programmeId/sessions/:sessionId/remove',
    { preValidation: app.csrfProtection },
    async (request: PlanSessionRequest, reply) => {
      if (!kit.requireRole(request, reply, COORDINATING)) return reply;
      const stored = await storedOf(request);
      const session = stored?.programme.sessions.find((s) => s.id === request.params.sessionId);
      if (!stored || !session) return reply.callNotFound();
      const revision = revisionOf(request.body);
      if (revision === undefined) return noRevision(request, reply, stored, session.id);
      if (revision !== stored.revision) return showStale(request, reply, stored);
      const place = { programmeId: stored.programmeId, sessionId: session.id };
      const programme = {
        ...stored.programme,
        sessions: stored.programme.sessions.filter((s) => s.id !== session.id),
      };
      const outcome = await store.transaction(async (repositories) => {
        const n = await repositories.waitingList.enrolledUnderLock(cityId, place);
        if (n > 0) return { enrolled: n };
        return { written: await repositories.programmes.update(cityId, programme, { revision }) };
      });
      const enrolled = outcome.enrolled ?? 0;
      const written = outcome.written;
      if (written && !written.ok) return showRefused(request, reply, stored, written, session.id);
      if (enrolled > 0)
        return showPlan(request, reply, stored, {
          session: session.id,
          problem: { key: 'programme.error.hasEnrolments', params: { enrolled } },
        });
      return reply.redirect(
        `${kit.base}/programme/plans/${stored.programmeId}?done=session-removed`,
        303,
      );
    },
  );

  app.post<{ Params: { programmeId: string } }>(
    '/programme/plans/:programmeId/sessions',
    { preValidation: app.csrfProtection },
    async (request, reply) => {
      if (!kit.requireRole(request, reply, COORDINATING)) return reply;
      const stored = await storedOf(request);
      if (!stored) return reply.callNotFound();
      const module = field(request.body, 'module');
      if (module === undefined || !modules.has(module))
        return showPlan(request, reply, stored, {
          session: 'new',
          problem: { key: 'programme.error.module', control: 'new-module' },
        });
      const taken = new Set(stored.programme.sessions.map((s) => s.id));
      let n = 1;
      while (taken.has(`${module}-${n}`)) n++;
      const id = `${module}-${n}`;
      if (!SESSION_ID.test(id)) return reply.callNotFound();
      const parsed = sessionFromForm(request.body, 'new', { id, module }, false);
      if ('problem' in parsed)
        return showPlan(request, reply, stored, { session: 'new', problem: parsed.problem });
      const revision = revisionOf(request.body);
      if (revision === undefined) return noRevision(request, reply, stored, 'new');
      if (revision !== stored.revision) return showStale(request, reply, stored);
      const programme = {
        ...stored.programme,
        sessions: [...stored.programme.sessions, parsed.session].sort((a, b) =>
          a.dates[0]! < b.dates[0]! ? -1 : a.dates[0]! > b.dates[0]! ? 1 : 0,
        ),
      };
      const refused = await saveOrRefuse(request, reply, stored, programme, 'new', revision);
      if (refused) return refused;
      return reply.redirect(
        `${kit.base}/programme/plans/${stored.programmeId}?done=session-added`,
        303,
      );
    },
  );

  app.post<{ Params: { programmeId: string } }>(
    '/programme/plans/:programmeId/publish',
    { preValidation: app.csrfProtection },
    async (request, reply) => {
      const account = kit.requireRole(request, reply, COORDINATING);
      if (!account) return reply;
      const stored = await storedOf(request);
      if (!stored) return reply.callNotFound();
      const published = () =>
        showPlan(request, reply, stored, {
          session: 'publish',
          problem: { key: 'programme.error.published' },
        });
      if (stored.status !== 'draft') return published();
      const revision = revisionOf(request.body);
      if (revision === undefined) return noRevision(request, reply, stored, 'publish');
      // The draft as it is now, locked until it is published: only the revision the
      // coordinator saw is published, never a change someone saved since.
      const outcome = await store.transaction(async (repositories) => {
        const current = await repositories.programmes.get(cityId, stored.programmeId, {
          forUpdate: true,
        });
        if (!current || current.status !== 'draft') return 'published';
        if (current.revision !== revision) return 'stale';
        await repositories.programmes.publish(cityId, stored.programmeId);
        return 'done';
      });
      if (outcome === 'published') return published();
      if (outcome === 'stale') return showStale(request, reply, stored);
      await store.audit.record(cityId, {
        actorId: account.accountId,
        action: 'programme-published',
        subject: stored.programmeId,
      });
      return reply.redirect(`${kit.base}/programme?done=programme-published`, 303);
    },
  );
}
