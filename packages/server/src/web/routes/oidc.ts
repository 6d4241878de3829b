// Signing in through the city's OpenID Connect identity provider (options.identityProvider):
// GET /sign-in/oidc sends the person to the provider, GET /sign-in/oidc/callback brings them
// back, signed in. Without an identity provider both routes are 404. See
// docs/decisions/0015-oidc-sign-in.md.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Account } from '../../store/index.js';
import { html } from '../html.js';
import type { RouteKit } from '../kit.js';
import type { MessageKey } from '../messages/catalogue.js';
import {
  newFlowSecrets,
  oidcClient,
  ProviderUnavailable,
  type FlowSecrets,
  type SignedInPerson,
} from '../auth/oidc.js';

const FLOW_COOKIE = 'ck-oidc';
/** How long a person has at the provider to sign in. */
const FLOW_MINUTES = 10;

/** What the flow cookie holds between the two routes (no personal data). */
interface Flow extends FlowSecrets {
  /** The city that started the flow. */
  city: string;
  /** When it started (ms since the epoch). */
  at: number;
  /** Where to go once signed in (a path of this city). */
  next?: string;
}

/** Why a sign-in was refused: the message shown and the status sent. */
const REFUSALS = {
  denied: { text: 'oidc.denied', status: 401 },
  expired: { text: 'oidc.expired', status: 400 },
  invalid: { text: 'oidc.invalid', status: 401 },
  'no-email': { text: 'oidc.noEmail', status: 401 },
  'no-account': { text: 'oidc.noAccount', status: 401 },
  'email-taken': { text: 'oidc.emailTaken', status: 401 },
} as const satisfies Record<string, { text: MessageKey; status: number }>;
type Refusal = keyof typeof REFUSALS;

/** A redirect target: only a path inside this city's pages (as the local sign-in accepts). */
function localNext(base: string, next: unknown): string | undefined {
  if (typeof next !== 'string' || next.length > 500) return undefined;
  if (!next.startsWith(`${base}/`) || next.startsWith('//') || next.includes('\\'))
    return undefined;
  return /^[\w\-/.?=&%]*$/.test(next) ? next : undefined;
}

/** The flow cookie's value: the flow as JSON, and its HMAC (the browser holds it, cannot forge it). */
function writeFlow(key: Buffer, flow: Flow): string {
  const body = Buffer.from(JSON.stringify(flow)).toString('base64url');
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}

function readFlow(key: Buffer, value: string | undefined): Flow | undefined {
  if (!value || value.length > 2000) return undefined;
  const [body = '', mac = ''] = value.split('.');
  const expected = createHmac('sha256', key).update(body).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const flow = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<Flow>;
    const strings = [flow.state, flow.nonce, flow.verifier, flow.city];
    if (strings.some((s) => typeof s !== 'string' || s.length === 0 || s.length > 200))
      return undefined;
    if (typeof flow.at !== 'number') return undefined;
    return flow as Flow;
  } catch {
    return undefined;
  }
}

