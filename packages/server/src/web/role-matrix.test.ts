// The role matrix: every route of a city × anonymous, staff, coordinator, admin × signed in to
// this city or to another one. Each route must have a row here: a route added without one fails
// the test, so that nobody adds a page without deciding who may use it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffSelfAssessment } from '@competence-kit/framework-intercultural';
import { hashPassword } from './auth/password.js';
import {
  ALPHA,
  Browser,
  responseOf,
  startApp,
  TEST_COST,
  type TestApp,
} from './test-support/app.js';
import {
  A,
  ACTORS,
  administering,
  coordinating,
  everyone,
  ROLES,
  signedIn,
  type Actor,
  type Expect,
  type MatrixArea,
  type Row,
} from './test-support/matrix.js';
import { adminMatrix } from './test-support/matrix-admin.js';
import { credentialsMatrix } from './test-support/matrix-credentials.js';
import { evaluationMatrix } from './test-support/matrix-evaluation.js';
import { needsMatrix } from './test-support/matrix-needs.js';
import { oidcMatrix } from './test-support/matrix-oidc.js';
import { programmeMatrix } from './test-support/matrix-programme.js';
import { questionnairesMatrix } from './test-support/matrix-questionnaires.js';
import { interopMatrix } from './test-support/matrix-interop.js';
import { knowledgeMatrix } from './test-support/matrix-knowledge.js';
import { networksMatrix } from './test-support/matrix-networks.js';

/** The areas registered from ./routes/, each with its rows (./test-support/matrix-<area>.ts). */
const AREAS: MatrixArea[] = [
  needsMatrix,
  evaluationMatrix,
  questionnairesMatrix,
  adminMatrix,
  oidcMatrix,
  programmeMatrix,
  credentialsMatrix,
  interopMatrix,
  knowledgeMatrix,
  networksMatrix,
];

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(async () => t?.close());

const session = () => ALPHA.programme!.sessions[1]!.id;

const CORE_ROWS: Row[] = [
  { method: 'GET', path: '/', ...everyone(200) },
  { method: 'GET', path: '/framework', ...everyone(200) },
  { method: 'GET', path: '/catalogue', ...everyone(200) },
  { method: 'GET', path: '/privacy', ...everyone(200) },
  { method: 'GET', path: '/theme.css', ...everyone(200) },
  { method: 'GET', path: '/sign-in', ...everyone(200) },
  {
    method: 'POST',
    path: '/sign-in',
    body: () => ({ form: { email: 'nobody@example.org', password: 'wrong password' } }),
    ...everyone(401),
  },
  { method: 'GET', path: '/assessment', ...signedIn(200) },
  {
    method: 'POST',
    path: '/assessment/role',
    body: () => ({ form: { roleProfile: 'front-desk' } }),
    ...signedIn(`to ${A}/assessment`),
  },
  {
    method: 'PUT',
    path: '/api/draft',
    body: () => ({ json: { draft: { answers: [] } } }),
    own: { staff: 204, coordinator: 204, admin: 204, 'stakeholder-representative': 204 },
    stranger: 401,
  },
  {
    method: 'POST',
    path: '/api/responses',
    body: ({ accountId }) => ({ json: responseOf(accountId ?? 'someone') }),
    own: { staff: 201, coordinator: 201, admin: 201, 'stakeholder-representative': 201 },
    stranger: 401,
  },
  { method: 'GET', path: '/profile', ...signedIn(200) },
  {
    method: 'POST',
    path: '/enrolments',
    body: () => ({ form: { session: session() } }),
    ...signedIn(`to ${A}/profile?done=enrolled`),
  },
  {
    method: 'POST',
    path: '/enrolments/leave',
    body: () => ({ form: { session: session() } }),
    ...signedIn(`to ${A}/profile?done=left`),
  },
  { method: 'GET', path: '/account', ...signedIn(200) },
  { method: 'GET', path: '/account/export', ...signedIn(200) },
  // Without the confirmation the account stays; the deletion itself is tested in plugin.test.ts.
  {
    method: 'POST',
    path: '/account/delete',
    body: () => ({ form: {} }),
    ...signedIn(400),
  },
  { method: 'GET', path: '/results', ...coordinating(200) },
  {
    method: 'POST',
    path: '/results',
    body: () => ({ form: { byRole: 'yes' } }),
    ...coordinating(`to ${A}/results/1`),
  },
  // After the release above: 1 exists; the matrix reads it.
  { method: 'GET', path: '/results/1', ...coordinating(200) },
  { method: 'GET', path: '/admin/audit', ...administering(200) },
];

