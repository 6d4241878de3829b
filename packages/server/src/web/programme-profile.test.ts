// The staff's profile follows the programme in force: its learning path (the `ck-profile` data
// the browser module reads, whose Enrol buttons post session ids) offers the sessions of the
// programme published last in the portal, not the city file's, and enrolment and the
// coordinators' session pages refer to the same programme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffSelfAssessment } from '@competence-kit/framework-intercultural';
import type { Programme } from '@competence-kit/schemas';
import { hashPassword } from './auth/password.js';
import {
  ALPHA,
  Browser,
  responseOf,
  startApp,
  TEST_COST,
  type TestApp,
} from './test-support/app.js';

const A = '/alpha-town';
const CITY = 'alpha-town';
let t: TestApp;
let person: { browser: Browser; accountId: string };
let coordinator: Browser;

/** The city file's programme under another id, its first session renamed: what gets published. */
const published: Programme = {
  ...ALPHA.programme!,
  id: 'alpha-town-published',
  sessions: ALPHA.programme!.sessions.map((s, i) =>
    i === 0 ? { ...s, id: 'published-first', capacity: 5 } : s,
  ),
};

async function signedIn(email: string, role: 'staff' | 'coordinator') {
  const created = await t.store.accounts.create(CITY, {
    email,
    role,
    passwordHash: await hashPassword('a long password', TEST_COST),
    roleProfile: 'front-desk',
  });
  if (!created.ok) throw new Error(created.code);
  const browser = new Browser(t.app, { 'accept-language': 'en' });
  expect((await browser.signIn(A, email, 'a long password')).statusCode).toBe(303);
  return { browser, accountId: created.account.accountId };
}

/** The programme the profile hands to its browser module. */
async function profileProgramme(): Promise<Programme | undefined> {
  const res = await person.browser.get(`${A}/profile`);
  expect(res.statusCode).toBe(200);
  const json = /<script type="application\/json" id="ck-profile">(.*?)<\/script>/s.exec(
    res.body,
  )?.[1];
  expect(json).toBeDefined();
  return (JSON.parse(json!) as { programme?: Programme }).programme;
}

beforeAll(async () => {
  t = await startApp();
  person = await signedIn('learner@alpha.example.org', 'staff');
  coordinator = (await signedIn('lead@alpha.example.org', 'coordinator')).browser;
  await t.store.responses.submit(CITY, person.accountId, {
    instrumentId: staffSelfAssessment.id,
    instrumentVersion: staffSelfAssessment.version,
    response: responseOf(person.accountId, 1) as never,
  });
});
afterAll(async () => t?.close());

describe('the programme in force on the staff’s pages', () => {
  it('is the city file’s until a programme is published in the portal', async () => {
    expect((await profileProgramme())?.id).toBe(ALPHA.programme!.id);
  });

  it('is the published one afterwards: profile, enrolment and session pages', async () => {
    const created = await t.store.programmes.createDraft(CITY, published);
    expect(created.ok).toBe(true);
    // A draft changes nothing.
    expect((await profileProgramme())?.id).toBe(ALPHA.programme!.id);
    expect(await t.store.programmes.publish(CITY, published.id)).toBe(true);

    const programme = await profileProgramme();
    expect(programme?.id).toBe(published.id);
    expect(programme?.sessions[0]?.id).toBe('published-first');

    // Enrolling names a session of the programme in force; the city file's is unknown now.
    const enrol = await person.browser.submit(`${A}/profile`, `${A}/enrolments`, {
      session: 'published-first',
    });
    expect(enrol.headers.location).toBe(`${A}/profile?done=enrolled`);
    expect(
      (await t.store.enrolments.listOwn(CITY, person.accountId)).map((e) => e.programmeId),
    ).toEqual([published.id]);
    const stale = await person.browser.submit(`${A}/profile`, `${A}/enrolments`, {
      session: ALPHA.programme!.sessions[0]!.id,
    });
    expect(stale.statusCode).toBe(400);

    // The coordinators' session page is the published session's, with the person enrolled.
    const page = await coordinator.get(`${A}/programme/sessions/published-first`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('learner@alpha.example.org');
    expect(
      (await coordinator.get(`${A}/programme/sessions/${ALPHA.programme!.sessions[0]!.id}`))
        .statusCode,
    ).toBe(404);
  });
});
