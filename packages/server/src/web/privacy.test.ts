// No figure about fewer people than the city's threshold reaches a page, a download or a JSON
// body, whatever the request asks for (issue 16, privacy). A city is populated with groups of
// exactly the threshold and of one less (by role, by wave, by module, by session), every kind of
// release is published, and then every GET route that carries figures is requested with every
// query parameter it reads; the numbers in each body are checked. The GET routes are taken from
// what the app registered, and a route that is not classified below fails the test, so a new
// page cannot slip past. Differencing: a second release of each kind, one person later, must
// not show a cell whose count moved by fewer than the threshold; the tables of the results are
// fixed by the first release, whatever a later request asks. Erasure: a release computed before
// an account was erased says so on its page (decision 0023), in every language of the city.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '@competence-kit/disclosure';
import { staffSelfAssessment, tcnQuestionnaire } from '@competence-kit/framework-intercultural';
import type { FeedbackRelease } from './feedback-release.js';
import { hashPassword } from './auth/password.js';
import { de } from './messages/de.js';
import { en } from './messages/en.js';
import { it as itWords } from './messages/it.js';
import {
  ALPHA,
  Browser,
  responseOf,
  startApp,
  TEST_COST,
  type TestApp,
} from './test-support/app.js';
import { tcnResponse } from './test-support/matrix-questionnaires.js';

const CITY = 'alpha-town';
const A = `/${CITY}`;
const B = '/beta-town';
const k = ALPHA.city.anonymity.minGroupSize;
const programme = ALPHA.programme!;
const sessionA = programme.sessions[0]!;
const sessionB = programme.sessions[1]!;
// After every session of the shipped programme, so that feedback can be given.
const NOW = new Date('2027-12-20T10:00:00Z');

/**
 * Every GET route of a city, by what it shows. `figures`: figures computed about groups of
 * people (releases, reports, their lists and downloads): swept below with every parameter they
 * read. The others carry no such figure, for the reason given.
 */
