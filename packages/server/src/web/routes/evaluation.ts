// The evaluation of a city's programme: the self-assessment wave staff answer in (a coordinator
// opens the post-training wave; the results page then compares the waves as releases), and
// participants' feedback on the sessions they attended, published only as feedback releases
// (src/web/feedback-release.ts) with the city's anonymity threshold.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Wave } from '../../store/index.js';
import { buildFeedbackRelease, type FeedbackRelease } from '../feedback-release.js';
import { field, type RouteKit } from '../kit.js';
import { COORDINATING } from '../page.js';
import {
  evaluationPage,
  feedbackFormPage,
  feedbackListPage,
  feedbackReleasePage,
  MAX_COMMENT,
  type FeedbackProblems,
} from '../pages/evaluation.js';

const WAVES: readonly Wave[] = ['baseline', 'post', 'follow-up'];
const SCORE = /^[1-5]$/;

export async function registerEvaluationRoutes(app: FastifyInstance, kit: RouteKit): Promise<void> {
  const { cityId, store, portal, base } = kit;
  const now = kit.options.now ?? (() => new Date());
  const k = portal.city.anonymity.minGroupSize;
  Object.assign(kit.done, {
    'feedback-thanks': 'feedback.thanks',
    'feedback-given': 'feedback.already',
    'wave-opened': 'evaluation.done.wave',
    'feedback-published': 'evaluation.done.published',
  });
  const programme = portal.programme;
  const today = () => now().toISOString().slice(0, 10);
  /** The sessions of the programme the account was enrolled in and that have taken place. */
  const attended = async (accountId: string) => {
    if (!programme) return [];
    const mine = new Set(
      (await store.enrolments.listOwn(cityId, accountId))
        .filter((e) => e.programmeId === programme.id)
        .map((e) => e.sessionId),
    );
    const day = today();
    return programme.sessions.filter((s) => mine.has(s.id) && s.dates.at(-1)! <= day);
  };

  // Staff: feedback on the sessions they took part in.
  app.get('/feedback', async (request, reply) => {
    const account = kit.requireViewer(request, reply);
    if (!account) return reply;
    const ctx = kit.context(request, reply, '/feedback');
    const sessions = await attended(account.accountId);
    const given = programme
      ? await store.evaluation.givenBy(cityId, account.accountId, programme.id)
      : new Set<string>();
    return kit.send(
      reply,
      ctx,
      'feedback.title',
      feedbackListPage(
        ctx,
        sessions.map((session) => ({ session, given: given.has(session.id) })),
        k,
      ),
    );
  });

  const sessionFor = async (
    request: FastifyRequest<{ Params: { session: string } }>,
    accountId: string,
  ) => (await attended(accountId)).find((s) => s.id === request.params.session);
  const notYours = (request: FastifyRequest, reply: FastifyReply) => {
    const ctx = kit.context(request, reply, '/feedback');
    return kit.send(
      reply,
      ctx,
      'feedback.title',
      kit.message(ctx, 'feedback.title', 'feedback.notYours'),
      undefined,
      404,
    );
  };

  app.get<{ Params: { session: string } }>('/feedback/:session', async (request, reply) => {
    const account = kit.requireViewer(request, reply);
    if (!account) return reply;
    const session = await sessionFor(request, account.accountId);
    if (!session) return notYours(request, reply);
    if ((await store.evaluation.givenBy(cityId, account.accountId, programme!.id)).has(session.id))
      return reply.redirect(`${base}/feedback?done=feedback-given`, 303);
    const ctx = kit.context(request, reply, '/feedback');
    return kit.send(
      reply,
      ctx,
      'feedback.title',
      feedbackFormPage(ctx, session, { minGroupSize: k }),
    );
  });

  app.post<{ Params: { session: string } }>(
    '/feedback/:session',
    { preValidation: app.csrfProtection },
    async (request, reply) => {
      const account = kit.requireViewer(request, reply);
      if (!account) return reply;
      const session = await sessionFor(request, account.accountId);
      if (!session) return notYours(request, reply);
      const satisfaction = field(request.body, 'satisfaction') ?? '';
      const usefulness = field(request.body, 'usefulness') ?? '';
      const comment = (field(request.body, 'comment') ?? '').trim();
      const problems: FeedbackProblems = {
        ...(!SCORE.test(satisfaction) && { satisfaction: true }),
        ...(!SCORE.test(usefulness) && { usefulness: true }),
        ...([...comment].length > MAX_COMMENT && { comment: true }),
      };
      if (Object.keys(problems).length > 0) {
        const ctx = kit.context(request, reply, '/feedback');
        return kit.send(
          reply,
          ctx,
          'feedback.title',
          feedbackFormPage(ctx, session, {
            minGroupSize: k,
            values: { satisfaction, usefulness, comment },
            problems,
          }),
          undefined,
          400,
        );
      }
      const outcome = await store.evaluation.give(cityId, account.accountId, {
        programmeId: programme!.id,
        moduleId: session.module,
        sessionId: session.id,
        satisfaction: Number(satisfaction),
        usefulness: Number(usefulness),
        comment: comment || null,
      });
      return reply.redirect(
        `${base}/feedback?done=${outcome === 'stored' ? 'feedback-thanks' : 'feedback-given'}`,
        303,
      );
    },
  );

  // Coordinators: the wave, and the feedback releases.
  const coordinator = (request: FastifyRequest, reply: FastifyReply) =>
    kit.requireRole(request, reply, COORDINATING);
  app.get('/evaluation', async (request, reply) => {
    if (!coordinator(request, reply)) return reply;
    const ctx = kit.context(request, reply, '/evaluation');
    const { wave, openedAt } = await store.evaluation.wave(cityId);
    const releases = (await store.evaluation.releases(cityId)).map((r) => ({
      sequence: r.sequence,
      publishedAt: r.publishedAt,
    }));
    return kit.send(
      reply,
      ctx,
      'evaluation.title',
      evaluationPage(ctx, {
        wave,
        openedAt,
        releases,
        minGroupSize: k,
        hasProgramme: Boolean(programme),
      }),
    );
  });

  app.post('/evaluation/wave', { preValidation: app.csrfProtection }, async (request, reply) => {
    const account = coordinator(request, reply);
    if (!account) return reply;
    const wave = WAVES.find((w) => w === field(request.body, 'wave'));
    if (!wave) return reply.code(400).type('text/plain; charset=utf-8').send('Unknown wave.');
    await store.evaluation.openWave(cityId, wave);
    await store.audit.record(cityId, {
      actorId: account.accountId,
      action: 'wave-opened',
      subject: wave,
    });
    return reply.redirect(`${base}/evaluation?done=wave-opened`, 303);
  });

  app.post(
    '/evaluation/feedback',
    { preValidation: app.csrfProtection },
    async (request, reply) => {
      const account = coordinator(request, reply);
      if (!account) return reply;
      if (!programme)
        return reply.code(409).type('text/plain; charset=utf-8').send('No programme.');
      const { release, ledger } = buildFeedbackRelease(
        await store.evaluation.listForProgramme(cityId, programme.id),
        {
          programme: programme.id,
          modules: programme.sessions.map((s) => s.module),
          minGroupSize: k,
          previous: await store.evaluation.ledgers(cityId),
        },
      );
      const published = await store.evaluation.publishRelease(cityId, {
        sequence: release.sequence,
        release,
        ledger,
      });
      if (!published.ok) return reply.redirect(`${base}/evaluation`, 303);
      await store.audit.record(cityId, {
        actorId: account.accountId,
        action: 'feedback-published',
        subject: `feedback#${published.sequence}`,
      });
      return reply.redirect(`${base}/evaluation?done=feedback-published`, 303);
    },
  );

  app.get<{ Params: { sequence: string } }>(
    '/evaluation/feedback/:sequence',
    async (request, reply) => {
      if (!coordinator(request, reply)) return reply;
      const sequence = /^[1-9]\d{0,8}$/.test(request.params.sequence)
        ? Number(request.params.sequence)
        : undefined;
      const stored = (await store.evaluation.releases(cityId)).find((r) => r.sequence === sequence);
      if (!stored) return reply.callNotFound();
      const ctx = kit.context(request, reply, '/evaluation');
      return kit.send(
        reply,
        ctx,
        'evaluation.title',
        feedbackReleasePage(ctx, stored.release as unknown as FeedbackRelease, stored.publishedAt),
      );
    },
  );
}
