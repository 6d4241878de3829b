// Signing in through the city's OpenID Connect provider, against a real provider (panva's
// oidc-provider on 127.0.0.1): the portal's requests to it (discovery, token, userinfo) go over
// HTTP through openid-client. Alpha-town has a confidential client with a role claim; beta-town
// a public client that creates no accounts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_PASSWORD } from '../store/identities.js';
import { verifyPassword } from './auth/password.js';
import { oidcClient, ProviderUnavailable, roleFromClaim } from './auth/oidc.js';
import { Browser, startApp, type TestApp } from './test-support/app.js';
import { startProvider, type TestProvider } from './test-support/oidc-provider.js';

const A = '/alpha-town';
const B = '/beta-town';
const ORIGIN = 'http://portal.test';
let t: TestApp;
let idp: TestProvider;

beforeAll(async () => {
  idp = await startProvider(
    [
      {
        client_id: 'alpha-portal',
        client_secret: 'the alpha portal secret, 32 chars or more',
        token_endpoint_auth_method: 'client_secret_post',
        redirect_uris: [`${ORIGIN}${A}/sign-in/oidc/callback`],
      },
      {
        client_id: 'beta-portal',
        token_endpoint_auth_method: 'none',
        redirect_uris: [`${ORIGIN}${B}/sign-in/oidc/callback`],
      },
    ],
    ORIGIN,
  );
  t = await startApp(
    { publicOrigin: ORIGIN },
    {
      'alpha-town': {
        identityProvider: {
          issuer: idp.issuer,
          clientId: 'alpha-portal',
          clientSecret: 'the alpha portal secret, 32 chars or more',
          label: { en: 'Alpha ID', de: 'Alpha-ID' },
          roleClaim: 'roles',
          roles: { 'ck-coordinators': 'coordinator', 'ck-admins': 'admin' },
        },
      },
      'beta-town': {
        identityProvider: { issuer: idp.issuer, clientId: 'beta-portal', createAccounts: false },
      },
    },
  );
}, 30_000);
afterAll(async () => {
  await t?.close();
  await idp?.close();
});

const browser = (lang = 'en') => new Browser(t.app, { 'accept-language': lang });

/** Starts a sign-in at the portal and plays the person at the provider: the way back. */
async function toProvider(b: Browser, base: string, who: string | { error: string }, query = '') {
  const start = await b.get(`${base}/sign-in/oidc${query}`);
  expect(start.statusCode).toBe(303);
  const location = String(start.headers.location);
  expect(location.startsWith(`${idp.issuer}/`)).toBe(true);
  const back = await idp.authorize(location, who);
  return `${back.pathname}${back.search}`;
}
async function signInThrough(b: Browser, base: string, who: string, query = '') {
  return b.get(await toProvider(b, base, who, query));
}
const accountByEmail = (email: string) => t.store.accounts.findByEmail('alpha-town', email);
const identitiesOf = (accountId: string) =>
  t.store.identities.listForAccount('alpha-town', accountId);
const lastAudit = async (city = 'alpha-town') => (await t.store.audit.list(city))[0];

