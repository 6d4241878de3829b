// Malformed and hostile requests (issue 16): wrong content types, oversized bodies, deep JSON,
// invalid UTF-8, unknown fields, wrong ids and expired sessions. Each gets a 4xx with a clear
// message (a page in the person's language for a form post, a JSON problem for /api) and changes
// nothing: a digest of every table is the same before and after.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { en } from './messages/en.js';
import { de } from './messages/de.js';
import { it as itWords } from './messages/it.js';
import { ALPHA, Browser, responseOf, startApp, type TestApp } from './test-support/app.js';
import { databaseDigest, REFUSAL_MAY_CHANGE, type DatabaseDigest } from './test-support/digest.js';
import { A } from './test-support/matrix.js';

let t: TestApp;
let staff: Browser;
let token: string;
let staffId: string;
let before: DatabaseDigest;

beforeAll(async () => {
  t = await startApp();
  staff = new Browser(t.app);
  expect((await staff.signIn(A, 'staff-a@example.org', 'password-a')).statusCode).toBe(303);
  token = await staff.csrf(`${A}/privacy`);
  staffId = (await t.store.accounts.findByEmail('alpha-town', 'staff-a@example.org'))!.accountId;
}, 60_000);
afterAll(async () => t?.close());
beforeEach(async () => {
  before = await databaseDigest(t.store, REFUSAL_MAY_CHANGE);
});

/** The tables whose rows changed since the test began (none, for a refusal). */
async function changed(): Promise<string[]> {
  const after = await databaseDigest(t.store, REFUSAL_MAY_CHANGE);
  return Object.keys({ ...before, ...after }).filter((table) => after[table] !== before[table]);
}

