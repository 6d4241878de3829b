import { randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import {
  buildRelease,
  ReleaseRefused,
  type Release,
  type ReleasePlan,
} from '@competence-kit/disclosure';
import { scoreResponse, parseResponse, instrumentForRole } from '@competence-kit/scoring';
import { getRoleProfile } from '@competence-kit/model';
import {
  toIssues,
  type Enrolment,
  type Instrument,
  type LocalizedText,
  type Programme,
  type ProgrammeSession,
} from '@competence-kit/schemas';
import { validateResponse } from '@competence-kit/schemas/validators';
import { recommendPath } from '@competence-kit/training';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Account, Store } from '../store/index.js';
import {
  GroupCommit,
  groupCommitTurns,
  hashSessionToken,
  newSessionToken,
} from '../store/index.js';
import type { ResponseSubmission } from '../store/index.js';
import {
  DEFAULT_COST,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  needsRehash,
  verifyNothing,
  verifyPassword,
  type PasswordCost,
} from './auth/password.js';
import { clientAssets, DEFAULT_CLIENT_DIR, type ClientAssets } from './client-assets.js';
import { html, toString, type Html } from './html.js';
import {
  KEY_REUSED,
  MALFORMED_KEY,
  idempotencyKeyOf,
  requestHash,
  sendSubmitted,
  storeOnce,
} from './idempotency.js';
import { negotiateLanguage, wordsFor, PAGE_LANGUAGES } from './i18n.js';
import type { MessageKey } from './messages/catalogue.js';
import {
  ADMINS,
  COORDINATING,
  layout,
  type PageContext,
  type PortalCity,
  type Viewer,
} from './page.js';
import { auditPage } from './pages/admin.js';
import { cataloguePage, frameworkPage, homePage, privacyPage } from './pages/public.js';
import {
  REFUSALS,
  releasePage,
  resultsPage,
  type ResultsChoice,
  type ReleaseSummary,
} from './pages/results.js';
import {
  accountPage,
  assessmentPage,
  profilePage,
  signInPage,
  type SessionOffer,
} from './pages/staff.js';
import { themeCss } from './theme.js';
import { badRequest, doneCodes, field, type RouteKit } from './kit.js';
import { selfAssessmentResults } from './programme-evaluation-results.js';
import { waitingSection } from './pages/programme.js';
import { registerAdminRoutes } from './routes/admin.js';
import { registerCredentialsRoutes } from './routes/credentials.js';
import { registerEvaluationRoutes } from './routes/evaluation.js';
import { registerNeedsRoutes } from './routes/needs.js';
import { registerOidcRoutes } from './routes/oidc.js';
import { registerInteropRoutes } from './routes/interop.js';
import { registerNetworkRoutes } from './routes/networks.js';
import { registerKnowledgeRoutes } from './routes/knowledge.js';
import { registerProgrammeRoutes } from './routes/programme.js';
import { registerQuestionnairesRoutes } from './routes/questionnaires.js';

/** Options of the {@link competenceKit} plugin. */
export interface CompetenceKitOptions {
  /** The city this registration serves, with its documents (see `PortalCity`). */
  city: PortalCity;
  /** The open store (`openStore` of `@competence-kit/server/store`). */
  store: Store;
  /**
   * Whether cookies carry `Secure` and pages send HSTS. Default true: a city serves its portal
   * over HTTPS. Set false only for `http://localhost` (development, tests).
   */
  secure?: boolean;
  /** How long a sign-in lasts, in hours (default 12: one working day). */
  sessionHours?: number;
  /** Sign-in attempts allowed per address and email in `signInWindowMinutes` (default 10). */
  signInAttempts?: number;
  signInWindowMinutes?: number;
  /** scrypt cost of new password hashes (default: OWASP's N = 2^17, r = 8, p = 1). */
  passwordCost?: PasswordCost;
  /** The folder of the city file: the logo's relative path is resolved from it. */
  cityDirectory?: string;
  /** The built browser files (default: this package's `dist/client`). */
  clientDir?: string;
  /** A link back to a list of cities, when one server hosts several. */
  portalHome?: string;
  /**
   * The key that binds CSRF tokens to a session (HMAC), at least 32 characters. Give the same
   * key to every process of a deployment; by default each process draws its own, so a form
   * opened before a restart has to be sent again.
   */
  secret?: string;
  /**
   * The clock of the pages: which training sessions have taken place (feedback opens then).
   * Default: the system clock. Tests and demonstrations set it to a day inside the programme.
   */
  now?: () => Date;
  /**
   * The origin the public sees this server at (`https://portal.example.org`), for the absolute
   * links and QR codes of questionnaire posters. Default: the request's protocol and host
   * (behind a proxy, set this, or Fastify's `trustProxy`).
   */
  publicOrigin?: string;
  /**
   * Sign-in through the city's OpenID Connect identity provider, beside the local accounts. The
   * sign-in page then offers "Sign in with <label>". See {@link IdentityProviderOptions}.
   */
  identityProvider?: IdentityProviderOptions;
  /**
   * The city's Ed25519 private key for signing Open Badges 3.0 credentials (a `KeyObject` or a
   * PKCS #8 PEM). The issuer is then the key's `did:key`. The key is never stored or logged;
   * without it the city issues no credentials (the pages say so). See the README, "Credentials".
   */
  credentialKey?: KeyObject | string;
  /**
   * The issuer's name and web address written into credentials; default the city's name in its
   * default language and its contact's `url`.
   */
  credentialIssuer?: { name?: string; url?: string };
}

/**
 * The city's OpenID Connect identity provider (authorisation code flow with PKCE). Register the
 * portal at the provider as a client with the redirect URI
 * `<publicOrigin><prefix>/sign-in/oidc/callback`.
 */
