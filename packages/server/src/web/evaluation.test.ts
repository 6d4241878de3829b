// The programme's evaluation through its routes: feedback on sessions a person took part in,
// stored without the person; feedback published only as releases that hide small groups and
// small changes; and the wave a coordinator opens, which every later self-assessment takes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { hashPassword } from './auth/password.js';
import { buildFeedbackRelease } from './feedback-release.js';
import {
  ALPHA,
  Browser,
  responseOf,
  startApp,
  TEST_COST,
  type TestApp,
} from './test-support/app.js';

const A = '/alpha-town';
const programme = ALPHA.programme!;
// The clock stands after every session of the shipped programme (its last day is 2027-12-15).
const NOW = new Date('2027-12-20T10:00:00Z');
const taken = programme.sessions[1]!;
const other = programme.sessions[2]!;
let t: TestApp;
let coordinator: Browser;
const people: { browser: Browser; accountId: string }[] = [];

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
  return { browser, accountId: created.account.accountId };
}
const feedbackRows = () =>
  t.store.db
    .selectFrom('session_feedback')
    .selectAll()
    .where('city_id', '=', 'alpha-town')
    .execute();

beforeAll(async () => {
  t = await startApp({ now: () => NOW });
  coordinator = (await person('coordinator@alpha.example.org', 'coordinator')).browser;
  for (let i = 0; i < 2; i++) people.push(await person(`p${i}@alpha.example.org`, 'staff'));
  for (const p of people)
    await t.store.enrolments.enrol('alpha-town', p.accountId, {
      programmeId: programme.id,
      sessionId: taken.id,
    });
});
afterAll(async () => t?.close());

describe('feedback on sessions', () => {
  it('is offered for the sessions a person took part in, once they have taken place', async () => {
    const list = await people[0]!.browser.get(`${A}/feedback`);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`href="${A}/feedback/${taken.id}"`);
    expect(list.body).not.toContain(`/feedback/${other.id}"`);
    expect((await people[0]!.browser.get(`${A}/feedback/${other.id}`)).statusCode).toBe(404);
    const refused = await people[0]!.browser.submit(`${A}/feedback`, `${A}/feedback/${other.id}`, {
      satisfaction: '5',
      usefulness: '5',
    });
    expect(refused.statusCode).toBe(404);
    expect(await feedbackRows()).toEqual([]);
  });

  it('refuses an incomplete form with the questions named, and stores nothing', async () => {
    const form = `${A}/feedback/${taken.id}`;
    for (const [values, invalid] of [
      [{ satisfaction: '7', usefulness: '3' }, 'satisfaction'],
      [{ satisfaction: '3' }, 'usefulness'],
      [{ satisfaction: '3', usefulness: '3', comment: 'x'.repeat(2001) }, 'comment'],
    ] as const) {
      const response = await people[0]!.browser.submit(form, form, values);
      expect(response.statusCode, invalid).toBe(400);
      expect(response.body, invalid).toContain(`id="feedback-${invalid}-problem"`);
    }
    expect(await feedbackRows()).toEqual([]);
  });

  it('stores feedback without the person, once per person and session', async () => {
    const form = `${A}/feedback/${taken.id}`;
    const sent = await people[0]!.browser.submit(form, form, {
      satisfaction: '4',
      usefulness: '5',
      comment: 'Good examples.',
    });
    expect(sent.headers.location).toBe(`${A}/feedback?done=feedback-thanks`);
    const rows = await feedbackRows();
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(
      [
        'city_id',
        'comment',
        'feedback_id',
        'given_on',
        'module_id',
        'programme_id',
        'satisfaction',
        'session_id',
        'usefulness',
      ].sort(),
    );
    expect(JSON.stringify(rows)).not.toContain(people[0]!.accountId);
    expect(rows[0]!.given_on).toMatch(/^\d{4}-\d{2}-\d{2}$/); // a day, no time of day
    const again = await people[0]!.browser.submit(`${A}/feedback`, form, {
      satisfaction: '1',
      usefulness: '1',
    });
    expect(again.headers.location).toBe(`${A}/feedback?done=feedback-given`);
    expect(await feedbackRows()).toHaveLength(1);
    expect((await people[0]!.browser.get(`${A}/feedback`)).body).toContain('given, thank you');
  });
});

