// The portal's structured logs (portalLogger): one JSON line per request with the route pattern,
// errors with their stack, and no personal data. A portal with one city is driven through
// sign-in, a self-assessment and its draft, an anonymous questionnaire answer with hostile free
// text, an invitation link, a credential page, a 404 with a personal-looking path and two 500s;
// then every line written is read back and searched for every secret the requests carried.
import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSessionToken, type Store } from '../store/index.js';
import { openTestStore } from '../store/test-support/stores.js';
import { hashPassword } from './auth/password.js';
import { logLevelFrom, portalLogger, scrubLogText, serializeError } from './logging.js';
import { competenceKit } from './plugin.js';
import { ALPHA, Browser, responseOf, TEST_COST } from './test-support/app.js';
import { tcnResponse } from './test-support/matrix-questionnaires.js';

const A = '/alpha-town';
const EMAIL = 'Anna.Secret-Person@example.org';
const PASSWORD = 'correct horse battery staple 7';
const DRAFT_TEXT = 'Draft note: my manager shouts at Selin Yıldız';
const ANSWER_TEXT = `<script>alert("x")</script> Mein Name ist Jovana Petrović, Tel. 0171 5550123`;
const INVITED = 'invited.person@example.net';
const INVITATION_TOKEN = randomBytes(32).toString('base64url');
const CREDENTIAL = 'cred-4f9a8c2e7b1d4e6f9a8c2e7b1d4e6f90';
const USER_AGENT = 'Mozilla/5.0 (UniqueAgentMarker 42)';
const HIDDEN_QUERY = 'utm_source=newsletter-for-anna';

let app: FastifyInstance;
let QUESTIONNAIRE: string;
let store: Store;
let dispose: () => Promise<void>;
const written: string[] = [];
/** Every secret a request carried; none may appear in the log. */
const secrets: string[] = [
  EMAIL,
  EMAIL.toLowerCase(),
  PASSWORD,
  DRAFT_TEXT,
  'Selin',
  'Jovana',
  '0171 5550123',
  'alert(',
  INVITED,
  INVITATION_TOKEN,
  CREDENTIAL,
  'UniqueAgentMarker',
  'newsletter-for-anna',
  'jane.doe',
];

beforeAll(async () => {
  ({ store, dispose } = await openTestStore('pglite'));
  app = Fastify({ ...portalLogger({ stream: { write: (line) => written.push(line) } }) });
  // A test-only failure inside the city (its own error handler answers) and outside any city
  // (Fastify's), each with personal data in the message and in a database-like `detail`.
  const failure = () =>
    Object.assign(new Error(`duplicate key for ${EMAIL} from 10.1.2.3`), {
      code: '23505',
      detail: `Key (email)=(${EMAIL}) already exists.`,
      body: { password: PASSWORD },
    });
  app.addHook('preHandler', async (request) => {
    if (request.headers['x-test-fail'] === 'yes') throw failure();
  });
  app.get('/outside/fail', async () => {
    throw failure();
  });
  app.post('/outside/echo', async () => 'ok');
  await app.register(competenceKit, {
    prefix: A,
    city: ALPHA,
    store,
    secure: false,
    passwordCost: TEST_COST,
  });
  await app.ready();
  await store.cities.ensure('alpha-town');
  const created = await store.accounts.create('alpha-town', {
    email: EMAIL,
    role: 'staff',
    passwordHash: await hashPassword(PASSWORD, TEST_COST),
    roleProfile: 'front-desk',
  });
  if (!created.ok) throw new Error(created.code);
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const opened = await store.questionnaires.open('alpha-town', {
    instrumentId: tcnResponse().instrument.id,
    instrumentVersion: tcnResponse().instrument.version,
    title: 'Waiting rooms',
    languages: ['de', 'en'],
    opensOn: day(-1),
    closesOn: day(30),
  });
  QUESTIONNAIRE = opened.questionnaireId;
  secrets.push(QUESTIONNAIRE);
  await store.invitations.create('alpha-town', {
    tokenHash: hashSessionToken(INVITATION_TOKEN),
    email: INVITED,
    role: 'staff',
    createdBy: null,
    expiresAt: new Date(Date.now() + 86_400_000),
  });
});
afterAll(async () => {
  await app?.close();
  await dispose?.();
});

