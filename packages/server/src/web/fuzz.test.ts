// The fuzz test (issue 16): every route of a city, driven with generated bodies, path ids and
// query strings by each role (anonymous, staff, coordinator, admin of the city) with a valid CSRF
// token. The property: no answer is a 5xx, none hangs, and a refused request (4xx) changes no
// table (a digest of every table, before and after). The route list comes from the app itself, so
// a new route is fuzzed without editing this file; the only routes left out are listed in
// EXCLUDED, each with its reason. Reproduce a failure with FUZZ_SEED=<seed printed> (the seed is
// also in fast-check's failure message, with the shrunk counterexample).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from './auth/password.js';
import { ALPHA, Browser, startApp, TEST_COST, type TestApp } from './test-support/app.js';
import { hashSessionToken } from '../store/index.js';
import { databaseDigest, REFUSAL_MAY_CHANGE } from './test-support/digest.js';
import { A, ROLES } from './test-support/matrix.js';
import { insertOpening } from './test-support/matrix-questionnaires.js';

const SEED = Number(process.env.FUZZ_SEED ?? 16_2026);
/** Generated requests per route and role: small, so that the file runs in about 20 s. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 3);
/** A request that takes longer than this "hangs". */
const HANG_MS = 5_000;

/**
 * Routes the fuzzer does not drive, each with its reason. Everything else in `t.routes` under the
 * city's prefix is fuzzed; the test below fails if this list names a route that does not exist.
 */
const EXCLUDED: Record<string, string> = {
  // Static files (fastify-static): no body, no handler of ours; a wildcard, not an id.
  'GET /assets/*': 'static files',
};

/** Field names the routes read (grep `field(request.body` and `formOf`): so that bodies get past
 * the first checks, mixed with random and hostile names. */
const FIELDS = [
  'email', 'password', 'next', 'roleProfile', 'session', 'byRole', 'byPhase', 'confirm', 'role',
  'city', 'credential', 'satisfaction', 'usefulness', 'comment', 'wave', 'instrument', 'title',
  'opensOn', 'closesOn', 'languages', 'module', 'revision', 'attended', 'draft', 'answers',
  'programme', 'item', 'source', 'finding', 'text', 'date', 'capacity', 'language', 'mode',
  'respondent', 'phase', 'submittedAt', 'value', 'lang', 'form', 'done', 'format',
] as const; // prettier-ignore

/** Keys that poison a prototype when a parser or a merge is careless. */
const POISON = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'];

/** Hostile string values: control characters, lone surrogates, markup, huge, path tricks. */
const HOSTILE = [
  '',
  ' ',
  '\u0000',
  '\u0000\u0007\u001b[31m\r\n\t',
  '\ud800',
  'x\udfffy',
  '\ufeff\u202e\u200b',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; drop table accounts; --",
  '=HYPERLINK("http://x")',
  '../../../../etc/passwd',
  '%00',
  'yes',
  'NaN',
  '-1',
  '1e309',
  '9007199254740993',
  '2027-02-30',
  'x'.repeat(5_000),
  '😀'.repeat(300),
];

/** Bodies no form sends: each content type's edge cases (a content type, and the bytes). */
const RAW: [string, () => Buffer][] = [
  // Deep JSON: ten thousand nested arrays.
  ['application/json', () => Buffer.from('['.repeat(10_000) + ']'.repeat(10_000))],
  ['application/json', () => Buffer.from('{"a":')],
  // Deep JSON where a route stores any object (the draft): the store's jsonb refuses it.
  [
    'application/json',
    () => Buffer.from(`{"draft":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`),
  ],
  ['application/json', () => Buffer.from('{"__proto__":{"isAdmin":true},"role":"admin"}')],
  // Invalid UTF-8: a lone continuation byte, an overlong slash, a truncated sequence.
  ['application/json', () => Buffer.from([0x7b, 0x22, 0x80, 0xc0, 0xaf, 0x22, 0x7d])],
  ['application/x-www-form-urlencoded', () => Buffer.from([0x61, 0x3d, 0xff, 0xfe, 0xe2])],
  ['application/x-www-form-urlencoded', () => Buffer.from('a=%E0%A4%A&b=%ZZ&%=1')],
  // Oversized: over every body limit of the portal (64 KiB forms, 512 KiB JSON).
  ['application/x-www-form-urlencoded', () => Buffer.from(`a=${'x'.repeat(600_000)}`)],
  ['application/json', () => Buffer.from(`{"a":"${'x'.repeat(1_100_000)}"}`)],
  // Wrong content types.
  ['text/plain', () => Buffer.from('hello')],
  ['application/xml', () => Buffer.from('<?xml version="1.0"?><a>&lt;</a>')],
  ['multipart/form-data; boundary=x', () => Buffer.from('--x\r\nnonsense\r\n--x--')],
  ['multipart/form-data', () => Buffer.from('no boundary at all')],
  [
    'multipart/form-data; boundary=x',
    () =>
      Buffer.from(
        '--x\r\nContent-Disposition: form-data; name="__proto__"\r\n\r\n{"a":1}\r\n' +
          '--x\r\nContent-Disposition: form-data; name="file"; filename="../../a.json"\r\n' +
          `Content-Type: application/json\r\n\r\n${'{'.repeat(300_000)}\r\n--x`,
      ),
  ],
  ['application/octet-stream', () => Buffer.from([0, 1, 2, 3, 255])],
  ['', () => Buffer.from('a=b')],
];

