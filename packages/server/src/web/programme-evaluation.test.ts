// The programme's evaluation as releases: a coordinator publishes, per module, the change between
// the waves of the people who completed it next to that of the others. The figures are those of
// `evaluateProgramme` (@competence-kit/training) where the groups are large enough, small groups
// are hidden, publishing again after one person changed hides what would give that person away
// (the population's ledgers), and the pages show only stored releases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Release } from '@competence-kit/disclosure';
import { staffSelfAssessment } from '@competence-kit/framework-intercultural';
import type { Enrolment, LearningPath, Result } from '@competence-kit/schemas';
import { evaluateProgramme } from '@competence-kit/training';
import { hashPassword } from './auth/password.js';
import { en } from './messages/en.js';
import {
  buildModuleRelease,
  evaluationPrefix,
  groupChange,
  moduleCompetences,
  moduleStates,
} from './programme-evaluation.js';
import { selfAssessmentResults } from './programme-evaluation-results.js';
import {
  ALPHA,
  Browser,
  responseOf,
  startApp,
  TEST_COST,
  type TestApp,
} from './test-support/app.js';

const A = '/alpha-town';
const B = '/beta-town';
const CITY = 'alpha-town';
const programme = ALPHA.programme!;
const k = ALPHA.city.anonymity.minGroupSize;
const NOW = new Date('2027-12-20T10:00:00Z');
const sessionA = programme.sessions[0]!; // intercultural basics: six participants
const sessionB = programme.sessions[1]!; // data protection: two participants, too few
const prefix = evaluationPrefix(CITY, programme.id);
let t: TestApp;
let coordinator: Browser;
let staff: Browser;
const people: string[] = [];

async function account(email: string, role: 'staff' | 'coordinator', city = CITY) {
  const created = await t.store.accounts.create(city, {
    email,
    role,
    passwordHash: await hashPassword('a long password', TEST_COST),
    roleProfile: 'front-desk',
  });
  if (!created.ok) throw new Error(created.code);
  return created.account.accountId;
}
async function signedIn(base: string, email: string) {
  const browser = new Browser(t.app, { 'accept-language': 'en' });
  expect((await browser.signIn(base, email, 'a long password')).statusCode).toBe(303);
  return browser;
}
async function answer(accountId: string, phase: 'baseline' | 'post', rating: number) {
  const stored = await t.store.responses.submit(CITY, accountId, {
    instrumentId: staffSelfAssessment.id,
    instrumentVersion: staffSelfAssessment.version,
    response: {
      ...responseOf(
        accountId,
        rating,
        phase === 'baseline' ? '2027-01-05T10:00:00Z' : '2027-11-05T10:00:00Z',
      ),
      phase,
    },
  });
  if (!stored) throw new Error('not stored');
}
async function complete(session: typeof sessionA, accountIds: readonly string[]) {
  for (const id of accountIds)
    await t.store.enrolments.enrol(CITY, id, { programmeId: programme.id, sessionId: session.id });
  const already = await t.store.attendance.attendedIn(CITY, {
    programmeId: programme.id,
    sessionId: session.id,
  });
  await t.store.attendance.record(
    CITY,
    { programmeId: programme.id, sessionId: session.id },
    new Set([...already, ...accountIds]),
  );
}
/** The stored releases of the evaluation, by module, newest first. */
async function stored(module: string) {
  return (await t.store.releases.list(CITY))
    .filter((r) => r.population === `${prefix}${module}`)
    .map((r) => ({ ...r, release: r.release as unknown as Release }));
}

/** What evaluateProgramme computes from the same results and completions. */
async function evaluation() {
  const results = (
    await selfAssessmentResults(t.store, CITY, staffSelfAssessment, ALPHA.framework)
  ).filter((r) => r.phase === 'baseline' || r.phase === 'post');
  const completions = await t.store.attendance.completions(CITY, programme);
  const paths = [...completions].map(
    ([respondent, modules]) =>
      ({
        respondent,
        steps: [...modules.keys()].map((module) => ({ module })),
      }) as never as LearningPath,
  );
  const enrolments: Enrolment[] = [...completions].flatMap(([respondent, modules]) =>
    [...modules].map(([module, c]) => ({
      id: `${programme.id}/${c.sessionId}/${respondent}`,
      respondent,
      programme: programme.id,
      session: c.sessionId,
      module,
      status: 'completed' as const,
      enrolledAt: '2027-01-01T00:00:00Z',
    })),
  );
  return {
    results,
    evaluated: evaluateProgramme(
      results.filter((r: Result) => r.phase === 'baseline'),
      results.filter((r: Result) => r.phase === 'post'),
      paths,
      ALPHA.catalogue,
      { enrolments, minGroupSize: k },
    ),
  };
}

