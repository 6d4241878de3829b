// Authorisation attacks (issue 16), beyond the role matrix: ids of another city in every path and
// body parameter, guessing public ids, session fixation, a privilege change that takes effect on
// the very next request, and replayed CSRF tokens.
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNeedsReport, parseNeedsStudy } from '@competence-kit/needs-analysis';
import { needsAnalysisGuides, tcnQuestionnaire } from '@competence-kit/framework-intercultural';
import { hashSessionToken, newSessionToken } from '../store/index.js';
import { newPublicId } from '../store/questionnaires.js';
import { hashPassword } from './auth/password.js';
import { de } from './messages/de.js';
import { startReview } from './needs-review.js';
import {
  ALPHA,
  BETA,
  Browser,
  responseOf,
  startApp,
  TEST_COST,
  type TestApp,
} from './test-support/app.js';
import { databaseDigest, REFUSAL_MAY_CHANGE } from './test-support/digest.js';
import { A } from './test-support/matrix.js';
import { insertOpening, tcnResponse } from './test-support/matrix-questionnaires.js';
import {
  registrationKey,
  sampleEvent,
  sampleKnowledgeBase,
  storeKnowledge,
} from './test-support/matrix-knowledge.js';
import { markedDocuments, storeAlphaDocuments } from './test-support/matrix-networks.js';
import { CASE_KINDS } from './routes/interop.js';

const B = '/beta-town';
/** Written into beta's objects: it must never appear on a page of alpha. */
const MARK = 'beta-secret';

let t: TestApp;

/** Makes an account and signs it in; returns the browser and the account's id. */
async function person(city: string, role: 'staff' | 'coordinator' | 'admin', email: string) {
  const created = await t.store.accounts.create(city, {
    email,
    role,
    passwordHash: await hashPassword('pw-attack', TEST_COST),
    roleProfile: 'front-desk',
  });
  if (!created.ok) throw new Error(created.code);
  const browser = new Browser(t.app);
  const signedIn = await browser.signIn(`/${city}`, email, 'pw-attack');
  expect(signedIn.statusCode).toBe(303);
  return { browser, accountId: created.account.accountId };
}

/** Beta's objects, one of each kind a route of alpha names by id. */
const beta = {
  account: '',
  invitationId: '',
  invitationToken: newSessionToken().token,
  questionnaire: newPublicId(),
  credential: newPublicId(),
  programme: `${MARK}-programme`,
  draft: `${MARK}-draft`,
  session: '',
  draftSession: '',
};

