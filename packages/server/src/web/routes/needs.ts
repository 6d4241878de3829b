// The needs review workspace (coordinators and admins): the study's plan, desk research,
// interviews and focus groups, coded findings, questionnaire answers imported from survey tools,
// and the needs reports built from it all. The study is stored in the needs-analysis package's
// own format and checked by it (`parseNeedsStudy`) before a report is built; a report is stored
// once, dated, and never changes when more is recorded.
import { randomBytes } from 'node:crypto';
import {
  buildNeedsReport,
  importResponses,
  parseNeedsReport,
  parseNeedsStudy,
  renderNeedsReportCsv,
  renderNeedsReportHtml,
  renderNeedsReportMarkdown,
  type NeedsReport,
  type ResponseMapping,
} from '@competence-kit/needs-analysis';
import {
  needsAnalysisGuides,
  stakeholderQuestionnaire,
  staffNeedsQuestionnaire,
  staffSelfAssessment,
  tcnQuestionnaire,
} from '@competence-kit/framework-intercultural';
import type { Instrument, NeedsStudy } from '@competence-kit/schemas';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NeedsReportRefused } from '../../store/needs-reviews.js';
import { field, type RouteKit } from '../kit.js';
import { escapeHtml, type html } from '../html.js';
import { wordsFor, PAGE_LANGUAGES } from '../i18n.js';
import { COORDINATING } from '../page.js';
import {
  addFinding,
  addPlanItem,
  addSession,
  addSource,
  changePlanItem,
  GROUPS,
  guideCodes,
  mayFollow,
  mergeImported,
  needsLedger,
  startReview,
  studyForReport,
  withPortalAnswers,
  type Form,
  type PlanItem,
} from '../needs-review.js';
import {
  evidencePage,
  findingsPage,
  importPage,
  planPage,
  REPORT_FORMATS,
  reportPage,
  reportsPage,
  startPage,
  type FormState,
} from '../pages/needs.js';

/** A city has one needs review at a time; its id leaves room for more later. */
const REVIEW = 'current';
/** The largest CSV export accepted in one import, in characters. */
const MAX_IMPORT = 2_000_000;

/** The instruments a needs review uses: the city's own, then the needs-analysis ones. */
function reviewInstruments(kit: RouteKit): Instrument[] {
  const all = [
    tcnQuestionnaire,
    staffNeedsQuestionnaire,
    stakeholderQuestionnaire,
    ...kit.portal.instruments.map((i) => i.instrument),
    staffSelfAssessment,
  ];
  return all.filter((instrument, i) => all.findIndex((x) => x.id === instrument.id) === i);
}

/** A mapping for an export whose columns are named by the item ids (the form's starting point). */
export function exampleMapping(instrument: Instrument): ResponseMapping {
  const items: Record<string, ResponseMapping['items'][string]> = {};
  for (const item of instrument.sections.flatMap((s) => s.items)) {
    if (item.type === 'multiple-choice') items[item.id] = { column: item.id, separator: ' ' };
    else if (item.type === 'ranking')
      items[item.id] = {
        ranks: (item.options ?? []).map((_o, i) => `${item.id}_${i + 1}`),
      };
    else items[item.id] = item.id;
  }
  return {
    respondent: 'respondent',
    locale: 'language',
    phase: 'baseline',
    submittedAt: { column: 'submitted', offset: 'Z' },
    items,
  };
}

function formOf(body: unknown): Form {
  if (typeof body !== 'object' || body === null) return {};
  const form: Form = {};
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (typeof value === 'string') form[name] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      form[name] = value.slice(0, 200) as string[];
  }
  return form;
}

/**
 * A report download with the note of decision 0023 when accounts were erased since it was built
 * whose answers it still counts: after the title (HTML, Markdown), or as a last row of its own
 * section (CSV: `erasures`, the count as its value, the note as its note).
 */