beforeAll(async () => {
  t = await startApp({ now: () => NOW });
  await account('coordinator@alpha.example.org', 'coordinator');
  await account('staff@alpha.example.org', 'staff');
  await account('coordinator@beta.example.org', 'coordinator', 'beta-town');
  coordinator = await signedIn(A, 'coordinator@alpha.example.org');
  staff = await signedIn(A, 'staff@alpha.example.org');
  // Sixteen people answered before and after the training, with varied ratings.
  for (let i = 0; i < 16; i++) {
    const id = await account(`p${i}@alpha.example.org`, 'staff');
    people.push(id);
    await answer(id, 'baseline', 1 + (i % 3));
    await answer(id, 'post', Math.min(5, 2 + (i % 4)));
  }
  await complete(sessionA, people.slice(0, 6));
  await complete(sessionB, people.slice(10, 12));
});
afterAll(async () => t?.close());

describe('the evaluation of the modules', () => {
  it('is for coordinators and admins of the city only', async () => {
    expect((await staff.get(`${A}/evaluation/programme`)).statusCode).toBe(403);
    expect((await staff.submit(`${A}/profile`, `${A}/evaluation/programme`)).statusCode).toBe(403);
    const other = await signedIn(B, 'coordinator@beta.example.org');
    expect((await other.get(`${A}/evaluation/programme`)).statusCode).toBe(303);
    expect(await stored(sessionA.module)).toEqual([]);
  });

  it('lists which modules can be evaluated, without a figure about anyone', async () => {
    const page = await coordinator.get(`${A}/evaluation/programme`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(en['evaluation.programme.state.enough']);
    expect(page.body).toContain(en['evaluation.programme.state.few'].replace('{k}', String(k)));
    expect(page.body).toContain(en['evaluation.programme.publications.none']);
    expect(page.body).not.toContain('→');
    expect((await coordinator.get(`${A}/evaluation`)).body).toContain(
      `href="${A}/evaluation/programme"`,
    );
  });

  it('publishes per module the figures evaluateProgramme computes, small groups hidden', async () => {
    const published = await coordinator.submit(
      `${A}/evaluation/programme`,
      `${A}/evaluation/programme`,
    );
    expect(published.statusCode).toBe(303);
    expect(published.headers.location).toBe(
      `${A}/evaluation/programme/releases/1?done=evaluation-published`,
    );
    // The page says what happened (the programme area's `programme-published` is another code).
    const shown = await coordinator.get(published.headers.location as string);
    expect(shown.body).toContain(en['evaluation.programme.done']);
    const { evaluated } = await evaluation();

    // Intercultural basics: six participants and ten others, all shown, as evaluateProgramme's.
    const [a] = await stored(sessionA.module);
    expect(a!.sequence).toBe(1);
    expect(a!.plan).toMatchObject({
      breakdowns: [['phase'], ['phase', 'group']],
      compare: { from: 'baseline', to: 'post' },
      minGroupSize: k,
      publication: 1,
    });
    const competences = moduleCompetences(ALPHA.catalogue, ALPHA.framework, sessionA.module);
    expect([...a!.release.competences].sort()).toEqual([...competences].sort());
    const moduleA = evaluated.modules.find((m) => m.module === sessionA.module)!;
    expect(moduleA.participants).toBe(6);
    for (const [group, expected] of [
      ['participant', moduleA.competences],
      ['other', moduleA.comparison],
    ] as const) {
      const change = groupChange(a!.release, group)!.change;
      expect(change.hidden).toBe(false);
      expect(change.n).toBe(group === 'participant' ? 6 : 10);
      for (const figures of change.competences) {
        const stats = expected.find((c) => c.competence === figures.competence)!.paired.stats!;
        expect(figures.n).toBe(stats.n);
        expect(figures.meanFrom).toBeCloseTo(stats.meanBaseline!, 10);
        expect(figures.meanTo).toBeCloseTo(stats.meanPost!, 10);
        expect(figures.meanChange).toBeCloseTo(stats.meanChange!, 10);
      }
    }
    // The participants changed differently from the others: the release tells them apart.
    const participantChange = groupChange(a!.release, 'participant')!.change.competences[0]!;
    const otherChange = groupChange(a!.release, 'other')!.change.competences[0]!;
    expect(participantChange.meanChange).not.toBeCloseTo(otherChange.meanChange!, 5);

    // Data protection: two participants. evaluateProgramme withholds them; the release hides
    // them, and the others too (everyone minus the others would give the two away).
    const [b] = await stored(sessionB.module);
    const moduleB = evaluated.modules.find((m) => m.module === sessionB.module)!;
    expect(moduleB.competences.every((c) => c.paired.stats === null)).toBe(true);
    expect(groupChange(b!.release, 'participant')?.change.hidden ?? true).toBe(true);
    expect(groupChange(b!.release, 'other')?.change.hidden ?? true).toBe(true);
    const cells = b!.release.tables[1]!.cells;
    expect(cells.filter((c) => c.key.group === 'participant').every((c) => c.hidden)).toBe(true);
    expect(cells.filter((c) => c.key.group === 'other').every((c) => c.hidden)).toBe(true);
    expect(b!.release.tables[0]!.cells.every((c) => !c.hidden && c.n === 16)).toBe(true);

    // Modules nobody completed are not published.
    expect(await stored(programme.sessions[2]!.module)).toEqual([]);
    const audit = await t.store.audit.list(CITY);
    expect(audit.filter((e) => e.action === 'release-published').map((e) => e.subject)).toEqual(
      expect.arrayContaining([`${prefix}${sessionA.module}#1`, `${prefix}${sessionB.module}#1`]),
    );
  });

  it('shows a publication from its releases, with the hidden comparisons marked', async () => {
    const page = await coordinator.get(`${A}/evaluation/programme/releases/1`);
    expect(page.statusCode).toBe(200);
    expect(page.body.match(/<ck-wave-comparison/g)?.length).toBe(4);
    // The component names the groups as the page's headings do (not `participant`/`other`).
    const labels = JSON.stringify({
      participant: en['evaluation.programme.participants'],
      other: en['evaluation.programme.others'],
    }).replaceAll('"', '&quot;');
    expect(page.body.match(new RegExp(`group-labels="${labels}"`, 'g'))?.length).toBe(4);
    expect(page.body).toContain(en['evaluation.programme.hidden']);
    expect(page.body).toContain(en['evaluation.programme.release.hiddenNote']);
    expect(page.body).toContain('6 people');
    expect(page.body).toContain('10 people');
    expect(page.body).toContain('id="ck-programme-evaluation"');
    expect(page.body).not.toContain('2 people');
    const list = await coordinator.get(`${A}/evaluation/programme`);
    expect(list.body).toContain(`href="${A}/evaluation/programme/releases/1"`);
    for (const lang of ['de', 'it']) {
      const translated = await coordinator.get(`${A}/evaluation/programme/releases/1?lang=${lang}`);
      expect(translated.statusCode).toBe(200);
      expect(translated.body).toContain(`lang="${lang}"`);
      expect(translated.body).not.toContain(en['evaluation.programme.participants'] + '<');
    }
    await coordinator.get(`${A}/evaluation/programme/releases/1?lang=en`);
    // Another city's coordinator has no such publication.
    const other = await signedIn(B, 'coordinator@beta.example.org');
    expect((await other.get(`${B}/evaluation/programme/releases/1`)).statusCode).toBe(404);
    expect((await coordinator.get(`${A}/evaluation/programme/releases/x1`)).statusCode).toBe(404);
  });

  it('computes no figure outside a release: the page shows what the release stores', async () => {
    const [a] = await stored(sessionA.module);
    const release = structuredClone(a!.release);
    groupChange(release, 'participant')!.change.competences[0]!.meanChange = 0.4321;
    await sql`update releases set release = ${JSON.stringify(release)} where city_id = ${CITY} and population = ${a!.population} and sequence = 1`.execute(
      t.store.db,
    );
    const page = await coordinator.get(`${A}/evaluation/programme/releases/1`);
    expect(page.body).toContain('change 0.43');
    // Restored, so that the next test publishes on the true history.
    await sql`update releases set release = ${JSON.stringify(a!.release)} where city_id = ${CITY} and population = ${a!.population} and sequence = 1`.execute(
      t.store.db,
    );
  });

  it('publishing again after one more person hides the cells that would give that person away', async () => {
    // A newcomer answers in both waves and completes intercultural basics: its participants
    // and everyone changed by one person, the others did not.
    const newcomer = await account('p16@alpha.example.org', 'staff');
    await answer(newcomer, 'baseline', 2);
    await answer(newcomer, 'post', 5);
    await complete(sessionA, [newcomer]);
    const { results } = await evaluation();
    const participants = new Set([...people.slice(0, 6), newcomer]);
    // Without the ledger, the new figures would be shown (seven participants)…
    const fresh = await buildModuleRelease(results, {
      cityId: CITY,
      programmeId: programme.id,
      module: sessionA.module,
      participants,
      competences: moduleCompetences(ALPHA.catalogue, ALPHA.framework, sessionA.module),
      minGroupSize: k,
      framework: ALPHA.framework,
      previous: [],
    });
    expect(groupChange(fresh.outcome.release, 'participant')!.change.hidden).toBe(false);
    expect(groupChange(fresh.outcome.release, 'participant')!.change.n).toBe(7);

    // …next to the first release, they would give the newcomer's answers away: hidden, while
    // the others, the same ten people, are shown again.
    const again = await coordinator.submit(
      `${A}/evaluation/programme`,
      `${A}/evaluation/programme`,
    );
    // Data protection is not published again: its others (fifteen: everyone but its two
    // participants, with the newcomer) next to the first publication's everyone (sixteen) would
    // describe three people, the two participants and the newcomer
    // (./programme-evaluation-guard.ts). The page says so; intercultural basics is published.
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain(en['results.refused.nothing-left']);
    expect((await stored(sessionB.module)).map((r) => r.sequence)).toEqual([1]);
    const [second] = await stored(sessionA.module);
    expect(second!.sequence).toBe(2);
    expect(second!.plan).toMatchObject({ publication: 2 });
    expect(groupChange(second!.release, 'participant')!.change.hidden).toBe(true);
    const others = groupChange(second!.release, 'other')!.change;
    expect(others.hidden).toBe(false);
    expect(others.n).toBe(10);
    const cells = second!.release.tables.flatMap((t) => t.cells);
    expect(cells.filter((c) => c.key.group === 'participant').every((c) => c.hidden)).toBe(true);
    expect(cells.filter((c) => c.key.group === undefined).every((c) => c.hidden)).toBe(true);
    const page = await coordinator.get(`${A}/evaluation/programme/releases/2`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('10 people');
    expect(page.body).not.toContain('7 people');
    expect(page.body).toContain(en['evaluation.programme.hidden']);
  });

  it('holds back a module whose participants differ from another’s by fewer than k', () => {
    const a = new Set(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    const b = new Set([...a, 'p7']);
    const c = new Set(['q1', 'q2', 'q3', 'q4', 'q5']);
    const everyone = new Set([...b, ...c]);
    const states = moduleStates(
      ['a', 'b', 'c', 'd'],
      new Map([
        ['a', a],
        ['b', b],
        ['c', c],
      ]),
      everyone,
      5,
    );
    expect(states).toEqual([
      { module: 'a', state: 'enough' },
      { module: 'b', state: 'enough', closeTo: 'a' },
      { module: 'c', state: 'enough' },
      { module: 'd', state: 'none' },
    ]);
    // The same people exactly add nothing: published.
    expect(
      moduleStates(
        ['a', 'b'],
        new Map([
          ['a', a],
          ['b', new Set(a)],
        ]),
        everyone,
        5,
      ),
    ).toEqual([
      { module: 'a', state: 'enough' },
      { module: 'b', state: 'enough' },
    ]);
  });

  it('refuses with a page when there is nothing to publish', async () => {
    const beta = await signedIn(B, 'coordinator@beta.example.org');
    const response = await beta.submit(`${B}/evaluation/programme`, `${B}/evaluation/programme`);
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain(en['evaluation.programme.nothing']);
  });
});
