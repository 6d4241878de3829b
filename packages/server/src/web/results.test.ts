import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffSelfAssessment } from '@competence-kit/framework-intercultural';
import type { Release } from '@competence-kit/disclosure';
import { hashPassword } from './auth/password.js';
import {
  ALPHA,
  Browser,
  responseOf,
  startApp,
  TEST_COST,
  type TestApp,
} from './test-support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(async () => t?.close());

const A = '/alpha-town';
const B = '/beta-town';
const city = () => ALPHA.city.id;

async function account(email: string, role: 'staff' | 'coordinator' | 'admin', cityId = city()) {
  const created = await t.store.accounts.create(cityId, {
    email,
    role,
    passwordHash: await hashPassword(`pw-${email}`, TEST_COST),
    roleProfile: 'front-desk',
  });
  if (!created.ok) throw new Error(created.code);
  return created.account;
}

async function signedIn(base: string, email: string) {
  const browser = new Browser(t.app);
  const response = await browser.signIn(base, email, `pw-${email}`);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(303);
  return browser;
}

/** A stored self-assessment of `accountId`: every rating `rating`. */
async function answer(accountId: string, rating: number, submittedAt = '2027-02-01T10:00:00Z') {
  const response = responseOf(accountId, rating, submittedAt);
  const stored = await t.store.responses.submit(city(), accountId, {
    instrumentId: staffSelfAssessment.id,
    instrumentVersion: staffSelfAssessment.version,
    response: response as never,
  });
  expect(stored).toBeDefined();
}

const releasesOf = async () =>
  (await t.store.releases.list(city())).map((r) => ({
    sequence: r.sequence,
    release: r.release as unknown as Release,
  }));