export interface IdentityProviderOptions {
  /** The issuer URL; its `/.well-known/openid-configuration` is read at the first sign-in. */
  issuer: string;
  clientId: string;
  /** A confidential client's secret (sent in the token request's body); none: a public client. */
  clientSecret?: string;
  /**
   * The provider's name on the sign-in page ("Sign in with <label>"), as one string or per
   * language; default: "your organisation's account".
   */
  label?: LocalizedText | string;
  /** The scopes asked for (default `openid email profile`). */
  scope?: string;
  /**
   * The claim (ID token or userinfo) with the person's roles or groups (`roles`, `groups`). None:
   * new accounts are staff, and sign-ins leave roles as the city's admins set them.
   */
  roleClaim?: string;
  /**
   * Claim value → portal role. The highest role a person's values map to wins; no match gives
   * `staff`. The role is set again at every sign-in: a change at the provider takes effect at
   * the person's next sign-in.
   */
  roles?: Record<string, 'staff' | 'coordinator' | 'admin'>;
  /**
   * Whether a person unknown to the portal gets an account at the first sign-in (default true).
   * False: only people whose verified email matches an existing account can sign in.
   */
  createAccounts?: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    ckViewer?: { account: Account; tokenHash: string } | undefined;
    /** Set by the JSON parser when the text has no surrogate escape (`\uD800`–`\uDFFF`). */
    ckNoSurrogateEscape?: boolean;
  }
}

/** A host as a Host header may name it in a public link (no user info, no path). */
const PUBLIC_HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::\d{1,5})?$/;
const SESSION_COOKIE = 'ck-session';
const LANGUAGE_COOKIE = 'ck-lang';
/** The areas registered from ./routes/, in order. */
const AREAS: readonly ((app: FastifyInstance, kit: RouteKit) => Promise<void> | void)[] = [
  registerNeedsRoutes,
  registerEvaluationRoutes,
  registerQuestionnairesRoutes,
  registerAdminRoutes,
  registerOidcRoutes,
  registerProgrammeRoutes,
  registerCredentialsRoutes,
  registerInteropRoutes,
  registerNetworkRoutes,
  registerKnowledgeRoutes,
];

/** Messages an action may show on the page it redirects to (`?done=`); areas add their own. */
const CORE_DONE: Record<string, MessageKey> = {
  'signed-out': 'signOut.done',
  submitted: 'assessment.submitted',
  enrolled: 'profile.enrolled',
  left: 'profile.left',
  full: 'profile.full',
  deleted: 'account.deleted',
};

/** What a CSRF token is bound to: the session, or nobody. */
const userInfoOf = (request: FastifyRequest) => request.ckViewer?.tokenHash ?? 'anonymous';

/**
 * The deepest JSON a request may send. Drafts and responses nest a few levels; JSON.parse takes
 * thousands, but the store's jsonb refuses such a value with an error (a 500), so it is refused
 * here first, as a bad request.
 */
const MAX_JSON_DEPTH = 64;

/** How deep the arrays and objects of a JSON text nest (a linear scan; strings are skipped). */
function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** Refuses bytes that are not UTF-8 instead of replacing them (silently) with U+FFFD. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A form body (application/x-www-form-urlencoded), read strictly: bytes that were not UTF-8 (the
 * text holds U+FFFD in their place; a browser percent-encodes every other character) and
 * percent-escapes that are malformed or not UTF-8 are refused (400) instead of being stored as
 * U+FFFD or as the literal escape. Repeated names give arrays, as forms with several checkboxes
 * need; the object has no prototype, so `__proto__` is a field like any other.
 */
function parseForm(text: string): Record<string, string | string[]> {
  if (text.includes('\ufffd')) throw badRequest('The form is not valid UTF-8.');
  for (const part of text.split('&'))
    try {
      decodeURIComponent(part.replaceAll('+', ' '));
    } catch {
      throw badRequest('The form holds a percent-escape that is not UTF-8.');
    }
  const form = Object.create(null) as Record<string, string | string[]>;
  for (const [name, value] of new URLSearchParams(text)) {
    const had = form[name];
    form[name] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
  }
  return form;
}

/** Images a city may use as its logo, by extension. */
const IMAGE_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

function languageNames(): Record<string, string> {
  const names: Record<string, string> = {};
  for (const lang of PAGE_LANGUAGES) names[lang] = wordsFor(lang, 'en').plain('lang.name');
  return names;
}

/** A page of one heading and one sentence, with the way back home (errors, refusals). */
const page = (ctx: PageContext, title: MessageKey, text: MessageKey) =>
  html`<h1>${ctx.words.t(title)}</h1>
    <p>${ctx.words.t(text)}</p>
    <p><a href="${ctx.base}/">${ctx.words.t('error.back')}</a></p>`;

/** A JSON escape of a UTF-16 surrogate (paired or not). */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/** With the `u` flag, a pair is one character: only a lone surrogate matches. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * The JSON pointer of the first string (or key) in a parsed body that holds a lone UTF-16
 * surrogate, such as JSON's `"\ud800"`: no UTF-8 text and no PostgreSQL `jsonb` can hold one.
 */
function loneSurrogateAt(body: unknown): string | undefined {
  // Without recursion: a deeply nested body must not overflow the stack.
  const pending: [unknown, string][] = [[body, '']];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, path] = next;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return path;
    } else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) {
        const at = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (LONE_SURROGATE.test(key)) return at;
        pending.push([item, at]);
      }
  }
  return undefined;
}