describe('sign-in through the identity provider', () => {
  it('offers the provider on the sign-in page, under its label in the page language', async () => {
    const de = await browser('de').get(`${A}/sign-in`);
    expect(de.body).toContain('Anmelden mit Alpha-ID');
    expect(de.body).toContain(`href="${A}/sign-in/oidc"`);
    const beta = await browser('en').get(`${B}/sign-in?next=${encodeURIComponent(`${B}/account`)}`);
    expect(beta.body).toContain('Sign in with your organisation’s account');
    expect(beta.body).toContain(
      `href="${B}/sign-in/oidc?next=${encodeURIComponent(`${B}/account`)}"`,
    );
  });

  it('sends the person to the provider with PKCE (S256), state and nonce, kept in a scoped cookie', async () => {
    const response = await browser().get(`${A}/sign-in/oidc`);
    const url = new URL(String(response.headers.location));
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(url.searchParams.get('redirect_uri')).toBe(`${ORIGIN}${A}/sign-in/oidc/callback`);
    const cookie = response.cookies.find((c) => c.name === 'ck-oidc');
    expect(cookie).toMatchObject({ path: `${A}/sign-in/oidc`, httpOnly: true, sameSite: 'Lax' });
    // The verifier stays with the portal: nothing in the URL is it.
    expect(response.headers.location).not.toContain(cookie!.value.split('.')[0]);
  });

  it('creates an account at the first sign-in, with the role the claim maps to; the same account next time', async () => {
    idp.people.set('p-new', {
      email: 'New.Person@alpha.example',
      email_verified: true,
      roles: ['ck-coordinators', 'unrelated'],
    });
    const b = browser();
    const first = await signInThrough(b, A, 'p-new');
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe(`${A}/profile`);
    expect((await b.get(`${A}/profile`)).statusCode).toBe(200);
    const account = await accountByEmail('new.person@alpha.example');
    expect(account).toMatchObject({ role: 'coordinator', passwordHash: NO_PASSWORD });
    expect(await identitiesOf(account!.accountId)).toEqual([
      expect.objectContaining({ issuer: idp.issuer, subject: 'p-new' }),
    ]);
    // No password opens it: the marker is no hash, and the local form refuses every password.
    expect(await verifyPassword(NO_PASSWORD, NO_PASSWORD)).toBe(false);
    const local = await browser().signIn(A, 'new.person@alpha.example', NO_PASSWORD);
    expect(local.statusCode).toBe(401);

    const again = await signInThrough(
      browser(),
      A,
      'p-new',
      `?next=${encodeURIComponent(`${A}/account`)}`,
    );
    expect(again.headers.location).toBe(`${A}/account`);
    const accounts = (await t.store.accounts.list('alpha-town')).filter(
      (a) => a.email === 'new.person@alpha.example',
    );
    expect(accounts.map((a) => a.accountId)).toEqual([account!.accountId]);
  });

  it('sets the role from the claim at every sign-in', async () => {
    idp.people.set('p-role', { email: 'role@alpha.example', email_verified: true, roles: [] });
    await signInThrough(browser(), A, 'p-role');
    expect((await accountByEmail('role@alpha.example'))?.role).toBe('staff');
    idp.people.set('p-role', {
      email: 'role@alpha.example',
      email_verified: true,
      roles: ['ck-admins'],
    });
    const b = browser();
    await signInThrough(b, A, 'p-role');
    const account = await accountByEmail('role@alpha.example');
    expect(account?.role).toBe('admin');
    expect((await b.get(`${A}/admin/audit`)).statusCode).toBe(200);
    const events = await t.store.audit.list('alpha-town', 5);
    expect(events.find((e) => e.action === 'role-changed')).toMatchObject({
      actorId: account!.accountId,
      subject: `${account!.accountId}: staff → admin (identity provider)`,
    });
    // The city's last admin stays one (as in the admins' own page), until there is another.
    idp.people.set('p-role', {
      email: 'role@alpha.example',
      email_verified: true,
      roles: ['ck-coordinators'],
    });
    expect((await signInThrough(browser(), A, 'p-role')).statusCode).toBe(303);
    expect((await accountByEmail('role@alpha.example'))?.role).toBe('admin');
    idp.people.set('p-admin', {
      email: 'admin@alpha.example',
      email_verified: true,
      roles: ['ck-admins'],
    });
    await signInThrough(browser(), A, 'p-admin');
    await signInThrough(browser(), A, 'p-role');
    expect((await accountByEmail('role@alpha.example'))?.role).toBe('coordinator');
  });

  it('links a new identity to the local account of its verified email', async () => {
    const local = await accountByEmail('staff-a@example.org');
    idp.people.set('p-local', { email: 'Staff-A@example.org', email_verified: true });
    idp.people.set('p-unverified', { email: 'staff-a@example.org', email_verified: false });
    const refused = await signInThrough(browser(), A, 'p-unverified');
    expect(refused.statusCode).toBe(401);
    expect(refused.body).toContain('did not confirm the address');
    expect(refused.cookies.find((c) => c.name === 'ck-session')).toBeUndefined();

    const b = browser();
    expect((await signInThrough(b, A, 'p-local')).statusCode).toBe(303);
    expect(await identitiesOf(local!.accountId)).toEqual([
      expect.objectContaining({ subject: 'p-local' }),
    ]);
    // The local account keeps its password, and the role claim (none: staff) is applied.
    expect((await accountByEmail('staff-a@example.org'))?.passwordHash).toBe(local!.passwordHash);
    expect((await browser().signIn(A, 'staff-a@example.org', 'password-a')).statusCode).toBe(303);
  });

  it('refuses a tampered state, and a callback brought back twice, without a session', async () => {
    idp.people.set('p-replay', { email: 'replay@alpha.example', email_verified: true });
    const b = browser();
    const back = await toProvider(b, A, 'p-replay');
    const flowCookie = b.cookies.get('ck-oidc')!;
    const tampered = back.replace(/state=[^&]+/, 'state=forged');
    const refused = await b.get(tampered);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('expired or was already used');
    expect(b.cookies.has('ck-session')).toBe(false);
    expect(await lastAudit()).toMatchObject({ action: 'sign-in-refused', subject: 'oidc:expired' });
    // The cookie went with the failed attempt: the genuine answer no longer completes it.
    expect((await b.get(back)).statusCode).toBe(400);
    expect(await accountByEmail('replay@alpha.example')).toBeUndefined();

    // A complete sign-in, then its callback (and the cookie) played again by someone else.
    const c = browser();
    const good = await toProvider(c, A, 'p-replay');
    const cookie = c.cookies.get('ck-oidc')!;
    expect((await c.get(good)).statusCode).toBe(303);
    const thief = browser();
    thief.cookies.set('ck-oidc', cookie);
    const replay = await thief.get(good);
    expect(replay.statusCode).toBe(400);
    expect(thief.cookies.has('ck-session')).toBe(false);
    // A forged cookie (the flow rewritten without the portal's key) is no flow either.
    const forged = browser();
    const [body] = flowCookie.split('.');
    forged.cookies.set('ck-oidc', `${body}.AAAA`);
    expect((await forged.get(back)).statusCode).toBe(400);
  });

  it('refuses a code injected from another sign-in (PKCE), without a session', async () => {
    idp.people.set('p-victim', { email: 'victim@alpha.example', email_verified: true });
    idp.people.set('p-attacker', { email: 'attacker@alpha.example', email_verified: true });
    // The attacker's own code, played into the victim's flow with the victim's state.
    const stolen = new URL(await toProvider(browser(), A, 'p-attacker'), ORIGIN);
    const victim = browser();
    const own = new URL(await toProvider(victim, A, 'p-victim'), ORIGIN);
    own.searchParams.set('code', stolen.searchParams.get('code')!);
    const page = await victim.get(`${own.pathname}${own.search}`);
    expect(page.statusCode).toBe(401);
    expect(page.body).toContain('could not be verified');
    expect(victim.cookies.has('ck-session')).toBe(false);
    expect(await lastAudit()).toMatchObject({ action: 'sign-in-refused', subject: 'oidc:invalid' });
    expect(await accountByEmail('attacker@alpha.example')).toBeUndefined();
  });

  it('shows the provider’s refusal in the person’s language, and signs nobody in', async () => {
    const b = browser('de');
    const back = await toProvider(b, A, { error: 'access_denied' });
    expect(back).toContain('error=access_denied');
    const page = await b.get(back);
    expect(page.statusCode).toBe(401);
    expect(page.body).toContain('Die Anmeldung wurde beim Identitätsanbieter abgebrochen.');
    expect(page.body).toContain(`href="${A}/sign-in"`);
    expect(b.cookies.has('ck-session')).toBe(false);
    expect(await lastAudit()).toMatchObject({ action: 'sign-in-refused', subject: 'oidc:denied' });
  });

  it('does not let another city’s registration take the callback of the first', async () => {
    idp.people.set('p-cross', { email: 'staff-b@example.org', email_verified: true });
    const b = browser();
    const back = await toProvider(b, A, 'p-cross');
    const elsewhere = await b.get(back.replace(A, B));
    expect(elsewhere.statusCode).toBe(400);
    expect(b.cookies.has('ck-session')).toBe(false);
    const beta = await t.store.accounts.findByEmail('beta-town', 'staff-b@example.org');
    expect(await t.store.identities.listForAccount('beta-town', beta!.accountId)).toEqual([]);
  });

  it('creates no account where the city says so, but links an existing one', async () => {
    idp.people.set('p-stranger', { email: 'stranger@beta.example', email_verified: true });
    const refused = await signInThrough(browser(), B, 'p-stranger');
    expect(refused.statusCode).toBe(401);
    expect(refused.body).toContain('has no account for you yet');
    expect(
      await t.store.accounts.findByEmail('beta-town', 'stranger@beta.example'),
    ).toBeUndefined();
    idp.people.set('p-beta', { email: 'staff-b@example.org', email_verified: true });
    const b = browser();
    expect((await signInThrough(b, B, 'p-beta')).headers.location).toBe(`${B}/profile`);
    idp.people.set('p-nomail', {});
    const noMail = await signInThrough(browser(), B, 'p-nomail');
    expect(noMail.statusCode).toBe(401);
    expect(noMail.body).toContain('did not confirm an email address');
  });

  it('lists the identities in the person’s data, and erases them with the account', async () => {
    idp.people.set('p-gdpr', { email: 'gdpr@alpha.example', email_verified: true });
    const b = browser();
    await signInThrough(b, A, 'p-gdpr');
    const exported = JSON.parse((await b.get(`${A}/account/export`)).body) as {
      identities: { issuer: string; subject: string }[];
    };
    expect(exported.identities).toEqual([
      expect.objectContaining({ issuer: idp.issuer, subject: 'p-gdpr' }),
    ]);
    const account = await accountByEmail('gdpr@alpha.example');
    const deletion = await t.store.deleteAccount('alpha-town', account!.accountId);
    expect(deletion.rowsDeleted.account_identities).toBe(1);
    expect(await identitiesOf(account!.accountId)).toEqual([]);
  });

  it('maps role claims to the highest role, and ignores what it does not know', () => {
    const roles = { c: 'coordinator', a: 'admin' } as const;
    expect(roleFromClaim(['c', 'a'], roles)).toBe('admin');
    expect(roleFromClaim('c', roles)).toBe('coordinator');
    expect(roleFromClaim(['toString', 'x', 3], roles)).toBe('staff');
    expect(roleFromClaim(undefined, roles)).toBe('staff');
  });

  it('answers 503 when the provider cannot be reached, and tries discovery again later', async () => {
    // A malformed issuer stops the registration at start, not a person at sign-in.
    expect(() => oidcClient({ issuer: 'not a URL', clientId: 'x' })).toThrow(TypeError);
    const down = oidcClient({ issuer: 'http://127.0.0.1:9', clientId: 'x' });
    const secrets = { state: 's', nonce: 'n', verifier: 'v'.repeat(43) };
    await expect(down.authorizationUrl('http://portal.test/cb', secrets)).rejects.toBeInstanceOf(
      ProviderUnavailable,
    );
    // The provider goes down between the start of a sign-in and its callback.
    idp.people.set('p-down', { email: 'down@alpha.example', email_verified: true });
    const b = browser();
    const back = await toProvider(b, A, 'p-down');
    await idp.close();
    const page = await b.get(back);
    expect(page.statusCode).toBe(503);
    expect(page.body).toContain('cannot be reached');
    expect(b.cookies.has('ck-session')).toBe(false);
  });
});
