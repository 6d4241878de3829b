import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffSelfAssessment } from '@competence-kit/framework-intercultural';
import { roleItems } from '@competence-kit/scoring';
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

async function signedIn(base: string, email: string, password: string) {
  const browser = new Browser(t.app);
  const response = await browser.signIn(base, email, password);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(303);
  return browser;
}

async function accountId(city: string, email: string) {
  return (await t.store.accounts.findByEmail(city, email))!.accountId;
}

describe('public pages', () => {
  it('speak the language the browser asks for, and the switch overrides and is remembered', async () => {
    const browser = new Browser(t.app, { 'accept-language': 'it-IT,it;q=0.9,de;q=0.5' });
    const home = await browser.get(`${A}/`);
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<html lang="it" dir="ltr">');
    expect(home.body).toContain('Formazione per il personale che accoglie chi arriva');
    const switched = await browser.get(`${A}/catalogue?lang=de`);
    expect(switched.body).toContain('<html lang="de"');
    expect(switched.body).toContain('Fortbildungskatalog');
    // The choice is kept (a cookie) over the browser's preference.
    expect((await browser.get(`${A}/`)).body).toContain('<html lang="de"');
    // A language the city does not offer is ignored.
    expect((await browser.get(`${A}/?lang=fr`)).body).toContain('<html lang="de"');
  });

  it('show the framework and the catalogue as HTML before any script runs', async () => {
    const page = await new Browser(t.app).get(`${A}/framework?lang=de`);
    expect(page.statusCode).toBe(200);
    for (const c of ALPHA.framework.competences)
      expect(page.body).toContain(`id="competence-${c.id}"`);
    expect(page.body).toMatch(
      /<script type="module" src="\/alpha-town\/assets\/framework-[\w-]+\.js">/,
    );
    const catalogue = await new Browser(t.app).get(`${A}/catalogue?lang=it`);
    for (const m of ALPHA.catalogue.modules)
      expect(catalogue.body).toContain(`id="module-${m.id}"`);
  });

  it('send security headers and answer unknown paths with the city’s 404 page', async () => {
    const home = await new Browser(t.app).get(`${A}/`);
    expect(home.headers['content-security-policy']).toContain("script-src 'self'");
    expect(home.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    const missing = await new Browser(t.app).get(`${A}/no-such-page?lang=de`);
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Seite nicht gefunden');
  });

  it('serve the built scripts and the city’s theme', async () => {
    const page = await new Browser(t.app).get(`${A}/framework`);
    const script = /src="(\/alpha-town\/assets\/framework-[\w-]+\.js)"/.exec(page.body)![1]!;
    const js = await new Browser(t.app).get(script);
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toContain('javascript');
    expect(js.headers['cache-control']).toContain('immutable');
    const theme = await new Browser(t.app).get(`${A}/theme.css`);
    expect(theme.headers['content-type']).toContain('text/css');
  });
});

describe('signing in', () => {
  it('refuses a wrong password with the same answer as an unknown email, then signs in', async () => {
    const browser = new Browser(t.app);
    const wrong = await browser.signIn(A, 'staff-a@example.org', 'nope');
    const unknown = await browser.signIn(A, 'nobody@example.org', 'nope');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toContain('aria-invalid="true"');
    const ok = await browser.signIn(A, 'staff-a@example.org', 'password-a');
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(`${A}/profile`);
    const cookie = ok.cookies.find((c) => c.name === 'ck-session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: A });
    expect((await browser.get(`${A}/profile`)).statusCode).toBe(200);
    // Signing out ends the session on the server, not only in the browser.
    const token = cookie.value;
    await browser.submit(`${A}/profile`, `${A}/sign-out`);
    const replay = new Browser(t.app);
    replay.cookies.set('ck-session', token);
    expect((await replay.get(`${A}/profile`)).statusCode).toBe(303);
  });

  it('sends staff pages to the sign-in page when nobody is signed in', async () => {
    for (const path of ['/assessment', '/profile', '/account', '/account/export']) {
      const response = await new Browser(t.app).get(`${A}${path}`);
      expect(response.statusCode, path).toBe(303);
      expect(response.headers.location).toBe(
        `${A}/sign-in?next=${encodeURIComponent(`${A}${path}`)}`,
      );
    }
  });

  it('returns to the page asked for, but never to another site', async () => {
    const browser = new Browser(t.app);
    const token = await browser.csrf(`${A}/sign-in`);
    const form = { _csrf: token, email: 'staff-a@example.org', password: 'password-a' };
    const back = await browser.request('POST', `${A}/sign-in`, {
      form: { ...form, next: `${A}/account` },
    });
    expect(back.headers.location).toBe(`${A}/account`);
    for (const next of [
      'https://evil.example/',
      '//evil.example/',
      `${B}/account`,
      '/\\evil.example',
    ]) {
      const other = new Browser(t.app);
      const _csrf = await other.csrf(`${A}/sign-in`);
      const response = await other.request('POST', `${A}/sign-in`, {
        form: { ...form, _csrf, next },
      });
      expect(response.headers.location, next).toBe(`${A}/profile`);
    }
  });

  it('rejects a form without the page’s CSRF token', async () => {
    const browser = new Browser(t.app);
    const missing = await browser.request('POST', `${A}/sign-in`, {
      form: { email: 'staff-a@example.org', password: 'password-a' },
    });
    expect(missing.statusCode).toBe(403);
    const forged = await browser.request('POST', `${A}/sign-in`, {
      form: { _csrf: 'forged', email: 'staff-a@example.org', password: 'password-a' },
    });
    expect(forged.statusCode).toBe(403);
  });

  it('limits sign-in attempts per address and email', async () => {
    await t.store.accounts.create(ALPHA.city.id, {
      email: 'limited@example.org',
      role: 'staff',
      passwordHash: await hashPassword('right', TEST_COST),
    });
    const browser = new Browser(t.app, { 'accept-language': 'de' });
    const codes: number[] = [];
    for (let i = 0; i < 6; i++)
      codes.push((await browser.signIn(A, 'limited@example.org', `wrong-${i}`)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
    const limited = await browser.signIn(A, 'limited@example.org', 'right');
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toContain('Zu viele Versuche');
  });
});

describe('the staff journey', () => {
  it('keeps the draft on the server, so it follows the person to another device', async () => {
    const phone = await signedIn(A, 'staff-a@example.org', 'password-a');
    const token = await phone.csrf(`${A}/assessment`);
    const draft = {
      answers: [{ item: staffSelfAssessment.sections[0]!.items[0]!.id, value: 4 }],
      section: 0,
    };
    const saved = await phone.request('PUT', `${A}/api/draft`, {
      json: { draft },
      headers: { 'csrf-token': token },
    });
    expect(saved.statusCode).toBe(204);
    const laptop = await signedIn(A, 'staff-a@example.org', 'password-a');
    const page = await laptop.get(`${A}/assessment`);
    const data = JSON.parse(
      /<script type="application\/json" id="ck-assessment">(.*?)<\/script>/s.exec(page.body)![1]!,
    );
    expect(data.draft).toEqual(draft);
    expect(data.instrument.id).toBe(staffSelfAssessment.id);
  });

  it('shows each role the items it is asked, and takes a response of only those', async () => {
    await t.store.accounts.create(ALPHA.city.id, {
      email: 'front-desk@example.org',
      role: 'staff',
      passwordHash: await hashPassword('front-desk', TEST_COST),
      roleProfile: 'front-desk',
    });
    const browser = await signedIn(A, 'front-desk@example.org', 'front-desk');
    const page = await browser.get(`${A}/assessment`);
    const shown = JSON.parse(
      /<script type="application\/json" id="ck-assessment">(.*?)<\/script>/s.exec(page.body)![1]!,
    ).instrument as typeof staffSelfAssessment;
    const ids = shown.sections.flatMap((s) => s.items.map((i) => i.id));
    const asked = roleItems(staffSelfAssessment, ALPHA.framework, 'front-desk').items;
    expect(ids).toEqual([...asked]);
    // The anchored instrument asks a front-desk worker less than everything.
    const all = staffSelfAssessment.sections.flatMap((s) => s.items).length;
    expect(ids.length).toBeLessThan(all);
    const me = await accountId(ALPHA.city.id, 'front-desk@example.org');
    const token = await browser.csrf(`${A}/assessment`);
    const response = {
      instrument: { id: staffSelfAssessment.id, version: staffSelfAssessment.version },
      respondent: me,
      phase: 'baseline',
      submittedAt: '2027-02-15T09:00:00Z',
      answers: shown.sections.flatMap((s) =>
        s.items.map((item) =>
          item.type === 'likert'
            ? { item: item.id, value: 4 }
            : { item: item.id, skipped: true, reason: 'declined' },
        ),
      ),
    };
    const stored = await browser.request('POST', `${A}/api/responses`, {
      json: response,
      headers: { 'csrf-token': token },
    });
    expect(stored.statusCode).toBe(201);
    // The same answers without one item the role is asked are refused, naming it.
    const fewer = await browser.request('POST', `${A}/api/responses`, {
      json: { ...response, answers: response.answers.slice(1) },
      headers: { 'csrf-token': token },
    });
    expect(fewer.statusCode).toBe(400);
    expect(JSON.parse(fewer.body).issues[0]).toMatchObject({ code: 'missing-answer' });
  });

  it('refuses a malformed response with its issues, and takes a valid one', async () => {
    const browser = await signedIn(A, 'staff-a@example.org', 'password-a');
    const token = await browser.csrf(`${A}/assessment`);
    const headers = { 'csrf-token': token };
    const bad = await browser.request('POST', `${A}/api/responses`, {
      json: { answers: 'no' },
      headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body).issues.length).toBeGreaterThan(0);
    const me = await accountId(ALPHA.city.id, 'staff-a@example.org');
    const someoneElse = await browser.request('POST', `${A}/api/responses`, {
      json: responseOf('somebody-else'),
      headers,
    });
    expect(someoneElse.statusCode).toBe(400);
    expect(JSON.parse(someoneElse.body).issues[0].code).toBe('not-you');
    const ok = await browser.request('POST', `${A}/api/responses`, {
      json: responseOf(me, 2),
      headers,
    });
    expect(ok.statusCode).toBe(201);
    // The draft is gone once submitted, and the profile shows the result and a learning path.
    expect(await t.store.drafts.load(ALPHA.city.id, me, staffSelfAssessment.id)).toBeUndefined();
    const profile = await browser.get(`${A}/profile?lang=de`);
    expect(profile.statusCode).toBe(200);
    const data = JSON.parse(/id="ck-profile">(.*?)<\/script>/s.exec(profile.body)![1]!);
    expect(data.result.respondent).toBe(me);
    expect(data.path.steps.length).toBeGreaterThan(0);
    expect(profile.body).toContain('<ck-learning-path');
  });

  it('enrols in a session and leaves it; a full session takes nobody else', async () => {
    const a = await signedIn(A, 'staff-a@example.org', 'password-a');
    const session = ALPHA.programme!.sessions[0]!; // capacity 1 in the fixture
    const enrol = await a.submit(`${A}/profile`, `${A}/enrolments`, { session: session.id });
    expect(enrol.headers.location).toBe(`${A}/profile?done=enrolled`);
    const me = await accountId(ALPHA.city.id, 'staff-a@example.org');
    expect((await t.store.enrolments.listOwn(ALPHA.city.id, me)).map((e) => e.sessionId)).toEqual([
      session.id,
    ]);

    await t.store.accounts.create(ALPHA.city.id, {
      email: 'second@example.org',
      role: 'staff',
      passwordHash: await hashPassword('second', TEST_COST),
    });
    const second = await signedIn(A, 'second@example.org', 'second');
    const full = await second.submit(`${A}/profile`, `${A}/enrolments`, { session: session.id });
    expect(full.headers.location).toBe(`${A}/profile?done=full`);

    const unknown = await a.submit(`${A}/profile`, `${A}/enrolments`, {
      session: 'no-such-session',
    });
    expect(unknown.statusCode).toBe(400);

    const left = await a.submit(`${A}/profile`, `${A}/enrolments/leave`, { session: session.id });
    expect(left.headers.location).toBe(`${A}/profile?done=left`);
    expect(await t.store.enrolments.listOwn(ALPHA.city.id, me)).toEqual([]);
  });

  it('downloads all of the person’s data, and deletes the account with all of it', async () => {
    await t.store.accounts.create(ALPHA.city.id, {
      email: 'leaving@example.org',
      role: 'staff',
      passwordHash: await hashPassword('leaving', TEST_COST),
      roleProfile: 'front-desk',
    });
    const browser = await signedIn(A, 'leaving@example.org', 'leaving');
    const me = await accountId(ALPHA.city.id, 'leaving@example.org');
    const token = await browser.csrf(`${A}/assessment`);
    await browser.request('POST', `${A}/api/responses`, {
      json: responseOf(me),
      headers: { 'csrf-token': token },
    });
    const exported = await browser.get(`${A}/account/export`);
    expect(exported.headers['content-disposition']).toContain('attachment');
    const data = JSON.parse(exported.body);
    expect(JSON.stringify(data)).toContain('leaving@example.org');
    expect(JSON.stringify(data)).not.toContain('scrypt$');
    expect(data.responses).toHaveLength(1);

    const unconfirmed = await browser.submit(`${A}/account`, `${A}/account/delete`);
    expect(unconfirmed.statusCode).toBe(400);
    const deleted = await browser.submit(`${A}/account`, `${A}/account/delete`, { confirm: 'yes' });
    expect(deleted.headers.location).toBe(`${A}/?done=deleted`);
    expect(await t.store.accounts.get(ALPHA.city.id, me)).toBeUndefined();
    expect(await t.store.responses.listOwn(ALPHA.city.id, me)).toEqual([]);
    expect((await new Browser(t.app).signIn(A, 'leaving@example.org', 'leaving')).statusCode).toBe(
      401,
    );
  });
});

describe('one city cannot reach another', () => {
  it('every route of city A treats a signed-in person of city B as a stranger', async () => {
    const b = await signedIn(B, 'staff-b@example.org', 'password-b');
    // B's own CSRF token, and A's token for an anonymous visitor: neither may change A's data.
    const bToken = await b.csrf(`${B}/profile`);
    const aToken = await b.csrf(`${A}/sign-in`);
    const a = await accountId(ALPHA.city.id, 'staff-a@example.org');
    const snapshot = async () => {
      const { exportedAt: _, ...data } = (await t.store.exportAccountData(ALPHA.city.id, a))!;
      return JSON.stringify(data);
    };
    const before = await snapshot();
    const session = ALPHA.programme!.sessions[1]!.id;
    const routes = t.routes.filter((r) => r.url.startsWith(`${A}/`) && !r.url.includes('*'));
    expect(routes.length).toBeGreaterThanOrEqual(14);
    for (const { method, url } of routes) {
      if (url === `${A}/sign-in` || url === `${A}/sign-out`) continue;
      for (const token of [bToken, aToken]) {
        const response =
          method === 'GET'
            ? await b.get(url)
            : await b.request(method as 'POST' | 'PUT', url, {
                ...(url.includes('/api/')
                  ? {
                      json: url.endsWith('draft') ? { draft: { x: 1 } } : responseOf(a),
                      headers: { 'csrf-token': token },
                    }
                  : { form: { _csrf: token, session, confirm: 'yes', roleProfile: 'front-desk' } }),
              });
        const where = `${method} ${url}`;
        expect(response.body, where).not.toContain('staff-b@example.org');
        expect(response.body, where).not.toContain('staff-a@example.org');
        const signInFirst = ['/assessment', '/profile', '/account', '/account/export'];
        // The results pages are GET; a POST to /results is refused by its CSRF check first.
        if (method === 'GET') signInFirst.push('/results', '/results/:sequence');
        if (signInFirst.some((p) => url === `${A}${p}`))
          expect(response.statusCode, where).toBe(303);
        // An invitation link is for anyone; its token here names no invitation of A (404), or
        // B's CSRF token is refused first (403).
        if (url === `${A}/invitation/:token`) {
          expect([403, 404], where).toContain(response.statusCode);
          continue;
        }
        // The answers of a questionnaire (anyone's, and an interviewer's typed-in ones) are JSON
        // checked against the response schema before anything else: this form is refused (400),
        // and ":id" names no questionnaire of A.
        if (method !== 'GET' && (url.startsWith(`${A}/q/`) || url.endsWith('/assisted'))) {
          expect([400, 403, 404], where).toContain(response.statusCode);
          continue;
        }
        // Checking a pasted credential is for anyone and changes nothing: this form (no
        // credential) is refused with a 400, or B's CSRF token first (403).
        if (method === 'POST' && url === `${A}/verify`) {
          expect([400, 403], where).toContain(response.statusCode);
          continue;
        }
        // Registering for a multiplier event is for anyone: ":id" names no event of A (404), or
        // B's CSRF token is refused first (403).
        if (method === 'POST' && url === `${A}/events/:id/registrations`) {
          expect([403, 404], where).toContain(response.statusCode);
          continue;
        }
        if (method !== 'GET') expect([303, 401, 403], where).toContain(response.statusCode);
      }
    }
    expect(await snapshot()).toBe(before);
    // And B is still signed in to B.
    expect((await b.get(`${B}/profile`)).statusCode).toBe(200);
  });
});
