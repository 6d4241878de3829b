// The programme area through its routes: a coordinator records who attended a session; only the
// people enrolled in it can be marked, and a form with anything else changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from './auth/password.js';
import { ALPHA, Browser, startApp, TEST_COST, type TestApp } from './test-support/app.js';

const A = '/alpha-town';
const programme = ALPHA.programme!;
const session = programme.sessions[0]!;
const page = `${A}/programme/sessions/${session.id}`;
const action = `${page}/attendance`;
let t: TestApp;
let coordinator: Browser;
const people: { browser: Browser; accountId: string; email: string }[] = [];
let outsider: string;

async function person(email: string, role: 'staff' | 'coordinator') {
  const created = await t.store.accounts.create('alpha-town', {
    email,
    role,
    passwordHash: await hashPassword('a long password', TEST_COST),
    roleProfile: 'front-desk',
  });
  if (!created.ok) throw new Error(created.code);
  const browser = new Browser(t.app, { 'accept-language': 'en' });
  expect((await browser.signIn(A, email, 'a long password')).statusCode).toBe(303);
  return { browser, accountId: created.account.accountId, email };
}

/** Posts a urlencoded body as written (repeated fields), with the browser's cookies. */
async function post(browser: Browser, url: string, body: string) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      'accept-language': 'en',
      'content-type': 'application/x-www-form-urlencoded',
      cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    },
    remoteAddress: browser.address,
    payload: body,
  });
}

const attendanceRows = () =>
  t.store.db
    .selectFrom('attendance')
    .select(['account_id', 'attended'])
    .where('city_id', '=', 'alpha-town')
    .orderBy('account_id')
    .execute();

beforeAll(async () => {
  t = await startApp();
  coordinator = (await person('coordinator@alpha.example.org', 'coordinator')).browser;
  for (let i = 0; i < 2; i++) people.push(await person(`p${i}@alpha.example.org`, 'staff'));
  for (const p of people)
    await t.store.enrolments.enrol('alpha-town', p.accountId, {
      programmeId: programme.id,
      sessionId: session.id,
    });
  outsider = (await person('outsider@alpha.example.org', 'staff')).accountId;
});
afterAll(async () => t?.close());

describe('attendance', () => {
  it('lists the people enrolled in a session, and no one else', async () => {
    const res = await coordinator.get(page);
    expect(res.statusCode).toBe(200);
    for (const p of people) expect(res.body).toContain(p.email);
    expect(res.body).not.toContain('outsider@alpha.example.org');
    expect(res.body).toContain('<caption>');
  });

  it('records who attended; the others are recorded absent', async () => {
    const token = await coordinator.csrf(page);
    const res = await post(
      coordinator,
      action,
      `_csrf=${encodeURIComponent(token)}&attended=${people[0]!.accountId}`,
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${page}?done=attendance`);
    const rows = await attendanceRows();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.account_id === people[0]!.accountId)?.attended).toBe(true);
    expect(rows.find((r) => r.account_id === people[1]!.accountId)?.attended).toBe(false);
    const shown = await coordinator.get(`${page}?done=attendance`);
    expect(shown.body).toContain('Attendance saved.');
    expect(shown.body).toMatch(new RegExp(`value="${people[0]!.accountId}"\\s+checked`));
  });

  it('marks several people at once, and can unmark them again', async () => {
    let token = await coordinator.csrf(page);
    const both = people.map((p) => `attended=${p.accountId}`).join('&');
    expect(
      (await post(coordinator, action, `_csrf=${encodeURIComponent(token)}&${both}`)).statusCode,
    ).toBe(303);
    expect((await attendanceRows()).every((r) => r.attended)).toBe(true);
    token = await coordinator.csrf(page);
    expect((await post(coordinator, action, `_csrf=${encodeURIComponent(token)}`)).statusCode).toBe(
      303,
    );
    expect((await attendanceRows()).every((r) => !r.attended)).toBe(true);
  });

  it('refuses people not enrolled and hostile input with a 400, changing nothing', async () => {
    const before = await attendanceRows();
    for (const extra of [
      `attended=${outsider}`,
      `attended=${people[0]!.accountId}&attended=${outsider}`,
      'attended=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      `attended=${people[0]!.accountId}&role=admin`,
    ]) {
      const token = await coordinator.csrf(page);
      const res = await post(coordinator, action, `_csrf=${encodeURIComponent(token)}&${extra}`);
      expect(res.statusCode, extra).toBe(400);
      expect(res.body).toContain('Only people enrolled in the session');
      expect(res.body).not.toContain('<script>alert');
    }
    expect(await attendanceRows()).toEqual(before);
  });

  it('knows only the sessions of the programme', async () => {
    expect((await coordinator.get(`${A}/programme/sessions/no-such-session`)).statusCode).toBe(404);
    expect((await coordinator.get(`${A}/programme/sessions/%3Cx%3E`)).statusCode).toBe(404);
  });

  it("is in the person's data export, and gone with the account", async () => {
    const gone = people[1]!.accountId;
    const exported = await t.store.exportAccountData('alpha-town', gone);
    expect(exported?.attendance).toEqual([
      expect.objectContaining({
        programmeId: programme.id,
        sessionId: session.id,
        attended: false,
      }),
    ]);
    await t.store.deleteAccount('alpha-town', gone);
    expect((await attendanceRows()).map((r) => r.account_id)).not.toContain(gone);
  });
});

describe('an account deleted by its owner', () => {
  let own: TestApp;
  beforeAll(async () => {
    own = await startApp();
  });
  afterAll(async () => own?.close());

  it('gives its place in a full session of the city file’s programme to the first in line', async () => {
    const place = { programmeId: programme.id, sessionId: session.id };
    expect(session.capacity).toBe(1);
    const signedIn = async (email: string) => {
      const created = await own.store.accounts.create('alpha-town', {
        email,
        role: 'staff',
        passwordHash: await hashPassword('a long password', TEST_COST),
        roleProfile: 'front-desk',
      });
      if (!created.ok) throw new Error(created.code);
      const browser = new Browser(own.app, { 'accept-language': 'en' });
      expect((await browser.signIn(A, email, 'a long password')).statusCode).toBe(303);
      return { browser, accountId: created.account.accountId };
    };
    const [holder, waiting] = [
      await signedIn('holder@alpha.example.org'),
      await signedIn('waiting@alpha.example.org'),
    ];
    const form = { session: session.id };
    expect(
      (await holder.browser.submit(`${A}/profile`, `${A}/enrolments`, form)).headers.location,
    ).toBe(`${A}/profile?done=enrolled`);
    expect(
      (await waiting.browser.submit(`${A}/profile`, `${A}/waiting-list`, form)).headers.location,
    ).toBe(`${A}/profile?done=waiting`);
    expect(await own.store.waitingList.queue('alpha-town', place)).toEqual([waiting.accountId]);
    const res = await holder.browser.submit(`${A}/account`, `${A}/account/delete`, {
      confirm: 'yes',
    });
    expect(res.headers.location).toBe(`${A}/?done=deleted`);
    expect(await own.store.accounts.get('alpha-town', holder.accountId)).toBeUndefined();
    expect(
      (await own.store.enrolments.listOwn('alpha-town', waiting.accountId)).map((e) => e.sessionId),
    ).toEqual([session.id]);
    expect(await own.store.waitingList.queue('alpha-town', place)).toEqual([]);
    // In the other city, nothing of this happened.
    expect(await own.store.enrolments.countForSession('beta-town', place)).toBe(0);
  });
});
