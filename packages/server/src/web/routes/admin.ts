// The city's administration (admins only): the people with an account and their roles,
// invitations by link, and the city's configuration with a checker for city files. The invited
// person's side of an invitation (`/invitation/:token`) is open to anyone holding the link.
import { resolveLimits, validateWithLimits, type City } from '@competence-kit/schemas';
import { validateCity } from '@competence-kit/schemas/validators';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AccountRole } from '../../store/index.js';
import { hashSessionToken, newSessionToken } from '../../store/index.js';
import type { Invitation } from '../../store/invitations.js';
import { DEFAULT_COST, hashPassword, MAX_PASSWORD_LENGTH } from '../auth/password.js';
import { html } from '../html.js';
import { field, type RouteKit } from '../kit.js';
import { ADMINS, type PageContext } from '../page.js';
import {
  cityPage,
  invitationCreatedPage,
  invitationGonePage,
  invitationPage,
  lastAdminPage,
  MAX_CITY_FILE,
  MIN_PASSWORD,
  peoplePage,
  ROLES,
  type CityCheck,
  type InviteForm,
  type PasswordProblem,
  type StakeholderChoice,
} from '../pages/admin-users.js';

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A link's token: 32 random bytes, base64url. */
const TOKEN = /^[\w-]{43}$/;
/** One address, without spaces, quotes, angle brackets or control characters. */
const EMAIL =
  /^[^\s@<>()[\]\\,;:"\p{Cc}]+@[^\s@<>()[\]\\,;:"\p{Cc}]+\.[^\s@<>()[\]\\,;:"\p{Cc}]+$/u;

/** A plain host name or address with an optional port, as it may appear in a link. */
const HOST =
  /^(?:[a-z\d](?:[a-z\d-]*[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]*[a-z\d])?)*|\[[\da-f:.]+\])(?::\d{1,5})?$/i;

const isRole = (value: string | undefined): value is AccountRole =>
  ROLES.includes(value as AccountRole);

/** Line and column (from 1) of a character offset in a text. */
function lineAndColumn(text: string, offset: number) {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** Where JSON.parse is at end of input: the text ends early, nothing is wrong yet. */
function endsEarly(message: string, length: number) {
  if (/end of JSON input/.test(message)) return true;
  const position = /at position (\d+)/.exec(message);
  return position !== null && Number(position[1]) >= length;
}

/**
 * The offset of the first character JSON.parse refuses in `text` (which it refuses): Node 20's
 * messages give a position for some errors only, so the shortest refused prefix is found by
 * bisection (about 18 parses for the largest file).
 */
function errorOffset(text: string): number {
  const refused = (n: number) => {
    try {
      JSON.parse(text.slice(0, n));
      return false;
    } catch (error) {
      return !endsEarly((error as Error).message, n);
    }
  };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (refused(middle)) high = middle;
    else low = middle + 1;
  }
  return Math.max(0, low - 1);
}

/** Checks a pasted city file against the city schema: never applied, only reported. */
export function checkCityFile(text: string): CityCheck {
  if (text.trim() === '') return { kind: 'empty' };
  if (Buffer.byteLength(text, 'utf8') > MAX_CITY_FILE) return { kind: 'too-large' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message.slice(0, 300);
    const at = /end of JSON input/.test(message) ? text.length : errorOffset(text);
    return { kind: 'malformed', message, ...lineAndColumn(text, at) };
  }
  const checked = validateWithLimits<City>(
    validateCity,
    value,
    resolveLimits({ maxSize: MAX_CITY_FILE, maxIssues: 100 }),
  );
  return checked.ok ? { kind: 'ok' } : { kind: 'issues', issues: checked.issues };
}