let t: TestApp;
/** Ids that exist in the city (so the fuzzer reaches past "not found"), and some of the other. */
const IDS: string[] = [];
const actors = new Map<string, { browser: Browser; csrf: string }>();

/**
 * A browser of `role` signed in to city A; `fresh` when a new account had to be made (the old one
 * was signed out, deleted or demoted by an earlier generated request), which changes the store.
 */
async function actor(
  role: string,
): Promise<{ browser: Browser; csrf: string | undefined; fresh: boolean }> {
  if (role === 'anonymous') {
    const browser = new Browser(t.app);
    return { browser, csrf: await browser.csrf(`${A}/privacy`), fresh: false };
  }
  const known = actors.get(role);
  const token = known?.browser.cookies.get('ck-session');
  const found = token && (await t.store.sessions.findValid('alpha-town', hashSessionToken(token)));
  if (known && found && found.account.role === role)
    return { browser: known.browser, csrf: known.csrf, fresh: false };
  const email = `fuzz-${role}-${++made}@example.org`;
  const password = `pw-${role}`;
  const created = await t.store.accounts.create('alpha-town', {
    email,
    role: role as (typeof ROLES)[number],
    passwordHash: await hashPassword(password, TEST_COST),
    roleProfile: 'front-desk',
  });
  if (!created.ok) throw new Error(created.code);
  const browser = new Browser(t.app);
  const signedIn = await browser.signIn(A, email, password);
  if (signedIn.statusCode !== 303) throw new Error(`sign-in of ${role}: ${signedIn.statusCode}`);
  const csrf = await browser.csrf(`${A}/privacy`);
  actors.set(role, { browser, csrf });
  return { browser, csrf, fresh: true };
}
let made = 0;

beforeAll(async () => {
  t = await startApp();
  await insertOpening(t, 'alpha-town', 'fuzzOpenQuestion000001');
  await insertOpening(t, 'beta-town', 'fuzzBetaQuestion000001');
  const staff = await t.store.accounts.findByEmail('alpha-town', 'staff-a@example.org');
  IDS.push(
    'fuzzOpenQuestion000001',
    'fuzzBetaQuestion000001',
    ...ALPHA.programme!.sessions.map((s) => s.id),
    staff?.accountId ?? 'no-account',
    '1',
    '0',
    '99999999999999999999',
  );
}, 60_000);
afterAll(async () => t?.close());

/** What a generated request sends. */
type Body =
  | { kind: 'none' }
  | { kind: 'form'; fields: [string, string][] }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; type: string; payload: Buffer };