/** A redirect target from a form: only a path inside this city's pages. */
function localPath(base: string, next: unknown): string | undefined {
  if (typeof next !== 'string' || next.length > 500) return undefined;
  if (!next.startsWith(`${base}/`) || next.startsWith('//') || next.includes('\\'))
    return undefined;
  return /^[\w\-/.?=&%]*$/.test(next) ? next : undefined;
}

/**
 * A city's training portal as a Fastify plugin: public pages (landing, framework, catalogue,
 * data protection), sign-in with local accounts, the staff self-assessment with its draft kept
 * on the server, the profile with radar and learning path, enrolment in sessions, and a
 * person's own data (download and deletion). Register it once per city, under a prefix:
 *
 * ```ts
 * app.register(competenceKit, { prefix: '/ravenna', city, store });
 * ```
 *
 * Every query is scoped by this registration's city: nothing a request carries (a cookie, an
 * id in a form) can reach another city's rows.
 */
export const competenceKit: FastifyPluginAsync<CompetenceKitOptions> = async (app, options) => {
  const { city: portal, store } = options;
  const cityId = portal.city.id;
  const secure = options.secure ?? true;
  const base = app.prefix;
  const sessionHours = options.sessionHours ?? 12;
  const cost = options.passwordCost ?? DEFAULT_COST;
  const names = languageNames();
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  if (secret.length < 32)
    throw new RangeError('The secret of competenceKit needs at least 32 characters.');
  const assets: ClientAssets = await clientAssets(options.clientDir ?? DEFAULT_CLIENT_DIR);
  const theme = themeCss(portal.city.branding);
  const selfAssessment: Instrument | undefined = portal.instruments.find(
    (i) => i.purpose === 'self-assessment',
  )?.instrument;
  await store.cities.ensure(cityId);
  const doneMessages = doneCodes(CORE_DONE);

  if (!app.hasRequestDecorator('cookies')) await app.register(cookie);
  await app.register(formbody, { bodyLimit: 64 * 1024, parser: parseForm });
  // No page or script of the portal sends text/plain: such a body is refused (415) rather than
  // read as an empty form by a route that needs no fields.
  app.removeContentTypeParser('text/plain');
  // JSON bodies: Fastify's parser (prototype poisoning refused), after two checks of ours.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    // JSON is read only where a route declares the body it reads (the API and the answer
    // routes, each with a schema); a form route refuses it as it refuses any other type, so a
    // request cannot reach a form's handler with a body no page sends.
    if (request.routeOptions.schema?.body === undefined)
      return done(
        Object.assign(new Error('This address reads forms, not JSON.'), {
          statusCode: 415,
          code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
        }),
        undefined,
      );
    let text: string;
    try {
      text = strictUtf8.decode(body as Buffer);
    } catch {
      return done(badRequest('The body is not valid UTF-8.'), undefined);
    }
    if (jsonDepth(text) > MAX_JSON_DEPTH)
      return done(badRequest(`The JSON nests deeper than ${MAX_JSON_DEPTH} levels.`), undefined);
    // Strict UTF-8 holds no lone surrogate: only a `\uD8xx`-style escape can make one, so
    // without such an escape the walk of the parsed body below is not needed.
    request.ckNoSurrogateEscape = !SURROGATE_ESCAPE.test(text);
    parseJson(request, text, done);
  });
  // A body with a lone surrogate is refused as one that does not validate (400, with the
  // route's own error answer: the respondent's language, or the API's issues), before it can
  // reach the store, which could not hold it.
  app.addHook('preValidation', async (request) => {
    if (request.ckNoSurrogateEscape) return;
    const at = loneSurrogateAt(request.body);
    if (at !== undefined)
      throw Object.assign(new Error('The body holds text that is not valid Unicode.'), {
        statusCode: 400,
        validationContext: 'body',
        validation: [
          {
            instancePath: at,
            schemaPath: '#',
            keyword: 'invalid-text',
            params: {},
            message:
              'Text with a lone UTF-16 surrogate, which is no character: send valid Unicode.',
          },
        ],
      });
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'https:', 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    hsts: secure ? { maxAge: 31_536_000 } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'ck-csrf',
    cookieOpts: { path: base || '/', sameSite: 'strict', httpOnly: true, secure, signed: false },
    getUserInfo: userInfoOf,
    csrfOpts: { hmacKey: secret },
  });
  await app.register(rateLimit, { global: false });
  await app.register(fastifyStatic, {
    root: assets.root,
    prefix: '/assets/',
    immutable: true,
    maxAge: '365d',
    index: false,
    wildcard: true,
  });

  // Who is signed in: the session cookie's token, looked up in this city only.
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return;
    const tokenHash = hashSessionToken(token);
    const found = await store.sessions.findValid(cityId, tokenHash);
    if (found) request.ckViewer = { account: found.account, tokenHash };
  });

  const context = (request: FastifyRequest, reply: FastifyReply, path: string): PageContext => {
    const query = request.query as Record<string, unknown>;
    const lang = negotiateLanguage(portal.city.languages, portal.city.defaultLanguage, {
      query: typeof query.lang === 'string' ? query.lang : undefined,
      cookie: request.cookies[LANGUAGE_COOKIE],
      acceptLanguage: request.headers['accept-language'],
    });
    if (typeof query.lang === 'string' && query.lang === lang)
      reply.setCookie(LANGUAGE_COOKIE, lang, {
        path: base || '/',
        maxAge: 31_536_000,
        sameSite: 'lax',
        secure,
        httpOnly: true,
      });
    const done =
      typeof query.done === 'string' && Object.hasOwn(doneMessages, query.done)
        ? doneMessages[query.done]
        : undefined;
    const viewer: Viewer | undefined = request.ckViewer && {
      email: request.ckViewer.account.email,
      role: request.ckViewer.account.role,
    };
    return {
      portal,
      words: wordsFor(lang, portal.framework.defaultLocale),
      base,
      path,
      viewer,
      csrf: reply.generateCsrf({ userInfo: userInfoOf(request) }),
      assets: { scripts: [], styles: assets.styles.map((s) => `${base}/assets/${s}`) },
      flash: done,
      portalHome: options.portalHome,
    };
  };

  const send = (
    reply: FastifyReply,
    ctx: PageContext,
    title: MessageKey,
    main: Html,
    script?: string,
    status = 200,
  ) => {
    const scripts = script ? assets.scriptsFor(script).map((s) => `${base}/assets/${s}`) : [];
    const page = layout(
      { ...ctx, assets: { ...ctx.assets, scripts } },
      ctx.words.plain(title),
      html`<meta name="csrf-token" content="${ctx.csrf}" />${main}`,
      names,
    );
    return reply
      .code(status)
      .header('cache-control', 'no-store')
      .header('vary', 'cookie, accept-language')
      .type('text/html; charset=utf-8')
      .send(toString(page));
  };

  /** The signed-in account, or a redirect to the sign-in page (undefined then). */
  const requireViewer = (request: FastifyRequest, reply: FastifyReply) => {
    if (request.ckViewer) return request.ckViewer.account;
    const next = encodeURIComponent(request.url.slice(0, 400));
    void reply.redirect(`${base}/sign-in?next=${next}`, 303);
    return undefined;
  };

  const startSession = async (reply: FastifyReply, account: Account) => {
    const { token, tokenHash } = newSessionToken();
    const expiresAt = new Date(Date.now() + sessionHours * 3_600_000);
    await store.sessions.create(cityId, { tokenHash, accountId: account.accountId, expiresAt });
    await store.audit.record(cityId, { actorId: account.accountId, action: 'signed-in' });
    reply.setCookie(SESSION_COOKIE, token, {
      path: base || '/',
      httpOnly: true,
      secure,
      sameSite: 'lax',
      expires: expiresAt,
    });
  };

  // Public pages.
  app.get('/', async (request, reply) => {
    const ctx = context(request, reply, '/');
    return send(reply, ctx, 'nav.home', homePage(ctx));
  });
  app.get('/framework', async (request, reply) => {
    const ctx = context(request, reply, '/framework');
    return send(reply, ctx, 'framework.title', frameworkPage(ctx), 'framework');
  });
  app.get('/catalogue', async (request, reply) => {
    const ctx = context(request, reply, '/catalogue');
    return send(reply, ctx, 'catalogue.title', cataloguePage(ctx));
  });
  app.get('/privacy', async (request, reply) => {
    const ctx = context(request, reply, '/privacy');
    return send(reply, ctx, 'privacy.title', privacyPage(ctx));
  });
  app.get('/theme.css', async (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=300')
      .type('text/css; charset=utf-8')
      .send(theme),
  );
  const logo = portal.city.branding?.logo;
  if (logo && !/^https:/.test(logo.src) && options.cityDirectory) {
    const directory = resolve(options.cityDirectory);
    const file = resolve(directory, logo.src);
    if (file.startsWith(directory + sep) && IMAGE_TYPES[extname(file).toLowerCase()]) {
      const bytes = await readFile(file);
      app.get(`/${logo.src}`, async (_request, reply) =>
        reply
          .header('cache-control', 'public, max-age=3600')
          .type(IMAGE_TYPES[extname(file).toLowerCase()]!)
          .send(bytes),
      );
    }
  }

  // Signing in and out.
  app.get('/sign-in', async (request, reply) => {
    const ctx = context(request, reply, '/sign-in');
    const next = localPath(base, (request.query as Record<string, unknown>).next);
    return send(
      reply,
      ctx,
      'signIn.title',
      signInPage(ctx, { ...(next && { next }), identityProvider: options.identityProvider }),
    );
  });
  const attempts = options.signInAttempts ?? 10;
  const windowMinutes = options.signInWindowMinutes ?? 15;
  app.post(
    '/sign-in',
    {
      preValidation: app.csrfProtection,
      config: {
        rateLimit: {
          // After the body is parsed, so that the key can name the email tried.
          hook: 'preHandler',
          max: attempts,
          timeWindow: windowMinutes * 60_000,
          keyGenerator: (request: FastifyRequest) =>
            `${cityId}|${request.ip}|${(field(request.body, 'email') ?? '').trim().toLowerCase()}`,
          errorResponseBuilder: () => ({ statusCode: 429, code: 'sign-in-limited' }),
        },
      },
    },
    async (request, reply) => {
      const email = (field(request.body, 'email') ?? '').slice(0, 320);
      const password = field(request.body, 'password') ?? '';
      const next = localPath(base, field(request.body, 'next'));
      const account = email ? await store.accounts.findByEmail(cityId, email) : undefined;
      const ok =
        account && password.length <= MAX_PASSWORD_LENGTH
          ? await verifyPassword(password, account.passwordHash)
          : await verifyNothing(password, cost);
      if (!account || !ok) {
        // Recorded without the email tried: a typo is no one's business.
        await store.audit.record(cityId, { actorId: null, action: 'sign-in-refused' });
        const ctx = context(request, reply, '/sign-in');
        const page = signInPage(ctx, {
          email,
          problem: ctx.words.t('signIn.failed'),
          ...(next && { next }),
          identityProvider: options.identityProvider,
        });
        return send(reply, ctx, 'signIn.title', page, undefined, 401);
      }
      if (needsRehash(account.passwordHash, cost))
        await store.accounts.setPasswordHash(
          cityId,
          account.accountId,
          await hashPassword(password, cost),
        );
      await startSession(reply, account);
      return reply.redirect(next ?? `${base}/profile`, 303);
    },
  );
  app.post('/sign-out', { preValidation: app.csrfProtection }, async (request, reply) => {
    if (request.ckViewer) {
      await store.sessions.delete(cityId, request.ckViewer.tokenHash);
      await store.audit.record(cityId, {
        actorId: request.ckViewer.account.accountId,
        action: 'signed-out',
      });
    }
    reply.clearCookie(SESSION_COOKIE, { path: base || '/' });
    return reply.redirect(`${base}/?done=signed-out`, 303);
  });

  // The self-assessment, its draft and its submission.
  app.get('/assessment', async (request, reply) => {
    const account = requireViewer(request, reply);
    if (!account) return reply;
    const ctx = context(request, reply, '/assessment');
    const draft = selfAssessment
      ? await store.drafts.load(cityId, account.accountId, selfAssessment.id)
      : undefined;
    // The person sees the items their role is asked (role-view in @competence-kit/scoring);
    // without a role, or with one the framework does not know, the whole instrument.
    const role = account.roleProfile ?? undefined;
    const view =
      selfAssessment && role !== undefined && getRoleProfile(portal.framework, role)
        ? instrumentForRole(selfAssessment, portal.framework, role)
        : selfAssessment;
    const page = assessmentPage(ctx, {
      ...(view && { instrument: view }),
      ...(draft && draft.instrumentVersion === selfAssessment?.version && { draft: draft.draft }),
      roleProfile: account.roleProfile,
      respondent: account.accountId,
    });
    return send(reply, ctx, 'assessment.title', page, 'assessment');
  });
  app.post('/assessment/role', { preValidation: app.csrfProtection }, async (request, reply) => {
    const account = requireViewer(request, reply);
    if (!account) return reply;
    const role = field(request.body, 'roleProfile');
    if (!role || !portal.city.roleProfiles.includes(role))
      throw badRequest('Unknown role profile.');
    await store.accounts.setRoleProfile(cityId, account.accountId, role);
    return reply.redirect(`${base}/assessment`, 303);
  });
  const apiAccount = (request: FastifyRequest, reply: FastifyReply) => {
    if (request.ckViewer) return request.ckViewer.account;
    void reply.code(401).send({ code: 'signed-out', message: 'Sign in first.' });
    return undefined;
  };
  app.put(
    '/api/draft',
    {
      preValidation: app.csrfProtection,
      bodyLimit: 512 * 1024,
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['draft'],
          properties: { draft: { type: 'object' } },
        },
      },
    },
    async (request, reply) => {
      const account = apiAccount(request, reply);
      if (!account) return reply;
      if (!selfAssessment) return reply.code(404).send({ code: 'no-instrument' });
      const { draft } = request.body as { draft: Record<string, unknown> };
      await store.drafts.save(cityId, account.accountId, {
        instrumentId: selfAssessment.id,
        instrumentVersion: selfAssessment.version,
        draft: draft as never,
      });
      return reply.code(204).send();
    },
  );
  /** Self-assessments stored together while a write is in flight (group commit, 0025). */
  const responseWrites = new GroupCommit(
    (items: ResponseSubmission[]) => store.submissions.storeResponses(cityId, items),
    { keyOf: (item) => item.claim?.key, turnFirst: groupCommitTurns(store.info) },
  );
  app.post(
    '/api/responses',
    {
      preValidation: app.csrfProtection,
      bodyLimit: 512 * 1024,
      // The wire format is the package format: the body is checked by the response schema's
      // own compiled validator (`@competence-kit/schemas/validators`), then by parseResponse.
      schema: { body: { $ref: 'https://w3id.org/competence-kit/schemas/response/v1' } },
      validatorCompiler: () => validateResponse,
    },
    async (request, reply) => {
      const account = apiAccount(request, reply);
      if (!account) return reply;
      if (!selfAssessment) return reply.code(404).send({ code: 'no-instrument' });
      // An Idempotency-Key makes a retry repeat the first acknowledgement (decision 0022).
      const keyHeader = idempotencyKeyOf(request);
      if (keyHeader.malformed)
        return reply.code(400).send({ code: 'invalid-idempotency-key', message: MALFORMED_KEY });
      // A response that does not name its role answers as the account's role: it then lists
      // the items that role is asked (the page shows only those), as parseResponse reads it.
      const body = request.body as Record<string, unknown>;
      const parsed = parseResponse(
        body.roleProfile === undefined && account.roleProfile
          ? { ...body, roleProfile: account.roleProfile }
          : body,
        selfAssessment,
        portal.framework,
      );
      if (!parsed.ok)
        return reply.code(400).send({ code: 'invalid-response', issues: parsed.issues });
      const response = parsed.value;
      if (response.respondent !== account.accountId)
        return reply.code(400).send({
          code: 'invalid-response',
          issues: [
            {
              path: '/respondent',
              code: 'not-you',
              message: 'The respondent must be the signed-in account.',
            },
          ],
        });
      // The response's id is drawn here, so that its acknowledgement is known before it is
      // stored: key, acknowledgement, response and the draft's removal are one statement, and
      // self-assessments arriving together are stored together (decision 0025). Its phase is
      // the wave the city's coordinators have opened when it is stored, whatever the page sent:
      // the results compare waves, so a person cannot place an answer in another one.
      const responseId = randomUUID();
      const submitted = await storeOnce(
        store,
        cityId,
        keyHeader.key === undefined
          ? undefined
          : {
              scope: 'responses',
              key: keyHeader.key,
              // The account is part of the request: another account's key is another request.
              requestHash: requestHash({ account: account.accountId, body: request.body }),
            },
        { status: 201, body: { responseId } },
        (claim) =>
          responseWrites.submit({
            responseId,
            accountId: account.accountId,
            instrumentId: selfAssessment.id,
            instrumentVersion: selfAssessment.version,
            response: {
              ...response,
              roleProfile: response.roleProfile ?? account.roleProfile ?? undefined,
            },
            claim,
          }),
        { status: 401, body: { code: 'signed-out', message: 'Sign in first.' } },
      );
      if (submitted.kind === 'mismatch')
        return reply.code(422).send({ code: 'idempotency-key-reused', message: KEY_REUSED });
      return sendSubmitted(reply, submitted);
    },
  );

  // The profile, the learning path and the sessions.
  /**
   * The programme in force: the one published last in the portal (0010-programmes), else the
   * city file's. Enrolment, attendance, credentials and evaluation all refer to it.
   */
  const programmeInForce = async (): Promise<Programme | undefined> =>
    (await store.programmes.inForce(cityId))?.programme ?? portal.programme;
  const offersFor = async (accountId: string, modules: ReadonlySet<string>) => {
    const programme = await programmeInForce();
    const mine = await store.enrolments.listOwn(cityId, accountId);
    const enrolledIn = new Set(
      mine.filter((e) => programme && e.programmeId === programme.id).map((e) => e.sessionId),
    );
    // The waiting lists the person is on, in the programme in force, with their position.
    const waitingIn = new Map(
      (await store.waitingList.listOwn(cityId, accountId))
        .filter((w) => programme && w.programmeId === programme.id)
        .map((w) => [w.sessionId, w.position]),
    );
    const offers: SessionOffer[] = [];
    const waiting: { mine: { session: ProgrammeSession; position: number }[] } & {
      full: ProgrammeSession[];
    } = { mine: [], full: [] };
    for (const session of programme?.sessions ?? []) {
      const enrolled = enrolledIn.has(session.id);
      const position = waitingIn.get(session.id);
      if (position !== undefined) waiting.mine.push({ session, position });
      if (!enrolled && !modules.has(session.module)) continue;
      const taken = await store.enrolments.countForSession(cityId, {
        programmeId: programme!.id,
        sessionId: session.id,
      });
      offers.push({ session, enrolled, free: Math.max(0, session.capacity - taken) });
      if (!enrolled && position === undefined && taken >= session.capacity)
        waiting.full.push(session);
    }
    const enrolments: Enrolment[] = mine
      .filter((e) => programme && e.programmeId === programme.id)
      .map((e) => ({
        id: `${e.programmeId}/${e.sessionId}`,
        respondent: accountId,
        programme: e.programmeId,
        session: e.sessionId,
        module: programme!.sessions.find((s) => s.id === e.sessionId)?.module ?? e.sessionId,
        status: 'enrolled',
        enrolledAt: e.enrolledAt.toISOString(),
      }));
    return { offers, enrolments, waiting, programme };
  };
  app.get('/profile', async (request, reply) => {
    const account = requireViewer(request, reply);
    if (!account) return reply;
    const ctx = context(request, reply, '/profile');
    const latest = selfAssessment
      ? (await store.responses.listOwn(cityId, account.accountId, selfAssessment.id)).at(-1)
      : undefined;
    if (!latest || !selfAssessment) {
      const { offers, enrolments, waiting } = await offersFor(account.accountId, new Set());
      return send(
        reply,
        ctx,
        'profile.title',
        html`${profilePage(ctx, { offers, enrolments })}${waitingSection(ctx, waiting)}`,
      );
    }
    const result = scoreResponse(selfAssessment, portal.framework, latest.response as never);
    const path = recommendPath(result, portal.catalogue, {
      framework: portal.framework,
      language: ctx.words.lang,
    });
    const { offers, enrolments, waiting, programme } = await offersFor(
      account.accountId,
      new Set(path.steps.map((s) => s.module)),
    );
    const page = profilePage(ctx, {
      result,
      path,
      submittedAt: latest.submittedAt.toISOString().slice(0, 10),
      offers,
      enrolments,
      programme,
    });
    return send(
      reply,
      ctx,
      'profile.title',
      html`${page}${waitingSection(ctx, waiting)}`,
      'profile',
    );
  });
  /** The session a form names, in the programme in force. */
  const sessionFrom = async (request: FastifyRequest) => {
    const id = field(request.body, 'session');
    const programme = await programmeInForce();
    const session = programme?.sessions.find((s) => s.id === id);
    return programme && session ? { programme, session } : {};
  };
  app.post('/enrolments', { preValidation: app.csrfProtection }, async (request, reply) => {
    const account = requireViewer(request, reply);
    if (!account) return reply;
    const { programme, session } = await sessionFrom(request);
    if (!session || !programme) throw badRequest('Unknown session.');
    const outcome =
      (await store.transaction((repositories) =>
        repositories.enrolments.enrolIfRoom(
          cityId,
          account.accountId,
          { programmeId: programme.id, sessionId: session.id },
          session.capacity,
        ),
      )) ?? 'full';
    return reply.redirect(`${base}/profile?done=${outcome}`, 303);
  });
  app.post('/enrolments/leave', { preValidation: app.csrfProtection }, async (request, reply) => {
    const account = requireViewer(request, reply);
    if (!account) return reply;
    const { programme, session } = await sessionFrom(request);
    if (!session || !programme) throw badRequest('Unknown session.');
    // The place goes to the first in the session's waiting list, under the session's lock.
    await store.transaction((repositories) =>
      repositories.waitingList.leaveSession(
        cityId,
        account.accountId,
        { programmeId: programme.id, sessionId: session.id },
        session.capacity,
      ),
    );
    return reply.redirect(`${base}/profile?done=left`, 303);
  });

  // Results: published releases only (@competence-kit/disclosure). No route here computes a
  // figure outside a release: the pages read stored releases, and the one route that builds a
  // release stores it before anyone sees it.
  const population = selfAssessment ? `${cityId}/${selfAssessment.id}` : undefined;
  /** The signed-in account if its role is one of `roles`; a redirect to sign in, or a 403 page. */
  const requireRole = (
    request: FastifyRequest,
    reply: FastifyReply,
    roles: ReadonlySet<string>,
  ) => {
    const account = requireViewer(request, reply);
    if (!account) return undefined;
    if (roles.has(account.role)) return account;
    const ctx = context(request, reply, request.url.slice(base.length));
    void send(
      reply,
      ctx,
      'results.forbidden.title',
      page(ctx, 'results.forbidden.title', 'results.forbidden.text'),
      undefined,
      403,
    );
    return undefined;
  };
  const requireCoordinator = (request: FastifyRequest, reply: FastifyReply) =>
    requireRole(request, reply, COORDINATING);
  const choiceOf = (plan: ReleasePlan): ResultsChoice => ({
    byRole: plan.breakdowns.some((b) => b.includes('roleProfile')),
    byPhase: plan.breakdowns.some((b) => b.includes('phase')),
  });
  const planFor = (choice: ResultsChoice): ReleasePlan => {
    const byRole = choice.byRole ? (['roleProfile'] as const) : [];
    const phase = choice.byPhase ? (['phase'] as const) : [];
    return {
      population: population!,
      breakdowns: choice.byRole ? [[...phase], [...byRole, ...phase]] : [[...phase]],
      minGroupSize: portal.city.anonymity.minGroupSize,
      ...(choice.byPhase ? { compare: { from: 'baseline', to: 'post' } } : {}),
    };
  };
  const summaries = async (): Promise<{ list: ReleaseSummary[]; fixed?: ResultsChoice }> => {
    const stored = (await store.releases.list(cityId)).filter((r) => r.population === population);
    const list = stored.map((r) => {
      const cells = (r.release as unknown as Release).tables.flatMap((t) => t.cells);
      return {
        sequence: r.sequence,
        publishedAt: r.publishedAt.toISOString().slice(0, 10),
        tables: (r.release as unknown as Release).tables.length,
        cells: cells.length,
        hidden: cells.filter((c) => c.hidden).length,
      };
    });
    const first = stored.at(-1);
    return first ? { list, fixed: choiceOf(first.plan as unknown as ReleasePlan) } : { list };
  };
  const resultsView = async (
    request: FastifyRequest,
    reply: FastifyReply,
    refused?: string,
    status = 200,
  ) => {
    const ctx = context(request, reply, '/results');
    const { list, fixed } = await summaries();
    return send(
      reply,
      ctx,
      'results.title',
      resultsPage(ctx, {
        releases: list,
        fixed,
        minGroupSize: portal.city.anonymity.minGroupSize,
        refused: refused ? REFUSALS[refused] : undefined,
      }),
      undefined,
      status,
    );
  };
  app.get('/results', async (request, reply) => {
    if (!requireCoordinator(request, reply)) return reply;
    return resultsView(request, reply);
  });
  app.post('/results', { preValidation: app.csrfProtection }, async (request, reply) => {
    const coordinator = requireCoordinator(request, reply);
    if (!coordinator) return reply;
    if (!selfAssessment || !population) return resultsView(request, reply, 'no-answers', 409);
    const previous = await store.releases.ledgers(cityId, population);
    const { fixed } = await summaries();
    const plan = planFor(
      fixed ?? {
        byRole: field(request.body, 'byRole') === 'yes',
        byPhase: field(request.body, 'byPhase') === 'yes',
      },
    );
    // Scored and handed straight to the release: these results are never shown as such.
    const results = await selfAssessmentResults(store, cityId, selfAssessment, portal.framework);
    if (results.length === 0) return resultsView(request, reply, 'no-answers', 409);
    let outcome;
    try {
      outcome = await buildRelease(results, plan, {
        framework: portal.framework,
        previous: previous as never,
      });
    } catch (error) {
      if (error instanceof ReleaseRefused) {
        await store.audit.record(cityId, {
          actorId: coordinator.accountId,
          action: 'release-refused',
          subject: error.reason,
        });
        return resultsView(request, reply, error.reason, 409);
      }
      throw error;
    }
    const published = await store.releases.publish(cityId, {
      population,
      sequence: outcome.ledger.sequence,
      plan,
      release: outcome.release,
      ledger: outcome.ledger,
    });
    if (!published.ok) return resultsView(request, reply, 'taken', 409);
    await store.audit.record(cityId, {
      actorId: coordinator.accountId,
      action: 'release-published',
      subject: `${population}#${published.release.sequence}`,
    });
    return reply.redirect(`${base}/results/${published.release.sequence}`, 303);
  });
  app.get<{ Params: { sequence: string } }>('/results/:sequence', async (request, reply) => {
    if (!requireCoordinator(request, reply)) return reply;
    const sequence = /^[1-9]\d{0,8}$/.test(request.params.sequence)
      ? Number(request.params.sequence)
      : undefined;
    const stored =
      population && sequence !== undefined
        ? await store.releases.get(cityId, population, sequence)
        : undefined;
    if (!stored) return reply.callNotFound();
    const ctx = context(request, reply, '/results');
    return send(
      reply,
      ctx,
      'results.title',
      releasePage(ctx, {
        sequence: stored.sequence,
        publishedAt: stored.publishedAt.toISOString().slice(0, 10),
        release: stored.release as unknown as Release,
        erasedSince: await store.erasures.answeredBeforeErasedAfter(cityId, stored.publishedAt),
      }),
      'results',
    );
  });

  // The audit log, for the city's admins.
  app.get('/admin/audit', async (request, reply) => {
    if (!requireRole(request, reply, ADMINS)) return reply;
    const ctx = context(request, reply, '/admin/audit');
    return send(reply, ctx, 'audit.title', auditPage(ctx, await store.audit.list(cityId)));
  });

  // A person's own data: GDPR Art. 15 and 20 (download) and Art. 17 (erasure).
  app.get('/account', async (request, reply) => {
    const account = requireViewer(request, reply);
    if (!account) return reply;
    const ctx = context(request, reply, '/account');
    return send(reply, ctx, 'account.title', accountPage(ctx, {}));
  });
  app.get('/account/export', async (request, reply) => {
    const account = requireViewer(request, reply);
    if (!account) return reply;
    await store.audit.record(cityId, { actorId: account.accountId, action: 'data-exported' });
    const data = await store.exportAccountData(cityId, account.accountId);
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="competence-kit-${cityId}-my-data.json"`)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(data, null, 2));
  });
  app.post('/account/delete', { preValidation: app.csrfProtection }, async (request, reply) => {
    const account = requireViewer(request, reply);
    if (!account) return reply;
    if (field(request.body, 'confirm') !== 'yes') {
      const ctx = context(request, reply, '/account');
      return send(reply, ctx, 'account.title', accountPage(ctx, { problem: true }), undefined, 400);
    }
    // The places the person held go to the first in each session's waiting list; the city
    // file's programme gives the capacities of its sessions (the store has the rest).
    await store.deleteAccount(cityId, account.accountId, {
      programmes: portal.programme ? [portal.programme] : [],
    });
    await store.audit.record(cityId, { actorId: account.accountId, action: 'account-deleted' });
    reply.clearCookie(SESSION_COOKIE, { path: base || '/' });
    return reply.redirect(`${base}/?done=deleted`, 303);
  });

  // The areas of the portal that live in modules of their own (./routes/).
  const kit: RouteKit = {
    cityId,
    portal,
    store,
    base,
    secure,
    options,
    context,
    send,
    requireViewer,
    requireRole,
    message: page,
    done: doneMessages,
    startSession,
    programme: programmeInForce,
    publicBase: (request) => {
      const configured = options.publicOrigin?.replace(/\/+$/, '');
      if (configured) return `${configured}${base}`;
      const host = request.host;
      if (!host || host.length > 260 || !PUBLIC_HOST.test(host)) return undefined;
      return `${request.protocol === 'https' ? 'https' : 'http'}://${host}${base}`;
    },
  };
  for (const register of AREAS) await register(app, kit);

  registerErrorPages(app, (request, reply, path) => context(request, reply, path), send);
};