export async function registerAdminRoutes(app: FastifyInstance, kit: RouteKit): Promise<void> {
  const { cityId, store, base } = kit;
  const cost = kit.options.passwordCost ?? DEFAULT_COST;
  Object.assign(kit.done, {
    'role-changed': 'admin.done.role',
    'role-same': 'admin.done.roleSame',
    'invitation-revoked': 'admin.done.revoked',
    'invitation-closed': 'admin.done.notOpen',
  });
  const admin = (request: FastifyRequest, reply: FastifyReply) =>
    kit.requireRole(request, reply, ADMINS);
  /** The stakeholders of the city's stored networks (a representative is invited for one). */
  const stakeholderChoices = async (): Promise<StakeholderChoice[]> =>
    (await store.networkDocuments.list(cityId, 'network')).flatMap((doc) => {
      const list = (doc.document as { stakeholders?: unknown }).stakeholders;
      return Array.isArray(list)
        ? list.flatMap((s: unknown) => {
            const { id, name } = (s ?? {}) as { id?: unknown; name?: unknown };
            return typeof id === 'string' && typeof name === 'string'
              ? [{ network: doc.documentId, stakeholder: id, name }]
              : [];
          })
        : [];
    });

  const sendPeople = async (
    request: FastifyRequest,
    reply: FastifyReply,
    me: string,
    invite?: InviteForm,
    status = 200,
  ) => {
    await store.invitations.forgetExpired(cityId);
    const ctx = kit.context(request, reply, '/admin/people');
    const page = peoplePage(ctx, {
      accounts: await store.accounts.list(cityId),
      invitations: await store.invitations.listOpen(cityId),
      me,
      ...(invite && { invite }),
      stakeholders: await stakeholderChoices(),
    });
    return kit.send(reply, ctx, 'admin.people.title', page, undefined, status);
  };

  // People and their roles.
  app.get('/admin/people', async (request, reply) => {
    const account = admin(request, reply);
    if (!account) return reply;
    return sendPeople(request, reply, account.accountId);
  });

  app.post<{ Params: { accountId: string } }>(
    '/admin/people/:accountId/role',
    { preValidation: app.csrfProtection },
    async (request, reply) => {
      const account = admin(request, reply);
      if (!account) return reply;
      const { accountId } = request.params;
      const person = ID.test(accountId) ? await store.accounts.get(cityId, accountId) : undefined;
      if (!person) return reply.callNotFound();
      const role = field(request.body, 'role');
      if (!isRole(role)) {
        const ctx = kit.context(request, reply, '/admin/people');
        const page = html`<h1>${ctx.words.t('admin.people.title')}</h1>
          <p class="error" role="alert">${ctx.words.t('admin.people.badRole')}</p>
          <p><a href="${base}/admin/people">${ctx.words.t('admin.people.back')}</a></p>`;
        return kit.send(reply, ctx, 'admin.people.title', page, undefined, 400);
      }
      const changed = await store.accounts.setRole(cityId, accountId, role);
      if (!changed.ok) {
        if (changed.code === 'unknown-account') return reply.callNotFound();
        const ctx = kit.context(request, reply, '/admin/people');
        const page = lastAdminPage(ctx, person.email);
        return kit.send(reply, ctx, 'admin.people.lastAdmin.title', page, undefined, 409);
      }
      if (!changed.changed) return reply.redirect(`${base}/admin/people?done=role-same`, 303);
      // A representative's scope means nothing in another role: it goes with the role.
      if (changed.from === 'stakeholder-representative')
        await store.representatives.remove(cityId, accountId);
      await store.audit.record(cityId, {
        actorId: account.accountId,
        action: 'role-changed',
        subject: `${accountId}: ${changed.from} → ${role}`,
      });
      return reply.redirect(`${base}/admin/people?done=role-changed`, 303);
    },
  );

  // Invitations: created and revoked by admins.
  app.post('/admin/invitations', { preValidation: app.csrfProtection }, async (request, reply) => {
    const account = admin(request, reply);
    if (!account) return reply;
    const email = (field(request.body, 'email') ?? '').trim().toLowerCase();
    const role = field(request.body, 'role');
    const roleProfile = field(request.body, 'roleProfile') ?? '';
    const chosen = field(request.body, 'stakeholder') ?? '';
    const form: InviteForm = {
      email: email.slice(0, 254),
      role: role?.slice(0, 30) ?? '',
      roleProfile: roleProfile.slice(0, 100),
      stakeholder: chosen.slice(0, 201),
      problems: {},
    };
    const problems = form.problems!;
    if (email.length > 254 || !EMAIL.test(email)) problems.email = 'admin.invite.badEmail';
    if (!isRole(role)) problems.role = 'admin.people.badRole';
    if (roleProfile !== '' && !kit.portal.city.roleProfiles.includes(roleProfile))
      problems.roleProfile = 'admin.invite.badProfile';
    // A representative speaks for one stakeholder of the city's network; other roles for none.
    const scope =
      role === 'stakeholder-representative'
        ? (await stakeholderChoices()).find((c) => `${c.network}/${c.stakeholder}` === chosen)
        : undefined;
    if (role === 'stakeholder-representative' && !scope)
      problems.stakeholder = 'network.invite.badStakeholder';
    if (Object.keys(problems).length > 0)
      return sendPeople(request, reply, account.accountId, form, 400);
    if (await store.accounts.findByEmail(cityId, email)) {
      problems.email = 'admin.invite.taken';
      return sendPeople(request, reply, account.accountId, form, 409);
    }
    // The link as the person will open it: the configured public origin, else this request's
    // (a Host that is not a plain host name, with an optional port, is not put in a link).
    const configured = kit.options.publicOrigin?.replace(/\/+$/, '');
    if (!configured && !HOST.test(request.host))
      return reply
        .code(400)
        .type('text/plain; charset=utf-8')
        .send('The request names no usable host: set the publicOrigin option.');
    const { token, tokenHash } = newSessionToken();
    const invitation = await store.invitations.create(cityId, {
      tokenHash,
      email,
      role: role as AccountRole,
      roleProfile: roleProfile || null,
      createdBy: account.accountId,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      scope: scope ? { network: scope.network, stakeholder: scope.stakeholder } : null,
    });
    await store.audit.record(cityId, {
      actorId: account.accountId,
      action: 'invitation-created',
      subject: `${invitation.invitationId} (${invitation.role})`,
    });
    const origin = configured ?? `${kit.secure ? 'https' : request.protocol}://${request.host}`;
    const ctx = kit.context(request, reply, '/admin/people');
    const page = invitationCreatedPage(ctx, {
      link: `${origin}${base}/invitation/${token}`,
      email,
      expiresAt: invitation.expiresAt,
    });
    return kit.send(reply, ctx, 'admin.invite.created.title', page, undefined, 201);
  });

  app.post<{ Params: { invitationId: string } }>(
    '/admin/invitations/:invitationId/revoke',
    { preValidation: app.csrfProtection },
    async (request, reply) => {
      const account = admin(request, reply);
      if (!account) return reply;
      const { invitationId } = request.params;
      if (!ID.test(invitationId)) return reply.callNotFound();
      if (!(await store.invitations.revoke(cityId, invitationId)))
        return reply.redirect(`${base}/admin/people?done=invitation-closed`, 303);
      await store.audit.record(cityId, {
        actorId: account.accountId,
        action: 'invitation-revoked',
        subject: invitationId,
      });
      return reply.redirect(`${base}/admin/people?done=invitation-revoked`, 303);
    },
  );

  // Invitations: the invited person's side (anyone with the link).
  const gone = (
    request: FastifyRequest,
    reply: FastifyReply,
    why: 'expired' | 'used' | 'revoked' | 'unknown',
  ) => {
    const ctx = kit.context(request, reply, '/invitation');
    const title = why === 'unknown' ? 'invitation.unknown.title' : 'invitation.gone.title';
    const status = why === 'unknown' ? 404 : 410;
    return kit.send(reply, ctx, title, invitationGonePage(ctx, why), undefined, status);
  };
  /** The open invitation of a link, or undefined after sending the page that says why not. */
  const openInvitation = async (
    request: FastifyRequest<{ Params: { token: string } }>,
    reply: FastifyReply,
  ): Promise<{ token: string; invitation: Invitation } | undefined> => {
    const { token } = request.params;
    const invitation = TOKEN.test(token)
      ? await store.invitations.findByTokenHash(cityId, hashSessionToken(token))
      : undefined;
    if (!invitation) {
      await gone(request, reply, 'unknown');
      return undefined;
    }
    if (invitation.state !== 'open') {
      await gone(request, reply, invitation.state);
      return undefined;
    }
    return { token, invitation };
  };
  const sendInvitation = (
    ctx: PageContext,
    reply: FastifyReply,
    open: { token: string; invitation: Invitation },
    problem?: PasswordProblem,
    status = 200,
  ) =>
    kit.send(
      reply,
      ctx,
      'invitation.title',
      invitationPage(ctx, {
        ...open,
        maxPassword: MAX_PASSWORD_LENGTH,
        ...(problem && { problem }),
      }),
      undefined,
      status,
    );

  app.get<{ Params: { token: string } }>('/invitation/:token', async (request, reply) => {
    const open = await openInvitation(request, reply);
    if (!open) return reply;
    reply.header('referrer-policy', 'no-referrer');
    return sendInvitation(kit.context(request, reply, '/invitation'), reply, open);
  });

  app.post<{ Params: { token: string } }>(
    '/invitation/:token',
    {
      preValidation: app.csrfProtection,
      config: {
        rateLimit: {
          max: kit.options.signInAttempts ?? 10,
          timeWindow: (kit.options.signInWindowMinutes ?? 15) * 60_000,
          keyGenerator: (request: FastifyRequest) => `${cityId}|invitation|${request.ip}`,
          errorResponseBuilder: () => ({ statusCode: 429, code: 'invitation-limited' }),
        },
      },
    },
    async (request, reply) => {
      const open = await openInvitation(request, reply);
      if (!open) return reply;
      const password = field(request.body, 'password') ?? '';
      const confirm = field(request.body, 'confirm') ?? '';
      const problem: PasswordProblem | undefined =
        password.length < MIN_PASSWORD
          ? 'tooShort'
          : password.length > MAX_PASSWORD_LENGTH
            ? 'tooLong'
            : password !== confirm
              ? 'mismatch'
              : undefined;
      const ctx = () => kit.context(request, reply, '/invitation');
      if (problem) return sendInvitation(ctx(), reply, open, problem, 400);
      const passwordHash = await hashPassword(password, cost);
      const accepted = await store.invitations.accept(
        cityId,
        hashSessionToken(open.token),
        passwordHash,
      );
      if (!accepted.ok) {
        if (accepted.code === 'email-taken')
          return sendInvitation(ctx(), reply, open, 'taken', 409);
        return gone(request, reply, accepted.code);
      }
      // Whoever was signed in on this browser is not any more: it is the new account's now.
      if (request.ckViewer) await store.sessions.delete(cityId, request.ckViewer.tokenHash);
      await store.audit.record(cityId, {
        actorId: accepted.account.accountId,
        action: 'invitation-accepted',
        subject: accepted.invitation.invitationId,
      });
      await kit.startSession(reply, accepted.account);
      return reply.redirect(`${base}/profile`, 303);
    },
  );

  // The city's configuration, and the checker for city files.
  app.get('/admin/city', async (request, reply) => {
    if (!admin(request, reply)) return reply;
    const ctx = kit.context(request, reply, '/admin/city');
    return kit.send(reply, ctx, 'admin.city.title', cityPage(ctx, {}));
  });
  app.post(
    '/admin/city/check',
    // A form of up to 256 KB of text, percent-encoded (up to three times longer).
    { preValidation: app.csrfProtection, bodyLimit: 3 * MAX_CITY_FILE + 4096 },
    async (request, reply) => {
      if (!admin(request, reply)) return reply;
      const text = field(request.body, 'city') ?? '';
      const check = checkCityFile(text);
      const status = { ok: 200, issues: 200, empty: 400, malformed: 400, 'too-large': 413 }[
        check.kind
      ];
      const ctx = kit.context(request, reply, '/admin/city');
      const shown = check.kind === 'too-large' ? '' : text;
      return kit.send(
        reply,
        ctx,
        'admin.city.title',
        cityPage(ctx, { text: shown, check }),
        undefined,
        status,
      );
    },
  );
}