const GET_ROUTES: Record<string, 'figures' | `no figures: ${string}`> = {
  '/results': 'figures', // the list of releases: counts of tables and hidden cells
  '/results/:sequence': 'figures',
  '/needs/reports': 'figures', // the list of reports
  '/needs/reports/:sequence': 'figures',
  '/needs/reports/:sequence/report.:format': 'figures', // html, md, csv downloads
  '/evaluation': 'figures', // the wave and the list of feedback releases
  '/evaluation/feedback/:sequence': 'figures',
  '/evaluation/programme': 'figures', // per module: enough people or not, never how many
  '/evaluation/programme/releases/:publication': 'figures',
  // The openings, with how many answered each: a participation count, shown at any size (see the
  // first sweep below); what they answered is never shown here.
  '/needs/questionnaires': 'figures',
  '': 'no figures: the home page, static text of the city',
  '/assets/*': 'no figures: scripts and styles',
  '/framework': 'no figures: the framework’s text',
  '/framework/downloads': 'no figures: links to the framework for other systems',
  '/framework/downloads/:file': 'no figures: the framework’s text for Moodle or CASE',
  '/ims/case/v1p0/CFDocuments': 'no figures: the framework’s CASE document',
  '/ims/case/v1p0/CFPackages/:id': 'no figures: the framework as a CASE package',
  '/ims/case/v1p0/CFDocuments/:id': 'no figures: the framework’s CASE document',
  '/ims/case/v1p0/CFItems/:id': 'no figures: a domain, competence or level of the framework',
  '/ims/case/v1p0/CFAssociations/:id': 'no figures: an edge of the framework',
  '/ims/case/v1p0/CFItemAssociations/:id': 'no figures: an item of the framework and its edges',
  '/ims/case/v1p0/CFRubrics/:id': 'no figures: the framework’s levels as a rubric',
  '/ims/case/v1p0/CFItemTypes/:id': 'no figures: the kinds of item',
  '/ims/case/v1p0/CFAssociationGroupings/:id': 'no figures: the kinds of mapping',
  '/ims/case/v1p0/CFLicenses/:id': 'no figures: the framework’s licence',
  '/catalogue': 'no figures: the training catalogue’s text',
  '/privacy': 'no figures: the privacy notice',
  '/theme.css': 'no figures: the style sheet',
  '/sign-in': 'no figures: a form',
  '/sign-in/oidc': 'no figures: a redirect to the identity provider',
  '/sign-in/oidc/callback': 'no figures: the end of a sign-in',
  '/assessment': 'no figures: the person’s own form and draft',
  '/profile': 'no figures: the person’s own results, enrolments and waiting lists',
  '/account': 'no figures: the person’s own data page',
  '/account/export': 'no figures: the person’s own data (all and only theirs: erasure-proof test)',
  '/admin/audit': 'no figures: the admins’ named log (who did what), by its purpose',
  '/admin/people': 'no figures: the admins’ named list of accounts, by its purpose',
  '/admin/city': 'no figures: the city’s configuration',
  '/invitation/:token': 'no figures: a form for the invited person',
  '/needs': 'no figures: the review’s plan, typed by coordinators',
  '/needs/evidence': 'no figures: sources and sessions as coordinators typed them',
  '/needs/findings': 'no figures: findings as coordinators typed them',
  '/needs/import': 'no figures: a form',
  '/needs/questionnaires/:id/poster': 'no figures: a poster with the link',
  '/needs/questionnaires/:id/assisted': 'no figures: a blank form for paper answers',
  '/q/:id': 'no figures: the questionnaire’s welcome page',
  '/q/:id/answer': 'no figures: the questionnaire’s form',
  '/q/:id/thanks': 'no figures: a thank-you page',
  '/feedback': 'no figures: the person’s own sessions',
  '/feedback/:session': 'no figures: the person’s own feedback form',
  '/programme':
    'no figures: places taken in each session (planning, about places, not about answers)',
  '/programme/plans/:programmeId': 'no figures: a programme being planned',
  '/programme/sessions/:sessionId':
    'no figures: who attends a session, named for the coordinators by purpose (attendance)',
  '/programme/credentials': 'no figures: the named list of credentials to issue, by purpose',
  '/credentials': 'no figures: the person’s own credentials',
  '/credentials/:id': 'no figures: one credential',
  '/credentials/:id/download': 'no figures: one credential',
  '/verify': 'no figures: the verification form',
  '/knowledge': 'no figures: entries of the knowledge base, counted by kind and tag (no people)',
  '/knowledge/:id': 'no figures: one entry of the knowledge base',
  '/together': 'no figures: the city’s manifesto, practices and action plan (its indicators)',
  // Registrations counted by type of organisation, without names, as funders ask for them:
  // places taken, as /programme shows them, not answers about people.
  '/events': 'no figures: registrations and attendance by type of organisation, for funders',
  '/events/:id': 'no figures: an event’s programme and the places left',
  '/events/:id/report.csv': 'no figures: registrations and attendance by type of organisation',
  // The network pages: organisations and what coordinators typed about them; degrees are counts
  // of partner organisations, the plan's indicators are the plan's own targets, not answers.
  '/network': 'no figures: organisations, their cooperations and partner counts',
  '/network/stakeholders/:id': 'no figures: one organisation’s entry, a functional contact',
  '/action-plan': 'no figures: the plan’s measures, indicators and review, typed by coordinators',
};

let t: TestApp;
let coordinator: Browser;
let betaCoordinator: Browser;
const accounts = new Map<string, string>();

