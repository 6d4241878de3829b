// Idempotent submissions (decision 0022), through the routes: the self-assessment
// (`POST /api/responses`) and a questionnaire's answers (`POST /q/:id/responses`, and a
// coordinator's assisted entry) take an `Idempotency-Key`. The same key and request again
// repeat the first acknowledgement and store nothing more; the same key with another request
// is refused (422); concurrent requests with one key store once; a malformed key is refused
// (400) storing nothing; without a key nothing changes; a key is a city's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tcnQuestionnaire } from '@competence-kit/framework-intercultural';
import { staffSelfAssessment } from '@competence-kit/framework-intercultural';
import { hashPassword } from './auth/password.js';
import { canonicalJson, KEY_REUSED, MALFORMED_KEY, requestHash } from './idempotency.js';
import { respondentText } from './respondent-words.js';
import {
  ALPHA,
  BETA,
  Browser,
  responseOf,
  startApp,
  TEST_COST,
  type TestApp,
} from './test-support/app.js';
import { tcnResponse } from './test-support/matrix-questionnaires.js';

const A = '/alpha-town';
const B = '/beta-town';
let t: TestApp;

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** A fresh key: 16 random bytes in base64url, as the clients draw them. */
const newKey = () => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');

async function accountId(city: string, email: string) {
  return (await t.store.accounts.findByEmail(city, email))!.accountId;
}
const responsesOf = async (city: string, account: string) =>
  (await t.store.responses.listOwn(city, account, staffSelfAssessment.id)).length;
const keysIn = (city: string, scope: string) => t.store.idempotency.count(city, scope);

async function signedIn(base: string, email: string, password: string) {
  const browser = new Browser(t.app, { 'accept-language': 'en' });
  expect((await browser.signIn(base, email, password)).statusCode).toBe(303);
  return browser;
}

/** A staff member of a city, signed in, with a function posting a response with headers. */
async function staff(city: typeof ALPHA, base: string, email: string) {
  await t.store.accounts.create(city.city.id, {
    email,
    role: 'staff',
    passwordHash: await hashPassword('a long password', TEST_COST),
    roleProfile: 'front-desk',
  });
  const browser = await signedIn(base, email, 'a long password');
  const me = await accountId(city.city.id, email);
  const token = await browser.csrf(`${base}/assessment`);
  const post = (json: unknown, headers: Record<string, string> = {}) =>
    browser.request('POST', `${base}/api/responses`, {
      json,
      headers: { 'csrf-token': token, ...headers },
    });
  return { browser, me, post };
}

beforeAll(async () => {
  t = await startApp();
});
afterAll(async () => t?.close());

