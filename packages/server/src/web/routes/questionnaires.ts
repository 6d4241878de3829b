// Questionnaires for people without an account. A city's needs review asks residents (migrants
// and other third-country nationals, partners) how its offices serve them: a coordinator opens
// a needs-analysis instrument for a period under an unguessable public link, prints a poster
// with its QR code, and types in answers given on paper (assisted mode). Respondents choose a
// language, read a plain consent notice, and answer with <ck-questionnaire>; the answer is
// checked by the response schema and `parseResponse`, and stored anonymously: a random answer
// id and respondent id, the day only, the language and how it was given. No address, browser
// or account is stored with it; who typed in paper answers is in the audit log only.
import { randomBytes } from 'node:crypto';
import {
  stakeholderQuestionnaire,
  staffNeedsQuestionnaire,
  tcnQuestionnaire,
} from '@competence-kit/framework-intercultural';
import { parseResponse } from '@competence-kit/scoring';
import { toIssues, type Instrument } from '@competence-kit/schemas';
import { validateResponse } from '@competence-kit/schemas/validators';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { JsonValue } from '../../store/database.js';
import { GroupCommit, groupCommitTurns } from '../../store/index.js';
import type { AnswerSubmission, Repositories } from '../../store/index.js';
import { newPublicId, type StoredQuestionnaire } from '../../store/questionnaires.js';
import type { Html } from '../html.js';
import { negotiateLanguage, wordsFor } from '../i18n.js';
import {
  KEY_REUSED,
  MALFORMED_KEY,
  idempotencyKeyOf,
  requestHash,
  refuseOnce,
  sendSubmitted,
  storeOnce,
  submitOnce,
  type Acknowledgement,
} from '../idempotency.js';
import { field, type RouteKit } from '../kit.js';
import { cityToday, isDay } from '../days.js';
import type { MessageKey } from '../messages/catalogue.js';
import { COORDINATING, type PageContext } from '../page.js';
import {
  assistedPage,
  consentPage,
  languagePage,
  listPage,
  noticePage,
  posterPage,
  questionnairePage,
  type OpenForm,
  type OpenProblems,
  type QuestionnaireStatus,
} from '../pages/questionnaires.js';
import {
  isRespondentLanguage,
  respondentText,
  type RespondentKey,
  type RespondentLanguage,
} from '../respondent-words.js';

/** A public id: 16 random bytes in base64url. */
const PUBLIC_ID = /^[A-Za-z0-9_-]{22}$/;
const MAX_TITLE = 200;
/** Answers one address may send to one questionnaire in ten minutes. */
const SUBMISSIONS = 20;
const SUBMISSION_WINDOW = 10 * 60_000;
/** A calendar day written the language's way. */
const dateIn = (lang: string, day: string) => wordsFor(lang, 'en').date(day);

/** The needs-analysis instruments: those the city file lists, else the shipped three. */
export function questionnaireInstruments(kit: Pick<RouteKit, 'portal'>): Instrument[] {
  const listed = kit.portal.instruments
    .filter((i) => i.purpose === 'needs-analysis')
    .map((i) => i.instrument);
  const all =
    listed.length > 0
      ? listed
      : [tcnQuestionnaire, staffNeedsQuestionnaire, stakeholderQuestionnaire];
  return all.filter((instrument, i) => all.findIndex((x) => x.id === instrument.id) === i);
}

/** The opening's status on `today`. */
export function statusOf(q: StoredQuestionnaire, today: string): QuestionnaireStatus {
  if (q.closedAt || today > q.closesOn) return 'closed';
  return today < q.opensOn ? 'scheduled' : 'open';
}

/** Which form languages a request asks for: `language` fields, one or many. */
function languagesOf(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const value = (body as Record<string, unknown>).languages;
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string').slice(0, 20);
}