async function person(
  email: string,
  role: 'staff' | 'coordinator',
  roleProfile = 'front-desk',
  city = CITY,
) {
  const created = await t.store.accounts.create(city, {
    email,
    role,
    passwordHash: await hashPassword(`pw-${email}`, TEST_COST),
    roleProfile,
  });
  if (!created.ok) throw new Error(created.code);
  accounts.set(email, created.account.accountId);
  return created.account.accountId;
}
async function signedIn(base: string, email: string) {
  const browser = new Browser(t.app, { 'accept-language': 'en' });
  expect((await browser.signIn(base, email, `pw-${email}`)).statusCode).toBe(303);
  return browser;
}
/** A self-assessment in `phase`, rated `rating` throughout, with the role profile given. */
async function answer(
  accountId: string,
  phase: 'baseline' | 'post',
  rating: number,
  roleProfile = 'front-desk',
  city = CITY,
) {
  const at = phase === 'baseline' ? '2027-01-05T10:00:00Z' : '2027-11-05T10:00:00Z';
  const stored = await t.store.responses.submit(city, accountId, {
    instrumentId: staffSelfAssessment.id,
    instrumentVersion: staffSelfAssessment.version,
    response: { ...responseOf(accountId, rating, at), phase, roleProfile } as never,
  });
  if (!stored) throw new Error('not stored');
}
async function complete(session: typeof sessionA, ids: readonly string[]) {
  const place = { programmeId: programme.id, sessionId: session.id };
  for (const id of ids) await t.store.enrolments.enrol(CITY, id, place);
  const already = await t.store.attendance.attendedIn(CITY, place);
  await t.store.attendance.record(CITY, place, new Set([...already, ...ids]));
  for (const [i, id] of ids.entries())
    expect(
      await t.store.evaluation.give(CITY, id, {
        programmeId: programme.id,
        moduleId: session.module,
        sessionId: session.id,
        satisfaction: 1 + (i % 5),
        usefulness: 5 - (i % 5),
        comment: null,
      }),
    ).toBe('stored');
}
/** A participant of session A: both waves, the session, feedback. */
async function participant(i: number) {
  const id = await person(`participant-${i}@alpha.example.org`, 'staff');
  await answer(id, 'baseline', 1 + (i % 3));
  await answer(id, 'post', 2 + (i % 4));
  await complete(sessionA, [id]);
  return id;
}

/** Publishes one release of every kind; each must be accepted. */
async function publishAll() {
  for (const [page, action] of [
    ['/results', '/results'],
    ['/evaluation', '/evaluation/feedback'],
    ['/evaluation/programme', '/evaluation/programme'],
    ['/needs/reports', '/needs/reports'],
  ]) {
    // Every choice the results form offers: after the first release the tables are fixed.
    const published = await coordinator.submit(`${A}${page}`, `${A}${action}`, {
      byRole: 'yes',
      byPhase: 'yes',
    });
    expect(
      published.statusCode,
      `${action}: ${published.body
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .slice(0, 2000)}`,
    ).toBe(303);
  }
}

beforeAll(async () => {
  t = await startApp({ now: () => NOW });
  await person('coordinator@alpha.example.org', 'coordinator');
  coordinator = await signedIn(A, 'coordinator@alpha.example.org');
  // Session A: exactly the threshold of participants, in both waves, all giving feedback.
  for (let i = 0; i < k; i++) await participant(i);
  // One less than the threshold of others at the front desk, in both waves…
  for (let i = 0; i < k - 1; i++) {
    const id = await person(`other-${i}@alpha.example.org`, 'staff');
    await answer(id, 'baseline', 2 + (i % 3));
    await answer(id, 'post', 1 + (i % 5));
  }
  // …and one less than the threshold of case workers, at baseline only; two of them took
  // session B (two people's feedback).
  const caseWorkers: string[] = [];
  for (let i = 0; i < k - 1; i++) {
    const id = await person(`case-${i}@alpha.example.org`, 'staff', 'immigration-case-worker');
    caseWorkers.push(id);
    await answer(id, 'baseline', 1 + (i % 5), 'immigration-case-worker');
  }
  await complete(sessionB, caseWorkers.slice(0, 2));
  // The needs review, with a questionnaire of its own that three people answered.
  // The store's clock is the real one: the period holds today, when the answers were stored.
  const started = await coordinator.submit(`${A}/needs`, `${A}/needs/start`, {
    start: '2026-01-01',
    end: '2027-12-31',
  });
  expect(started.statusCode).toBe(303);
  const opening = await t.store.questionnaires.open(CITY, {
    instrumentId: tcnQuestionnaire.id,
    instrumentVersion: tcnQuestionnaire.version,
    title: 'Your experience with our offices',
    languages: ['en'],
    opensOn: '2027-01-01',
    closesOn: '2027-12-31',
  });
  for (const i of [1, 2, 3])
    await t.store.questionnaires.addAnswer(CITY, opening.questionnaireId, {
      response: {
        ...tcnResponse(),
        respondent: `r-${i}`,
        group: 'third-country-nationals',
        submittedAt: '2027-04-01T00:00:00Z',
      },
      submittedAt: '2027-04-01',
      mode: 'self',
      language: 'en',
    });
  // Beta: exactly the threshold in each role, shown (its first release asks for roles only),
  // and a needs review of them.
  await person('coordinator@beta.example.org', 'coordinator', 'front-desk', 'beta-town');
  betaCoordinator = await signedIn(B, 'coordinator@beta.example.org');
  const betaStarted = await betaCoordinator.submit(`${B}/needs`, `${B}/needs/start`, {
    start: '2026-01-01',
    end: '2027-12-31',
  });
  expect(betaStarted.statusCode).toBe(303);
  for (let i = 0; i < 2 * k; i++) {
    const role = i < k ? 'front-desk' : 'immigration-case-worker';
    const id = await person(`b-${i}@beta.example.org`, 'staff', role, 'beta-town');
    await answer(id, 'baseline', 1 + (i % 5), role, 'beta-town');
  }
}, 120_000);
afterAll(async () => t?.close());

