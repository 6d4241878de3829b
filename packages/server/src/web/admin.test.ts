// The city's administration through its routes: changing roles (never leaving the city without
// an admin, effective on the person's next request), invitations by link (created once, accepted
// once, scoped to the city, the email forgotten once used), and the city configuration page
// with its checker for city files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from './auth/password.js';
import { hashSessionToken, newSessionToken } from '../store/index.js';
import { ALPHA, Browser, startApp, TEST_COST, type TestApp } from './test-support/app.js';

const A = '/alpha-town';
const B = '/beta-town';
let t: TestApp;
let admin: Browser;
let adminId: string;

async function person(email: string, role: 'staff' | 'coordinator' | 'admin', city = 'alpha-town') {
  const created = await t.store.accounts.create(city, {
    email,
    role,
    passwordHash: await hashPassword('a long password', TEST_COST),
    roleProfile: 'front-desk',
  });
  if (!created.ok) throw new Error(created.code);
  const browser = new Browser(t.app, { 'accept-language': 'en' });
  expect((await browser.signIn(`/${city}`, email, 'a long password')).statusCode).toBe(303);
  return { browser, accountId: created.account.accountId };
}
const roleOf = async (accountId: string) =>
  (await t.store.accounts.get('alpha-town', accountId))?.role;
const invitationRows = () =>
  t.store.db.selectFrom('invitations').selectAll().orderBy('created_at').execute();
const linkIn = (body: string) => {
  const link = /id="invitation-link"[^>]*value="([^"]+)"/.exec(body)?.[1];
  if (!link) throw new Error('No invitation link on the page');
  return new URL(link).pathname;
};

beforeAll(async () => {
  t = await startApp();
  ({ browser: admin, accountId: adminId } = await person('admin@alpha.example.org', 'admin'));
});
afterAll(async () => t?.close());