describe('canonical request hash', () => {
  it('is the same for the same JSON in any key order, and differs for other JSON', () => {
    expect(canonicalJson({ b: [1, { y: 2, x: 'é' }], a: null })).toBe(
      '{"a":null,"b":[1,{"x":"é","y":2}]}',
    );
    expect(requestHash({ a: 1, b: { c: 2, d: 3 } })).toBe(requestHash({ b: { d: 3, c: 2 }, a: 1 }));
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: 2 }));
    expect(requestHash({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the self-assessment with an Idempotency-Key', () => {
  it('stores a response once for a key sent twice, and answers the same both times', async () => {
    const { me, post } = await staff(ALPHA, A, 'twice@example.org');
    const key = newKey();
    const first = await post(responseOf(me), { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await post(responseOf(me), { 'idempotency-key': key });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await responsesOf(ALPHA.city.id, me)).toBe(1);
    // The key row holds the acknowledgement only: no account, nothing from the answers.
    const rows = await t.store.db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('key', '=', key)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      city_id: ALPHA.city.id,
      scope: 'responses',
      status: 201,
      body: first.json(),
    });
    expect(JSON.stringify(rows[0])).not.toContain(me);
    expect(rows[0]!.created_at.toISOString()).toMatch(/T00:00:00\.000Z$/);
  });

  it('refuses the same key with another response (422), storing nothing', async () => {
    const { me, post } = await staff(ALPHA, A, 'other-body@example.org');
    const key = newKey();
    expect((await post(responseOf(me, 2), { 'idempotency-key': key })).statusCode).toBe(201);
    const other = await post(responseOf(me, 4), { 'idempotency-key': key });
    expect(other.statusCode).toBe(422);
    expect(other.json()).toEqual({ code: 'idempotency-key-reused', message: KEY_REUSED });
    expect(await responsesOf(ALPHA.city.id, me)).toBe(1);
    const stored = await t.store.responses.listOwn(ALPHA.city.id, me);
    expect(JSON.stringify(stored[0]!.response)).toContain('"value":2');
  });

  it('stores once when twenty requests with one key arrive together', async () => {
    const { me, post } = await staff(ALPHA, A, 'twenty@example.org');
    const key = newKey();
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => post(responseOf(me), { 'idempotency-key': key })),
    );
    expect(replies.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    expect(new Set(replies.map((r) => r.json().responseId)).size).toBe(1);
    expect(replies.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(19);
    expect(await responsesOf(ALPHA.city.id, me)).toBe(1);
  });

  it('refuses a malformed key (400), storing nothing', async () => {
    const { me, post } = await staff(ALPHA, A, 'malformed@example.org');
    const keysBefore = await keysIn(ALPHA.city.id, 'responses');
    for (const key of ['short', 'x'.repeat(129), `${'a'.repeat(20)} b`, `${'a'.repeat(20)}/`]) {
      const refused = await post(responseOf(me), { 'idempotency-key': key });
      expect(refused.statusCode, key).toBe(400);
      expect(refused.json(), key).toEqual({
        code: 'invalid-idempotency-key',
        message: MALFORMED_KEY,
      });
    }
    // The shortest and the longest keys are taken.
    expect((await post(responseOf(me), { 'idempotency-key': 'a'.repeat(16) })).statusCode).toBe(
      201,
    );
    expect(await responsesOf(ALPHA.city.id, me)).toBe(1);
    expect(await keysIn(ALPHA.city.id, 'responses')).toBe(keysBefore + 1);
    expect((await post(responseOf(me), { 'idempotency-key': 'b'.repeat(128) })).statusCode).toBe(
      201,
    );
  });

  it('without a key, stores each submission as before', async () => {
    const { me, post } = await staff(ALPHA, A, 'no-key@example.org');
    const keysBefore = await keysIn(ALPHA.city.id, 'responses');
    const first = await post(responseOf(me));
    const second = await post(responseOf(me));
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(first.json().responseId).not.toBe(second.json().responseId);
    expect(await responsesOf(ALPHA.city.id, me)).toBe(2);
    expect(await keysIn(ALPHA.city.id, 'responses')).toBe(keysBefore);
  });

  it('keeps a key to its city: the same key in two cities is two submissions', async () => {
    const alpha = await staff(ALPHA, A, 'cross-a@example.org');
    const beta = await staff(BETA, B, 'cross-b@example.org');
    const key = newKey();
    const inA = await alpha.post(responseOf(alpha.me), { 'idempotency-key': key });
    const inB = await beta.post(responseOf(beta.me), { 'idempotency-key': key });
    expect([inA.statusCode, inB.statusCode]).toEqual([201, 201]);
    expect(inB.headers['idempotent-replayed']).toBeUndefined();
    expect(inA.json().responseId).not.toBe(inB.json().responseId);
    expect(await responsesOf(ALPHA.city.id, alpha.me)).toBe(1);
    expect(await responsesOf(BETA.city.id, beta.me)).toBe(1);
  });

  it('does not let another account use a key: it is another request (422)', async () => {
    const one = await staff(ALPHA, A, 'key-one@example.org');
    const two = await staff(ALPHA, A, 'key-two@example.org');
    const key = newKey();
    expect((await one.post(responseOf(one.me), { 'idempotency-key': key })).statusCode).toBe(201);
    const taken = await two.post(responseOf(two.me), { 'idempotency-key': key });
    expect(taken.statusCode).toBe(422);
    expect(await responsesOf(ALPHA.city.id, two.me)).toBe(0);
  });

  it('erases the keys of an account’s responses with the account', async () => {
    const { browser, me, post } = await staff(ALPHA, A, 'erased@example.org');
    const key = newKey();
    expect((await post(responseOf(me), { 'idempotency-key': key })).statusCode).toBe(201);
    const others = await keysIn(ALPHA.city.id, 'responses');
    const deleted = await browser.submit(`${A}/account`, `${A}/account/delete`, { confirm: 'yes' });
    expect(deleted.headers.location).toBe(`${A}/?done=deleted`);
    expect(await keysIn(ALPHA.city.id, 'responses')).toBe(others - 1);
    const left = await t.store.db
      .selectFrom('idempotency_keys')
      .select('key')
      .where('key', '=', key)
      .execute();
    expect(left).toEqual([]);
  });
});

describe('a questionnaire’s answers with an Idempotency-Key', () => {
  let openId: string;
  const answersIn = async (id: string) =>
    (
      await t.store.db
        .selectFrom('questionnaire_answers')
        .select('answer_id')
        .where('city_id', '=', ALPHA.city.id)
        .where('questionnaire_id', '=', id)
        .execute()
    ).length;
  /** A respondent (own address) with a function posting answers with headers. */
  const respondent = async (id = openId) => {
    const browser = new Browser(t.app, { 'accept-language': 'de' });
    const token = await browser.csrf(`${A}/q/${id}/answer?lang=de`);
    return (json: unknown, headers: Record<string, string> = {}) =>
      browser.request('POST', `${A}/q/${id}/responses?lang=de`, {
        json,
        headers: { 'csrf-token': token, ...headers },
      });
  };

  beforeAll(async () => {
    openId = (
      await t.store.questionnaires.open(ALPHA.city.id, {
        instrumentId: tcnQuestionnaire.id,
        instrumentVersion: tcnQuestionnaire.version,
        title: 'Offices, autumn',
        languages: ['de', 'en'],
        opensOn: day(-2),
        closesOn: day(30),
      })
    ).questionnaireId;
  });

  it('stores the answers once for a key sent twice, and answers the same both times', async () => {
    const post = await respondent();
    const key = newKey();
    const first = await post(tcnResponse('Mehr Dolmetscher'), { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ next: `${A}/q/${openId}/thanks?lang=de` });
    const again = await post(tcnResponse('Mehr Dolmetscher'), { 'idempotency-key': key });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await answersIn(openId)).toBe(1);
    const rows = await t.store.db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('key', '=', key)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ scope: `q/${openId}`, status: 201 });
    // Nothing from the answers and nothing about the browser: the day only.
    expect(JSON.stringify(rows[0])).not.toContain('Dolmetscher');
    expect(rows[0]!.created_at.toISOString()).toMatch(/T00:00:00\.000Z$/);
  });

  it('refuses the same key with other answers (422, in the respondent’s language)', async () => {
    const post = await respondent();
    const key = newKey();
    const before = await answersIn(openId);
    expect((await post(tcnResponse('eins'), { 'idempotency-key': key })).statusCode).toBe(201);
    const other = await post(tcnResponse('zwei'), { 'idempotency-key': key });
    expect(other.statusCode).toBe(422);
    expect(other.json()).toEqual({
      code: 'idempotency-key-reused',
      message: respondentText('de', 'error.invalid'),
      detail: KEY_REUSED,
    });
    expect(await answersIn(openId)).toBe(before + 1);
  });

  it('stores once when twenty requests with one key arrive together', async () => {
    const post = await respondent();
    const key = newKey();
    const before = await answersIn(openId);
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => post(tcnResponse(), { 'idempotency-key': key })),
    );
    expect(replies.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    expect(await answersIn(openId)).toBe(before + 1);
  });

  it('refuses a malformed key (400), storing nothing; without a key, as before', async () => {
    const post = await respondent();
    const before = await answersIn(openId);
    const refused = await post(tcnResponse(), { 'idempotency-key': 'not a key!' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toEqual({
      code: 'invalid-idempotency-key',
      message: respondentText('de', 'error.failed'),
      detail: MALFORMED_KEY,
    });
    expect(await answersIn(openId)).toBe(before);
    expect((await post(tcnResponse())).statusCode).toBe(201);
    expect((await post(tcnResponse())).statusCode).toBe(201);
    expect(await answersIn(openId)).toBe(before + 2);
  });

  it('repeats the acknowledgement after the questionnaire closed; a new key is refused', async () => {
    const id = (
      await t.store.questionnaires.open(ALPHA.city.id, {
        instrumentId: tcnQuestionnaire.id,
        instrumentVersion: tcnQuestionnaire.version,
        title: 'Closing soon',
        languages: ['de'],
        opensOn: day(-2),
        closesOn: day(30),
      })
    ).questionnaireId;
    const post = await respondent(id);
    const key = newKey();
    const first = await post(tcnResponse(), { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(await t.store.questionnaires.close(ALPHA.city.id, id)).toBe(true);
    const again = await post(tcnResponse(), { 'idempotency-key': key });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    // The key with other answers is still another request, closed or not.
    const other = await post(tcnResponse('Other answers'), { 'idempotency-key': key });
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ code: 'idempotency-key-reused' });
    expect((await post(tcnResponse(), { 'idempotency-key': newKey() })).statusCode).toBe(410);
    expect(await answersIn(id)).toBe(1);
  });

  it('records a coordinator’s typed-in answers and their audit event once per key', async () => {
    await t.store.accounts.create(ALPHA.city.id, {
      email: 'typist@example.org',
      role: 'coordinator',
      passwordHash: await hashPassword('a long password', TEST_COST),
    });
    const coordinator = await signedIn(A, 'typist@example.org', 'a long password');
    const path = `${A}/needs/questionnaires/${openId}/assisted?form=de`;
    const token = await coordinator.csrf(path);
    const post = (json: unknown, key: string) =>
      coordinator.request('POST', path, {
        json,
        headers: { 'csrf-token': token, 'idempotency-key': key },
      });
    const entered = async () =>
      (await t.store.audit.list(ALPHA.city.id)).filter((e) => e.action === 'answers-entered')
        .length;
    const before = { answers: await answersIn(openId), audit: await entered() };
    const key = newKey();
    const first = await post(tcnResponse('auf Papier'), key);
    const again = await post(tcnResponse('auf Papier'), key);
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.json()).toEqual(first.json());
    expect(await answersIn(openId)).toBe(before.answers + 1);
    expect(await entered()).toBe(before.audit + 1);
    // The same key as a respondent's own answer is another request.
    const post2 = await respondent();
    expect((await post2(tcnResponse('auf Papier'), { 'idempotency-key': key })).statusCode).toBe(
      422,
    );
  });
});