export async function registerOidcRoutes(app: FastifyInstance, kit: RouteKit) {
  const provider = kit.options.identityProvider;
  const { base, cityId, store } = kit;
  const client = provider ? oidcClient(provider) : undefined;
  const cookiePath = `${base}/sign-in/oidc`;
  /** States already brought back, until they expire: each flow completes at most once. */
  const used = new Map<string, number>();
  // The flow cookie's key: from the deployment's secret (every process shares it), else drawn here.
  const key = kit.options.secret
    ? createHmac('sha256', kit.options.secret).update(`oidc-flow|${cityId}`).digest()
    : randomBytes(32);

  const redirectUri = (request: FastifyRequest) =>
    `${kit.options.publicOrigin ?? `${request.protocol}://${request.host}`}${base}/sign-in/oidc/callback`;

  const problemPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    title: MessageKey,
    text: MessageKey,
    status: number,
  ) => {
    const ctx = kit.context(request, reply, '/sign-in');
    const main = html`<h1>${ctx.words.t(title)}</h1>
      <p role="alert">${ctx.words.t(text)}</p>
      <p><a href="${base}/sign-in">${ctx.words.t('oidc.again')}</a></p>`;
    return kit.send(reply, ctx, title, main, undefined, status);
  };
  const unavailable = (request: FastifyRequest, reply: FastifyReply, error: unknown) => {
    request.log.warn({ err: error }, 'identity provider unavailable');
    return problemPage(request, reply, 'oidc.unavailable.title', 'oidc.unavailable', 503);
  };
  const refuse = async (
    request: FastifyRequest,
    reply: FastifyReply,
    reason: Refusal,
    actorId: string | null = null,
  ) => {
    await store.audit.record(cityId, {
      actorId,
      action: 'sign-in-refused',
      subject: `oidc:${reason}`,
    });
    const { text, status } = REFUSALS[reason];
    return problemPage(request, reply, 'oidc.refused.title', text, status);
  };

  app.get('/sign-in/oidc', async (request, reply) => {
    if (!client) return reply.callNotFound();
    const next = localNext(base, (request.query as Record<string, unknown>).next);
    const secrets = newFlowSecrets();
    let url: URL;
    try {
      url = await client.authorizationUrl(redirectUri(request), secrets);
    } catch (error) {
      if (error instanceof ProviderUnavailable) return unavailable(request, reply, error);
      throw error;
    }
    const flow: Flow = { ...secrets, city: cityId, at: Date.now(), ...(next && { next }) };
    reply.setCookie(FLOW_COOKIE, writeFlow(key, flow), {
      path: cookiePath,
      httpOnly: true,
      sameSite: 'lax',
      secure: kit.secure,
      maxAge: FLOW_MINUTES * 60,
    });
    return reply.header('cache-control', 'no-store').redirect(url.href, 303);
  });

  app.get('/sign-in/oidc/callback', async (request, reply) => {
    if (!client || !provider) return reply.callNotFound();
    const query = request.query as Record<string, unknown>;
    const flow = readFlow(key, request.cookies[FLOW_COOKIE]);
    // Single use: the cookie goes whatever happens next, and its state is remembered as used.
    reply.clearCookie(FLOW_COOKIE, { path: cookiePath });
    const now = Date.now();
    for (const [state, until] of used) if (until < now) used.delete(state);
    if (typeof query.error === 'string') return refuse(request, reply, 'denied');
    if (
      !flow ||
      flow.city !== cityId ||
      now - flow.at > FLOW_MINUTES * 60_000 ||
      flow.at > now + 60_000 ||
      typeof query.state !== 'string' ||
      query.state !== flow.state ||
      used.has(flow.state)
    )
      return refuse(request, reply, 'expired');
    used.set(flow.state, flow.at + FLOW_MINUTES * 60_000);

    const callbackUrl = new URL(redirectUri(request));
    callbackUrl.search = new URL(request.url, 'http://x').search;
    let person: SignedInPerson;
    try {
      person = await client.complete(callbackUrl, flow);
    } catch (error) {
      if (error instanceof ProviderUnavailable) return unavailable(request, reply, error);
      request.log.info({ err: error }, 'identity provider answer refused');
      return refuse(request, reply, 'invalid');
    }

    const identity = { issuer: person.issuer, subject: person.subject };
    let account: Account | undefined = await store.identities.signIn(cityId, identity);
    if (!account) {
      if (!person.verifiedEmail)
        return refuse(request, reply, person.email ? 'email-taken' : 'no-email');
      const local = await store.accounts.findByEmail(cityId, person.verifiedEmail);
      if (local) {
        // The provider vouches for the address: the person is the account's owner.
        await store.identities.link(cityId, identity, local.accountId);
        account = local;
      } else {
        if (provider.createAccounts === false) return refuse(request, reply, 'no-account');
        const created = await store.identities.createWithIdentity(cityId, identity, {
          email: person.verifiedEmail,
          role: person.role ?? 'staff',
        });
        if (!created.ok) {
          // A second tab finished the same first sign-in a moment earlier.
          account = await store.identities.signIn(cityId, identity);
          if (!account) return refuse(request, reply, 'invalid');
        } else account = created.account;
      }
    }
    // The provider decides the role: a change there takes effect at this sign-in.
    if (person.role && person.role !== account.role) {
      const changed = await store.accounts.setRole(cityId, account.accountId, person.role);
      if (changed.ok && changed.changed) {
        await store.audit.record(cityId, {
          actorId: account.accountId,
          action: 'role-changed',
          subject: `${account.accountId}: ${changed.from} → ${person.role} (identity provider)`,
        });
        account = { ...account, role: person.role };
      } else if (!changed.ok)
        request.log.warn(
          { accountId: account.accountId, role: person.role, code: changed.code },
          'role from the identity provider not applied',
        );
    }
    await kit.startSession(reply, account);
    return reply.redirect(localNext(base, flow.next) ?? `${base}/profile`, 303);
  });
}
