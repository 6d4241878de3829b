// The programme area: a session's enrolled people and their attendance (coordinators). Only the
// people enrolled in a session can be marked; anything else in the form refuses the whole form.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Account } from '../../store/index.js';
import { html } from '../html.js';
import type { RouteKit } from '../kit.js';
import { COORDINATING } from '../page.js';
import { sessionPage, type AttendanceRow } from '../pages/programme.js';

const ID = /^[\w.-]{1,100}$/;

type SessionRequest = FastifyRequest<{ Params: { sessionId: string } }>;

export async function registerProgrammeRoutes(app: FastifyInstance, kit: RouteKit): Promise<void> {
  const { cityId, store, portal } = kit;
  Object.assign(kit.done, { attendance: 'programme.done.attendance' });
  const modules = new Map(portal.catalogue.modules.map((m) => [m.id, m]));

  const sessionOf = (request: SessionRequest) => {
    const id = request.params.sessionId;
    if (!ID.test(id) || !portal.programme) return undefined;
    return portal.programme.sessions.find((s) => s.id === id);
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
    const session = sessionOf(request)!;
    const ctx = kit.context(request, reply, `/programme/sessions/${session.id}`);
    const people = await rowsOf(portal.programme!.id, session.id);
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
      ),
      undefined,
      status,
    );
  };

  app.get<{ Params: { sessionId: string } }>(
    '/programme/sessions/:sessionId',
    async (request, reply) => {
      if (!kit.requireRole(request, reply, COORDINATING)) return reply;
      if (!sessionOf(request)) return reply.callNotFound();
      return show(request, reply);
    },
  );

  app.post<{ Params: { sessionId: string } }>(
    '/programme/sessions/:sessionId/attendance',
    { preValidation: app.csrfProtection },
    async (request, reply) => {
      if (!kit.requireRole(request, reply, COORDINATING)) return reply;
      const session = sessionOf(request);
      if (!session) return reply.callNotFound();
      const programmeId = portal.programme!.id;
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
}