/** Every JSON script of an HTML page. */
const jsonScripts = (body: string) =>
  [...body.matchAll(/<script type="application\/json" id="([^"]+)">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[2]!) as unknown,
  );

/**
 * Problems with the figures of a JSON value: a count (`n`) of 1 to k − 1 anywhere; a hidden
 * cell, row or comparison that still carries a count, a mean or a comment.
 */
function jsonProblems(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => jsonProblems(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const o = value as Record<string, unknown>;
  const problems: string[] = [];
  if ('n' in o && typeof o.n === 'number' && o.n > 0 && o.n < k)
    problems.push(`${path}.n = ${o.n}`);
  if (o.hidden) {
    if (typeof o.n === 'number') problems.push(`${path} is hidden but has n = ${o.n}`);
    for (const key of ['satisfaction', 'usefulness', 'comments', 'meanFrom', 'meanTo'])
      if (o[key] !== undefined && o[key] !== null)
        problems.push(`${path} is hidden but has ${key}`);
    if (Array.isArray(o.competences) && o.competences.length > 0)
      problems.push(`${path} is hidden but has competences`);
  }
  // A needs report's row by role: a hidden group (n null) shows no mean.
  if ('n' in o && o.n === null && Array.isArray(o.cells) && o.cells.some((c) => c !== null))
    problems.push(`${path} has no n but means`);
  for (const [key, v] of Object.entries(o)) problems.push(...jsonProblems(v, `${path}.${key}`));
  return problems;
}

/** How many counts of a column `n` the checks read, by content type (so that they cannot miss all). */
const inspected: Record<string, number> = {};

/** Problems with the figures of a body, whatever its type. */
function bodyProblems(body: string, type: string): string[] {
  const problems: string[] = [];
  if (type.includes('json')) problems.push(...jsonProblems(JSON.parse(body)));
  if (type.includes('html'))
    for (const data of jsonScripts(body)) problems.push(...jsonProblems(data));
  const text = body.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');
  // "n people" in every language of the portal.
  for (const m of text.matchAll(/(\d+)\s*(people|Personen|persone|personas)\b/g))
    if (Number(m[1]) > 0 && Number(m[1]) < k) problems.push(`"${m[0]}" in the text`);
  // Tables with a count column named `n` (the needs report's downloads: HTML, Markdown, CSV).
  const small = (cell: string | undefined) => {
    const text = cell?.trim().replace(/^"(.*)"$/, '$1');
    if (text === undefined || !/^\d+$/.test(text)) return false;
    inspected[type.split(';')[0]!] = (inspected[type.split(';')[0]!] ?? 0) + 1;
    return Number(text) > 0 && Number(text) < k;
  };
  for (const table of body.matchAll(/<table[\s\S]*?<\/table>/g)) {
    const rows = [...table[0].matchAll(/<tr[\s\S]*?<\/tr>/g)].map((r) =>
      [...r[0].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
        c[1]!.replace(/<[^>]+>/g, ''),
      ),
    );
    const column = rows[0]?.findIndex((c) => c.trim() === 'n') ?? -1;
    if (column >= 0)
      for (const row of rows.slice(1))
        if (small(row[column])) problems.push(`an HTML table row counts ${row[column]}`);
  }
  if (type.includes('markdown')) {
    let column = -1;
    for (const line of body.split('\n')) {
      const cells = line.startsWith('|') ? line.split('|').slice(1, -1) : undefined;
      if (!cells) column = -1;
      else if (column < 0) column = cells.findIndex((c) => c.trim() === 'n');
      else if (small(cells[column])) problems.push(`a Markdown row counts ${cells[column]}`);
    }
  }
  if (type.includes('csv')) {
    const rows = body
      .trim()
      .split(/\r?\n/)
      .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!));
    const column = rows[0]!.indexOf('n');
    expect(column, 'the CSV has a count column').toBeGreaterThanOrEqual(0);
    for (const row of rows.slice(1))
      if (small(row[column])) problems.push(`a CSV row counts ${row[column]}`);
  }
  // A feedback release's table: the count column of every shown row.
  for (const m of body.matchAll(/<th scope="row">[^<]*<\/th>\s*<td>(\d+)<\/td>/g))
    if (Number(m[1]) > 0 && Number(m[1]) < k) problems.push(`a row counts ${m[1]}`);
  return problems;
}