/** A raw request with the staff person's cookies and CSRF token. */
function send(
  method: 'POST' | 'PUT',
  path: string,
  payload: string | Buffer,
  type: string | undefined,
  headers: Record<string, string> = {},
) {
  return t.app.inject({
    method,
    url: `${A}${path}`,
    payload,
    headers: {
      cookie: [...staff.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'x-csrf-token': token,
      ...(type !== undefined && { 'content-type': type }),
      ...headers,
    },
  });
}

const FORM = 'application/x-www-form-urlencoded';

/** The <title> of an HTML page. */
const titleOf = (body: string) => /<title>([^<·]*)/.exec(body)?.[1]?.trim();

const escapeHtml = (text: string) => text.replaceAll("'", '&#39;').replaceAll('"', '&quot;');

describe('form posts the portal cannot read', () => {
  it('answer an oversized form with a page in the language asked for, and change nothing', async () => {
    // The city offers de, it and en; Spanish is not among them, so a Spanish browser gets the
    // city's default (de). (es has the same messages: the catalogues are typed alike.)
    for (const [asked, lang, words] of [
      ['de', 'de', de],
      ['it', 'it', itWords],
      ['en', 'en', en],
      ['es', 'de', de],
    ] as const) {
      const response = await send(
        'POST',
        '/enrolments',
        `_csrf=${token}&session=${'x'.repeat(70_000)}`,
        'application/x-www-form-urlencoded',
        { 'accept-language': asked },
      );
      expect(response.statusCode).toBe(413);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain(`<html lang="${lang}"`);
      expect(titleOf(response.body)).toBe(words['error.tooLarge.title']);
      expect(response.body).toContain(escapeHtml(words['error.tooLarge.text']));
    }
    expect(await changed()).toEqual([]);
  });

  it('follows the language cookie for a body that is not a form', async () => {
    const response = await send('POST', '/enrolments', '<a>x</a>', 'application/xml', {
      cookie: `${[...staff.cookies].map(([k, v]) => `${k}=${v}`).join('; ')}; ck-lang=it`,
    });
    expect(response.statusCode).toBe(415);
    expect(response.body).toContain('<html lang="it"');
    expect(titleOf(response.body)).toBe(itWords['error.badRequest.title']);
    expect(await changed()).toEqual([]);
  });

  it('refuses text/plain, which no page sends, even where a route needs no field', async () => {
    // Signing out needs no field: text/plain used to be read as an empty form, and sign the
    // person out; a form with broken bytes or escapes too.
    for (const [payload, type, status] of [
      [`_csrf=${token}`, 'text/plain', 415],
      [Buffer.concat([Buffer.from(`_csrf=${token}&x=`), Buffer.from([0xff, 0xfe])]), FORM, 400],
      [`_csrf=${token}&x=%FF%FE`, FORM, 400],
      [`_csrf=${token}&x=%ZZ`, FORM, 400],
    ] as const) {
      const response = await send('POST', '/sign-out', payload, type, { 'accept-language': 'it' });
      expect(response.statusCode, String(payload)).toBe(status);
      expect(titleOf(response.body)).toBe(itWords['error.badRequest.title']);
    }
    expect(await changed()).toEqual([]);
    expect((await staff.get(`${A}/account`)).statusCode).toBe(200);
  });

  it('refuses JSON where a form is read, with a page in the language', async () => {
    // The same fields as the form, as JSON: a form route reads only forms.
    for (const path of ['/sign-out', '/enrolments']) {
      const response = await send(
        'POST',
        path,
        JSON.stringify({ _csrf: token, session: 'x' }),
        'application/json',
        { 'accept-language': 'it' },
      );
      expect(response.statusCode, path).toBe(415);
      expect(titleOf(response.body), path).toBe(itWords['error.badRequest.title']);
    }
    expect(await changed()).toEqual([]);
    expect((await staff.get(`${A}/account`)).statusCode).toBe(200);
  });

  it('refuses a form without a content type, and a broken multipart body', async () => {
    for (const [payload, type] of [
      ['session=x', undefined],
      ['--b\r\nnonsense\r\n--b--', 'multipart/form-data; boundary=b'],
    ] as const) {
      const response = await send('POST', '/enrolments', payload, type, {
        'accept-language': 'es',
      });
      expect(response.statusCode, String(type)).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, String(type)).toBeLessThan(500);
    }
    expect(await changed()).toEqual([]);
  });

  it('refuses ids and values no form of the portal sends, with a page in the language', async () => {
    for (const [path, form] of [
      ['/enrolments', { session: 'no-such-session' }],
      ['/enrolments/leave', { session: '../../etc/passwd' }],
      ['/waiting-list', { session: '\u0000' }],
      ['/waiting-list/leave', {}],
      ['/assessment/role', { roleProfile: '<script>' }],
    ] as const) {
      const response = await send(
        'POST',
        path,
        new URLSearchParams({ _csrf: token, ...form }).toString(),
        'application/x-www-form-urlencoded',
        { 'accept-language': 'it' },
      );
      expect(response.statusCode, path).toBe(400);
      expect(response.headers['content-type'], path).toMatch(/^text\/html/);
      expect(titleOf(response.body), path).toBe(itWords['error.badRequest.title']);
      expect(response.body, path).not.toContain('<script>');
    }
    expect(await changed()).toEqual([]);
  });
});