async function betaObjects() {
  const city = 'beta-town';
  const owner = await t.store.accounts.create(city, {
    email: `${MARK}-person@example.org`,
    role: 'staff',
    passwordHash: 'not-a-password',
  });
  if (!owner.ok) throw new Error(owner.code);
  beta.account = owner.account.accountId;
  const invitation = await t.store.invitations.create(city, {
    tokenHash: hashSessionToken(beta.invitationToken),
    email: `${MARK}-invited@example.org`,
    role: 'coordinator',
    createdBy: null,
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  beta.invitationId = invitation.invitationId;
  await insertOpening(t, city, beta.questionnaire);
  await t.store.db
    .updateTable('questionnaires')
    .set({ title: `${MARK} questionnaire` })
    .where('city_id', '=', city)
    .execute();
  await t.store.credentials.add(city, {
    credentialId: beta.credential,
    accountId: beta.account,
    programmeId: beta.programme,
    module: 'some-module',
    credential: JSON.stringify({ name: `${MARK} credential` }),
  });
  // A published programme whose session ids only beta has, and a draft.
  const template = BETA.programme!;
  const renamed = (id: string, prefix: string) => ({
    ...template,
    id,
    sessions: template.sessions.map((s) => ({ ...s, id: `${prefix}-${s.id}` })),
  });
  const published = await t.store.programmes.createDraft(city, renamed(beta.programme, 'bsp'));
  if (!published.ok) throw new Error(JSON.stringify(published));
  expect(await t.store.programmes.publish(city, beta.programme)).toBe(true);
  beta.session = `bsp-${template.sessions[1]!.id}`;
  const draft = await t.store.programmes.createDraft(city, renamed(beta.draft, 'bsd'));
  if (!draft.ok) throw new Error(JSON.stringify(draft));
  beta.draftSession = `bsd-${template.sessions[2]!.id}`;
  // Releases: results (release 1), the modules' evaluation (publication 1), feedback (1).
  const release = (population: string) => ({
    population,
    minGroupSize: 5,
    competences: [],
    tables: [],
    hiddenNotice: `${MARK} notice`,
    changes: [],
  });
  for (const population of [
    `${city}/${BETA.instruments[0]!.instrument.id}`,
    `${city}/programme-evaluation/${beta.programme}/${template.sessions[0]!.module}`,
  ])
    await t.store.releases.publish(city, {
      population,
      sequence: 1,
      plan: { population, publication: 1 },
      release: release(population),
      ledger: {},
    });
  await t.store.evaluation.publishRelease(city, {
    sequence: 1,
    release: release('feedback'),
    ledger: {},
  });
  // A needs review with its plan and a first report.
  const started = startReview(
    { id: city, name: BETA.city.name, country: BETA.city.country },
    BETA.framework,
    needsAnalysisGuides.deskResearchChecklist,
    { start: '2027-01-01', end: '2027-12-31' },
    'en',
  );
  if (!started.ok) throw new Error(JSON.stringify(started.problems));
  const { study, plan } = started.value;
  await t.store.needsReviews.update(city, 'current', () => ({ study, plan, result: 0 }));
  const parsed = parseNeedsStudy(study, {
    framework: BETA.framework,
    instruments: [tcnQuestionnaire],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  await t.store.needsReviews.publishReport(
    city,
    'current',
    buildNeedsReport(parsed.value, BETA.framework, 'en', { instruments: [tcnQuestionnaire] }),
  );
  // A knowledge base (a practice, a testimonial) and a multiplier event of beta's own.
  await storeKnowledge(
    t,
    city,
    sampleKnowledgeBase(`${MARK}-knowledge`, { prefix: MARK, mark: `${MARK} ` }),
    sampleEvent(`${MARK}-event`, { title: { en: `${MARK} event`, de: `${MARK} event` } }),
  );
  // A network and action plan of beta's own, marked; alpha has its own (other ids).
  await storeAlphaDocuments(t);
  const marked = markedDocuments(MARK);
  await t.store.networkDocuments.save(city, 'network', marked.network.id, marked.network as never);
  await t.store.networkDocuments.save(city, 'action-plan', marked.plan.id, marked.plan as never);
}

beforeAll(async () => {
  // A signing key, so that credentials are issued (their ids are public: see "public ids").
  const { privateKey } = generateKeyPairSync('ed25519');
  t = await startApp({
    credentialKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  });
  await betaObjects();
}, 60_000);
afterAll(async () => t?.close());

/** A request's parameters and body: with beta's ids, and with ids that name nothing. */
interface IdCase {
  /** Path parameters in order, e.g. ['1'] for `/results/:sequence`. */
  beta: () => string[];
  missing: string[];
  form?: () => Record<string, string>;
  json?: () => unknown;
}

const MISSING_UUID = '3f1e2d3c-4b5a-4697-8877-665544332211';
const MISSING_PUBLIC = 'noSuchPublicIdAtAll001';

/**
 * Every route of alpha with a path parameter, with beta's object and a missing one. The test
 * below fails when a route with a parameter has no entry here (and none in EXCLUDED).
 */
const PATH_CASES: Record<string, IdCase> = {
  'GET /results/:sequence': { beta: () => ['1'], missing: ['7'] },
  'GET /needs/reports/:sequence': { beta: () => ['1'], missing: ['7'] },
  'GET /needs/reports/:sequence/report.:format': { beta: () => ['1', 'md'], missing: ['7', 'md'] },
  'POST /needs/plan/:item': {
    beta: () => ['plan-1'],
    missing: ['plan-999'],
    form: () => ({ status: 'done', note: 'x' }),
  },
  'GET /feedback/:session': { beta: () => [beta.session], missing: ['no-such-session'] },
  'POST /feedback/:session': {
    beta: () => [beta.session],
    missing: ['no-such-session'],
    form: () => ({ satisfaction: '4', usefulness: '4' }),
  },
  'GET /evaluation/feedback/:sequence': { beta: () => ['1'], missing: ['7'] },
  'GET /evaluation/programme/releases/:publication': { beta: () => ['1'], missing: ['7'] },
  'POST /needs/questionnaires/:id/close': {
    beta: () => [beta.questionnaire],
    missing: [MISSING_PUBLIC],
    form: () => ({}),
  },
  'GET /needs/questionnaires/:id/poster': {
    beta: () => [beta.questionnaire],
    missing: [MISSING_PUBLIC],
  },
  'GET /needs/questionnaires/:id/assisted': {
    beta: () => [beta.questionnaire],
    missing: [MISSING_PUBLIC],
  },
  'POST /needs/questionnaires/:id/assisted': {
    beta: () => [beta.questionnaire],
    missing: [MISSING_PUBLIC],
    json: () => tcnResponse(),
  },
  'GET /q/:id': { beta: () => [beta.questionnaire], missing: [MISSING_PUBLIC] },
  'GET /q/:id/answer': { beta: () => [beta.questionnaire], missing: [MISSING_PUBLIC] },
  'GET /q/:id/thanks': { beta: () => [beta.questionnaire], missing: [MISSING_PUBLIC] },
  'POST /q/:id/responses': {
    beta: () => [beta.questionnaire],
    missing: [MISSING_PUBLIC],
    json: () => tcnResponse(),
  },
  'POST /admin/people/:accountId/role': {
    beta: () => [beta.account],
    missing: [MISSING_UUID],
    form: () => ({ role: 'admin' }),
  },
  'POST /admin/invitations/:invitationId/revoke': {
    beta: () => [beta.invitationId],
    missing: [MISSING_UUID],
    form: () => ({}),
  },
  'GET /invitation/:token': {
    beta: () => [beta.invitationToken],
    missing: [newSessionToken().token],
  },
  'POST /invitation/:token': {
    beta: () => [beta.invitationToken],
    missing: [newSessionToken().token],
    form: () => ({ password: 'a long enough password', confirm: 'a long enough password' }),
  },
  'GET /programme/sessions/:sessionId': {
    beta: () => [beta.session],
    missing: ['no-such-session'],
  },
  'POST /programme/sessions/:sessionId/attendance': {
    beta: () => [beta.session],
    missing: ['no-such-session'],
    form: () => ({}),
  },
  'GET /programme/plans/:programmeId': { beta: () => [beta.draft], missing: ['no-such-programme'] },
  'POST /programme/plans/:programmeId/sessions/:sessionId': {
    beta: () => [beta.draft, beta.draftSession],
    missing: ['no-such-programme', 'no-such-session'],
    form: () => ({ revision: '1' }),
  },
  'POST /programme/plans/:programmeId/sessions/:sessionId/remove': {
    beta: () => [beta.draft, beta.draftSession],
    missing: ['no-such-programme', 'no-such-session'],
    form: () => ({ revision: '1' }),
  },
  'POST /programme/plans/:programmeId/sessions': {
    beta: () => [beta.draft],
    missing: ['no-such-programme'],
    form: () => ({ module: ALPHA.programme!.sessions[0]!.module, revision: '1' }),
  },
  'POST /programme/plans/:programmeId/publish': {
    beta: () => [beta.draft],
    missing: ['no-such-programme'],
    form: () => ({ revision: '1' }),
  },
  'GET /credentials/:id': { beta: () => [beta.credential], missing: [MISSING_PUBLIC] },
  'GET /credentials/:id/download': { beta: () => [beta.credential], missing: [MISSING_PUBLIC] },
  'GET /knowledge/:id': { beta: () => [`${MARK}-practice`], missing: ['no-such-entry'] },
  'POST /knowledge/:id/withdraw': {
    beta: () => [`${MARK}-testimonial`],
    missing: ['no-such-entry'],
    form: () => ({}),
  },
  'GET /events/:id': { beta: () => [`${MARK}-event`], missing: ['no-such-event'] },
  'POST /events/:id/registrations': {
    beta: () => [`${MARK}-event`],
    missing: ['no-such-event'],
    form: () => ({ type: 'ngo', key: registrationKey() }),
  },
  'GET /events/:id/report.csv': { beta: () => [`${MARK}-event`], missing: ['no-such-event'] },
  'POST /events/:id/attendance': {
    beta: () => [`${MARK}-event`],
    missing: ['no-such-event'],
    form: () => ({ revision: '1', 'attended-ngo': '3' }),
  },
  'GET /network/stakeholders/:id': {
    beta: () => [`${MARK}-harbour-help`],
    missing: ['no-such-stakeholder'],
  },
  'POST /network/stakeholders/:id': {
    beta: () => [`${MARK}-harbour-help`],
    missing: ['no-such-stakeholder'],
    form: () => ({ revision: '1', website: 'https://example.org' }),
  },
  'POST /network/cooperations/:id/delete': {
    beta: () => [`${MARK}-cooperation-1`],
    missing: ['no-such-cooperation'],
    form: () => ({}),
  },
  'POST /action-plan/measures/:id/status': {
    beta: () => [`${MARK}-measure-training`],
    missing: ['no-such-measure'],
    form: () => ({ revision: '1', status: 'done' }),
  },
  'POST /action-plan/measures/:id/measurements': {
    beta: () => [`${MARK}-measure-training`],
    missing: ['no-such-measure'],
    form: () => ({ revision: '1', indicator: 'staff-trained', date: '2027-03-01', value: '5' }),
  },
};

/** Path parameters that name no object, each with its reason. */
const EXCLUDED: Record<string, string> = {
  // Static files: the wildcard is a file name under the portal's client folder.
  'GET /assets/*': 'static files',
  // The framework for other systems: a file name from the city's own list, and the public CASE
  // binding, whose identifiers are derived from the framework's ids (two cities on the same
  // framework serve the same ones): nothing of another city is behind them.
  'GET /framework/downloads/:file': 'file names of the city’s own downloads',
  ...Object.fromEntries(
    ['CFPackages', 'CFItemAssociations', ...CASE_KINDS].map((kind) => [
      `GET /ims/case/v1p0/${kind}/:id`,
      'the public framework, by derived identifier',
    ]),
  ),
};

/** Routes that take an object's id in a form field (found by reading the handlers). */
const BODY_CASES: Record<
  string,
  { field: string; beta: () => string; missing: string; path?: string }
> = {
  // An account id in the attendance form of one of alpha's own sessions.
  'POST /programme/sessions/:sessionId/attendance': {
    field: 'attended',
    beta: () => beta.account,
    missing: MISSING_UUID,
    path: `/programme/sessions/${ALPHA.programme!.sessions[0]!.id}/attendance`,
  },
  'POST /enrolments': { field: 'session', beta: () => beta.session, missing: 'no-such-session' },
  'POST /enrolments/leave': {
    field: 'session',
    beta: () => beta.session,
    missing: 'no-such-session',
  },
  'POST /waiting-list': { field: 'session', beta: () => beta.session, missing: 'no-such-session' },
  'POST /waiting-list/leave': {
    field: 'session',
    beta: () => beta.session,
    missing: 'no-such-session',
  },
};

/** A page without what differs between two requests for the same thing (tokens, the id asked). */
function normal(body: string, ids: string[], missing: string[]) {
  let text = body
    .replace(/(name="csrf-token" content=|name="_csrf" value=)"[^"]*"/g, '$1""')
    .replace(/"csrf":"[^"]*"/g, '"csrf":""');
  // Long ids only: a sequence such as "1" would replace every digit of the page.
  ids.forEach((id, i) => {
    if (id.length >= 8)
      text = text.replaceAll(encodeURIComponent(id), missing[i]!).replaceAll(id, missing[i]!);
  });
  return text;
}

describe('ids of another city', () => {
  it('has a case for every route of alpha with a path parameter', () => {
    const withParams = t.routes
      .filter((r) => r.url.startsWith(`${A}/`) && /[:*]/.test(r.url))
      .map((r) => `${r.method} ${r.url.slice(A.length)}`);
    expect(withParams.filter((r) => !(r in PATH_CASES) && !(r in EXCLUDED))).toEqual([]);
    expect(Object.keys(PATH_CASES).filter((r) => !withParams.includes(r))).toEqual([]);
  });

  it('get, from alpha’s coordinators and admins, what a missing id gets, and change nothing', async () => {
    const people = {
      coordinator: await person('alpha-town', 'coordinator', 'attack-coordinator@example.org'),
      admin: await person('alpha-town', 'admin', 'attack-admin@example.org'),
    };
    const failures: string[] = [];
    for (const [role, { browser }] of Object.entries(people)) {
      const csrf = await browser.csrf(`${A}/privacy`);
      const ask = async (method: string, url: string, c: IdCase, ids: string[]) => {
        let i = 0;
        const path = `${A}${url.replace(/:[A-Za-z]+/g, () => encodeURIComponent(ids[i++]!))}`;
        if (method === 'GET') return browser.get(path);
        if (c.json)
          return browser.request('POST', path, {
            json: c.json(),
            headers: { 'x-csrf-token': csrf },
          });
        return browser.request('POST', path, { form: { _csrf: csrf, ...c.form?.() } });
      };
      for (const [name, c] of Object.entries(PATH_CASES)) {
        const [method, url] = name.split(' ') as [string, string];
        const before = await databaseDigest(t.store, REFUSAL_MAY_CHANGE);
        const ids = c.beta();
        const other = await ask(method, url, c, ids);
        const missing = await ask(method, url, c, c.missing);
        const after = await databaseDigest(t.store, REFUSAL_MAY_CHANGE);
        const where = `${role} ${name}`;
        const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
        if (changed.length > 0) failures.push(`${where}: changed ${changed.join(', ')}`);
        if (other.statusCode !== missing.statusCode || other.statusCode < 300)
          failures.push(
            `${where}: ${other.statusCode} with beta's id, ${missing.statusCode} missing`,
          );
        if (other.body.toLowerCase().includes(MARK) || other.body.includes('Betastadt'))
          failures.push(`${where}: shows beta's object`);
        const [a, b] = [normal(other.body, ids, c.missing), normal(missing.body, [], [])];
        if (a !== b) failures.push(`${where}: the answer differs from a missing id's`);
        if (
          other.headers.location !== undefined &&
          normal(String(other.headers.location), ids, c.missing) !== missing.headers.location
        )
          failures.push(`${where}: redirects elsewhere than for a missing id`);
      }
      for (const [name, c] of Object.entries(BODY_CASES)) {
        const url = `${A}${c.path ?? name.split(' ')[1]!}`;
        const before = await databaseDigest(t.store, REFUSAL_MAY_CHANGE);
        const other = await browser.request('POST', url, {
          form: { _csrf: csrf, [c.field]: c.beta() },
        });
        const missing = await browser.request('POST', url, {
          form: { _csrf: csrf, [c.field]: c.missing },
        });
        const after = await databaseDigest(t.store, REFUSAL_MAY_CHANGE);
        const where = `${role} ${name} (${c.field})`;
        const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
        if (changed.length > 0) failures.push(`${where}: changed ${changed.join(', ')}`);
        if (other.statusCode !== missing.statusCode || other.statusCode < 400)
          failures.push(
            `${where}: ${other.statusCode} with beta's id, ${missing.statusCode} missing`,
          );
        if (normal(other.body, [c.beta()], [c.missing]) !== normal(missing.body, [], []))
          failures.push(`${where}: the answer differs from a missing id's`);
      }
    }
    expect(failures).toEqual([]);
    // Beta's objects are all still there, unchanged by alpha's attempts.
    expect((await t.store.accounts.get('beta-town', beta.account))?.role).toBe('staff');
    expect((await t.store.invitations.listOpen('beta-town')).map((i) => i.invitationId)).toContain(
      beta.invitationId,
    );
    expect(
      (await t.store.questionnaires.get('beta-town', beta.questionnaire))?.closedAt,
    ).toBeNull();
  });

  it('give beta’s own people what alpha’s were refused (the cases name real objects)', async () => {
    const { browser } = await person('beta-town', 'admin', 'beta-admin@example.org');
    for (const path of [
      `/results/1`,
      `/needs/reports/1`,
      `/needs/questionnaires/${beta.questionnaire}/poster`,
      `/q/${beta.questionnaire}`,
      `/programme/sessions/${beta.session}`,
      `/programme/plans/${beta.draft}`,
      `/credentials/${beta.credential}`,
      `/invitation/${beta.invitationToken}`,
      `/knowledge/${MARK}-practice`,
      `/events/${MARK}-event`,
      `/events/${MARK}-event/report.csv`,
    ])
      expect((await browser.get(`${B}${path}`)).statusCode, path).toBe(200);
    // The test's feedback release is not a real one (its figures would need sessions that took
    // place): beta's own page finds it, though, where alpha's answers "not found".
    expect((await browser.get(`${B}/evaluation/feedback/1`)).statusCode).not.toBe(404);
  });
});

/** The bits of randomness in a sample of ids: per-character alphabet × length, checked. */
function expectUnguessable(ids: string[], kind: string) {
  expect(ids.length, kind).toBeGreaterThanOrEqual(6);
  expect(new Set(ids).size, `${kind}: all different`).toBe(ids.length);
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let bits: number;
  let bytes: Buffer[];
  if (ids.every((id) => uuid.test(id))) {
    // Version 4 (random): 122 random bits; versions 1, 6 and 7 carry the time and fail the test.
    bits = 122;
    bytes = ids.map((id) => Buffer.from(id.replaceAll('-', ''), 'hex'));
  } else {
    expect(
      ids.every((id) => /^[A-Za-z0-9_-]+$/.test(id)),
      `${kind}: base64url`,
    ).toBe(true);
    bits = Math.min(...ids.map((id) => id.length)) * 6;
    bytes = ids.map((id) => Buffer.from(id, 'base64url'));
  }
  expect(bits, `${kind}: bits of randomness`).toBeGreaterThanOrEqual(96);
  // Not sequential, not from a clock: ids made one after the other share no prefix (a time-based
  // or counting id made within the same second shares several characters).
  for (let i = 1; i < ids.length; i++) {
    const [a, b] = [ids[i - 1]!, ids[i]!];
    let common = 0;
    while (common < a.length && a[common] === b[common]) common++;
    expect(common, `${kind}: ${a} then ${b}`).toBeLessThanOrEqual(4);
  }
  // Every bit position varies across the sample's bytes (no fixed or counting field): a random
  // id's ones are about half of its bits.
  const all = Buffer.concat(bytes);
  let ones = 0;
  for (const byte of all) for (let b = 0; b < 8; b++) ones += (byte >> b) & 1;
  const share = ones / (all.length * 8);
  expect(share, `${kind}: share of one bits`).toBeGreaterThan(0.4);
  expect(share, `${kind}: share of one bits`).toBeLessThan(0.6);
}

describe('public ids', () => {
  it('are unguessable: ids taken from real answers have >= 96 random bits and no order', async () => {
    const { browser: admin } = await person('alpha-town', 'admin', 'ids-admin@example.org');
    // Invitation links, as the page shows them after an admin invites someone.
    const tokens: string[] = [];
    for (let i = 0; i < 8; i++) {
      const page = await admin.submit(`${A}/admin/people`, `${A}/admin/invitations`, {
        email: `invited-${i}@example.org`,
        role: 'staff',
      });
      expect(page.statusCode).toBe(201);
      tokens.push(/\/invitation\/([A-Za-z0-9_-]+)/.exec(page.body)![1]!);
    }
    expectUnguessable(tokens, 'invitation links');
    // Questionnaire links, as the coordinators' list shows them.
    for (let i = 0; i < 8; i++)
      await t.store.questionnaires.open('alpha-town', {
        instrumentId: tcnQuestionnaire.id,
        instrumentVersion: tcnQuestionnaire.version,
        title: `Opening ${i}`,
        languages: ['en'],
        opensOn: '2027-01-01',
        closesOn: '2027-12-31',
      });
    const list = await admin.get(`${A}/needs/questionnaires`);
    const links = [...new Set([...list.body.matchAll(/\/q\/([A-Za-z0-9_-]+)/g)].map((m) => m[1]!))];
    expectUnguessable(links, 'questionnaire links');
    // Response ids, as the API acknowledges them; and session tokens, as the cookie carries them.
    const responses: string[] = [];
    const sessions: string[] = [];
    const attendees: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { browser, accountId } = await person('alpha-town', 'staff', `ids-${i}@example.org`);
      attendees.push(accountId);
      sessions.push(browser.cookies.get('ck-session')!);
      const csrf = await browser.csrf(`${A}/assessment`);
      const answer = await browser.request('POST', `${A}/api/responses`, {
        json: responseOf(accountId),
        headers: { 'x-csrf-token': csrf },
      });
      expect(answer.statusCode, answer.body).toBe(201);
      responses.push((answer.json() as { responseId: string }).responseId);
    }
    expectUnguessable(responses, 'response ids');
    expectUnguessable(sessions, 'session tokens');
    // Credential ids, as the coordinators' page links the public pages: the people above attend
    // the first session, and a coordinator issues their credentials.
    const place = { programmeId: ALPHA.programme!.id, sessionId: ALPHA.programme!.sessions[0]!.id };
    for (const id of attendees) await t.store.enrolments.enrol('alpha-town', id, place);
    await t.store.attendance.record('alpha-town', place, new Set(attendees));
    const issued = await admin.submit(`${A}/programme/credentials`, `${A}/programme/credentials`);
    expect(issued.statusCode).toBeLessThan(400);
    const page = await admin.get(`${A}/programme/credentials`);
    const credentials = [
      ...new Set([...page.body.matchAll(/\/credentials\/([A-Za-z0-9_-]{16,})/g)].map((m) => m[1]!)),
    ];
    expect(credentials.length).toBe(attendees.length);
    expectUnguessable(credentials, 'credential ids');
    // The checker itself refuses what a careless generator makes: a counter, a time-based id.
    expect(() =>
      expectUnguessable(
        Array.from({ length: 8 }, (_, i) => `AAAAAAAAAAAAAAAAAAAAA${'ABCDEFGH'[i]}`),
        'a counter',
      ),
    ).toThrow();
    expect(() =>
      expectUnguessable(
        Array.from({ length: 8 }, (_, i) => `${Date.now().toString(36)}${i}`.padEnd(22, 'x')),
        'a clock',
      ),
    ).toThrow();
  });
});

describe('sessions', () => {
  it('do not adopt a token planted before sign-in (session fixation)', async () => {
    const victimId = (await person('alpha-town', 'staff', 'fixation@example.org')).accountId;
    // The attacker's token: a well-formed one that no session has, and one of the attacker's own.
    const attacker = await person('alpha-town', 'staff', 'attacker@example.org');
    const whose = async (token: string) =>
      (await t.store.sessions.findValid('alpha-town', hashSessionToken(token)))?.account.accountId;
    for (const planted of [newSessionToken().token, attacker.browser.cookies.get('ck-session')!]) {
      const before = await whose(planted);
      const victim = new Browser(t.app);
      victim.cookies.set('ck-session', planted);
      expect((await victim.signIn(A, 'fixation@example.org', 'pw-attack')).statusCode).toBe(303);
      const issued = victim.cookies.get('ck-session')!;
      expect(issued).not.toBe(planted);
      expect(await whose(issued)).toBe(victimId);
      // The planted token opens what it opened before (nothing, or the attacker's own account),
      // never the victim's.
      expect(await whose(planted)).toBe(before);
      expect(before).not.toBe(victimId);
    }
  });

  it('end on the server at sign-out and at erasure: the old cookie opens nothing', async () => {
    for (const ending of ['sign-out', 'erasure'] as const) {
      const { browser } = await person('alpha-town', 'staff', `ending-${ending}@example.org`);
      const token = browser.cookies.get('ck-session')!;
      const response =
        ending === 'sign-out'
          ? await browser.submit(`${A}/account`, `${A}/sign-out`)
          : await browser.submit(`${A}/account`, `${A}/account/delete`, { confirm: 'yes' });
      expect(response.statusCode, ending).toBe(303);
      expect(
        await t.store.sessions.findValid('alpha-town', hashSessionToken(token)),
      ).toBeUndefined();
      const replay = new Browser(t.app);
      replay.cookies.set('ck-session', token);
      const page = await replay.get(`${A}/account`);
      expect(page.statusCode, ending).toBe(303);
      expect(page.headers.location).toContain('/sign-in');
    }
  });
});

describe('a change of privilege', () => {
  it('takes effect on the very next request of the person, with the session they have', async () => {
    const { browser: admin } = await person('alpha-town', 'admin', 'demoting-admin@example.org');
    const coordinator = await person('alpha-town', 'coordinator', 'demoted@example.org');
    expect((await coordinator.browser.get(`${A}/results`)).statusCode).toBe(200);
    const demoted = await admin.submit(
      `${A}/admin/people`,
      `${A}/admin/people/${coordinator.accountId}/role`,
      { role: 'staff' },
    );
    expect(demoted.statusCode).toBe(303);
    expect((await coordinator.browser.get(`${A}/results`)).statusCode).toBe(403);
    const csrf = await coordinator.browser.csrf(`${A}/account`);
    const post = await coordinator.browser.request('POST', `${A}/results`, {
      form: { _csrf: csrf, byRole: 'yes' },
    });
    expect(post.statusCode).toBe(403);
    // Removed altogether: the next request is a stranger's.
    const removed = await person('alpha-town', 'coordinator', 'removed@example.org');
    expect((await removed.browser.get(`${A}/results`)).statusCode).toBe(200);
    await t.store.deleteAccount('alpha-town', removed.accountId);
    const after = await removed.browser.get(`${A}/results`);
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toContain('/sign-in');
  });
});

describe('replayed CSRF tokens', () => {
  it('are refused: another session’s, the anonymous one’s after sign-in, another city’s', async () => {
    const victim = new Browser(t.app, { 'accept-language': 'de' });
    const anonymousToken = await victim.csrf(`${A}/sign-in`);
    expect((await victim.signIn(A, 'staff-a@example.org', 'password-a')).statusCode).toBe(303);
    const other = await person('alpha-town', 'staff', 'csrf-other@example.org');
    const otherToken = await other.browser.csrf(`${A}/account`);
    const betaPerson = await person('beta-town', 'staff', 'csrf-beta@example.org');
    const betaToken = await betaPerson.browser.csrf(`${B}/account`);
    const session = ALPHA.programme!.sessions[1]!.id;
    const before = await databaseDigest(t.store, REFUSAL_MAY_CHANGE);
    for (const [which, token] of [
      ['anonymous', anonymousToken],
      ['another session', otherToken],
      ['another city', betaToken],
    ] as const) {
      const response = await victim.request('POST', `${A}/enrolments`, {
        form: { _csrf: token, session },
      });
      expect(response.statusCode, which).toBe(403);
      expect(response.body, which).toContain(de['error.forbidden.title']);
      const api = await victim.request('PUT', `${A}/api/draft`, {
        json: { draft: { answers: [] } },
        headers: { 'x-csrf-token': token },
      });
      expect(api.statusCode, which).toBe(403);
      expect(api.json(), which).toMatchObject({ code: 'csrf' });
    }
    const after = await databaseDigest(t.store, REFUSAL_MAY_CHANGE);
    expect(Object.keys(after).filter((k) => after[k] !== before[k])).toEqual([]);
    // The victim's own token does the same request (the refusals were about the token only).
    const own = await victim.csrf(`${A}/profile`);
    const ok = await victim.request('POST', `${A}/enrolments`, { form: { _csrf: own, session } });
    expect(ok.statusCode).toBe(303);
  });
});