describe('figures about fewer people than the threshold', () => {
  it('classifies every GET route the city registers', () => {
    const registered = t.routes
      .filter((r) => r.method === 'GET' && r.url.startsWith(A))
      .map((r) => r.url.slice(A.length));
    const unclassified = registered.filter((url) => !Object.hasOwn(GET_ROUTES, url));
    expect(unclassified, 'classify each new GET route in GET_ROUTES').toEqual([]);
    // And nothing classified that is gone (a renamed route must be classified again).
    expect(Object.keys(GET_ROUTES).filter((url) => !registered.includes(url))).toEqual([]);
  });

  it('reach no page, download or JSON, with every parameter the routes read', async () => {
    await publishAll();
    expect(await t.store.needsReviews.listReports(CITY, 'current')).toHaveLength(1);
    expect(
      (await betaCoordinator.submit(`${B}/results`, `${B}/results`, { byRole: 'yes' })).statusCode,
    ).toBe(303);
    expect(
      (await betaCoordinator.submit(`${B}/needs/reports`, `${B}/needs/reports`)).statusCode,
    ).toBe(303);
    // What the setup made small is really there to be hidden.
    const [results] = await t.store.releases
      .list(CITY)
      .then((all) => all.filter((r) => r.population.endsWith(staffSelfAssessment.id)));
    const release = results!.release as unknown as Release;
    expect(release.tables.flatMap((table) => table.cells).some((c) => c.hidden)).toBe(true);
    const feedback = (await t.store.evaluation.releases(CITY))[0]!
      .release as unknown as FeedbackRelease;
    expect(feedback.rows.find((r) => r.module === sessionB.module)).toMatchObject({
      hidden: 'small-group',
    });
    expect(feedback.rows.find((r) => r.module === sessionA.module)).toMatchObject({ n: k });

    // Participation counts are shown whatever their size (three answered the questionnaire):
    // they say how many took part, not what they answered, and coordinators need them to see
    // whether a questionnaire reaches anyone. What those three answered is not used.
    const report = (await t.store.needsReviews.getReport(CITY, 'current', 1))!.report as {
      participation: { questionnaires: { group: string; responses: number }[] };
      priorities: { contributions: { factor: string; value: number | null }[] }[];
    };
    expect(report.participation.questionnaires).toContainEqual(
      expect.objectContaining({ group: 'third-country-nationals', responses: 3 }),
    );
    const perception = report.priorities.flatMap((p) =>
      p.contributions.filter((c) => c.factor === 'perception'),
    );
    expect(perception.length).toBeGreaterThan(0);
    expect(perception.every((c) => c.value === null)).toBe(true);
    // Hidden cells are marked as such on the pages, in words.
    for (const [url, hiddenCells] of [
      [`${A}/results/1`, release.tables.flatMap((table) => table.cells).filter((c) => c.hidden)],
      [`${A}/evaluation/feedback/1`, feedback.rows.filter((r) => r.hidden)],
    ] as const) {
      const page = await coordinator.get(`${url}?lang=en`);
      const marks = page.body.split(en['results.hidden']).length - 1;
      expect(marks, url).toBeGreaterThanOrEqual(hiddenCells.length);
      expect(hiddenCells.length, url).toBeGreaterThan(0);
    }
    expect(await sweep()).toBeGreaterThan(50);
    // The needs report's downloads were read: their staff rows by role have counts.
    expect(inspected).toMatchObject({
      'text/html': expect.any(Number),
      'text/markdown': expect.any(Number),
      'text/csv': expect.any(Number),
    });
  });
});

