// Programmes planned, edited and published in the portal, and waiting lists, through the routes:
// a coordinator plans a draft with the training planner, edits its sessions and publishes it;
// staff then enrol in the new programme. Bad input is refused with a 400 naming the field; the
// published programme keeps its enrolments (capacity never below them, no removal); a full
// session's waiting list gives each freed place to the first in line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffSelfAssessment } from '@competence-kit/framework-intercultural';
import { hashPassword } from './auth/password.js';
import { de, en } from './messages/areas/programme.js';
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
let coordinator: Browser;
const staff: { browser: Browser; accountId: string; email: string }[] = [];

async function person(email: string, role: 'staff' | 'coordinator') {
  const created = await t.store.accounts.create(CITY, {
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

/** The field a message names: its text before the colon (`Dates:`), HTML-escaped as a page has it. */
const fieldOf = (key: keyof typeof en) => en[key].split(':')[0]!.replace(/’/g, '&#8217;');

const PLAN = {
  start: '2027-01',
  months: '12',
  capacity: '2',
  room: 'Room 4, Town hall',
  trainer: 'A. Trainer',
  language: 'de',
  maxDays: '2',
};
const ID = 'alpha-town-2027-01';
const planPage = `${A}/programme/plans/${ID}`;
const module = ALPHA.catalogue.modules[0]!.id;
/** The session the coordinator adds to the draft (the planner's own depend on the demand). */
let added = '';
const sessionForm = (over: Record<string, string> = {}) => ({
  dates: '2027-03-01, 2027-03-02',
  placeType: 'in-person',
  room: 'Room 1',
  trainer: 'B. Trainer',
  capacity: '1',
  language: 'de',
  ...over,
});

const stored = async () => (await t.store.programmes.get(CITY, ID))!;

/** The CSRF token and the revision of the plan page as `browser` loads it now: what its forms send. */
async function loadForm(browser: Browser = coordinator) {
  const page = await browser.get(planPage);
  const csrf = /<meta name="csrf-token" content="([^"]+)"/.exec(page.body)?.[1];
  const revision = /name="revision" value="(\d+)"/.exec(page.body)?.[1];
  if (!csrf || !revision) throw new Error(`No form on ${planPage} (${page.statusCode})`);
  return { _csrf: csrf, revision };
}

/** Posts a form of the plan page, as loaded (now, or earlier: `loaded`), to `action`. */
async function edit(
  action: string,
  form: Record<string, string> = {},
  loaded?: { _csrf: string; revision: string },
  browser: Browser = coordinator,
) {
  return browser.request('POST', action, {
    form: { ...(loaded ?? (await loadForm(browser))), ...form },
  });
}
const enrolledIn = (sessionId: string) =>
  t.store.db
    .selectFrom('enrolments')
    .select('account_id')
    .where('city_id', '=', CITY)
    .where('programme_id', '=', ID)
    .where('session_id', '=', sessionId)
    .execute()
    .then((rows) => rows.map((r) => r.account_id).sort());

beforeAll(async () => {
  t = await startApp();
  coordinator = (await person('planner@alpha.example.org', 'coordinator')).browser;
  for (let i = 0; i < 5; i++) {
    const p = await person(`s${i}@alpha.example.org`, 'staff');
    staff.push(p);
    // Self-assessments: the planner's demand, and what the profile's learning path needs.
    await t.store.responses.submit(CITY, p.accountId, {
      instrumentId: staffSelfAssessment.id,
      instrumentVersion: staffSelfAssessment.version,
      response: responseOf(p.accountId, 1) as never,
    });
  }
});
afterAll(async () => t?.close());

describe('planning a programme', () => {
  it('shows the city file’s programme in force until one is published', async () => {
    const res = await coordinator.get(`${A}/programme`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(ALPHA.programme!.id);
    expect(res.body).toContain(
      `href="${A}/programme/sessions/${ALPHA.programme!.sessions[0]!.id}"`,
    );
    expect(res.body).toContain(en['programme.drafts.none'].replace(/’/g, '&#8217;'));
  });

  it('refuses bad planning input with a 400 naming the field, storing nothing', async () => {
    for (const [name, value, key] of [
      ['start', '2027-13', 'programme.error.start'],
      ['start', '', 'programme.error.start'],
      ['months', '0', 'programme.error.months'],
      ['months', 'twelve', 'programme.error.months'],
      ['capacity', '0', 'programme.error.capacity'],
      ['capacity', '1001', 'programme.error.capacity'],
      ['room', '', 'programme.error.room'],
      ['room', 'x'.repeat(201), 'programme.error.room'],
      ['language', 'xx', 'programme.error.language'],
      ['maxDays', '32', 'programme.error.maxDays'],
    ] as const) {
      const res = await coordinator.submit(`${A}/programme`, `${A}/programme/plans`, {
        ...PLAN,
        [name]: value,
      });
      expect(res.statusCode, `${name}=${value}`).toBe(400);
      expect(res.body, `${name}=${value}`).toContain(fieldOf(key));
      expect(res.body).toContain('role="alert"');
    }
    expect(await t.store.programmes.list(CITY)).toEqual([]);
  });

  it('plans a draft from the staff’s self-assessments, with what it could not place and the load', async () => {
    const res = await coordinator.submit(`${A}/programme`, `${A}/programme/plans`, PLAN);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${planPage}?done=programme-planned`);
    const draft = await stored();
    expect(draft.status).toBe('draft');
    expect(draft.programme.period).toEqual({ start: '2027-01-01', end: '2027-12-31' });
    expect(draft.programme.sessions.length).toBeGreaterThan(0);
    for (const s of draft.programme.sessions) {
      expect(s.capacity).toBe(2);
      expect(s.participants).toBeUndefined();
      if (s.place.type === 'in-person') expect(s.place.name).toBe(PLAN.room);
      expect(s.trainer).toBe(PLAN.trainer);
    }
    const page = await coordinator.get(planPage);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(en['programme.load.caption']);
    expect(page.body).toContain('<th scope="row">2027-01</th>');
    expect(page.body).toContain(en['programme.unplaced.title']);
    // Not in force: staff still see the city file's programme.
    expect((await coordinator.get(`${A}/programme`)).body).toContain(ID);
    expect(await t.store.programmes.inForce(CITY)).toBeUndefined();
  });

  it('adds, edits and removes sessions of the draft, refusing bad values with a 400', async () => {
    const before = (await stored()).programme.sessions.length;
    let res = await edit(`${planPage}/sessions`, {
      module,
      ...sessionForm(),
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${planPage}?done=session-added`);
    const sessions = (await stored()).programme.sessions;
    expect(sessions).toHaveLength(before + 1);
    added = sessions.find((s) => s.dates[0] === '2027-03-01' && s.module === module)!.id;
    expect((await stored()).programme.sessions.find((s) => s.id === added)).toMatchObject({
      module,
      dates: ['2027-03-01', '2027-03-02'],
      place: { type: 'in-person', name: 'Room 1' },
      capacity: 1,
      trainer: 'B. Trainer',
    });

    const action = `${planPage}/sessions/${added}`;
    for (const [name, value, key] of [
      ['dates', '2027-02-30', 'programme.error.dates'],
      ['dates', '2027-03-02, 2027-03-01', 'programme.error.dates'],
      ['dates', '', 'programme.error.dates'],
      ['capacity', '0', 'programme.error.capacity'],
      ['capacity', '2.5', 'programme.error.capacity'],
      ['placeType', 'moon', 'programme.error.placeType'],
      ['room', '', 'programme.error.room'],
      ['trainer', 'x'.repeat(201), 'programme.error.trainer'],
      ['language', 'xx', 'programme.error.language'],
    ] as const) {
      const snapshot = await stored();
      res = await edit(action, sessionForm({ [name]: value }));
      expect(res.statusCode, `${name}=${value}`).toBe(400);
      expect(res.body, `${name}=${value}`).toContain(fieldOf(key));
      expect((await stored()).programme, `${name}=${value}`).toEqual(snapshot.programme);
    }
    res = await edit(`${planPage}/sessions`, { module: 'nope' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(fieldOf('programme.error.module'));

    // Online, another trainer and day: saved.
    res = await edit(
      action,
      sessionForm({ placeType: 'online', room: '', dates: '2027-03-03', trainer: 'C. Trainer' }),
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${planPage}?done=session-saved`);
    expect((await stored()).programme.sessions.find((s) => s.id === added)).toMatchObject({
      dates: ['2027-03-03'],
      place: { type: 'online' },
      trainer: 'C. Trainer',
    });
    // Back in person with one place, for the tests below.
    res = await edit(action, sessionForm());
    expect(res.statusCode).toBe(303);

    // A second session, then removed again.
    res = await edit(`${planPage}/sessions`, {
      module,
      ...sessionForm({ dates: '2027-04-01' }),
    });
    expect(res.statusCode).toBe(303);
    const second = (await stored()).programme.sessions.find(
      (s) => s.dates[0] === '2027-04-01' && s.module === module,
    )!.id;
    res = await edit(`${planPage}/sessions/${second}/remove`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${planPage}?done=session-removed`);
    expect((await stored()).programme.sessions.map((s) => s.id)).not.toContain(second);
    res = await edit(`${planPage}/sessions/nope/remove`);
    expect(res.statusCode).toBe(404);
  });

  it('refuses a save from a page opened before someone else’s save: 409, nothing changed', async () => {
    const action = `${planPage}/sessions/${added}`;
    const trainer = async () =>
      (await stored()).programme.sessions.find((s) => s.id === added)?.trainer;
    // The same loaded form sent twice: the first save is stored, the second is refused.
    const before = await stored();
    const loaded = await loadForm();
    let res = await edit(action, sessionForm({ trainer: 'First' }), loaded);
    expect(res.statusCode).toBe(303);
    res = await edit(action, sessionForm({ trainer: 'Second' }), loaded);
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain(en['programme.stale.title']);
    expect(res.body).toContain(`<a href="${planPage}">`);
    expect((await stored()).revision).toBe(before.revision + 1);
    expect(await trainer()).toBe('First');

    // Two coordinators with the page open: the one who saves second is told, in their
    // language, whichever of the page's forms they send; nothing of theirs is stored.
    const other = await person('second-planner@alpha.example.org', 'coordinator');
    other.browser.headers['accept-language'] = 'de';
    const mine = await loadForm();
    const theirs = await loadForm(other.browser);
    expect((await edit(action, sessionForm({ trainer: 'Mine' }), mine)).statusCode).toBe(303);
    const snapshot = await stored();
    for (const [path, form] of [
      [action, sessionForm({ trainer: 'Theirs' })],
      [`${planPage}/sessions`, { module, ...sessionForm({ dates: '2027-05-01' }) }],
      [`${action}/remove`, {}],
      [`${planPage}/publish`, {}],
    ] as const) {
      res = await edit(path, form, theirs, other.browser);
      expect(res.statusCode, path).toBe(409);
      expect(res.body, path).toContain(de['programme.stale.title']);
      expect(res.body, path).toContain(`<a href="${planPage}">`);
    }
    expect(await stored()).toEqual(snapshot);
    expect(await trainer()).toBe('Mine');
    // Reloaded, their change goes through.
    expect(
      (await edit(action, sessionForm({ trainer: 'Theirs' }), undefined, other.browser)).statusCode,
    ).toBe(303);
    expect(await trainer()).toBe('Theirs');

    // Sent at once from one loaded page: one is stored, the other refused.
    const same = await loadForm();
    const both = await Promise.all(
      ['One', 'Two'].map((name) => edit(action, sessionForm({ trainer: name }), same)),
    );
    expect(both.map((r) => r.statusCode).sort()).toEqual([303, 409]);
    expect(await trainer()).toBe(both[0]!.statusCode === 303 ? 'One' : 'Two');

    // A form without its revision cannot be told from a stale one: 400, naming the problem.
    const { revision: _revision, ...noRevision } = await loadForm();
    for (const value of [undefined, '', 'x', '0', '1e3']) {
      res = await coordinator.request('POST', action, {
        form: { ...noRevision, ...sessionForm(), ...(value !== undefined && { revision: value }) },
      });
      expect(res.statusCode, String(value)).toBe(400);
      expect(res.body).toContain(fieldOf('programme.error.revision'));
    }
    res = await coordinator.request('POST', `${planPage}/publish`, { form: noRevision });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(fieldOf('programme.error.revision'));
    expect((await stored()).status).toBe('draft');

    // Back as the tests below expect it.
    expect((await edit(action, sessionForm())).statusCode).toBe(303);
  });

  it('publishes the draft: it is in force, audited, and staff enrol in it', async () => {
    const res = await edit(`${planPage}/publish`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${A}/programme?done=programme-published`);
    expect((await t.store.programmes.inForce(CITY))?.programmeId).toBe(ID);
    expect(
      (await t.store.audit.list(CITY)).some(
        (e) => e.action === 'programme-published' && e.subject === ID,
      ),
    ).toBe(true);
    // Publishing twice is refused.
    expect((await edit(`${planPage}/publish`)).statusCode).toBe(400);

    // The city file's sessions are no longer offered; the new programme's are.
    const planned = new Set((await stored()).programme.sessions.map((s) => s.id));
    const old = ALPHA.programme!.sessions.find((s) => !planned.has(s.id))!.id;
    const [first] = staff;
    expect(
      (await first!.browser.submit(`${A}/profile`, `${A}/enrolments`, { session: old })).statusCode,
    ).toBe(400);
    const enrolled = await first!.browser.submit(`${A}/profile`, `${A}/enrolments`, {
      session: added,
    });
    expect(enrolled.headers.location).toBe(`${A}/profile?done=enrolled`);
    expect(await enrolledIn(added)).toEqual([first!.accountId]);
    // The attendance page is the new programme's.
    const page = await coordinator.get(`${A}/programme/sessions/${added}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(first!.email);
    expect((await coordinator.get(`${A}/programme/sessions/${old}`)).statusCode).toBe(404);
  });

  it('keeps the published programme’s enrolments: capacity, removal and language guarded', async () => {
    const action = `${planPage}/sessions/${added}`;
    // One person is enrolled: the capacity cannot go to 0 (schema) … and the language is fixed.
    let res = await edit(action, sessionForm({ language: 'it' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(fieldOf('programme.error.languageLocked'));
    res = await edit(`${action}/remove`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(
      en['programme.error.hasEnrolments'].replace('{enrolled}', '1').split(':')[0],
    );
    expect((await stored()).programme.sessions.map((s) => s.id)).toContain(added);
    // Room, trainer and dates still change.
    const { language: _language, ...published } = sessionForm({
      room: 'Room 9',
      trainer: 'D. Trainer',
      dates: '2027-03-08',
    });
    // Sent twice at once from one loaded page: one is stored, the other refused (409).
    const loaded = await loadForm();
    const both = await Promise.all([
      edit(action, published, loaded),
      edit(action, { ...published, trainer: 'E. Trainer' }, loaded),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([303, 409]);
    res = await edit(action, published);
    expect(res.statusCode).toBe(303);
    expect((await stored()).programme.sessions.find((s) => s.id === added)).toMatchObject({
      place: { type: 'in-person', name: 'Room 9' },
      trainer: 'D. Trainer',
      dates: ['2027-03-08'],
      language: 'de',
    });
  });
});

describe('waiting lists', () => {
  const action = () => `${planPage}/sessions/${added}`;
  const join = (i: number) =>
    staff[i]!.browser.submit(`${A}/profile`, `${A}/waiting-list`, { session: added });
  const leave = (i: number) =>
    staff[i]!.browser.submit(`${A}/profile`, `${A}/enrolments/leave`, { session: added });
  const queue = () => t.store.waitingList.queue(CITY, { programmeId: ID, sessionId: added });

  it('lets staff facing a full session wait, shows their position, and lets them leave', async () => {
    // Staff 0 holds the one place.
    const profile = await staff[1]!.browser.get(`${A}/profile`);
    expect(profile.body).toContain(`action="${A}/waiting-list"`);
    let res = await join(1);
    expect(res.headers.location).toBe(`${A}/profile?done=waiting`);
    res = await join(2);
    expect(res.headers.location).toBe(`${A}/profile?done=waiting`);
    expect(await queue()).toEqual([staff[1]!.accountId, staff[2]!.accountId]);
    const second = await staff[2]!.browser.get(`${A}/profile`);
    expect(second.body).toContain(en['programme.waiting.position'].replace('{position}', '2'));
    expect(second.body).toContain(`action="${A}/waiting-list/leave"`);
    // The coordinators see the line on the session page, in order.
    const page = await coordinator.get(`${A}/programme/sessions/${added}`);
    expect(page.body.indexOf(staff[1]!.email)).toBeLessThan(page.body.indexOf(staff[2]!.email));
    // Leaving the list.
    res = await staff[2]!.browser.submit(`${A}/profile`, `${A}/waiting-list/leave`, {
      session: added,
    });
    expect(res.headers.location).toBe(`${A}/profile?done=waiting-left`);
    expect(await queue()).toEqual([staff[1]!.accountId]);
  });

  it('gives a freed place to the first in line, who sees it on their profile', async () => {
    const res = await leave(0);
    expect(res.headers.location).toBe(`${A}/profile?done=left`);
    expect(await enrolledIn(added)).toEqual([staff[1]!.accountId]);
    expect(await queue()).toEqual([]);
    const profile = await staff[1]!.browser.get(`${A}/profile`);
    expect(profile.body).not.toContain(en['programme.waiting.position'].replace('{position}', '1'));
    // Offered as enrolled: the form to give the place up names the session.
    expect(profile.body).toMatch(
      new RegExp(`action="${A}/enrolments/leave"[^]*?name="session" value="${added}"`),
    );
  });

  it('never lowers the capacity below the people enrolled; raising it enrols those waiting', async () => {
    expect((await join(2)).headers.location).toBe(`${A}/profile?done=waiting`);
    expect((await join(3)).headers.location).toBe(`${A}/profile?done=waiting`);
    const { language: _l, ...form } = sessionForm({ room: 'Room 9', dates: '2027-03-08' });
    // Capacity 3: both waiting people get a place in the same request.
    let res = await edit(action(), { ...form, capacity: '3' });
    expect(res.statusCode).toBe(303);
    expect(await enrolledIn(added)).toEqual(
      [staff[1]!.accountId, staff[2]!.accountId, staff[3]!.accountId].sort(),
    );
    expect(await queue()).toEqual([]);
    res = await edit(action(), { ...form, capacity: '2' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(fieldOf('programme.error.belowEnrolled'));
    expect((await stored()).programme.sessions.find((s) => s.id === added)?.capacity).toBe(3);
  });

  it('gives each of two places freed at once to the next in line, never more', async () => {
    // Full (3 of 3); staff 4 and then staff 0 wait.
    expect((await join(4)).headers.location).toBe(`${A}/profile?done=waiting`);
    expect((await join(0)).headers.location).toBe(`${A}/profile?done=waiting`);
    const results = await Promise.all([leave(1), leave(2)]);
    for (const r of results) expect(r.headers.location).toBe(`${A}/profile?done=left`);
    expect(await enrolledIn(added)).toEqual(
      [staff[3]!.accountId, staff[4]!.accountId, staff[0]!.accountId].sort(),
    );
    expect(await queue()).toEqual([]);
  });
});
