// Differencing attacks on the programme's evaluation releases: two figures published about
// groups of people that differ by fewer than the threshold give those few people's answers
// away by subtraction, whether the two figures are in releases of two modules published
// together, or in releases published at different times. Each scenario sets up a city through
// the store and publishes through the route, then plays the attacker on what was stored as
// published (the releases' cells, never the ledgers).
import { afterEach, describe, expect, it } from 'vitest';
import { staffSelfAssessment } from '@competence-kit/framework-intercultural';
import type { Release } from '@competence-kit/disclosure';
import { hashPassword } from './auth/password.js';
import {
  ALPHA,
  Browser,
  responseOf,
  startApp,
  TEST_COST,
  type TestApp,
} from './test-support/app.js';

const CITY = ALPHA.city.id;
const BASE = `/${CITY}`;
const programme = ALPHA.programme!;
// Two modules of the programme that develop the same competences (valuing-diversity,
// openness-to-otherness), so that their participants' means can be subtracted.
const A = 'intercultural-basics-online';
const B = 'peer-exchange-front-office-practice';
const SHARED = 'openness-to-otherness';
const sessionOf = (module: string) => programme.sessions.find((s) => s.module === module)!.id;

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

let counter = 0;
async function person(role: 'staff' | 'coordinator' = 'staff') {
  const email = `p${++counter}@example.org`;
  const created = await t!.store.accounts.create(CITY, {
    email,
    role,
    passwordHash: await hashPassword(`pw-${email}`, TEST_COST),
    roleProfile: 'front-desk',
  });
  if (!created.ok) throw new Error(created.code);
  return { id: created.account.accountId, email };
}

async function answer(accountId: string, phase: 'baseline' | 'post', rating: number) {
  const response = {
    ...responseOf(
      accountId,
      rating,
      phase === 'baseline' ? '2027-02-01T10:00:00Z' : '2027-09-01T10:00:00Z',
    ),
    phase,
  };
  const stored = await t!.store.responses.submit(CITY, accountId, {
    instrumentId: staffSelfAssessment.id,
    instrumentVersion: staffSelfAssessment.version,
    response: response as never,
  });
  expect(stored).toBeDefined();
}

async function complete(module: string, accountIds: readonly string[]) {
  const sessionId = sessionOf(module);
  for (const id of accountIds)
    await t!.store.enrolments.enrol(CITY, id, { programmeId: programme.id, sessionId });
  await t!.store.attendance.record(
    CITY,
    { programmeId: programme.id, sessionId },
    new Set(accountIds),
  );
}

async function staff(
  n: number,
  ratings: { baseline?: number; post?: number } = { baseline: 3, post: 3 },
) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { id } = await person();
    if (ratings.baseline !== undefined) await answer(id, 'baseline', ratings.baseline);
    if (ratings.post !== undefined) await answer(id, 'post', ratings.post);
    ids.push(id);
  }
  return ids;
}

async function coordinator() {
  const { email } = await person('coordinator');
  const browser = new Browser(t!.app);
  expect((await browser.signIn(BASE, email, `pw-${email}`)).statusCode).toBe(303);
  return browser;
}

async function publish(browser: Browser) {
  const res = await browser.submit(`${BASE}/evaluation/programme`, `${BASE}/evaluation/programme`);
  expect([200, 303], res.body.slice(0, 500)).toContain(res.statusCode);
}

/** Every published cell of the programme's evaluation: module, release number, cell. */
async function published() {
  const prefix = `${CITY}/programme-evaluation/${programme.id}/`;
  return (await t!.store.releases.list(CITY))
    .filter((r) => r.population.startsWith(prefix))
    .flatMap((r) =>
      (r.release as unknown as Release).tables.flatMap((table) =>
        table.cells.map((cell) => ({
          module: r.population.slice(prefix.length),
          sequence: r.sequence,
          cell,
        })),
      ),
    );
}

/** A group's published figure: its size and mean of the shared competence (undefined: hidden). */
async function figure(module: string, sequence: number, phase: string, group: string) {
  const found = (await published()).find(
    (p) =>
      p.module === module &&
      p.sequence === sequence &&
      p.cell.key.phase === phase &&
      p.cell.key.group === group,
  );
  if (!found || found.cell.hidden || found.cell.n === null) return undefined;
  const mean = found.cell.competences.find((c) => c.competence === SHARED)?.mean;
  return mean === null || mean === undefined ? undefined : { n: found.cell.n, mean };
}

/** What subtracting the smaller group's figure from the larger one's gives (undefined: nothing). */
const subtract = (
  small: { n: number; mean: number } | undefined,
  large: { n: number; mean: number } | undefined,
) =>
  small && large && large.n > small.n
    ? (large.n * large.mean - small.n * small.mean) / (large.n - small.n)
    : undefined;

/** The score of one person who answered every rating with `rating` (what an attacker wants). */
const scoreOf = (rating: number) => (rating - 1) / 4;

describe('programme evaluation: no differencing between modules', () => {
  it('does not show two modules whose participants differ by one in a wave', async () => {
    t = await startApp();
    const coord = await coordinator();
    // Six took both modules; five more took B, of whom only x answered after the training.
    const s = await staff(6);
    const [x] = await staff(1, { baseline: 3, post: 5 });
    const late = await staff(4, { baseline: 3 });
    await staff(6); // took neither
    await complete(A, s);
    await complete(B, [...s, x!, ...late]);
    await publish(coord);
    const leaked = subtract(
      await figure(A, 1, 'post', 'participant'),
      await figure(B, 1, 'post', 'participant'),
    );
    // The participants of A and B after the training are the six and x: B's minus A's is x.
    expect(leaked, `x's post score came back as ${leaked}`).toBeUndefined();
  }, 120_000);

  it('does not show one module’s participants next to another’s others when they differ by one', async () => {
    t = await startApp();
    const coord = await coordinator();
    const s = await staff(6);
    await staff(1, { baseline: 5, post: 5 }); // x, who took neither module
    const rest = await staff(6);
    await complete(A, s);
    await complete(B, rest); // everyone but the six and x: B's others are the six and x
    await publish(coord);
    const leaked = subtract(
      await figure(A, 1, 'post', 'participant'),
      await figure(B, 1, 'post', 'other'),
    );
    expect(leaked, `x's post score came back as ${leaked}`).toBeUndefined();
  }, 120_000);

  it('does not show a module whose participants differ by one from a group published earlier', async () => {
    t = await startApp();
    const coord = await coordinator();
    const s = await staff(6);
    const [x] = await staff(1, { baseline: 5, post: 5 });
    await staff(6);
    await complete(A, s);
    await publish(coord); // A's participants: the six
    // Later five more take A, and the six and x take B.
    const y = await staff(5);
    await complete(A, [...s, ...y]);
    await complete(B, [...s, x!]);
    await publish(coord);
    const leaked = subtract(
      await figure(A, 1, 'post', 'participant'),
      await figure(B, 1, 'post', 'participant'),
    );
    expect(
      leaked,
      `x's post score came back as ${leaked} (x answered ${scoreOf(5)})`,
    ).toBeUndefined();
  }, 120_000);
});