/**
 * Requests every route classified `figures`, in both cities, with every value of every path and
 * query parameter it reads (and some it refuses), and checks each body's figures.
 */
async function sweep() {
  const languages = [undefined, 'de', 'it', 'en', 'es', 'xx'];
  const params: Record<string, string[]> = {
    ':sequence': ['1', '2', '0', 'x'],
    ':publication': ['1', '2', 'x'],
    ':format': ['html', 'md', 'csv', 'json', 'pdf'],
  };
  const urls = (route: string): string[] => {
    const name = /:[a-z]+/.exec(route)?.[0];
    if (!name) return [route];
    return params[name]!.flatMap((value) => urls(route.replace(name, value)));
  };
  let checked = 0;
  for (const [base, browser] of [
    [A, coordinator],
    [B, betaCoordinator],
  ] as const)
    for (const route of Object.keys(GET_ROUTES).filter((r) => GET_ROUTES[r] === 'figures'))
      for (const url of urls(route))
        for (const lang of languages) {
          const query = route.includes('report.') ? 'in' : 'lang';
          const full = `${base}${url}${lang ? `?${query}=${lang}` : ''}`;
          const response = await browser.get(full);
          expect([200, 404], full).toContain(response.statusCode);
          if (response.statusCode !== 200) continue;
          checked += 1;
          const type = String(response.headers['content-type']);
          expect(bodyProblems(response.body, type), full).toEqual([]);
        }
  return checked;
}

/** The stored releases of a population ending in `suffix`, oldest first. */
const releasesOf = async (city: string, suffix: string) =>
  (await t.store.releases.list(city))
    .filter((r) => r.population.endsWith(suffix))
    .sort((a, b) => a.sequence - b.sequence)
    .map((r) => r.release as unknown as Release);

/** Cells and comparisons shown in both releases whose count moved by 1 to k − 1. */
function differenced(before: Release, after: Release): string[] {
  const problems: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const [i, table] of after.tables.entries())
    for (const cell of table.cells) {
      const was = before.tables[i]?.cells.find((c) => same(c.key, cell.key));
      if (was && !was.hidden && !cell.hidden && Math.abs(was.n! - cell.n!) % k !== 0)
        if (Math.abs(was.n! - cell.n!) < k)
          problems.push(`table ${i} ${JSON.stringify(cell.key)}: ${was.n} then ${cell.n}`);
    }
  for (const change of after.changes ?? []) {
    const was = (before.changes ?? []).find(
      (c) => c.table === change.table && same(c.key, change.key),
    );
    if (
      was &&
      !was.hidden &&
      !change.hidden &&
      was.n !== change.n &&
      Math.abs(was.n! - change.n!) < k
    )
      problems.push(`comparison ${JSON.stringify(change.key)}: ${was.n} then ${change.n}`);
  }
  return problems;
}
const totalContributions = (ledger: unknown) =>
  Object.values((ledger as { contributions: Record<string, string[]> }).contributions).flat()
    .length;