describe('feedback releases', () => {
  const give = async (n: number, comment?: string) => {
    for (let i = 0; i < n; i++) {
      const p = await t.store.accounts.create('alpha-town', {
        email: `fb-${Math.random().toString(36).slice(2)}@alpha.example.org`,
        role: 'staff',
        passwordHash: 'x',
      });
      if (!p.ok) throw new Error(p.code);
      await t.store.evaluation.give('alpha-town', p.account.accountId, {
        programmeId: programme.id,
        moduleId: taken.module,
        sessionId: taken.id,
        satisfaction: 3,
        usefulness: 2,
        comment: comment ?? null,
      });
    }
  };
  const publish = async () => {
    const response = await coordinator.submit(`${A}/evaluation`, `${A}/evaluation/feedback`);
    expect(response.headers.location).toBe(`${A}/evaluation?done=feedback-published`);
    const [latest] = await t.store.evaluation.releases('alpha-town');
    const page = await coordinator.get(`${A}/evaluation/feedback/${latest!.sequence}`);
    expect(page.statusCode).toBe(200);
    const release = latest!.release as unknown as ReturnType<
      typeof buildFeedbackRelease
    >['release'];
    return { row: release.rows.find((r) => r.module === taken.module)!, page: page.body };
  };

  it('hides small groups and small changes, and shows the rest with comments as text', async () => {
    await give(3); // 4 with the one above: under the threshold of 5
    const first = await publish();
    expect(first.row).toEqual({ module: taken.module, hidden: 'small-group' });
    expect(first.page).toContain('Hidden to protect a small group.');
    expect(first.page).not.toContain('Good examples.');

    await give(1, '<script>alert(1)</script>');
    const second = await publish();
    expect(second.row.n).toBe(5);
    expect(second.row.satisfaction).toEqual({ mean: 3.2, counts: [0, 0, 4, 1, 0] });
    expect(second.row.comments).toEqual(['<script>alert(1)</script>', 'Good examples.']);
    expect(second.page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(second.page).not.toContain('<script>alert(1)');

    await give(1); // one more since release 2 showed it: the difference would be that person
    expect((await publish()).row).toEqual({ module: taken.module, hidden: 'small-change' });
    await give(4); // five more than release 2 showed
    expect((await publish()).row.n).toBe(10);
  });

  it('refuses damaged ledgers and impossible thresholds', () => {
    const options = { programme: 'p', modules: ['m'], minGroupSize: 5, previous: [] };
    expect(() => buildFeedbackRelease([], { ...options, previous: [{ sequence: 1 }] })).toThrow(
      /ledger of feedback release 1 is damaged/,
    );
    expect(() => buildFeedbackRelease([], { ...options, minGroupSize: 1 })).toThrow(RangeError);
  });
});

describe('the waves of the self-assessment', () => {
  it('puts every answer in the wave a coordinator has opened, whatever the page sent', async () => {
    const worker = people[1]!;
    const submit = async () => {
      const token = await worker.browser.csrf(`${A}/assessment`);
      const sent = await worker.browser.request('POST', `${A}/api/responses`, {
        json: responseOf(worker.accountId), // says phase: 'baseline'
        headers: { 'csrf-token': token },
      });
      expect(sent.statusCode).toBe(201);
      return (await t.store.responses.listOwn('alpha-town', worker.accountId)).at(-1)!;
    };
    expect(((await submit()).response as { phase: string }).phase).toBe('baseline');
    const opened = await coordinator.submit(`${A}/evaluation`, `${A}/evaluation/wave`, {
      wave: 'post',
    });
    expect(opened.headers.location).toBe(`${A}/evaluation?done=wave-opened`);
    expect((await coordinator.get(`${A}/evaluation`)).body).toContain('after the training (post)');
    expect(((await submit()).response as { phase: string }).phase).toBe('post');
    const bogus = await coordinator.submit(`${A}/evaluation`, `${A}/evaluation/wave`, {
      wave: 'someday',
    });
    expect(bogus.statusCode).toBe(400);
    expect((await t.store.evaluation.wave('alpha-town')).wave).toBe('post');
    const { n } = await t.store.db
      .selectFrom('audit_events')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('action', '=', 'wave-opened')
      .executeTakeFirstOrThrow();
    expect(n).toBe(1);
  });
});

describe('the programme published in the portal', () => {
  it('takes the feedback and its releases, not the city file’s programme', async () => {
    // A programme planned in the portal replaces the city file's once published: its session of
    // 2027-11 has taken place, and the person enrolled in it gives feedback on it.
    const planned = {
      ...programme,
      id: 'alpha-planned-2027',
      sessions: [{ ...taken, id: 'planned-session', dates: ['2027-11-04'] }],
    };
    expect((await t.store.programmes.createDraft('alpha-town', planned)).ok).toBe(true);
    expect(await t.store.programmes.publish('alpha-town', planned.id)).toBe(true);
    const me = people[0]!;
    await t.store.enrolments.enrol('alpha-town', me.accountId, {
      programmeId: planned.id,
      sessionId: 'planned-session',
    });
    const list = await me.browser.get(`${A}/feedback`);
    expect(list.body).toContain(`href="${A}/feedback/planned-session"`);
    // The file's session, taken under the old programme, is no longer offered.
    expect(list.body).not.toContain(`href="${A}/feedback/${taken.id}"`);
    const form = `${A}/feedback/planned-session`;
    const sent = await me.browser.submit(form, form, { satisfaction: '4', usefulness: '3' });
    expect(sent.statusCode).toBe(303);
    const rows = await feedbackRows();
    expect(rows.filter((r) => r.programme_id === planned.id)).toHaveLength(1);
    const published = await coordinator.submit(`${A}/evaluation`, `${A}/evaluation/feedback`);
    expect(published.statusCode).toBe(303);
    const [latest] = await t.store.evaluation.releases('alpha-town');
    expect((latest!.release as { programme: string }).programme).toBe(planned.id);
  });
});