/** The lines written so far, parsed (each must be JSON). */
const lines = () => written.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('structured logs without personal data', () => {
  it('writes one JSON line per request with the route pattern, and nothing personal', async () => {
    const browser = new Browser(app, { 'accept-language': 'en', 'user-agent': USER_AGENT });
    const signedIn = await browser.signIn(A, EMAIL, PASSWORD);
    expect(signedIn.statusCode).toBe(303);
    const cookies = [...browser.cookies.values()];
    expect(cookies.length).toBeGreaterThanOrEqual(2); // the session and the CSRF cookie
    const me = (await store.accounts.findByEmail('alpha-town', EMAIL))!.accountId;

    // The self-assessment: its draft with free text, then the response.
    const csrf = await browser.csrf(`${A}/assessment?${HIDDEN_QUERY}`);
    const draft = await browser.request('PUT', `${A}/api/draft`, {
      json: { draft: { note: DRAFT_TEXT } },
      headers: { 'csrf-token': csrf },
    });
    expect(draft.statusCode).toBe(204);
    const submitted = await browser.request('POST', `${A}/api/responses`, {
      json: responseOf(me),
      headers: { 'csrf-token': csrf },
    });
    expect(submitted.statusCode).toBe(201);

    // An anonymous answer with hostile free text.
    const respondent = new Browser(app, { 'accept-language': 'de', 'user-agent': USER_AGENT });
    const qToken = await respondent.csrf(`${A}/q/${QUESTIONNAIRE}/answer?lang=de`);
    const answered = await respondent.request('POST', `${A}/q/${QUESTIONNAIRE}/responses?lang=de`, {
      json: tcnResponse(ANSWER_TEXT),
      headers: { 'csrf-token': qToken },
    });
    expect(answered.statusCode).toBe(201);
    const stored = await store.db
      .selectFrom('questionnaire_answers')
      .select('response')
      .where('questionnaire_id', '=', QUESTIONNAIRE)
      .execute();
    expect(JSON.stringify(stored)).toContain('Jovana Petrović');

    // The invitation link (its token in the path), shown and accepted with a password.
    const invited = new Browser(app, { 'accept-language': 'en' });
    const invitation = await invited.get(`${A}/invitation/${INVITATION_TOKEN}`);
    expect(invitation.statusCode).toBe(200);
    expect(invitation.body).toContain(INVITED);
    const accepted = await invited.submit(
      `${A}/invitation/${INVITATION_TOKEN}`,
      `${A}/invitation/${INVITATION_TOKEN}`,
      { password: PASSWORD, confirm: PASSWORD },
    );
    expect(accepted.statusCode).toBe(303);

    // A credential page (an id nobody has), a 404 with a personal path, the two failures.
    expect((await browser.get(`${A}/credentials/${CREDENTIAL}`)).statusCode).toBe(404);
    expect((await browser.get(`${A}/people/jane.doe@example.org?token=abc`)).statusCode).toBe(404);
    expect((await browser.get(`/nowhere/jane.doe@example.org`)).statusCode).toBe(404);
    const failed = await browser.get(`${A}/profile`, { 'x-test-fail': 'yes' });
    expect(failed.statusCode).toBe(500);
    expect((await browser.get('/outside/fail')).statusCode).toBe(500);
    // A body that is not JSON, outside any city (Fastify's own error handler answers): the
    // kind of error is written (a parser's message may quote the body).
    const broken = await app.inject({
      method: 'POST',
      url: '/outside/echo',
      headers: { 'content-type': 'application/json' },
      payload: `{"password": "${PASSWORD}", "email": ${EMAIL}`,
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.body).toContain('JSON');
    // A sign-in with a wrong password.
    expect((await new Browser(app).signIn(A, EMAIL, `${PASSWORD}x`)).statusCode).toBe(401);

    const output = written.join('');
    const parsed = lines();
    expect(parsed.length).toBeGreaterThan(15);
    for (const line of parsed) {
      expect(line.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(['trace', 'debug', 'info', 'warn', 'error', 'fatal']).toContain(line.level);
      expect(typeof line.msg).toBe('string');
      expect(line).not.toHaveProperty('pid');
      expect(line).not.toHaveProperty('hostname');
      expect(line).not.toHaveProperty('req');
    }
    // One line per request, each with the fields an operator filters by.
    const requests = parsed.filter((l) => l.msg === 'request' || l.msg === 'request failed');
    expect(requests.length).toBe(new Set(requests.map((l) => l.reqId)).size);
    for (const line of requests) {
      expect(Object.keys(line).sort()).toEqual(
        ['city', 'level', 'method', 'ms', 'msg', 'reqId', 'route', 'status', 'time'].sort(),
      );
      expect(line.reqId).toMatch(/^[0-9a-f-]{36}$/);
      expect(typeof line.ms).toBe('number');
    }
    const seen = (method: string, route: string | null, status: number) =>
      requests.find((l) => l.method === method && l.route === route && l.status === status);
    expect(seen('POST', `${A}/sign-in`, 303)).toMatchObject({ city: 'alpha-town' });
    expect(seen('POST', `${A}/sign-in`, 401)).toBeDefined();
    expect(seen('PUT', `${A}/api/draft`, 204)).toBeDefined();
    expect(seen('POST', `${A}/api/responses`, 201)).toBeDefined();
    expect(seen('GET', `${A}/assessment`, 200)).toBeDefined();
    expect(seen('POST', `${A}/q/:id/responses`, 201)).toBeDefined();
    expect(seen('GET', `${A}/invitation/:token`, 200)).toBeDefined();
    expect(seen('POST', `${A}/invitation/:token`, 303)).toBeDefined();
    expect(seen('GET', `${A}/profile`, 500)).toMatchObject({ city: 'alpha-town' });
    expect(seen('GET', '/outside/fail', 500)).toMatchObject({ city: null });
    // A path no route has, and a credential id nobody has (the route hands it to the 404
    // handler): no pattern, and the path is not written.
    expect(requests.filter((l) => l.route === null && l.status === 404)).toHaveLength(3);
    // An answer of 500 is a line at the level error, the others at info.
    expect(requests.filter((l) => l.level === 'error').map((l) => l.status)).toEqual([500, 500]);
    expect(requests.filter((l) => l.status !== 500).every((l) => l.level === 'info')).toBe(true);

    expect(parsed.find((l) => l.msg === 'request refused')).toMatchObject({
      route: '/outside/echo',
      refused: { type: 'FastifyError', code: 'FST_ERR_CTP_INVALID_JSON_BODY' },
    });
    expect(seen('POST', '/outside/echo', 400)).toMatchObject({ city: null });
    // Both failures: the error with its type, code and stack, scrubbed, and nothing else.
    const errors = parsed.filter((l) => l.err !== undefined);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    for (const line of errors) {
      const err = line.err as Record<string, unknown>;
      expect(Object.keys(err).sort()).toEqual(['code', 'message', 'stack', 'type']);
      expect(err).toMatchObject({
        type: 'Error',
        code: '23505',
        message: 'duplicate key for [email] from [address]',
      });
      expect(err.stack).toMatch(/logging\.test\.ts/);
      expect(line.reqId).toMatch(/^[0-9a-f-]{36}$/);
    }

    // Nothing a request carried is in the log.
    const leaks = [
      ...secrets,
      ...cookies,
      csrf,
      qToken,
      me,
      browser.address,
      respondent.address,
      invited.address,
      'already exists',
      'cookie',
      'authorization',
      'remoteAddress',
      'user-agent',
      '?',
    ].filter((secret) => output.toLowerCase().includes(secret.toLowerCase()));
    expect(leaks).toEqual([]);
  });

  it('writes nothing at the level silent, and refuses a level it does not know', async () => {
    const quiet: string[] = [];
    const silent = Fastify(
      portalLogger({ level: 'silent', stream: { write: (l) => quiet.push(l) } }),
    );
    silent.get('/x', async () => 'x');
    silent.get('/fail', async () => {
      throw new Error('boom');
    });
    expect((await silent.inject('/x')).statusCode).toBe(200);
    expect((await silent.inject('/fail')).statusCode).toBe(500);
    await silent.close();
    expect(quiet).toEqual([]);
    expect(logLevelFrom(undefined)).toBe('info');
    expect(logLevelFrom('')).toBe('info');
    expect(logLevelFrom('warn')).toBe('warn');
    expect(() => logLevelFrom('verbose')).toThrow(
      'COMPETENCE_KIT_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, not "verbose".',
    );
    expect(() => portalLogger({ level: 'loud' as never })).toThrow(/not "loud"/);
  });

  it('scrubs e-mail addresses, tokens and addresses from error text, and keeps the cause', () => {
    expect(scrubLogText(`for ${EMAIL} at 192.168.7.1 with ${INVITATION_TOKEN}`)).toBe(
      'for [email] at [address] with [token]',
    );
    // Words, dates and the loopback address stay readable.
    expect(scrubLogText('listening at http://127.0.0.1:3000 since 2027-01-02')).toBe(
      'listening at http://127.0.0.1:3000 since 2027-01-02',
    );
    // A long text is cut, and scrubbing it stays quick.
    const started = performance.now();
    const long = scrubLogText(`${'a1'.repeat(50_000)} ${'x@'.repeat(50_000)}`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(long.length).toBeLessThan(4_100);
    const error = new TypeError(`bad ${EMAIL}`, { cause: new Error(`row ${INVITED}`) });
    const safe = serializeError(Object.assign(error, { detail: EMAIL, statusCode: 400 }));
    expect(safe).toMatchObject({
      type: 'TypeError',
      message: 'bad [email]',
      statusCode: 400,
      cause: { type: 'Error', message: 'row [email]' },
    });
    expect(JSON.stringify(safe)).not.toContain('example');
    // Whichever way a line is written, its text is scrubbed.
    const out: string[] = [];
    const logger = Fastify(portalLogger({ stream: { write: (l) => out.push(l) } })).log;
    logger.error(new Error(`lone ${EMAIL}`));
    logger.warn({ err: new Error(`wrapped ${EMAIL}`) });
    logger.info(`text ${EMAIL} %s`, EMAIL);
    logger.info({ n: 1 }, `with object ${INVITATION_TOKEN}`);
    expect(out.map((l) => JSON.parse(l).msg)).toEqual([
      'lone [email]',
      'wrapped [email]',
      'text [email] [email]',
      'with object [token]',
    ]);
    expect(out.join('')).not.toContain('example.org');
    expect(serializeError('a string thrown')).toEqual({
      type: 'string',
      message: 'a string thrown',
      stack: 'a string thrown',
    });
  });
});