describe('differencing: two releases one person apart', () => {
  it('hides, in every kind of release, what one more person changed', async () => {
    const results = await releasesOf(CITY, staffSelfAssessment.id);
    const moduleA = `/${sessionA.module}`;
    const evaluations = await releasesOf(CITY, moduleA);
    expect(results).toHaveLength(1);
    expect(evaluations).toHaveLength(1);
    await participant(k);
    // The results, the feedback and the evaluation of the modules are published again…
    for (const [page, action] of [
      ['/results', '/results'],
      ['/evaluation', '/evaluation/feedback'],
      ['/evaluation/programme', '/evaluation/programme'],
    ]) {
      const response = await coordinator.submit(`${A}${page}`, `${A}${action}`);
      expect(bodyProblems(response.body, String(response.headers['content-type']))).toEqual([]);
      // 200: the evaluation page, when one module's release was refused and another's published.
      expect([200, 303], action).toContain(response.statusCode);
    }
    const [first, second] = await releasesOf(CITY, staffSelfAssessment.id);
    expect(second, 'a second release of the results').toBeDefined();
    expect(differenced(first!, second!)).toEqual([]);
    // The first wave's total moved from 13 to 14: it is not shown in both.
    const total = (r: Release) => r.tables[0]!.cells.find((c) => c.key.phase === 'baseline')!;
    expect(total(first!)).toMatchObject({ n: 13, hidden: false });
    expect(total(second!).hidden).toBe(true);
    const [evaluated, evaluatedAgain] = await releasesOf(CITY, moduleA);
    expect(evaluatedAgain, 'a second release of the module').toBeDefined();
    expect(differenced(evaluated!, evaluatedAgain!)).toEqual([]);
    const feedback = (await t.store.evaluation.releases(CITY))
      .map((r) => r.release as unknown as FeedbackRelease)
      .find((r) => r.sequence === 2);
    expect(feedback!.rows.find((r) => r.module === sessionA.module)).toEqual({
      module: sessionA.module,
      hidden: 'small-change',
    });
    // …and the needs report, one staff answer apart from the first, is refused (decision 0023).
    const refused = await coordinator.submit(`${A}/needs/reports`, `${A}/needs/reports`);
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain(en['needs.reports.tooFewChanged'].replaceAll('{k}', String(k)));
    expect(await t.store.needsReviews.listReports(CITY, 'current')).toHaveLength(1);
    expect((await t.store.audit.list(CITY)).map((e) => e.subject)).toContain(
      'current: differencing',
    );
  });

  it('keeps the tables of the first release, whatever a later request asks for', async () => {
    for (const [base, browser, city] of [
      [A, coordinator, CITY],
      [B, betaCoordinator, 'beta-town'],
    ] as const) {
      const before = await releasesOf(city, staffSelfAssessment.id);
      for (const choice of <Record<string, string>[]>[
        {},
        { byRole: 'yes' },
        { byPhase: 'yes' },
        { byRole: 'yes', byPhase: 'yes' },
      ]) {
        const response = await browser.submit(`${base}/results`, `${base}/results`, choice);
        expect([303, 409], base).toContain(response.statusCode);
      }
      const after = await releasesOf(city, staffSelfAssessment.id);
      expect(after.length).toBeGreaterThan(before.length);
      for (const release of after)
        expect(
          release.tables.map((table) => table.by),
          base,
        ).toEqual(before[0]!.tables.map((table) => table.by));
      for (let i = 1; i < after.length; i++)
        expect(differenced(after[i - 1]!, after[i]!)).toEqual([]);
    }
  });
});