export async function registerQuestionnairesRoutes(
  app: FastifyInstance,
  kit: RouteKit,
): Promise<void> {
  const { cityId, store, portal, base } = kit;
  const now = kit.options.now ?? (() => new Date());
  const instruments = questionnaireInstruments(kit);
  /** Today in the city's time zone (YYYY-MM-DD). */
  const today = cityToday(portal.city.timezone, now);
  Object.assign(kit.done, {
    'questionnaire-opened': 'questionnaires.done.opened',
    'questionnaire-closed': 'questionnaires.done.closed',
    'questionnaire-already': 'questionnaires.done.already',
    'answers-entered': 'questionnaires.done.entered',
  } satisfies Record<string, MessageKey>);

  const instrumentOf = (q: StoredQuestionnaire) =>
    instruments.find((i) => i.id === q.instrumentId && i.version === q.instrumentVersion);
  /** The opening named by a path's id, in this city; undefined for anything else. */
  const find = async (id: string) =>
    PUBLIC_ID.test(id) ? await store.questionnaires.get(cityId, id) : undefined;
  const requireCoordinator = (request: FastifyRequest, reply: FastifyReply) =>
    kit.requireRole(request, reply, COORDINATING);

  /** The absolute link of an opening: from `publicOrigin`, else the request's own host. */
  const publicUrl = (request: FastifyRequest, id: string): string | undefined => {
    const at = kit.publicBase(request);
    return at === undefined ? undefined : `${at}/q/${id}`;
  };

  // --- Coordinators: open, list, close, poster, assisted entry ---

  const listView = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: OpenForm = {},
    problems: OpenProblems = {},
    status = 200,
  ) => {
    const ctx = kit.context(request, reply, '/needs/questionnaires');
    const day = today();
    const items = (await store.questionnaires.list(cityId)).map((q) => ({
      questionnaire: q,
      instrument: instrumentOf(q),
      status: statusOf(q, day),
      url: publicUrl(request, q.questionnaireId) ?? `${base}/q/${q.questionnaireId}`,
    }));
    const page = listPage(ctx, { items, instruments, form, problems, today: day });
    return kit.send(reply, ctx, 'questionnaires.title', page, undefined, status);
  };

  app.get('/needs/questionnaires', async (request, reply) => {
    if (!requireCoordinator(request, reply)) return reply;
    return listView(request, reply);
  });

  app.post(
    '/needs/questionnaires',
    { preValidation: app.csrfProtection },
    async (request, reply) => {
      const coordinator = requireCoordinator(request, reply);
      if (!coordinator) return reply;
      const form: OpenForm = {
        instrument: (field(request.body, 'instrument') ?? '').slice(0, 300),
        title: (field(request.body, 'title') ?? '').trim().slice(0, 1000),
        opensOn: (field(request.body, 'opensOn') ?? '').trim().slice(0, 20),
        closesOn: (field(request.body, 'closesOn') ?? '').trim().slice(0, 20),
        languages: languagesOf(request.body),
      };
      const problems: OpenProblems = {};
      const instrument = instruments.find((i) => i.id === form.instrument);
      if (!instrument) problems.instrument = 'questionnaires.error.instrument';
      if (!form.title || form.title.length > MAX_TITLE)
        problems.title = 'questionnaires.error.label';
      if (!isDay(form.opensOn!)) problems.opensOn = 'questionnaires.error.date';
      if (!isDay(form.closesOn!)) problems.closesOn = 'questionnaires.error.date';
      else if (!problems.opensOn && form.closesOn! < form.opensOn!)
        problems.closesOn = 'questionnaires.error.period';
      const languages = instrument
        ? instrument.locales.filter((l) => form.languages!.includes(l))
        : [];
      if (
        languages.length === 0 ||
        (instrument && form.languages!.some((l) => !instrument.locales.includes(l)))
      )
        problems.languages = 'questionnaires.error.languages';
      if (Object.keys(problems).length > 0 || !instrument)
        return listView(request, reply, form, problems, 400);
      const opened = await store.questionnaires.open(cityId, {
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        title: form.title!,
        languages,
        opensOn: form.opensOn!,
        closesOn: form.closesOn!,
      });
      await store.audit.record(cityId, {
        actorId: coordinator.accountId,
        action: 'questionnaire-opened',
        subject: opened.questionnaireId,
      });
      return reply.redirect(`${base}/needs/questionnaires?done=questionnaire-opened`, 303);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/needs/questionnaires/:id/close',
    { preValidation: app.csrfProtection },
    async (request, reply) => {
      const coordinator = requireCoordinator(request, reply);
      if (!coordinator) return reply;
      const q = await find(request.params.id);
      if (!q) return reply.callNotFound();
      const closed = await store.questionnaires.close(cityId, q.questionnaireId);
      if (closed)
        await store.audit.record(cityId, {
          actorId: coordinator.accountId,
          action: 'questionnaire-closed',
          subject: q.questionnaireId,
        });
      const done = closed ? 'questionnaire-closed' : 'questionnaire-already';
      return reply.redirect(`${base}/needs/questionnaires?done=${done}`, 303);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/needs/questionnaires/:id/poster',
    async (request, reply) => {
      if (!requireCoordinator(request, reply)) return reply;
      const q = await find(request.params.id);
      const instrument = q && instrumentOf(q);
      if (!q || !instrument) return reply.callNotFound();
      const url = publicUrl(request, q.questionnaireId);
      if (!url)
        return reply
          .code(400)
          .type('text/plain; charset=utf-8')
          .send('The request names no usable host: set the publicOrigin option.');
      const ctx = kit.context(request, reply, `/needs/questionnaires/${q.questionnaireId}/poster`);
      const page = posterPage(ctx, {
        questionnaire: q,
        instrument,
        languages: q.languages.filter(isRespondentLanguage),
        url,
      });
      return kit.send(reply, ctx, 'questionnaires.poster.title', page);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/needs/questionnaires/:id/assisted',
    async (request, reply) => {
      if (!requireCoordinator(request, reply)) return reply;
      const q = await find(request.params.id);
      const instrument = q && instrumentOf(q);
      if (!q || !instrument) return reply.callNotFound();
      const path = `/needs/questionnaires/${q.questionnaireId}/assisted`;
      const ctx = kit.context(request, reply, path);
      const wanted = (request.query as Record<string, unknown>).form;
      const lang =
        typeof wanted === 'string' && q.languages.includes(wanted)
          ? wanted
          : q.languages.includes(ctx.words.lang)
            ? ctx.words.lang
            : q.languages[0]!;
      const open = statusOf(q, today()) === 'open';
      const page = assistedPage(ctx, {
        questionnaire: q,
        instrument,
        lang,
        open,
        submitUrl: `${base}${path}?form=${encodeURIComponent(lang)}`,
        doneUrl: `${base}/needs/questionnaires?done=answers-entered`,
      });
      return kit.send(
        reply,
        ctx,
        'questionnaires.assisted.title',
        page,
        open ? 'questionnaire' : undefined,
        open ? 200 : 409,
      );
    },
  );

  // --- Answers: the respondents' own, and those typed in from paper ---

  /** The respondent language a request names or prefers, among the opening's languages. */
  const languageFor = (request: FastifyRequest, q: StoredQuestionnaire | undefined) => {
    const offered = (q?.languages ?? []).filter(isRespondentLanguage);
    const query = (request.query as Record<string, unknown>).lang;
    const fallback: RespondentLanguage =
      offered[0] ??
      (isRespondentLanguage(portal.city.defaultLanguage) ? portal.city.defaultLanguage : 'en');
    const lang = negotiateLanguage(offered.length > 0 ? offered : [fallback], fallback, {
      query: typeof query === 'string' ? query : undefined,
      acceptLanguage: request.headers['accept-language'],
    });
    return isRespondentLanguage(lang) ? lang : fallback;
  };

  /** A refusal's acknowledgement: a JSON body in the respondent's language. */
  const refusal = (
    status: number,
    lang: RespondentLanguage,
    code: string,
    key: RespondentKey,
    extra: Record<string, unknown> = {},
    params: Record<string, string | number> = {},
  ): Acknowledgement => ({
    status,
    body: { code, message: respondentText(lang, key, params), ...extra } as JsonValue,
  });

  /** Sends a refusal (see `refusal`). */
  const refuse = (reply: FastifyReply, ...args: Parameters<typeof refusal>) => {
    const { status, body } = refusal(...args);
    return reply.code(status).send(body);
  };

  /**
   * Errors before the handler (too many answers, an expired CSRF token, a body the response
   * schema refuses) as JSON in the respondent's language, with the schema's paths.
   */
  const answerErrors =
    (langOf: (request: FastifyRequest) => Promise<RespondentLanguage>) =>
    async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const lang = await langOf(request);
      const status = error.statusCode ?? 500;
      if (status === 429) {
        const ttl = Number((error as { ttl?: unknown }).ttl) || SUBMISSION_WINDOW;
        return refuse(
          reply,
          429,
          lang,
          'rate-limited',
          'error.limited',
          {},
          {
            minutes: Math.max(1, Math.ceil(ttl / 60_000)),
          },
        );
      }
      if (error.code?.startsWith('FST_CSRF'))
        return refuse(reply, 403, lang, 'csrf', 'error.expired');
      if (error.validation)
        return refuse(reply, 400, lang, 'invalid-response', 'error.invalid', {
          issues: toIssues(error.validation as never),
        });
      if (status < 500) return refuse(reply, status, lang, 'bad-request', 'error.failed');
      request.log.error(error);
      return refuse(reply, 500, lang, 'server-error', 'error.failed');
    };
  /** The respondent's language, for errors before the handler. */
  const respondentLang = async (request: FastifyRequest) => {
    const id = (request.params as { id?: string }).id ?? '';
    return languageFor(request, PUBLIC_ID.test(id) ? await find(id) : undefined);
  };
  /** The coordinator's page language, for the errors of assisted entry. */
  const staffLang = (request: FastifyRequest): RespondentLanguage => {
    const lang = negotiateLanguage(portal.city.languages, portal.city.defaultLanguage, {
      cookie: request.cookies['ck-lang'],
      acceptLanguage: request.headers['accept-language'],
    });
    return isRespondentLanguage(lang) ? lang : 'en';
  };

  /** Answers stored together while a write is in flight (group commit, decision 0025). */
  const answerWrites = new GroupCommit(
    (items: AnswerSubmission[]) => store.submissions.storeAnswers(cityId, items),
    {
      keyOf: (item) => item.claim && `${item.claim.scope}\n${item.claim.key}`,
      turnFirst: groupCommitTurns(store.info),
    },
  );

  /**
   * Checks an answer against the opening and its instrument, stores it and sends the reply:
   * `next` names the page to go to. With an Idempotency-Key (decision 0022) a retry repeats the
   * first acknowledgement, even when the opening has closed since. The answer is stored with its
   * key by one statement, grouped with the answers arriving meanwhile (decision 0025); with
   * `also`, the checks, the answer and `also` run in one transaction with the key (0022).
   */
  const storeAnswer = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    q: StoredQuestionnaire | undefined,
    mode: 'self' | 'assisted',
    /** The language answered in, and the language of the messages. */
    answered: RespondentLanguage,
    lang: RespondentLanguage,
    next: (q: StoredQuestionnaire) => string,
    also?: (repositories: Repositories, q: StoredQuestionnaire) => Promise<void>,
  ) => {
    const keyHeader = idempotencyKeyOf(request);
    if (keyHeader.malformed)
      return refuse(reply, 400, lang, 'invalid-idempotency-key', 'error.failed', {
        detail: MALFORMED_KEY,
      });
    const instrument = q && instrumentOf(q);
    if (!q || !instrument)
      return reply
        .code(404)
        .send({ code: 'not-found', message: respondentText(lang, 'closed.title') });
    const claim =
      keyHeader.key === undefined
        ? undefined
        : {
            scope: `q/${q.questionnaireId}`,
            key: keyHeader.key,
            // How and in which language it was given are part of the request.
            requestHash: requestHash({ mode, answered, body: request.body }),
          };
    /** The checks of the opening and the answers: a refusal, or the answer to store. */
    const checked = ():
      { refusal: Acknowledgement } | { response: Record<string, unknown>; day: string } => {
      const status = statusOf(q, today());
      if (status === 'closed') return { refusal: refusal(410, lang, 'closed', 'closed.text') };
      if (status === 'scheduled')
        return {
          refusal: refusal(
            409,
            lang,
            'not-yet-open',
            'notYet.text',
            {},
            {
              date: dateIn(lang, q.opensOn),
            },
          ),
        };
      const parsed = parseResponse(request.body, instrument, portal.framework);
      if (!parsed.ok)
        return {
          refusal: refusal(400, lang, 'invalid-response', 'error.invalid', {
            issues: parsed.issues,
          }),
        };
      const day = today();
      // Only the answers are kept from what the page sent: the respondent id is drawn here,
      // the time of day is dropped, and nothing about the person or the device is added.
      const response = {
        instrument: { id: instrument.id, version: instrument.version },
        respondent: `r-${randomBytes(12).toString('hex')}`,
        ...(instrument.audience && /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(instrument.audience)
          ? { group: instrument.audience }
          : {}),
        territory: cityId,
        phase: 'baseline',
        locale: answered,
        submittedAt: `${day}T00:00:00Z`,
        answers: parsed.value.answers,
      };
      return { response, day };
    };
    let submitted;
    if (also) {
      // With something to do beside the answer, in its transaction (decision 0022).
      submitted = await submitOnce(store, cityId, claim, async (repositories) => {
        const found = checked();
        if ('refusal' in found) return found.refusal;
        await repositories.questionnaires.addAnswer(cityId, q.questionnaireId, {
          response: found.response,
          submittedAt: found.day,
          mode,
          language: answered,
        });
        await also(repositories, q);
        return { status: 201, body: { next: next(q) } };
      });
    } else {
      // The checks first, then key, acknowledgement and answer in one statement, grouped with
      // the answers arriving together (decision 0025); a retry of a stored key is answered
      // from the table even when the opening has closed since.
      const found = checked();
      submitted =
        'refusal' in found
          ? await refuseOnce(store, cityId, claim, found.refusal)
          : await storeOnce(
              store,
              cityId,
              claim,
              { status: 201, body: { next: next(q) } },
              (keyed) =>
                answerWrites.submit({
                  questionnaireId: q.questionnaireId,
                  answerId: newPublicId(),
                  response: found.response,
                  submittedAt: found.day,
                  mode,
                  language: answered,
                  claim: keyed,
                }),
            );
    }
    if (submitted.kind === 'mismatch')
      return refuse(reply, 422, lang, 'idempotency-key-reused', 'error.invalid', {
        detail: KEY_REUSED,
      });
    return sendSubmitted(reply, submitted);
  };

  const answerSchema = {
    bodyLimit: 256 * 1024,
    schema: { body: { $ref: 'https://w3id.org/competence-kit/schemas/response/v1' } },
    validatorCompiler: () => validateResponse,
  };

  app.post<{ Params: { id: string } }>(
    '/q/:id/responses',
    {
      ...answerSchema,
      errorHandler: answerErrors(respondentLang),
      preValidation: app.csrfProtection,
      config: {
        rateLimit: {
          max: SUBMISSIONS,
          timeWindow: SUBMISSION_WINDOW,
          // Per questionnaire and address, in memory: the address is never stored.
          keyGenerator: (request: FastifyRequest) =>
            `q|${cityId}|${String((request.params as { id?: unknown }).id).slice(0, 40)}|${request.ip}`,
          errorResponseBuilder: (_request: FastifyRequest, context: { ttl: number }) => ({
            statusCode: 429,
            code: 'rate-limited',
            ttl: context.ttl,
          }),
        },
      },
    },
    async (request, reply) => {
      const q = await find(request.params.id);
      const lang = languageFor(request, q);
      return storeAnswer(
        request,
        reply,
        q,
        'self',
        lang,
        lang,
        (found) => `${base}/q/${found.questionnaireId}/thanks?lang=${lang}`,
      );
    },
  );

  app.post<{ Params: { id: string } }>(
    '/needs/questionnaires/:id/assisted',
    {
      ...answerSchema,
      errorHandler: answerErrors(async (request) => staffLang(request)),
      preValidation: app.csrfProtection,
    },
    async (request, reply) => {
      const coordinator = requireCoordinator(request, reply);
      if (!coordinator) return reply;
      const q = await find(request.params.id);
      const form = (request.query as Record<string, unknown>).form;
      const answered = q?.languages.find((l) => l === form);
      if (!isRespondentLanguage(answered))
        return reply.code(400).send({
          code: 'invalid-language',
          message: respondentText(staffLang(request), 'error.invalid'),
        });
      return storeAnswer(
        request,
        reply,
        q,
        'assisted',
        answered,
        staffLang(request),
        () => `${base}/needs/questionnaires?done=answers-entered`,
        // Who typed the answers in is recorded here only, never with the answers.
        (repositories, found) =>
          repositories.audit.record(cityId, {
            actorId: coordinator.accountId,
            action: 'answers-entered',
            subject: found.questionnaireId,
          }),
      );
    },
  );

  // --- Respondents' pages: language, consent, questionnaire, thanks ---

  /** The page context of a respondent page: frame and page in the respondent's language. */
  const respondentContext = (
    request: FastifyRequest,
    reply: FastifyReply,
    path: string,
    lang: RespondentLanguage,
    title: RespondentKey,
  ): PageContext => {
    const ctx = kit.context(request, reply, path);
    const words = wordsFor(lang, portal.framework.defaultLocale);
    const titleText = respondentText(lang, title);
    // The layout takes the page title as a message key: this one reads the respondent's text.
    return {
      ...ctx,
      words: {
        ...words,
        plain: (key, params) => (key === RESPONDENT_TITLE ? titleText : words.plain(key, params)),
      },
      flash: undefined,
    };
  };
  const sendRespondent = (
    reply: FastifyReply,
    ctx: PageContext,
    main: Html,
    script?: string,
    status = 200,
  ) => kit.send(reply, ctx, RESPONDENT_TITLE, main, script, status);

  /** The refusal page of a questionnaire that is not open, or undefined when it is. */
  const notOpen = (
    request: FastifyRequest,
    reply: FastifyReply,
    q: StoredQuestionnaire,
    lang: RespondentLanguage,
  ) => {
    const status = statusOf(q, today());
    if (status === 'open') return undefined;
    const key = status === 'closed' ? 'closed' : 'notYet';
    const ctx = respondentContext(request, reply, `/q/${q.questionnaireId}`, lang, `${key}.title`);
    return sendRespondent(
      reply,
      ctx,
      noticePage(ctx, lang, `${key}.title`, `${key}.text`, { date: dateIn(lang, q.opensOn) }),
      undefined,
      status === 'closed' ? 410 : 409,
    );
  };

  app.get<{ Params: { id: string } }>('/q/:id', async (request, reply) => {
    const q = await find(request.params.id);
    const instrument = q && instrumentOf(q);
    if (!q || !instrument) return reply.callNotFound();
    const lang = languageFor(request, q);
    const refused = notOpen(request, reply, q, lang);
    if (refused) return refused;
    const offered = q.languages.filter(isRespondentLanguage);
    const chosen = (request.query as Record<string, unknown>).lang;
    const path = `/q/${q.questionnaireId}`;
    if (offered.length > 1 && !(typeof chosen === 'string' && chosen === lang)) {
      const ctx = respondentContext(request, reply, path, lang, 'choose.title');
      return sendRespondent(reply, ctx, languagePage(ctx, lang, offered, path));
    }
    const ctx = respondentContext(request, reply, path, lang, 'consent.title');
    return sendRespondent(reply, ctx, consentPage(ctx, lang, instrument, path));
  });

  app.get<{ Params: { id: string } }>('/q/:id/answer', async (request, reply) => {
    const q = await find(request.params.id);
    const instrument = q && instrumentOf(q);
    if (!q || !instrument) return reply.callNotFound();
    const lang = languageFor(request, q);
    const refused = notOpen(request, reply, q, lang);
    if (refused) return refused;
    const path = `/q/${q.questionnaireId}`;
    const ctx = respondentContext(request, reply, `${path}/answer`, lang, 'page.title');
    const page = questionnairePage(ctx, lang, instrument, {
      submitUrl: `${base}${path}/responses?lang=${lang}`,
      doneUrl: `${base}${path}/thanks?lang=${lang}`,
    });
    return sendRespondent(reply, ctx, page, 'questionnaire');
  });

  app.get<{ Params: { id: string } }>('/q/:id/thanks', async (request, reply) => {
    const q = await find(request.params.id);
    if (!q) return reply.callNotFound();
    const lang = languageFor(request, q);
    const ctx = respondentContext(request, reply, `/q/${q.questionnaireId}`, lang, 'thanks.title');
    return sendRespondent(reply, ctx, noticePage(ctx, lang, 'thanks.title', 'thanks.text'));
  });
}

/** The message key the respondent pages hand the layout as their title (see respondentContext). */
const RESPONDENT_TITLE: MessageKey = 'questionnaires.title';