/** The generators; built after `beforeAll`, which finds the ids they use. */
function arbitraries() {
  /** A string value: known ids, hostile strings, random text (full Unicode, lone surrogates). */
  const value = fc.oneof(
    fc.constantFrom(...HOSTILE),
    fc.constantFrom(...IDS),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.integer().map(String),
  );
  const key = fc.oneof(
    fc.constantFrom(...FIELDS),
    fc.constantFrom(...POISON),
    fc.string({ minLength: 1, maxLength: 20 }),
  );

  const body: fc.Arbitrary<Body> = fc.oneof(
    { weight: 1, arbitrary: fc.constant<Body>({ kind: 'none' }) },
    {
      weight: 4,
      arbitrary: fc
        .array(fc.tuple(key, value), { maxLength: 12 })
        .map((fields): Body => ({ kind: 'form', fields })),
    },
    {
      weight: 3,
      arbitrary: fc
        .oneof(
          fc.jsonValue({ maxDepth: 4 }),
          fc.dictionary(fc.oneof(key, fc.constantFrom(...POISON)), fc.jsonValue({ maxDepth: 3 })),
          fc.dictionary(key, value),
          fc.record({ __proto__: fc.record({ polluted: fc.constant(true) }) }),
        )
        .map((v): Body => ({ kind: 'json', value: v })),
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...RAW)
        .map(([type, payload]): Body => ({ kind: 'raw', type, payload: payload() })),
    },
  );

  /** Percent-encodes any string, lone surrogates too (as their UTF-8 replacement bytes). */
  const encode = (text: string) =>
    [...Buffer.from(text)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

  /** A path parameter: a known id, hostile text (percent-encoded), or random characters. */
  const param = fc.oneof(
    fc.constantFrom(...IDS).map(encodeURIComponent),
    fc.constantFrom(...HOSTILE.filter((h) => h !== '')).map(encode),
    fc.string({ minLength: 1, maxLength: 8 }).map(encode),
    fc.constantFrom('%', '%E0%A4%A', '%C0%AF', '..', '.%2e', 'a%2Fb', '%FF'),
  );

  /** A query string: known and random names, hostile values, repeated names. */
  const query = fc.array(fc.tuple(fc.oneof(key, fc.constantFrom('lang', 'done', 'form')), value), {
    maxLength: 4,
  });
  /** Headers a client may add: an Idempotency-Key (well formed or not), a language. */
  const extra = fc.record(
    {
      'idempotency-key': fc.constantFrom(
        'fuzz-key-0000000000000001',
        'short',
        'k'.repeat(200),
        'bad key with spaces!!',
      ),
      'accept-language': fc.constantFrom('de', 'it;q=0.9, es', '*', 'x'.repeat(300), ''),
    },
    { requiredKeys: [] },
  );
  return { body, param, query, extra };
}

/** The request: the route's path with its parameters filled in, and what it sends. */
function build(
  url: string,
  params: string[],
  q: [string, string][],
  sent: Body,
  csrf: string | undefined,
  extra: Record<string, string>,
) {
  let i = 0;
  let path = url.replace(/:[A-Za-z]+/g, () => params[i++ % params.length] ?? 'x');
  // `.../report.:format`: the parameter after a dot is filled like any other.
  const search = new URLSearchParams(q);
  if (csrf && sent.kind !== 'form') search.set('_csrf', csrf);
  if ([...search].length > 0) path += `?${search}`;
  const headers: Record<string, string> = {};
  let payload: string | Buffer | undefined;
  if (sent.kind === 'form') {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    const form = new URLSearchParams(sent.fields);
    if (csrf) form.set('_csrf', csrf);
    payload = form.toString();
  } else if (sent.kind === 'json') {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(sent.value) ?? 'null';
  } else if (sent.kind === 'raw') {
    if (sent.type) headers['content-type'] = sent.type;
    payload = sent.payload;
  }
  Object.assign(headers, extra);
  if (csrf) headers['x-csrf-token'] = csrf;
  return { path, headers, payload };
}

/** Each route and role its own seed, derived from FUZZ_SEED: the same run every time. */
const seedOf = (text: string) =>
  [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 0x2f6b);

/** The city's routes (without the prefix), as `METHOD /path`. */
const cityRoutes = () =>
  t.routes
    .filter((r) => r.url === A || r.url.startsWith(`${A}/`))
    .map((r) => ({
      method: r.method,
      url: r.url,
      name: `${r.method} ${r.url.slice(A.length) || '/'}`,
    }));

