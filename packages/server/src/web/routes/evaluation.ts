// The evaluation of a city's programme: the self-assessment wave staff answer in (a coordinator
// opens the post-training wave; the results page then compares the waves as releases), and
// participants' feedback on the sessions they attended, published only as feedback releases
// (src/web/feedback-release.ts) with the city's anonymity threshold.
import { ReleaseRefused, type Release } from '@competence-kit/disclosure';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Wave } from '../../store/index.js';
import { buildFeedbackRelease, type FeedbackRelease } from '../feedback-release.js';
import { badRequest, field, type RouteKit } from '../kit.js';
import type { MessageKey } from '../messages/catalogue.js';
import { COORDINATING } from '../page.js';
import {
  evaluationPage,
  feedbackFormPage,
  feedbackListPage,
  feedbackReleasePage,
  MAX_COMMENT,
  programmeEvaluationPage,
  programmeEvaluationReleasePage,
  type EvaluationPublication,
  type FeedbackProblems,
} from '../pages/evaluation.js';
import { REFUSALS } from '../pages/results.js';
import {
  buildModuleRelease,
  evaluationPrefix,
  FROM,
  groupedResults,
  moduleCompetences,
  moduleStates,
  participantsByModule,
  TO,
} from '../programme-evaluation.js';
import { selfAssessmentResults } from '../programme-evaluation-results.js';
import {
  evaluationLedger,
  guardBatch,
  readEvaluationLedger,
  releaseFigures,
  type EvaluationLedger,
  type ModuleFigures,
} from '../programme-evaluation-guard.js';

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
    'evaluation-published': 'evaluation.programme.done',
  });
  const today = () => now().toISOString().slice(0, 10);
  /**
   * The sessions of the programme in force (published in the portal, else the city file's) the
   * account was enrolled in and that have taken place, with that programme (read once).
   */
  const attended = async (accountId: string) => {
    const programme = await kit.programme();
    if (!programme) return { programme, sessions: [] };
    const mine = new Set(
      (await store.enrolments.listOwn(cityId, accountId))
        .filter((e) => e.programmeId === programme.id)
        .map((e) => e.sessionId),
    );
    const day = today();
    const sessions = programme.sessions.filter((s) => mine.has(s.id) && s.dates.at(-1)! <= day);
    return { programme, sessions };
  };

  // Staff: feedback on the sessions they took part in.
  app.get('/feedback', async (request, reply) => {
    const account = kit.requireViewer(request, reply);
    if (!account) return reply;
    const ctx = kit.context(request, reply, '/feedback');
    const { programme, sessions } = await attended(account.accountId);
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

  /** The attended session the path names, with its programme; undefined when it is not one. */
  const sessionFor = async (
    request: FastifyRequest<{ Params: { session: string } }>,
    accountId: string,
  ) => {
    const { programme, sessions } = await attended(accountId);
    const session = sessions.find((s) => s.id === request.params.session);
    return programme && session ? { programme, session } : undefined;
  };
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
    const found = await sessionFor(request, account.accountId);
    if (!found) return notYours(request, reply);
    const { programme, session } = found;
    if ((await store.evaluation.givenBy(cityId, account.accountId, programme.id)).has(session.id))
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
      const found = await sessionFor(request, account.accountId);
      if (!found) return notYours(request, reply);
      const { programme, session } = found;
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
        programmeId: programme.id,
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
        hasProgramme: Boolean(await kit.programme()),
      }),
    );
  });

  app.post('/evaluation/wave', { preValidation: app.csrfProtection }, async (request, reply) => {
    const account = coordinator(request, reply);
    if (!account) return reply;
    const wave = WAVES.find((w) => w === field(request.body, 'wave'));
    if (!wave) throw badRequest('Unknown wave.');
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
      const programme = await kit.programme();
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

  // Coordinators: the modules' evaluation, published only as releases (../programme-evaluation.ts).
  const selfAssessment = portal.instruments.find(
    (i) => i.purpose === 'self-assessment',
  )?.instrument;
  /** The releases of the programme's evaluation, as publications (one release per module). */
  const publications = async (programmeId: string) => {
    const prefix = evaluationPrefix(cityId, programmeId);
    const stored = (await store.releases.list(cityId)).filter((r) =>
      r.population.startsWith(prefix),
    );
    const byNumber = new Map<
      number,
      EvaluationPublication & {
        releases: { module: string; sequence: number; release: Release }[];
      }
    >();
    for (const r of stored) {
      const publication = (r.plan as { publication?: unknown } | null)?.publication;
      if (typeof publication !== 'number') continue;
      const module = r.population.slice(prefix.length);
      const entry = byNumber.get(publication) ?? {
        publication,
        publishedAt: r.publishedAt,
        modules: [],
        releases: [],
      };
      if (r.publishedAt < entry.publishedAt) entry.publishedAt = r.publishedAt;
      entry.modules.push(module);
      entry.releases.push({
        module,
        sequence: r.sequence,
        release: r.release as unknown as Release,
      });
      byNumber.set(publication, entry);
    }
    return [...byNumber.values()].sort((a, b) => b.publication - a.publication);
  };
  /** Who completed which module, and who answered the self-assessment in the waves compared. */
  const evaluationInputs = async () => {
    const current = await kit.programme();
    if (!current || !selfAssessment) return undefined;
    const results = (
      await selfAssessmentResults(store, cityId, selfAssessment, portal.framework)
    ).filter((r) => r.phase === FROM || r.phase === TO);
    const participants = participantsByModule(await store.attendance.completions(cityId, current));
    const modules = [...new Set(current.sessions.map((s) => s.module))].filter(
      (m) => moduleCompetences(portal.catalogue, portal.framework, m).length > 0,
    );
    const states = moduleStates(
      modules,
      participants,
      new Set(results.map((r) => r.respondent)),
      k,
    );
    return { programme: current, results, participants, states };
  };
  const programmeView = async (
    request: FastifyRequest,
    reply: FastifyReply,
    problems: { problem?: MessageKey; refused?: { module: string; reason: MessageKey }[] } = {},
    status = 200,
  ) => {
    const ctx = kit.context(request, reply, '/evaluation/programme');
    const inputs = await evaluationInputs();
    return kit.send(
      reply,
      ctx,
      'evaluation.programme.title',
      programmeEvaluationPage(ctx, {
        hasProgramme: Boolean(inputs),
        modules: inputs?.states ?? [],
        publications: inputs ? await publications(inputs.programme.id) : [],
        minGroupSize: k,
        ...problems,
      }),
      undefined,
      status,
    );
  };

  app.get('/evaluation/programme', async (request, reply) => {
    if (!coordinator(request, reply)) return reply;
    return programmeView(request, reply);
  });

  app.post(
    '/evaluation/programme',
    { preValidation: app.csrfProtection },
    async (request, reply) => {
      const account = coordinator(request, reply);
      if (!account) return reply;
      const inputs = await evaluationInputs();
      const chosen = inputs?.states.filter((s) => s.state !== 'none' && !s.closeTo) ?? [];
      if (!inputs || chosen.length === 0 || inputs.results.length === 0)
        return programmeView(request, reply, { problem: 'evaluation.programme.nothing' }, 409);
      const publication =
        Math.max(0, ...(await publications(inputs.programme.id)).map((p) => p.publication)) + 1;
      const refused: { module: string; reason: MessageKey }[] = [];
      let published = 0;
      // Differencing between the modules' releases, and with every earlier one
      // (../programme-evaluation-guard.ts): the figures kept with the earlier releases' ledgers.
      const prefix = evaluationPrefix(cityId, inputs.programme.id);
      const kept = new Map<string, EvaluationLedger[]>();
      for (const population of new Set(
        (await store.releases.list(cityId))
          .map((r) => r.population)
          .filter((p) => p.startsWith(prefix)),
      ))
        kept.set(
          population.slice(prefix.length),
          (await store.releases.ledgers(cityId, population)).map((l, i) =>
            readEvaluationLedger(l, `${population}#${i + 1}`),
          ),
        );
      const accepted: ModuleFigures[] = [...kept].flatMap(([module, ledgers]) =>
        ledgers.map((l) => ({ module, figures: l.figures })),
      );
      for (const { module } of chosen) {
        const population = `${evaluationPrefix(cityId, inputs.programme.id)}${module}`;
        let built;
        try {
          built = await buildModuleRelease(inputs.results, {
            cityId,
            programmeId: inputs.programme.id,
            module,
            participants: inputs.participants.get(module) ?? new Set(),
            competences: moduleCompetences(portal.catalogue, portal.framework, module),
            minGroupSize: k,
            framework: portal.framework,
            previous: (kept.get(module) ?? []).map((l) => l.disclosure),
          });
        } catch (error) {
          if (!(error instanceof ReleaseRefused)) throw error;
          await store.audit.record(cityId, {
            actorId: account.accountId,
            action: 'release-refused',
            subject: `${population}: ${error.reason}`,
          });
          refused.push({ module, reason: REFUSALS[error.reason] ?? 'results.refused.taken' });
          continue;
        }
        const figures = releaseFigures(
          built.outcome.release,
          groupedResults(inputs.results, inputs.participants.get(module) ?? new Set()),
          prefix,
        );
        if (!guardBatch([{ module, figures }], accepted, k)[0]!.publish) {
          await store.audit.record(cityId, {
            actorId: account.accountId,
            action: 'release-refused',
            subject: `${population}: differencing`,
          });
          refused.push({ module, reason: REFUSALS['nothing-left']! });
          continue;
        }
        const stored = await store.releases.publish(cityId, {
          population,
          sequence: built.outcome.ledger.sequence,
          plan: { ...built.plan, publication },
          release: built.outcome.release,
          ledger: evaluationLedger(built.outcome.ledger, figures),
        });
        if (!stored.ok) {
          refused.push({ module, reason: REFUSALS.taken! });
          continue;
        }
        published += 1;
        accepted.push({ module, figures });
        await store.audit.record(cityId, {
          actorId: account.accountId,
          action: 'release-published',
          subject: `${population}#${stored.release.sequence}`,
        });
      }
      if (refused.length > 0)
        return programmeView(request, reply, { refused }, published ? 200 : 409);
      return reply.redirect(
        `${base}/evaluation/programme/releases/${publication}?done=evaluation-published`,
        303,
      );
    },
  );

  app.get<{ Params: { publication: string } }>(
    '/evaluation/programme/releases/:publication',
    async (request, reply) => {
      if (!coordinator(request, reply)) return reply;
      const number = /^[1-9]\d{0,8}$/.test(request.params.publication)
        ? Number(request.params.publication)
        : undefined;
      const current = await kit.programme();
      const found =
        current && number !== undefined
          ? (await publications(current.id)).find((p) => p.publication === number)
          : undefined;
      if (!found) return reply.callNotFound();
      const order = [...new Set(current!.sessions.map((s) => s.module))];
      const ctx = kit.context(request, reply, '/evaluation/programme');
      return kit.send(
        reply,
        ctx,
        'evaluation.programme.title',
        programmeEvaluationReleasePage(ctx, {
          publication: found.publication,
          publishedAt: found.publishedAt,
          erasedSince: await store.erasures.answeredBeforeErasedAfter(cityId, found.publishedAt),
          releases: [...found.releases].sort(
            (a, b) => order.indexOf(a.module) - order.indexOf(b.module),
          ),
        }),
        'programme-evaluation',
      );
    },
  );
}