function registerErrorPages(
  app: FastifyInstance,
  context: (request: FastifyRequest, reply: FastifyReply, path: string) => PageContext,
  send: (
    reply: FastifyReply,
    ctx: PageContext,
    title: MessageKey,
    main: Html,
    script?: string,
    status?: number,
  ) => FastifyReply,
) {
  app.setNotFoundHandler(async (request, reply) => {
    const ctx = context(request, reply, '');
    return send(
      reply,
      ctx,
      'error.notFound.title',
      page(ctx, 'error.notFound.title', 'error.notFound.text'),
      undefined,
      404,
    );
  });
  app.setErrorHandler(
    async (
      error: Error & { statusCode?: number; code?: string; validation?: unknown },
      request,
      reply,
    ) => {
      const status = error.statusCode ?? 500;
      const wantsJson = request.url.includes('/api/');
      if (error.validation && wantsJson)
        return reply
          .code(400)
          .send({ code: 'invalid-body', issues: toIssues(error.validation as never) });
      if (status === 429) {
        const ctx = context(request, reply, '/sign-in');
        const minutes = Math.ceil((Number(reply.getHeader('retry-after')) || 60) / 60);
        const problem = ctx.words.t('signIn.limited', { minutes });
        return send(reply, ctx, 'signIn.title', signInPage(ctx, { problem }), undefined, 429);
      }
      if (status === 403 || error.code?.startsWith('FST_CSRF')) {
        if (wantsJson) return reply.code(403).send({ code: 'csrf', message: 'Reload the page.' });
        const ctx = context(request, reply, '');
        return send(
          reply,
          ctx,
          'error.forbidden.title',
          page(ctx, 'error.forbidden.title', 'error.forbidden.text'),
          undefined,
          403,
        );
      }
      if (status < 500) {
        if (wantsJson)
          return reply.code(status).send({ code: 'bad-request', message: error.message });
        // A person sees this (a form post the portal cannot read: a wrong content type, a body
        // over the limit, broken encoding): a page in their language, not Fastify's English.
        const ctx = context(request, reply, '');
        const key = status === 413 ? 'tooLarge' : 'badRequest';
        return send(
          reply,
          ctx,
          `error.${key}.title`,
          page(ctx, `error.${key}.title`, `error.${key}.text`),
          undefined,
          status,
        );
      }
      request.log.error(error);
      if (wantsJson) return reply.code(500).send({ code: 'server-error' });
      const ctx = context(request, reply, '');
      return send(
        reply,
        ctx,
        'error.server.title',
        page(ctx, 'error.server.title', 'error.server.text'),
        undefined,
        500,
      );
    },
  );
}