describe('people and roles', () => {
  it('lists the city’s accounts, and only them, for admins', async () => {
    const page = await admin.get(`${A}/admin/people`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<caption>');
    expect(page.body).toContain('admin@alpha.example.org');
    expect(page.body).toContain('staff-a@example.org');
    expect(page.body).not.toContain('staff-b@example.org');
    expect(page.body).toContain(`action="${A}/admin/people/${adminId}/role"`);
    // The nav offers the admin pages.
    expect(page.body).toContain(`href="${A}/admin/city"`);
    // An address stored by other means is shown as text.
    await t.store.accounts.create('alpha-town', {
      email: '"><script>alert(1)</script>@alpha.example.org',
      role: 'staff',
      passwordHash: 'not-a-password',
    });
    const again = await admin.get(`${A}/admin/people`);
    expect(again.body).not.toContain('<script>alert(1)');
    expect(again.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;@alpha.example.org');
  });

  it('changes a role, effective on the person’s next request, and records it', async () => {
    const { browser: coordinator, accountId } = await person(
      'coordinator@alpha.example.org',
      'coordinator',
    );
    expect((await coordinator.get(`${A}/results`)).statusCode).toBe(200);
    const changed = await admin.submit(`${A}/admin/people`, `${A}/admin/people/${accountId}/role`, {
      role: 'staff',
    });
    expect(changed.statusCode).toBe(303);
    expect(changed.headers.location).toBe(`${A}/admin/people?done=role-changed`);
    expect(await roleOf(accountId)).toBe('staff');
    // Same session, next request: no longer a coordinator.
    expect((await coordinator.get(`${A}/results`)).statusCode).toBe(403);
    const events = await t.store.audit.list('alpha-town');
    expect(events[0]).toMatchObject({ action: 'role-changed', actorId: adminId });
    expect(events[0]!.subject).toContain(accountId);
    const log = await admin.get(`${A}/admin/audit`);
    expect(log.body).toContain('changed a role');
  });

  it('refuses to remove the city’s last admin, changing nothing', async () => {
    const refused = await admin.submit(`${A}/admin/people`, `${A}/admin/people/${adminId}/role`, {
      role: 'coordinator',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('only administrator');
    expect(await roleOf(adminId)).toBe('admin');
    // With a second admin, the first may step down; the second is then the last.
    const { accountId: second } = await person('second-admin@alpha.example.org', 'admin');
    const stepped = await admin.submit(`${A}/admin/people`, `${A}/admin/people/${adminId}/role`, {
      role: 'coordinator',
    });
    expect(stepped.statusCode).toBe(303);
    expect((await admin.get(`${A}/admin/people`)).statusCode).toBe(403);
    // Restore: the second admin makes the first an admin again.
    const other = new Browser(t.app, { 'accept-language': 'en' });
    await other.signIn(A, 'second-admin@alpha.example.org', 'a long password');
    const back = await other.submit(`${A}/admin/people`, `${A}/admin/people/${adminId}/role`, {
      role: 'admin',
    });
    expect(back.statusCode).toBe(303);
    expect(await roleOf(adminId)).toBe('admin');
    expect(await roleOf(second)).toBe('admin');
  });

  it('refuses unknown roles (400), unknown and other cities’ accounts (404)', async () => {
    const staff = (await t.store.accounts.findByEmail('alpha-town', 'staff-a@example.org'))!;
    for (const role of ['root', '', 'admin ', '<b>admin</b>']) {
      const refused = await admin.submit(
        `${A}/admin/people`,
        `${A}/admin/people/${staff.accountId}/role`,
        { role },
      );
      expect(refused.statusCode, role).toBe(400);
      expect(refused.body).toContain('Choose one of the roles');
    }
    expect(await roleOf(staff.accountId)).toBe('staff');
    const ofB = (await t.store.accounts.findByEmail('beta-town', 'staff-b@example.org'))!;
    for (const id of [ofB.accountId, 'not-an-id', '00000000-0000-4000-8000-000000000000']) {
      const missing = await admin.submit(`${A}/admin/people`, `${A}/admin/people/${id}/role`, {
        role: 'admin',
      });
      expect(missing.statusCode, id).toBe(404);
    }
    expect((await t.store.accounts.get('beta-town', ofB.accountId))?.role).toBe('staff');
  });

  it('is for admins only', async () => {
    const staff = new Browser(t.app);
    await staff.signIn(A, 'staff-a@example.org', 'password-a');
    expect((await staff.get(`${A}/admin/people`)).statusCode).toBe(403);
    expect((await staff.get(`${A}/admin/city`)).statusCode).toBe(403);
    const anonymous = new Browser(t.app);
    expect((await anonymous.get(`${A}/admin/people`)).statusCode).toBe(303);
  });
});

describe('invitations', () => {
  const invite = (form: Record<string, string>) =>
    admin.submit(`${A}/admin/people`, `${A}/admin/invitations`, form);

  it('creates a link shown once, accepted once: the person is signed in with the role', async () => {
    const before = (await invitationRows()).length;
    const created = await invite({
      email: 'New.Person@Alpha.example.org',
      role: 'coordinator',
      roleProfile: 'front-desk',
    });
    expect(created.statusCode).toBe(201);
    expect(created.body).toMatch(/<label for="invitation-link">/);
    expect(created.body).toMatch(/id="invitation-link"[^>]*readonly/);
    const path = linkIn(created.body);
    expect(path).toMatch(new RegExp(`^${A}/invitation/[\\w-]{43}$`));
    const token = path.split('/').at(-1)!;
    // Only the hash is stored; the email until the invitation is used.
    const rows = await invitationRows();
    expect(rows).toHaveLength(before + 1);
    const row = rows.at(-1)!;
    expect(row.token_hash).toBe(hashSessionToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(row.email).toBe('new.person@alpha.example.org');
    expect(
      Math.abs(row.expires_at.getTime() - row.created_at.getTime() - 7 * 86_400_000),
    ).toBeLessThan(5000);
    // Listed as open, with a revoke form; the token itself is never shown again.
    const people = await admin.get(`${A}/admin/people`);
    expect(people.body).toContain('new.person@alpha.example.org');
    expect(people.body).toContain(`/admin/invitations/${row.invitation_id}/revoke`);
    expect(people.body).not.toContain(token);

    const newcomer = new Browser(t.app, { 'accept-language': 'en' });
    const page = await newcomer.get(path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Alphastadt');
    expect(page.body).toContain('as Coordinator');
    // Too short, too long, not confirmed: 400, nothing created.
    for (const [password, confirm, text] of [
      ['short', 'short', 'at least 12'],
      ['x'.repeat(1025), 'x'.repeat(1025), 'at most'],
      ['a long password here', 'another long password', 'differ'],
    ] as const) {
      const refused = await newcomer.submit(path, path, { password, confirm });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain(text);
      expect(refused.body).toContain('aria-invalid="true"');
    }
    expect(await t.store.accounts.findByEmail('alpha-town', 'new.person@alpha.example.org')).toBe(
      undefined,
    );
    const accepted = await newcomer.submit(path, path, {
      password: 'a long password here',
      confirm: 'a long password here',
    });
    expect(accepted.statusCode).toBe(303);
    expect(accepted.headers.location).toBe(`${A}/profile`);
    const account = (await t.store.accounts.findByEmail(
      'alpha-town',
      'new.person@alpha.example.org',
    ))!;
    expect(account).toMatchObject({ role: 'coordinator', roleProfile: 'front-desk' });
    // Signed in, with the role: the results workspace opens.
    expect((await newcomer.get(`${A}/results`)).statusCode).toBe(200);
    // The invitation forgets the email and names the account instead.
    const used = (await invitationRows()).find((r) => r.invitation_id === row.invitation_id)!;
    expect(used).toMatchObject({ email: null, accepted_account_id: account.accountId });
    expect(used.used_at).not.toBeNull();
    // The account's export tells how it came to be; the audit log records the acceptance.
    const exported = await t.store.exportAccountData('alpha-town', account.accountId);
    expect(exported?.invitation).toMatchObject({ role: 'coordinator', roleProfile: 'front-desk' });
    expect((await t.store.audit.list('alpha-town')).map((e) => e.action)).toEqual(
      expect.arrayContaining(['invitation-created', 'invitation-accepted']),
    );
    // The link works once.
    const again = await new Browser(t.app, { 'accept-language': 'en' }).get(path);
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('used already');
    const twice = await newcomer.submit(`${A}/sign-in`, path, {
      password: 'a long password here',
      confirm: 'a long password here',
    });
    expect(twice.statusCode).toBe(410);
    // Erasing the account leaves the admins' record, which holds no email.
    await t.store.deleteAccount('alpha-town', account.accountId);
    const kept = (await invitationRows()).find((r) => r.invitation_id === row.invitation_id);
    expect(kept?.email).toBeNull();
  });

  it('refuses expired, revoked and unknown links, and other cities’ links', async () => {
    const expired = newSessionToken();
    await t.store.invitations.create('alpha-town', {
      tokenHash: expired.tokenHash,
      email: 'late@alpha.example.org',
      role: 'staff',
      createdBy: adminId,
      expiresAt: new Date(Date.now() - 1000),
    });
    const visitor = new Browser(t.app, { 'accept-language': 'en' });
    const late = await visitor.get(`${A}/invitation/${expired.token}`);
    expect(late.statusCode).toBe(410);
    expect(late.body).toContain('expired');
    const lateAccept = await visitor.submit(`${A}/sign-in`, `${A}/invitation/${expired.token}`, {
      password: 'a long password here',
      confirm: 'a long password here',
    });
    expect(lateAccept.statusCode).toBe(410);
    expect(await t.store.accounts.findByEmail('alpha-town', 'late@alpha.example.org')).toBe(
      undefined,
    );
    // Listing the people forgets the expired invitation's email.
    await admin.get(`${A}/admin/people`);
    const lateRow = (await invitationRows()).find((r) => r.token_hash === expired.tokenHash);
    expect(lateRow?.email).toBeNull();

    const created = await invite({ email: 'revoked@alpha.example.org', role: 'staff' });
    const path = linkIn(created.body);
    const id = (await invitationRows()).at(-1)!.invitation_id;
    const revoked = await admin.submit(`${A}/admin/people`, `${A}/admin/invitations/${id}/revoke`);
    expect(revoked.headers.location).toBe(`${A}/admin/people?done=invitation-revoked`);
    const revokedRow = (await invitationRows()).find((r) => r.invitation_id === id)!;
    expect(revokedRow.revoked_at).not.toBeNull();
    expect(revokedRow.email).toBeNull();
    expect((await visitor.get(path)).statusCode).toBe(410);
    expect(
      (
        await visitor.submit(`${A}/sign-in`, path, {
          password: 'a long password here',
          confirm: 'a long password here',
        })
      ).statusCode,
    ).toBe(410);
    expect(await t.store.accounts.findByEmail('alpha-town', 'revoked@alpha.example.org')).toBe(
      undefined,
    );
    // Revoking again changes nothing.
    const again = await admin.submit(`${A}/admin/people`, `${A}/admin/invitations/${id}/revoke`);
    expect(again.headers.location).toBe(`${A}/admin/people?done=invitation-closed`);

    // An open invitation of city A is unknown in city B.
    const open = linkIn((await invite({ email: 'open@alpha.example.org', role: 'staff' })).body);
    const token = open.split('/').at(-1)!;
    const inB = await visitor.get(`${B}/invitation/${token}`);
    expect(inB.statusCode).toBe(404);
    const acceptInB = await visitor.submit(`${B}/sign-in`, `${B}/invitation/${token}`, {
      password: 'a long password here',
      confirm: 'a long password here',
    });
    expect(acceptInB.statusCode).toBe(404);
    expect(await t.store.accounts.findByEmail('beta-town', 'open@alpha.example.org')).toBe(
      undefined,
    );
    expect((await visitor.get(`${A}/invitation/not-a-token`)).statusCode).toBe(404);
    expect((await visitor.get(`${A}/invitation/${newSessionToken().token}`)).statusCode).toBe(404);
    // Still open in A.
    expect((await visitor.get(open)).statusCode).toBe(200);
  });

  it('refuses an email that has an account, when inviting and when accepting', async () => {
    const taken = await invite({ email: 'staff-a@example.org', role: 'staff' });
    expect(taken.statusCode).toBe(409);
    expect(taken.body).toContain('There is an account with this email already');
    const created = await invite({ email: 'twice@alpha.example.org', role: 'admin' });
    const path = linkIn(created.body);
    await person('twice@alpha.example.org', 'staff');
    const visitor = new Browser(t.app, { 'accept-language': 'en' });
    const refused = await visitor.submit(path, path, {
      password: 'a long password here',
      confirm: 'a long password here',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('There is an account with this email in Alphastadt');
    const account = await t.store.accounts.findByEmail('alpha-town', 'twice@alpha.example.org');
    expect(account?.role).toBe('staff');
  });

  it('ends the session of whoever was signed in on the browser that accepts', async () => {
    const path = linkIn((await invite({ email: 'shared@alpha.example.org', role: 'staff' })).body);
    const { browser, accountId } = await person('desk@alpha.example.org', 'staff');
    const sessions = (id: string) =>
      t.store.db.selectFrom('sessions').select('account_id').where('account_id', '=', id).execute();
    expect(await sessions(accountId)).toHaveLength(1);
    const accepted = await browser.submit(path, path, {
      password: 'a long password here',
      confirm: 'a long password here',
    });
    expect(accepted.statusCode).toBe(303);
    expect(await sessions(accountId)).toHaveLength(0);
    const account = await t.store.accounts.findByEmail('alpha-town', 'shared@alpha.example.org');
    expect(await sessions(account!.accountId)).toHaveLength(1);
    const signedIn = await t.store.sessions.findValid(
      'alpha-town',
      hashSessionToken(browser.cookies.get('ck-session')!),
    );
    expect(signedIn?.account.email).toBe('shared@alpha.example.org');
  });

  it('refuses hostile emails, roles and role profiles (400), storing nothing', async () => {
    const before = await invitationRows();
    for (const form of <Record<string, string>[]>[
      { email: '<script>alert(1)</script>@x.example', role: 'staff' },
      { email: 'a@b', role: 'staff' },
      { email: 'two@a.example, three@b.example', role: 'staff' },
      { email: `${'x'.repeat(250)}@a.example`, role: 'staff' },
      { email: 'fine@alpha.example.org', role: 'superuser' },
      { email: 'fine@alpha.example.org', role: '' },
      { email: 'fine@alpha.example.org', role: 'staff', roleProfile: '<b>boss</b>' },
    ]) {
      const refused = await invite(form);
      expect(refused.statusCode, JSON.stringify(form)).toBe(400);
      expect(refused.body).toContain('aria-invalid="true"');
      expect(refused.body).not.toContain('<script>alert');
      expect(refused.body).not.toContain('<b>boss');
    }
    expect(await invitationRows()).toEqual(before);
  });
});

describe('the city’s configuration', () => {
  const check = (text: string) =>
    admin.submit(`${A}/admin/city`, `${A}/admin/city/check`, { city: text });

  it('shows what the portal loaded', async () => {
    const page = await admin.get(`${A}/admin/city`);
    expect(page.statusCode).toBe(200);
    for (const text of [
      'alpha-town',
      'Europe/Berlin',
      'Alphastadt',
      ALPHA.framework.version,
      ALPHA.city.framework.id,
      ALPHA.catalogue.version,
      ALPHA.programme!.id,
      ALPHA.city.contact.email,
      ALPHA.city.dataProtection.controller.email,
      'at least 5 people',
      'never applied',
    ])
      expect(page.body, text).toContain(text);
    expect(page.body).toContain('<caption>');
    expect(page.body).toContain('<dl class="facts">');
    expect(page.body).toMatch(/<label for="city-file">/);
  });

  it('checks a pasted city file against the schema, never applying it', async () => {
    const valid = await check(JSON.stringify(ALPHA.city, null, 2));
    expect(valid.statusCode).toBe(200);
    expect(valid.body).toContain('The file matches the city schema');

    const broken = {
      ...ALPHA.city,
      timezone: 42,
      languages: [],
      extra: '<img src=x onerror=alert(1)>',
    };
    const invalid = await check(JSON.stringify(broken));
    expect(invalid.statusCode).toBe(200);
    expect(invalid.body).toContain('does not match the city schema');
    expect(invalid.body).toContain('<code>/timezone</code>');
    expect(invalid.body).toContain('<code>/languages</code>');
    expect(invalid.body).not.toContain('<img src=x');
    expect(invalid.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Nothing applied: the portal still runs with its city.
    expect((await admin.get(`${A}/admin/city`)).body).toContain('Europe/Berlin');

    const malformed = await check('{\n  "id": "x",\n  "name": <script>\n}');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).toContain('This is not valid JSON');
    expect(malformed.body).toContain('Line 3, column 11');
    expect(malformed.body).not.toContain('<script>\n');
    expect(malformed.body).toContain('&lt;script&gt;');
    expect(malformed.body).toContain('aria-describedby="check-problem"');

    expect((await check('   ')).statusCode).toBe(400);
    const large = await check(`"${'x'.repeat(256 * 1024)}"`);
    expect(large.statusCode).toBe(413);
    expect(large.body).toContain('larger than 256 KB');
  });
});