function withErasureNote(
  format: string,
  body: string,
  erased: number,
  builtAt: Date,
  locale: string,
  portal: RouteKit['portal'],
): string {
  if (erased <= 0) return body;
  const words = wordsFor(locale, portal.city.defaultLanguage);
  const note = words.plain('results.erasedSince', {
    date: words.date(builtAt.toISOString().slice(0, 10)),
    n: words.number(erased),
  });
  if (format === 'html')
    return body.replace('</h1>', `</h1>\n<p class="notice" role="note">${escapeHtml(note)}</p>`);
  if (format === 'md') return body.replace('\n', `\n\n> ${note}\n`);
  const newline = body.includes('\r\n') ? '\r\n' : '\n';
  const row = `erasures,,,,,accounts-erased-since,${erased},,"${note.replaceAll('"', '""')}"`;
  return `${body.replace(/\r?\n$/, '')}${newline}${row}${newline}`;
}

export async function registerNeedsRoutes(app: FastifyInstance, kit: RouteKit): Promise<void> {
  const { cityId, store, portal, base } = kit;
  Object.assign(kit.done, {
    'needs-started': 'needs.done.started',
    'needs-exists': 'needs.done.exists',
    'needs-saved': 'needs.done.saved',
    'needs-report': 'needs.done.report',
  });
  const instruments = reviewInstruments(kit);
  const codes = guideCodes([
    needsAnalysisGuides.interviewStaff,
    needsAnalysisGuides.interviewThirdCountryNationals,
    needsAnalysisGuides.interviewStakeholders,
    needsAnalysisGuides.focusGroupProtocol,
  ]);
  const competenceIds = new Set(portal.framework.competences.map((c) => c.id));
  const languageNames = Object.fromEntries(
    PAGE_LANGUAGES.map((l) => [l, wordsFor(l, 'en').plain('lang.name')]),
  );
  const selfAssessment = portal.instruments.find(
    (i) => i.purpose === 'self-assessment',
  )?.instrument;

  const coordinator = (request: FastifyRequest, reply: FastifyReply) =>
    kit.requireRole(request, reply, COORDINATING);
  const load = async () => {
    const stored = await store.needsReviews.get(cityId, REVIEW);
    return (
      stored && {
        study: stored.study as unknown as NeedsStudy,
        plan: stored.plan as unknown as PlanItem[],
      }
    );
  };
  /** Without a review, every part but the start page sends the coordinator there. */
  const loadOrStart = async (reply: FastifyReply) => {
    const review = await load();
    if (!review) void reply.redirect(`${base}/needs`, 303);
    return review;
  };

  app.get('/needs', async (request, reply) => {
    if (!coordinator(request, reply)) return reply;
    const ctx = kit.context(request, reply, '/needs');
    const review = await load();
    return kit.send(
      reply,
      ctx,
      'needs.title',
      review ? planPage(ctx, review.study, review.plan) : startPage(ctx),
    );
  });

  app.post('/needs/start', { preValidation: app.csrfProtection }, async (request, reply) => {
    if (!coordinator(request, reply)) return reply;
    const ctx = kit.context(request, reply, '/needs');
    const form = formOf(request.body);
    const started = startReview(
      { id: cityId, name: portal.city.name, country: portal.city.country },
      portal.framework,
      needsAnalysisGuides.deskResearchChecklist,
      form,
      ctx.words.lang,
    );
    if (!started.ok) {
      const state: FormState = { form: 'start', values: form, problems: started.problems };
      return kit.send(reply, ctx, 'needs.title', startPage(ctx, state), undefined, 400);
    }
    const created = await store.needsReviews.update(cityId, REVIEW, (current) =>
      current
        ? { result: false }
        : { study: started.value.study, plan: started.value.plan, result: true },
    );
    return reply.redirect(`${base}/needs?done=${created ? 'needs-started' : 'needs-exists'}`, 303);
  });

  app.post('/needs/plan', { preValidation: app.csrfProtection }, async (request, reply) => {
    if (!coordinator(request, reply)) return reply;
    const review = await loadOrStart(reply);
    if (!review) return reply;
    const form = formOf(request.body);
    const outcome = await store.needsReviews.update(cityId, REVIEW, (current) => {
      const next = addPlanItem((current?.plan ?? []) as unknown as PlanItem[], form);
      return next.ok && current
        ? { study: current.study, plan: next.value, result: next }
        : { result: next };
    });
    if (outcome.ok) return reply.redirect(`${base}/needs?done=needs-saved`, 303);
    const ctx = kit.context(request, reply, '/needs');
    const state: FormState = { form: 'plan', values: form, problems: outcome.problems };
    return kit.send(
      reply,
      ctx,
      'needs.title',
      planPage(ctx, review.study, review.plan, state),
      undefined,
      400,
    );
  });

  app.post<{ Params: { item: string } }>(
    '/needs/plan/:item',
    { preValidation: app.csrfProtection },
    async (request, reply) => {
      if (!coordinator(request, reply)) return reply;
      const review = await loadOrStart(reply);
      if (!review) return reply;
      const itemId = request.params.item;
      if (!/^plan-\d{1,6}$/.test(itemId)) return reply.callNotFound();
      const form = formOf(request.body);
      const outcome = await store.needsReviews.update(cityId, REVIEW, (current) => {
        const next = changePlanItem((current?.plan ?? []) as unknown as PlanItem[], itemId, form);
        return next?.ok && current
          ? { study: current.study, plan: next.value, result: next }
          : { result: next };
      });
      if (!outcome) return reply.callNotFound();
      if (outcome.ok) return reply.redirect(`${base}/needs?done=needs-saved`, 303);
      const ctx = kit.context(request, reply, '/needs');
      const state: FormState = { form: 'plan', values: form, problems: outcome.problems };
      return kit.send(
        reply,
        ctx,
        'needs.title',
        planPage(ctx, review.study, review.plan, state),
        undefined,
        400,
      );
    },
  );

  app.get('/needs/evidence', async (request, reply) => {
    if (!coordinator(request, reply)) return reply;
    const review = await loadOrStart(reply);
    if (!review) return reply;
    const ctx = kit.context(request, reply, '/needs/evidence');
    return kit.send(reply, ctx, 'needs.section.evidence', evidencePage(ctx, review.study));
  });

  /** A change of the study from a form: stored, or the page again with the form's problems. */
  const changeStudy = (
    path: string,
    form: string,
    change: (study: NeedsStudy, values: Form, lang: string) => ReturnType<typeof addSource>,
    page: (
      ctx: ReturnType<RouteKit['context']>,
      study: NeedsStudy,
      state: FormState,
    ) => ReturnType<typeof evidencePage>,
    title: 'needs.section.evidence' | 'needs.findings.title',
  ) =>
    app.post(path, { preValidation: app.csrfProtection }, async (request, reply) => {
      if (!coordinator(request, reply)) return reply;
      const review = await loadOrStart(reply);
      if (!review) return reply;
      const ctx = kit.context(request, reply, path);
      const values = formOf(request.body);
      const outcome = await store.needsReviews.update<ReturnType<typeof addSource> | undefined>(
        cityId,
        REVIEW,
        (current) => {
          if (!current) return { result: undefined };
          const next = change(current.study as unknown as NeedsStudy, values, ctx.words.lang);
          return next.ok
            ? { study: next.value, plan: current.plan, result: next }
            : { result: next };
        },
      );
      if (!outcome) return reply.redirect(`${base}/needs`, 303);
      const back = path.split('/').slice(0, 3).join('/');
      if (outcome.ok)
        return reply.redirect(
          `${base}${back === '/needs/sources' || back === '/needs/sessions' ? '/needs/evidence' : back}?done=needs-saved`,
          303,
        );
      const state: FormState = { form, values, problems: outcome.problems };
      return kit.send(reply, ctx, title, page(ctx, review.study, state), undefined, 400);
    });

  changeStudy('/needs/sources', 'source', addSource, evidencePage, 'needs.section.evidence');
  changeStudy(
    '/needs/sessions',
    'session',
    (study, values, lang) => addSession(study, values, lang, portal.city.languages),
    evidencePage,
    'needs.section.evidence',
  );

  app.get('/needs/findings', async (request, reply) => {
    if (!coordinator(request, reply)) return reply;
    const review = await loadOrStart(reply);
    if (!review) return reply;
    const ctx = kit.context(request, reply, '/needs/findings');
    return kit.send(reply, ctx, 'needs.findings.title', findingsPage(ctx, review.study, codes));
  });
  changeStudy(
    '/needs/findings',
    'finding',
    (study, values, lang) => addFinding(study, values, lang, { competences: competenceIds, codes }),
    (ctx, study, state) => findingsPage(ctx, study, codes, state),
    'needs.findings.title',
  );

  const instrumentChoices = (ctx: ReturnType<RouteKit['context']>) =>
    instruments.map((i) => ({ id: i.id, title: ctx.words.text(i.title) }));
  const mappingText = JSON.stringify(exampleMapping(instruments[0]!), null, 2);

  app.get('/needs/import', async (request, reply) => {
    if (!coordinator(request, reply)) return reply;
    const review = await loadOrStart(reply);
    if (!review) return reply;
    const ctx = kit.context(request, reply, '/needs/import');
    return kit.send(
      reply,
      ctx,
      'needs.import.title',
      importPage(ctx, review.study, {
        instruments: instrumentChoices(ctx),
        mappingExample: mappingText,
      }),
    );
  });

  app.post(
    '/needs/import',
    { preValidation: app.csrfProtection, bodyLimit: 3 * MAX_IMPORT },
    async (request, reply) => {
      if (!coordinator(request, reply)) return reply;
      const review = await loadOrStart(reply);
      if (!review) return reply;
      const ctx = kit.context(request, reply, '/needs/import');
      const values = formOf(request.body);
      const problems: FormState['problems'] = [];
      const instrument = instruments.find((i) => i.id === field(values, 'instrument'));
      if (!instrument)
        problems.push({
          field: 'instrument',
          code: field(values, 'instrument') ? 'invalid' : 'required',
        });
      const group = GROUPS.find((g) => g === field(values, 'group'));
      if (!group)
        problems.push({ field: 'group', code: field(values, 'group') ? 'invalid' : 'required' });
      const delimiterField = field(values, 'delimiter') ?? ',';
      const delimiter = delimiterField === 'tab' ? '\t' : delimiterField;
      if (![',', ';', '\t'].includes(delimiter))
        problems.push({ field: 'delimiter', code: 'invalid' });
      const csv = field(values, 'csv') ?? '';
      if (!csv.trim()) problems.push({ field: 'csv', code: 'required' });
      else if (csv.length > MAX_IMPORT) problems.push({ field: 'csv', code: 'invalid' });
      const mappingText = field(values, 'mapping') ?? '';
      if (!mappingText.trim()) problems.push({ field: 'mapping', code: 'required' });
      const page = (
        status: number,
        extra: Parameters<typeof importPage>[2] extends infer O ? Partial<O> : never,
      ) =>
        kit.send(
          reply,
          ctx,
          'needs.import.title',
          importPage(ctx, review.study, {
            instruments: instrumentChoices(ctx),
            mappingExample: mappingText,
            ...extra,
          }),
          undefined,
          status,
        );
      if (problems.length || !instrument || !group)
        return page(400, { state: { form: 'import', values, problems } });
      let mapping: ResponseMapping;
      try {
        mapping = JSON.parse(mappingText) as ResponseMapping;
      } catch (error) {
        return page(400, {
          state: { form: 'import', values, problems: [{ field: 'mapping', code: 'invalid' }] },
          problem: ctx.words.t('needs.import.badJson', { message: (error as Error).message }),
        });
      }
      let outcome;
      try {
        outcome = importResponses(csv, mapping, instrument, {
          delimiter,
          framework: portal.framework,
          limits: { maxRows: 20_000, maxSize: MAX_IMPORT },
        });
      } catch (error) {
        // A mapping that does not fit the instrument: a TypeError that names the field.
        if (!(error instanceof TypeError)) throw error;
        return page(400, {
          state: { form: 'import', values, problems: [{ field: 'mapping', code: 'invalid' }] },
          problem: ctx.words.t('needs.import.badMapping', { message: error.message }),
        });
      }
      if (outcome.responses.length > 0)
        await store.needsReviews.update(cityId, REVIEW, (current) =>
          current
            ? {
                study: mergeImported(
                  current.study as unknown as NeedsStudy,
                  instrument,
                  group,
                  outcome.responses,
                ),
                plan: current.plan,
                result: undefined,
              }
            : { result: undefined },
        );
      const after = (await load()) ?? review;
      return kit.send(
        reply,
        ctx,
        'needs.import.title',
        importPage(ctx, after.study, {
          instruments: instrumentChoices(ctx),
          mappingExample: mappingText,
          result: {
            imported: outcome.responses.length,
            skipped: outcome.skippedRows,
            issues: outcome.issues.map((i) => ({
              line: i.line,
              column: i.column,
              code: i.code,
              message: i.message,
            })),
          },
        }),
        undefined,
        outcome.responses.length > 0 || outcome.issues.length === 0 ? 200 : 422,
      );
    },
  );

  const reportsView = async (
    request: FastifyRequest,
    reply: FastifyReply,
    problem?: ReturnType<typeof html>,
    status = 200,
  ) => {
    const ctx = kit.context(request, reply, '/needs/reports');
    const reports = await store.needsReviews.listReports(cityId, REVIEW);
    return kit.send(
      reply,
      ctx,
      'needs.reports.title',
      reportsPage(ctx, reports, { minGroupSize: portal.city.anonymity.minGroupSize, problem }),
      undefined,
      status,
    );
  };
  app.get('/needs/reports', async (request, reply) => {
    if (!coordinator(request, reply)) return reply;
    if (!(await loadOrStart(reply))) return reply;
    return reportsView(request, reply);
  });

  // The salt of the pseudonyms staff answers get in a report: random per process start would
  // give a person a new pseudonym in each report; derived from the city's CSRF secret it stays
  // the same across a deployment's processes and never leaves the server.
  const salt = `${cityId}:${kit.options.secret ?? randomBytes(32).toString('base64url')}`;

  app.post('/needs/reports', { preValidation: app.csrfProtection }, async (request, reply) => {
    const account = coordinator(request, reply);
    if (!account) return reply;
    const review = await loadOrStart(reply);
    if (!review) return reply;
    const ctx = kit.context(request, reply, '/needs/reports');
    const submitted = selfAssessment
      ? (await store.responses.listForInstrument(cityId, selfAssessment.id)).filter(
          (r) => r.instrumentVersion === selfAssessment.version,
        )
      : [];
    const openings = [];
    for (const opening of await store.questionnaires.list(cityId)) {
      const instrument = instruments.find(
        (i) => i.id === opening.instrumentId && i.version === opening.instrumentVersion,
      );
      if (instrument)
        openings.push({
          instrument,
          answers: await store.questionnaires.listAnswers(cityId, opening.questionnaireId),
        });
    }
    const study = withPortalAnswers(
      studyForReport(review.study, selfAssessment, submitted, salt),
      openings,
    );
    const parsed = parseNeedsStudy(study, { framework: portal.framework, instruments });
    if (!parsed.ok) {
      const first = parsed.issues[0]!;
      return reportsView(
        request,
        reply,
        ctx.words.t('needs.invalidStudy', { message: first.message, path: first.path || '/' }),
        409,
      );
    }
    const report = buildNeedsReport(parsed.value, portal.framework, portal.city.defaultLanguage, {
      instruments,
      minGroupSize: portal.city.anonymity.minGroupSize,
    });
    // Checked against every earlier report of the review, in the store's transaction (decision
    // 0023): a group changed by fewer than the threshold would be given away by the difference.
    const k = portal.city.anonymity.minGroupSize;
    const ledger = needsLedger(parsed.value, `${cityId}:${kit.options.secret ?? ''}`);
    let stored;
    try {
      stored = await store.needsReviews.publishReport(cityId, REVIEW, report, {
        ledger,
        accept: (earlier) => mayFollow(ledger, earlier, k),
      });
    } catch (error) {
      if (!(error instanceof NeedsReportRefused)) throw error;
      await store.audit.record(cityId, {
        actorId: account.accountId,
        action: 'release-refused',
        subject: `${REVIEW}: differencing`,
      });
      return reportsView(request, reply, ctx.words.t('needs.reports.tooFewChanged', { k }), 409);
    }
    await store.audit.record(cityId, {
      actorId: account.accountId,
      action: 'needs-report-built',
      subject: `${REVIEW}#${stored.sequence}`,
    });
    return reply.redirect(`${base}/needs/reports?done=needs-report`, 303);
  });

  const reportOf = async (sequence: string) => {
    if (!/^[1-9]\d{0,8}$/.test(sequence)) return undefined;
    const stored = await store.needsReviews.getReport(cityId, REVIEW, Number(sequence));
    if (!stored) return undefined;
    const parsed = parseNeedsReport(stored.report);
    if (!parsed.ok)
      throw new Error(`Stored needs report ${sequence} is not valid: ${parsed.issues[0]?.message}`);
    return { ...stored, report: parsed.value as NeedsReport };
  };

  app.get<{ Params: { sequence: string } }>('/needs/reports/:sequence', async (request, reply) => {
    if (!coordinator(request, reply)) return reply;
    const stored = await reportOf(request.params.sequence);
    if (!stored) return reply.callNotFound();
    const ctx = kit.context(request, reply, '/needs/reports');
    return kit.send(
      reply,
      ctx,
      'needs.reports.title',
      reportPage(ctx, {
        sequence: stored.sequence,
        builtAt: stored.builtAt.toISOString().slice(0, 10),
        report: stored.report,
        languages: languageNames,
        erasedSince: await store.erasures.answeredBeforeErasedAfter(cityId, stored.builtAt),
      }),
      'needs-report',
    );
  });

  app.get<{ Params: { sequence: string; format: string }; Querystring: { in?: string } }>(
    '/needs/reports/:sequence/report.:format',
    async (request, reply) => {
      const account = coordinator(request, reply);
      if (!account) return reply;
      const format = request.params.format;
      if (!Object.hasOwn(REPORT_FORMATS, format)) return reply.callNotFound();
      const stored = await reportOf(request.params.sequence);
      if (!stored) return reply.callNotFound();
      const wanted = typeof request.query.in === 'string' ? request.query.in : undefined;
      const locale =
        wanted && portal.city.languages.includes(wanted) ? wanted : portal.city.defaultLanguage;
      const name = `needs-report-${cityId}-${stored.sequence}-${locale}.${format}`;
      await store.audit.record(cityId, {
        actorId: account.accountId,
        action: 'needs-report-downloaded',
        subject: `${REVIEW}#${stored.sequence} ${format} ${locale}`,
      });
      const [type, body] =
        format === 'html'
          ? ['text/html; charset=utf-8', renderNeedsReportHtml(stored.report, { locale })]
          : format === 'md'
            ? ['text/markdown; charset=utf-8', renderNeedsReportMarkdown(stored.report, { locale })]
            : ['text/csv; charset=utf-8', renderNeedsReportCsv(stored.report)];
      const erased = await store.erasures.answeredBeforeErasedAfter(cityId, stored.builtAt);
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('x-content-type-options', 'nosniff')
        .type(type)
        .send(withErasureNote(format, body, erased, stored.builtAt, locale, portal));
    },
  );
}