describe('results: published releases only', () => {
  it('lets coordinators and admins in, sends others to sign in, and refuses staff', async () => {
    await account('coord@example.org', 'coordinator');
    await account('admin@example.org', 'admin');
    await account('worker@example.org', 'staff');
    for (const url of [`${A}/results`, `${A}/results/1`]) {
      const anonymous = await new Browser(t.app).get(url);
      expect(anonymous.statusCode, url).toBe(303);
      expect(anonymous.headers.location).toContain(`${A}/sign-in?next=`);
    }
    const staff = await signedIn(A, 'worker@example.org');
    const refused = await staff.get(`${A}/results?lang=de`);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('Nicht für Ihre Rolle');
    expect(refused.body).not.toContain('href="/alpha-town/results"');
    const post = await staff.submit(`${A}/profile`, `${A}/results`, { byRole: 'yes' });
    expect(post.statusCode).toBe(403);
    expect(await releasesOf()).toEqual([]);
    for (const email of ['coord@example.org', 'admin@example.org']) {
      const page = await (await signedIn(A, email)).get(`${A}/results?lang=it`);
      expect(page.statusCode, email).toBe(200);
      expect(page.body).toContain('Risultati pubblicati');
      expect(page.body).toContain('href="/alpha-town/results" aria-current="page"');
    }
  });

  it('refuses to publish before anyone has answered, and without the page’s CSRF token', async () => {
    const coordinator = await signedIn(A, 'coord@example.org');
    const none = await coordinator.submit(`${A}/results?lang=en`, `${A}/results`, {
      byRole: 'yes',
    });
    expect(none.statusCode).toBe(409);
    expect(none.body).toContain('nobody has submitted the self-assessment yet');
    const forged = await coordinator.request('POST', `${A}/results`, {
      form: { _csrf: 'forged', byRole: 'yes' },
    });
    expect(forged.statusCode).toBe(403);
    expect(await releasesOf()).toEqual([]);
  });

  it('publishes a release of the stored answers, shows it, and keeps its tables fixed', async () => {
    const people = await Promise.all(
      Array.from({ length: 7 }, (_, i) => account(`p${i}@example.org`, 'staff')),
    );
    for (const [i, p] of people.entries()) await answer(p.accountId, 1 + (i % 5));
    // An answer to an older version of the instrument is not counted: its items differ.
    const old = await account('old-version@example.org', 'staff');
    await t.store.responses.submit(city(), old.accountId, {
      instrumentId: staffSelfAssessment.id,
      instrumentVersion: '0.0.1',
      response: { respondent: old.accountId } as never,
    });
    const coordinator = await signedIn(A, 'coord@example.org');
    const published = await coordinator.submit(`${A}/results`, `${A}/results`, {
      byRole: 'yes',
    });
    expect(published.statusCode, published.body.slice(0, 400)).toBe(303);
    expect(published.headers.location).toBe(`${A}/results/1`);
    const [first] = await releasesOf();
    expect(first!.release.tables.map((table) => table.by)).toEqual([[], ['roleProfile']]);
    // Seven front-desk workers: everyone and the front desk are shown, with their means.
    expect(first!.release.tables[0]!.cells[0]).toMatchObject({ n: 7, hidden: false });
    expect(first!.release.minGroupSize).toBe(ALPHA.city.anonymity.minGroupSize);

    const page = await coordinator.get(`${A}/results/1?lang=en`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<ck-group-dashboard lang="en">');
    expect(page.body).toMatch(
      /<script type="module" src="\/alpha-town\/assets\/results-[\w-]+\.js">/,
    );
    expect(page.body).toContain('7 people');
    const list = await coordinator.get(`${A}/results?lang=en`);
    expect(list.body).toContain('Release 1');
    expect(list.body).toContain('Fixed by the first release');

    // The tables of the first release stay: a later choice of waves is ignored.
    const second = await coordinator.submit(`${A}/results`, `${A}/results`, { byPhase: 'yes' });
    expect(second.headers.location).toBe(`${A}/results/2`);
    const [latest] = await releasesOf();
    expect(latest!.release.tables.map((table) => table.by)).toEqual([[], ['roleProfile']]);
  });

  it('refuses a release that would describe the one person who answered again', async () => {
    const coordinator = await signedIn(A, 'coord@example.org');
    const before = (await releasesOf()).length;
    const someone = (await t.store.accounts.findByEmail(city(), 'p0@example.org'))!;
    await answer(someone.accountId, 5, '2027-05-01T10:00:00Z');
    const refused = await coordinator.submit(`${A}/results?lang=en`, `${A}/results`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('too few answers have changed since the last release');
    expect((await releasesOf()).length).toBe(before);
  });

  it('answers a release that does not exist with 404, and never shows another city’s', async () => {
    const coordinator = await signedIn(A, 'coord@example.org');
    for (const path of ['/results/99', '/results/abc', '/results/0', '/results/1e3'])
      expect((await coordinator.get(`${A}${path}`)).statusCode, path).toBe(404);
    await account('coord-b@example.org', 'coordinator', 'beta-town');
    const b = await signedIn(B, 'coord-b@example.org');
    expect((await b.get(`${B}/results/1`)).statusCode).toBe(404);
    // B's coordinator in A's pages is a stranger: sent to sign in.
    expect((await b.get(`${A}/results/1`)).statusCode).toBe(303);
  });
});

describe('the audit log', () => {
  it('shows admins who signed in, published and was refused, without the emails tried', async () => {
    const stranger = new Browser(t.app);
    await stranger.signIn(A, 'typo-of-someone@example.org', 'wrong');
    const admin = await signedIn(A, 'admin@example.org');
    const page = await admin.get(`${A}/admin/audit?lang=en`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Audit log');
    expect(page.body).toContain('sign-in refused');
    expect(page.body).not.toContain('typo-of-someone@example.org');
    // The coordinator's releases and refusal above, under the coordinator's email.
    expect(page.body).toMatch(/coord@example\.org\s*<\/td>\s*<td>published a release/);
    expect(page.body).toContain(`${ALPHA.city.id}/${staffSelfAssessment.id}#1`);
    expect(page.body).toMatch(/release refused<\/td>\s*<td>nothing-left/);
    expect(page.body).toContain('href="/alpha-town/admin/audit" aria-current="page"');
    // A coordinator has no audit log in the navigation and no access.
    const coordinator = await signedIn(A, 'coord@example.org');
    expect((await coordinator.get(`${A}/results`)).body).not.toContain('/admin/audit');
    expect((await coordinator.get(`${A}/admin/audit`)).statusCode).toBe(403);
  });
});