/** Signing out ends every actor's session: it comes last. */
const LAST_ROWS: Row[] = [
  {
    method: 'POST',
    path: '/sign-out',
    body: () => ({ form: {} }),
    ...everyone(`to ${A}/?done=signed-out`),
  },
];

const ROWS: Row[] = [...CORE_ROWS, ...AREAS.flatMap((a) => a.rows), ...LAST_ROWS];

/** A route's path as Fastify registered it, for a row (`/results/1` is `/results/:sequence`). */
const REGISTERED: Record<string, string> = Object.assign(
  { '/results/1': '/results/:sequence' },
  ...AREAS.map((a) => a.registered ?? {}),
);
const registered = (path: string) => REGISTERED[path] ?? path;

describe('the role matrix', () => {
  it('has a row for every route of a city', () => {
    const routes = t.routes
      .filter(
        (r) =>
          (r.url === A || r.url.startsWith(`${A}/`)) &&
          !r.url.includes('*') &&
          !r.url.includes('.svg'),
      )
      .map((r) => `${r.method} ${r.url.slice(A.length) || '/'}`)
      .filter((r) => !r.includes('/assets/'));
    expect(routes.sort()).toEqual(
      [...new Set(ROWS.map((r) => `${r.method} ${registered(r.path)}`))].sort(),
    );
  });

  it('gives every role in this city and in another exactly what the matrix says', async () => {
    // People of both cities, one per role; city B's are strangers to city A.
    const actors = new Map<Actor, { browser: Browser; accountId?: string }>();
    actors.set('anonymous', { browser: new Browser(t.app) });
    for (const [city, where] of [
      ['alpha-town', 'own'],
      ['beta-town', 'other'],
    ] as const)
      for (const role of ROLES) {
        const email = `${role}-matrix@example.org`;
        const created = await t.store.accounts.create(city, {
          email,
          role,
          passwordHash: await hashPassword(`pw-${role}`, TEST_COST),
          roleProfile: 'front-desk',
        });
        if (!created.ok) throw new Error(created.code);
        const browser = new Browser(t.app);
        expect((await browser.signIn(`/${city}`, email, `pw-${role}`)).statusCode).toBe(303);
        actors.set(`${role}@${where}`, { browser, accountId: created.account.accountId });
      }
    // So that /results has answers to publish (the coordinator's row below publishes release 1).
    const worker = actors.get('staff@own')!;
    await t.store.responses.submit('alpha-town', worker.accountId!, {
      instrumentId: staffSelfAssessment.id,
      instrumentVersion: staffSelfAssessment.version,
      response: responseOf(worker.accountId!) as never,
    });

    const accountIdOf = (actor: Exclude<Actor, 'anonymous'>) => actors.get(actor)!.accountId!;
    for (const area of AREAS) await area.setup?.(t, { accountIdOf });

    const failures: string[] = [];
    for (const row of ROWS) {
      for (const name of ACTORS) {
        const actor = actors.get(name)!;
        const role =
          name === 'anonymous' ? undefined : (name.split('@')[0] as (typeof ROLES)[number]);
        const own = name.endsWith('@own');
        // Release 1 is published once, by the first coordinating actor; the admin's later
        // attempt publishes release 2 (or is refused: nothing changed), so only the first row
        // is checked against "release 1".
        let expected: Expect = own && role ? row.own[role] : row.stranger;
        if (row.method === 'POST' && row.path === '/results' && name === 'admin@own')
          expected = 'to any';
        // The actor's own token for a page of city A (anonymous in A for strangers).
        const token = await actor.browser.csrf(`${A}/sign-in`);
        const body = row.body?.({ ...(actor.accountId && { accountId: actor.accountId }) }) ?? {};
        const result = await actor.browser.request(row.method as 'GET', `${A}${row.path}`, {
          ...(body.form && { form: { _csrf: token, ...body.form } }),
          ...(body.json !== undefined && { json: body.json, headers: { 'csrf-token': token } }),
        });
        const location = String(result.headers.location ?? '');
        const ok =
          expected === 'sign-in'
            ? result.statusCode === 303 && location.startsWith(`${A}/sign-in`)
            : typeof expected === 'number'
              ? result.statusCode === expected
              : expected === 'to any'
                ? [303, 409].includes(result.statusCode)
                : result.statusCode === 303 && location === expected.slice(3);
        if (!ok)
          failures.push(
            `${row.method} ${row.path} as ${name}: expected ${expected}, got ${result.statusCode} ${location}`,
          );
      }
    }
    expect(failures).toEqual([]);
  });
});