describe('releases computed before an erasure', () => {
  it('say so on their pages; the next release leaves the answers out', async () => {
    const population = (await t.store.releases.list(CITY)).find((r) =>
      r.population.endsWith(staffSelfAssessment.id),
    )!.population;
    const ledgers = await t.store.releases.ledgers(CITY, population);
    const gone = await signedIn(A, 'other-0@alpha.example.org');
    const deleted = await gone.submit(`${A}/account`, `${A}/account/delete`, { confirm: 'yes' });
    expect(deleted.statusCode).toBe(303);
    expect(await t.store.accounts.findByEmail(CITY, 'other-0@alpha.example.org')).toBeUndefined();
    const after = (template: string) => template.split('{n}')[1]!.slice(0, 12);
    const notes = { de, it: itWords, en };
    for (const url of [
      `${A}/results/1`,
      `${A}/results/${ledgers.length}`,
      `${A}/needs/reports/1`,
      `${A}/evaluation/programme/releases/1`,
      `${A}/evaluation/programme/releases/2`,
    ])
      for (const [lang, words] of Object.entries(notes)) {
        const page = await coordinator.get(`${url}?lang=${lang}`);
        expect(page.statusCode, url).toBe(200);
        const [, between] = words['results.erasedSince'].split(/\{date\}|\{n\}/);
        expect(page.body, `${url} ${lang}`).toContain(
          `${between}1${after(words['results.erasedSince'])}`,
        );
      }
    // And so do the report's downloads, in the language asked for.
    for (const [format, lang] of [
      ['html', 'de'],
      ['md', 'it'],
      ['csv', 'en'],
    ] as const) {
      const download = await coordinator.get(`${A}/needs/reports/1/report.${format}?in=${lang}`);
      const template = notes[lang]['results.erasedSince'];
      expect(download.body, `${format} ${lang}`).toContain(
        `${template.split(/\{date\}|\{n\}/)[1]}1${after(template)}`,
      );
      if (format === 'csv')
        expect(download.body).toContain('\nerasures,,,,,accounts-erased-since,1,,"');
    }
    // Feedback is stored without the account (0009): an erasure cannot take it out, and the
    // feedback releases do not claim it.
    const feedback = await coordinator.get(`${A}/evaluation/feedback/1?lang=en`);
    expect(feedback.body).not.toContain(en['results.erasedSince'].split('{date}')[0]);
    // A needs report one erased answer apart from the first is refused, as one more answer was.
    expect((await coordinator.submit(`${A}/needs/reports`, `${A}/needs/reports`)).statusCode).toBe(
      409,
    );
    // The next release of the results: without the erased person's two answers, and computed
    // after the erasure, so it says nothing of it. (One person fewer alone changes too little to
    // publish anything: the threshold of newcomers is added first.)
    for (let i = 0; i < k; i++) {
      const id = await person(`later-${i}@alpha.example.org`, 'staff');
      await answer(id, 'baseline', 1 + (i % 5));
      await answer(id, 'post', 1 + ((i + 2) % 5));
    }
    const published = await coordinator.submit(`${A}/results`, `${A}/results`);
    expect(published.statusCode, published.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toBe(
      303,
    );
    const latest = await t.store.releases.ledgers(CITY, population);
    expect(latest).toHaveLength(ledgers.length + 1);
    expect(totalContributions(latest.at(-1))).toBe(totalContributions(ledgers.at(-1)) - 2 + 2 * k);
    const page = await coordinator.get(`${published.headers.location as string}?lang=en`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain(en['results.erasedSince'].split('{date}')[0]);
    // With the threshold of new answers since, a needs report can be built again.
    expect((await coordinator.submit(`${A}/needs/reports`, `${A}/needs/reports`)).statusCode).toBe(
      303,
    );
    expect(await t.store.needsReviews.listReports(CITY, 'current')).toHaveLength(2);
  });
});

describe('after further releases and an erasure', () => {
  it('still no page, download or JSON shows a figure about fewer than the threshold', async () => {
    expect(await sweep()).toBeGreaterThan(50);
  });
});

describe('the checks of this file', () => {
  it('find a small count and a hidden figure that is shown', () => {
    expect(bodyProblems('<td>4 people</td>', 'text/html')).toHaveLength(1);
    expect(
      bodyProblems(
        '<script type="application/json" id="x">{"cells":[{"n":3,"hidden":false},{"n":null,"hidden":true,"competences":[{"mean":1}]}]}</script>',
        'text/html',
      ),
    ).toHaveLength(2);
    expect(bodyProblems('<tr><th scope="row">M</th><td>2</td></tr>', 'text/html')).toHaveLength(1);
    expect(bodyProblems('{"rows":[{"n":null,"cells":[0.5]}]}', 'application/json')).toHaveLength(1);
    expect(bodyProblems('<td>5 people</td><td>0</td>', 'text/html')).toEqual([]);
    const table =
      '<table><tr><th>Role</th><th class="num">n</th></tr><tr><td>x</td><td>4</td></tr></table>';
    expect(bodyProblems(table, 'text/html')).toHaveLength(1);
    expect(bodyProblems('| Role | n |\n| --- | ---: |\n| x | 3 |\n', 'text/markdown')).toHaveLength(
      1,
    );
    expect(bodyProblems('section,n,note\nrole,"2",x\nrole,7,\n', 'text/csv')).toHaveLength(1);
  });
});