describe('the fuzzer', () => {
  it('knows every route it leaves out (no stale exclusion)', () => {
    const names = new Set(cityRoutes().map((r) => r.name));
    expect(Object.keys(EXCLUDED).filter((e) => !names.has(e))).toEqual([]);
  });

  it('refuses every malformed body on every changing route, and changes nothing', async () => {
    // The deterministic part: each body of RAW (a wrong content type, broken bytes, too deep, too
    // big) to every route that takes a body, as the city's admin (who gets past every role check)
    // with a valid token. None is a form or JSON the portal could read: each must be refused.
    const accepted: string[] = [];
    for (const route of cityRoutes().filter((r) => r.method !== 'GET' && !(r.name in EXCLUDED))) {
      // Signed in again if an accepted body signed the admin out (which the test reports).
      const { browser, csrf } = await actor('admin');
      const before = await databaseDigest(t.store, REFUSAL_MAY_CHANGE);
      for (const [type, bytes] of RAW) {
        const raw = bytes();
        // The CSV import takes bodies up to 6 MB by design (3 × its 2 MB file limit): a
        // well-formed body of 1 MB is not oversized there.
        if (route.name === 'POST /needs/import' && raw.length > 500_000 && raw.length < 6_000_000)
          continue;
        const { path, headers, payload } = build(
          route.url,
          [IDS[0]!],
          [],
          { kind: 'raw', type, payload: raw },
          csrf,
          {},
        );
        headers.cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
        const response = await t.app.inject({
          method: route.method as 'POST',
          url: path,
          headers,
          payload,
        });
        if (response.statusCode < 400 || response.statusCode >= 500)
          accepted.push(`${route.name} ${type || '(none)'}: ${response.statusCode}`);
      }
      const after = await databaseDigest(t.store, REFUSAL_MAY_CHANGE);
      const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
      if (changed.length > 0) accepted.push(`${route.name} changed ${changed.join(', ')}`);
    }
    expect(accepted).toEqual([]);
  });

  it('drives every route, as every role, without a 5xx, a hang or a change by a refusal', async () => {
    const routes = cityRoutes().filter((r) => !(r.name in EXCLUDED));
    // Every changing route, and every GET with a parameter or a query, is in the run (a new route
    // is fuzzed by default); plain GETs are fuzzed with query strings.
    expect(routes.filter((r) => r.method !== 'GET').length).toBeGreaterThanOrEqual(40);
    const failures: string[] = [];
    let requests = 0;
    const driven = new Set<string>();
    const { body, param, query, extra } = arbitraries();
    let before = await databaseDigest(t.store, REFUSAL_MAY_CHANGE);
    for (const route of routes)
      for (const role of ['anonymous', ...ROLES]) {
        const params = (route.url.match(/:[A-Za-z]+/g) ?? []).length;
        const property = fc.asyncProperty(
          fc.array(param, { minLength: params, maxLength: params }),
          query,
          route.method === 'GET' ? fc.constant<Body>({ kind: 'none' }) : body,
          extra,
          async (ps, q, sent, more) => {
            const { browser, csrf: token, fresh } = await actor(role);
            if (fresh) before = await databaseDigest(t.store, REFUSAL_MAY_CHANGE);
            const csrf = route.method === 'GET' ? undefined : token;
            const { path, headers, payload } = build(route.url, ps, q, sent, csrf, more);
            if (browser.cookies.size > 0)
              headers.cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
            requests++;
            let timer: NodeJS.Timeout | undefined;
            const response = await Promise.race([
              t.app.inject({
                method: route.method as 'POST',
                url: path,
                headers,
                remoteAddress: browser.address,
                ...(payload !== undefined && { payload }),
              }),
              new Promise<never>((_, reject) => {
                timer = setTimeout(
                  () => reject(new Error(`hangs: ${route.method} ${path}`)),
                  HANG_MS,
                );
              }),
            ]).finally(() => clearTimeout(timer));
            const where = `${role} ${route.method} ${path.slice(0, 200)} (${sent.kind})`;
            expect(response.statusCode, `${where}: ${response.body.slice(0, 300)}`).toBeLessThan(
              500,
            );
            if (process.env.FUZZ_LOG)
              console.log(`STAT ${response.statusCode} ${where.slice(0, 160)}`);
            driven.add(route.name);
            // A refusal says why, in a form the client reads: a JSON problem under /api/, a page
            // (in the person's language) elsewhere; never Fastify's bare English text.
            if (response.statusCode >= 400) {
              const type = String(response.headers['content-type']);
              if (route.url.includes('/api/')) {
                expect(type, where).toMatch(/^application\/(problem\+)?json/);
                expect((response.json() as { code?: unknown }).code, where).toBeTypeOf('string');
              } else if (!type.startsWith('application/json'))
                expect(response.body, `${where}: ${type}`).toMatch(
                  /^<!doctype html>\s*<html lang="/,
                );
            }
            const after = await databaseDigest(t.store, REFUSAL_MAY_CHANGE);
            if (response.statusCode >= 400) {
              const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
              expect(changed, `${where} was refused (${response.statusCode})`).toEqual([]);
            }
            before = after;
          },
        );
        const seed = seedOf(`${SEED} ${role} ${route.name}`);
        const result = await fc.check(property, {
          numRuns: RUNS,
          seed,
          interruptAfterTimeLimit: 10_000,
        });
        if (result.failed)
          failures.push(
            `${role} ${route.name}: seed ${seed}, path ${JSON.stringify(result.counterexamplePath)}\n` +
              `${String(result.errorInstance).slice(0, 600)}`,
          );
      }
    expect(failures, `FUZZ_SEED=${SEED}, ${requests} requests`).toEqual([]);
    // Every route was driven (none skipped by a generator or a time limit).
    expect([...driven].sort()).toEqual(routes.map((r) => r.name).sort());
  }, 120_000);
});