describe('JSON the API refuses with a problem body', () => {
  const problem = async (response: Awaited<ReturnType<typeof send>>, status: number) => {
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = response.json() as { code: string; message?: string; issues?: unknown[] };
    expect(body.code).toMatch(/^[a-z-]+$/);
    expect(body.message ?? body.issues).toBeTruthy();
    return body;
  };

  it('refuses JSON nested thousands deep (it used to reach the store and answer 500)', async () => {
    const deep = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
    const body = await problem(
      await send('PUT', '/api/draft', `{"draft":${deep}}`, 'application/json'),
      400,
    );
    expect(body.message).toContain('64');
    await problem(
      await send(
        'PUT',
        '/api/draft',
        `{"draft":{"a":${'['.repeat(3_000)}${']'.repeat(3_000)}}}`,
        'application/json',
      ),
      400,
    );
    expect(await changed()).toEqual([]);
  });

  it('still takes a draft nested a normal depth', async () => {
    const response = await send(
      'PUT',
      '/api/draft',
      JSON.stringify({ draft: { answers: [{ item: 'x', value: [1, [2, [3]]] }] } }),
      'application/json',
    );
    expect(response.statusCode).toBe(204);
    // The one change: the person's draft.
    expect(await changed()).toEqual(['assessment_drafts']);
  });

  it('refuses bytes that are not UTF-8 (instead of storing U+FFFD in their place)', async () => {
    const invalid = Buffer.concat([
      Buffer.from('{"draft":{"note":"'),
      Buffer.from([0xc0, 0xaf, 0xff, 0x80]),
      Buffer.from('"}}'),
    ]);
    const body = await problem(await send('PUT', '/api/draft', invalid, 'application/json'), 400);
    expect(body.message).toContain('UTF-8');
    expect(await changed()).toEqual([]);
  });

  it('refuses an oversized response, unknown fields, prototype keys and other content types', async () => {
    const valid = responseOf(staffId) as unknown as Record<string, unknown>;
    await problem(
      await send('POST', '/api/responses', `{"a":"${'x'.repeat(600_000)}"}`, 'application/json'),
      413,
    );
    const unknown = await problem(
      await send(
        'POST',
        '/api/responses',
        JSON.stringify({ ...valid, isAdmin: true }),
        'application/json',
      ),
      400,
    );
    expect(JSON.stringify(unknown.issues)).toContain('isAdmin');
    await problem(
      await send(
        'POST',
        '/api/responses',
        JSON.stringify(valid).replace('{', '{"__proto__":{"role":"admin"},'),
        'application/json',
      ),
      400,
    );
    await problem(await send('POST', '/api/responses', 'instrument=x', 'text/plain'), 415);
    await problem(await send('POST', '/api/responses', '{"a":', 'application/json'), 400);
    await problem(
      await send('POST', '/api/responses', JSON.stringify(valid), 'application/xml'),
      415,
    );
    expect(await changed()).toEqual([]);
    // The same response, well formed, is taken: the refusals above were about the form only.
    const taken = await send('POST', '/api/responses', JSON.stringify(valid), 'application/json');
    expect(taken.statusCode, taken.body).toBe(201);
    expect(await changed()).toContain('responses');
  });
});

describe('an expired session', () => {
  it('gives nothing and changes nothing: form posts go to sign-in, the API answers 401', async () => {
    const browser = new Browser(t.app);
    expect((await browser.signIn(A, 'staff-a@example.org', 'password-a')).statusCode).toBe(303);
    const csrf = await browser.csrf(`${A}/privacy`);
    await t.store.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1_000) })
      .where('city_id', '=', 'alpha-town')
      .where('account_id', '=', staffId)
      .where('expires_at', '>', new Date())
      .execute();
    before = await databaseDigest(t.store, REFUSAL_MAY_CHANGE);
    // The token of the ended session is refused (it was bound to that session): a page in the
    // person's language, and a JSON problem for the API.
    const stale = await browser.request('POST', `${A}/enrolments`, {
      form: { _csrf: csrf, session: ALPHA.programme!.sessions[1]!.id },
      headers: { 'accept-language': 'de' },
    });
    expect(stale.statusCode).toBe(403);
    expect(titleOf(stale.body)).toBe(de['error.forbidden.title']);
    const staleApi = await browser.request('PUT', `${A}/api/draft`, {
      json: { draft: { answers: [] } },
      headers: { 'x-csrf-token': csrf },
    });
    expect(staleApi.statusCode).toBe(403);
    expect(staleApi.json()).toMatchObject({ code: 'csrf' });
    // With a fresh token of a page loaded now, the person is a stranger: sign in first.
    const fresh = await browser.csrf(`${A}/privacy`);
    const form = await browser.request('POST', `${A}/enrolments`, {
      form: { _csrf: fresh, session: ALPHA.programme!.sessions[1]!.id },
    });
    expect(form.statusCode).toBe(303);
    expect(form.headers.location).toContain('/sign-in');
    const api = await browser.request('PUT', `${A}/api/draft`, {
      json: { draft: { answers: [] } },
      headers: { 'x-csrf-token': fresh },
    });
    expect(api.statusCode).toBe(401);
    expect(api.json()).toMatchObject({ code: 'signed-out' });
    expect((await browser.get(`${A}/account`)).statusCode).toBe(303);
    expect(await changed()).toEqual([]);
  });
});
