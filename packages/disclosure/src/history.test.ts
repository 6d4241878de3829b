import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Result } from '@competence-kit/schemas';
import { seededRandom } from '@competence-kit/schemas/testing';
import { buildRelease, type Release } from './release.js';
import { ReleaseRefused, type ReleaseLedger } from './ledger.js';
import { framework, result, type Person } from './test-support/people.js';
import { attack } from './test-support/attack.js';

const plan = {
  population: 'test/staff',
  breakdowns: [[], ['roleProfile'], ['unit'], ['roleProfile', 'unit']] as const,
};
const options = (previous: ReleaseLedger[] = []) => ({
  framework,
  previous,
  random: seededRandom(5),
});

const person = (i: number, p: Omit<Person, 'respondent'>) => result({ respondent: `p-${i}`, ...p });

/** The sum of one competence's scores in a shown cell, as anyone reads it: mean × n. */
const sumOf = (release: Release, table: number, key: object) => {
  const cell = release.tables[table]!.cells.find(
    (c) => JSON.stringify(c.key) === JSON.stringify(key),
  )!;
  return cell.hidden ? null : cell.competences[0]!.mean! * cell.n!;
};

const thirty = Array.from({ length: 30 }, (_, i) =>
  person(i, {
    roleProfile: i % 2 === 0 ? 'a' : 'b',
    unit: i < 15 ? 'u1' : 'u2',
    score: ((i * 7) % 17) / 16,
  }),
);

/** The null space of a matrix (rows × width), by Gaussian elimination: a basis, as vectors. */
function nullSpace(rows: number[][], width: number): number[][] {
  const m = rows.map((r) => [...r]);
  const pivots: number[] = [];
  let r = 0;
  for (let col = 0; col < width && r < m.length; col++) {
    const p = m.findIndex((row, i) => i >= r && Math.abs(row[col]!) > 1e-9);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    const pivot = m[r]![col]!;
    m[r] = m[r]!.map((v) => v / pivot);
    for (let i = 0; i < m.length; i++)
      if (i !== r && Math.abs(m[i]![col]!) > 1e-9) {
        const factor = m[i]![col]!;
        m[i] = m[i]!.map((v, j) => v - factor * m[r]![j]!);
      }
    pivots.push(col);
    r++;
  }
  const basis: number[][] = [];
  for (let free = 0; free < width; free++) {
    if (pivots.includes(free)) continue;
    const z = Array<number>(width).fill(0);
    z[free] = 1;
    pivots.forEach((col, i) => (z[col] = -m[i]![free]!));
    basis.push(z);
  }
  return basis;
}

/**
 * The attacker across two releases, independent of the package: is there a combination of shown
 * figures of the first equal to one of the second (so its difference is known) whose finest
 * cells hold fewer than 5 changed contributions, but some? Tries every set T of changed finest
 * cells with fewer than 5 changes: a vector of both row spaces that is zero on every other
 * changed cell and not zero on T.
 */
function differenceLeaks(
  first: Release,
  second: Release,
  finest: string[],
  partsOf: (key: object) => number[],
  changes: number[],
): boolean {
  const rows = (release: Release) =>
    release.tables.flatMap((t) => t.cells.filter((c) => !c.hidden).map((c) => partsOf(c.key)));
  const a = rows(first);
  const b = rows(second);
  const width = a.length + b.length;
  const changed = finest.flatMap((_, f) => (changes[f]! > 0 ? [f] : []));
  const v = (z: number[], f: number) =>
    a.reduce((sum, row, i) => sum + (row.includes(f) ? z[i]! : 0), 0);
  for (let mask = 1; mask < 1 << changed.length; mask++) {
    const inT = changed.filter((_, i) => mask & (1 << i));
    if (inT.reduce((sum, f) => sum + changes[f]!, 0) >= 5) continue;
    const outside = changed.filter((f) => !inT.includes(f));
    const system = [
      // Aᵀx − Bᵀy = 0 on every finest cell
      ...finest.map((_, f) => [
        ...a.map((row) => (row.includes(f) ? 1 : 0)),
        ...b.map((row) => (row.includes(f) ? -1 : 0)),
      ]),
      // and (Aᵀx) = 0 on the changed cells outside T
      ...outside.map((f) => [...a.map((row) => (row.includes(f) ? 1 : 0)), ...b.map(() => 0)]),
    ];
    for (const z of nullSpace(system, width))
      if (inT.some((f) => Math.abs(v(z, f)) > 1e-9)) return true;
  }
  return false;
}

describe('releases over time', () => {
  it('two releases where one person left: without the ledger their score comes back by subtraction', async () => {
    const first = await buildRelease(thirty, plan, options());
    const left = thirty.slice(1); // p-0 (role a, unit u1) left
    const blind = await buildRelease(left, plan, options());
    // The attack on two releases that do not know of each other: the totals differ by p-0.
    const recovered = sumOf(first.release, 0, {})! - sumOf(blind.release, 0, {})!;
    expect(recovered).toBeCloseTo(thirty[0]!.competences[0]!.score!, 9);

    const checked = await buildRelease(left, plan, options([first.ledger]));
    // Every cell p-0 was in and the first release showed is hidden now: everyone, role a,
    // unit u1, role a × unit u1; the others are shown as before.
    const hidden = checked.release.tables.flatMap((t) =>
      t.cells.filter((c) => c.hidden).map((c) => c.key),
    );
    expect(hidden).toEqual(
      expect.arrayContaining([
        {},
        { roleProfile: 'a' },
        { unit: 'u1' },
        { roleProfile: 'a', unit: 'u1' },
      ]),
    );
    expect(checked.audit.differencing).toBe(4);
    expect(checked.ledger.sequence).toBe(2);
    // And the hidden ones cannot be recomputed from what is shown: each stays open over ≥ 5.
    for (const { interval, primary } of checked.audit.intervals)
      if (primary) expect(interval.high - interval.low).toBeGreaterThanOrEqual(5);
    for (const { low, high } of attack(checked.release, left))
      expect(high - low).toBeGreaterThanOrEqual(5);
  });

  it('the only person of a finest cell leaves: the cells that held them are hidden too', async () => {
    // p-30 is the only one in role c; the cells of role c are hidden, but everyone's, unit u1's
    // and, once p-30 has left, everyone's again would differ by p-30 alone.
    const withC = [...thirty, person(30, { roleProfile: 'c', unit: 'u1', score: 0.8125 })];
    const first = await buildRelease(withC, plan, options());
    expect(first.release.tables[0]!.cells[0]!.n).toBe(31);
    const { release, audit } = await buildRelease(thirty, plan, options([first.ledger]));
    const recovered = sumOf(first.release, 0, {})! - (sumOf(release, 0, {}) ?? NaN);
    expect(recovered).not.toBeCloseTo(0.8125, 9);
    expect(release.tables[0]!.cells[0]!.hidden).toBe(true);
    expect(audit.differencing).toBeGreaterThan(0);
    // Nor does unit u1 (or any other pair of figures of the two releases) give it back.
    const u1 = (r: Release) => sumOf(r, 2, { unit: 'u1' });
    expect(u1(first.release) === null || u1(release) === null).toBe(true);
  });

  it('a person who answered again counts as changed: their old and new scores are not differenced', async () => {
    const first = await buildRelease(thirty, plan, options());
    const again = thirty.map((r, i) =>
      i === 3
        ? person(3, {
            roleProfile: 'b',
            unit: 'u1',
            score: 0.9,
            submittedAt: '2027-05-01T10:00:00Z',
          })
        : r,
    );
    const { release, audit } = await buildRelease(again, plan, options([first.ledger]));
    expect(audit.differencing).toBeGreaterThan(0);
    expect(release.tables[0]!.cells[0]!.hidden).toBe(true);
    expect(release.tables[1]!.cells.find((c) => c.key.roleProfile === 'b')!.hidden).toBe(true);
  });

  it('when at least the threshold changed in every group, nothing more is hidden', async () => {
    const first = await buildRelease(thirty, plan, options());
    // Five new people in each of the four role × unit cells.
    const more = [
      ...thirty,
      ...Array.from({ length: 20 }, (_, i) =>
        person(100 + i, {
          roleProfile: i % 2 === 0 ? 'a' : 'b',
          unit: i % 4 < 2 ? 'u1' : 'u2',
          score: (i % 5) / 4,
        }),
      ),
    ];
    const { release, audit } = await buildRelease(more, plan, options([first.ledger]));
    expect(audit.differencing).toBe(0);
    expect(release.tables.every((t) => t.cells.every((c) => !c.hidden))).toBe(true);
  });

  it('ledgers survive JSON, and a third release is checked against both earlier ones', async () => {
    const first = await buildRelease(thirty, plan, options());
    const plusFive = [
      ...thirty,
      ...Array.from({ length: 20 }, (_, i) =>
        person(200 + i, {
          roleProfile: i % 2 ? 'b' : 'a',
          unit: i % 4 < 2 ? 'u1' : 'u2',
          score: 0.5,
        }),
      ),
    ];
    const second = await buildRelease(plusFive, plan, options([first.ledger]));
    const stored = JSON.parse(JSON.stringify([first.ledger, second.ledger])) as ReleaseLedger[];
    // p-0 leaves after the second release: a change of one since both.
    const third = await buildRelease(plusFive.slice(1), plan, options(stored));
    expect(third.ledger.sequence).toBe(3);
    expect(third.release.tables[0]!.cells[0]!.hidden).toBe(true);
  });

  it('refuses a plan that differs from the earlier releases, a missing ledger and a damaged one', async () => {
    const first = await buildRelease(thirty, plan, options());
    const second = await buildRelease(thirty, plan, options([first.ledger]));
    await expect(
      buildRelease(thirty, { ...plan, breakdowns: [[], ['unit']] }, options([first.ledger])),
    ).rejects.toMatchObject({ name: 'ReleaseRefused', reason: 'plan-differs' });
    await expect(
      buildRelease(thirty, { ...plan, minGroupSize: 6 }, options([first.ledger])),
    ).rejects.toBeInstanceOf(ReleaseRefused);
    await expect(buildRelease(thirty, plan, options([second.ledger]))).rejects.toMatchObject({
      reason: 'ledger-missing',
    });
    await expect(
      buildRelease(thirty, plan, options([{ ...first.ledger, contributions: [] } as never])),
    ).rejects.toThrow('Invalid release ledger at previous.0.contributions: expected an object');
    await expect(
      buildRelease(thirty, plan, options([{ ...first.ledger, format: 'v0' } as never])),
    ).rejects.toThrow('previous.0.format');
    const damaged = { ...first.ledger, determined: [['{"oops"'], [], [], []] };
    await expect(buildRelease(thirty, plan, options([damaged]))).rejects.toThrow(
      'Invalid release ledger at previous.0.determined.0.0: expected a JSON list of 0 values',
    );
    await expect(
      buildRelease(thirty, { ...plan, population: 'other' }, options([first.ledger])),
    ).rejects.toThrow(/previous\.0\.population.*another population/);
  });

  it('refuses, with the reason, a release that would have to hide everything', async () => {
    const few = thirty.slice(0, 6).map((r) => ({ ...r, roleProfile: 'a', unit: 'u1' }));
    const only = { population: 'test/staff', breakdowns: [[]] as const };
    const first = await buildRelease(few, only, options());
    expect(first.release.tables[0]!.cells[0]!.n).toBe(6);
    await expect(buildRelease(few.slice(1), only, options([first.ledger]))).rejects.toMatchObject({
      reason: 'nothing-left',
      message: expect.stringContaining('at least 5 more have changed'),
    });
  });

  it('no cell shown in two releases differs by fewer than the threshold of people (property)', async () => {
    const arbitraryPerson = fc.record({
      roleProfile: fc.constantFrom('a', 'a', 'b'),
      unit: fc.constantFrom('u1', 'u2', 'u2'),
      score: fc.integer({ min: 0, max: 4 }).map((s) => s / 4),
    });
    const change = fc.record({
      leave: fc.array(fc.nat(40), { maxLength: 4 }),
      join: fc.array(arbitraryPerson, { maxLength: 4 }),
      again: fc.array(fc.nat(40), { maxLength: 2 }),
    });
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbitraryPerson, { minLength: 10, maxLength: 30 }),
        change,
        async (list, { leave, join, again }) => {
          const before = list.map((p, i) => person(i, p));
          const after = [
            ...before
              .filter((_, i) => !leave.includes(i))
              .map((r, i) =>
                again.includes(i) ? { ...r, submittedAt: '2027-06-01T10:00:00Z' } : r,
              ),
            ...join.map((p, i) => person(1000 + i, p)),
          ];
          const first = await buildRelease(before, plan, options());
          let second;
          try {
            second = await buildRelease(after, plan, options([first.ledger]));
          } catch (error) {
            if (error instanceof ReleaseRefused && error.reason === 'nothing-left') {
              refused++;
              return;
            }
            throw error;
          }
          // The attacker's view, from the data, not from the ledger: each cell shown in both.
          const fingerprint = (r: Result) => `${r.respondent}@${r.submittedAt}`;
          const members = (data: Result[], key: Record<string, unknown>) =>
            new Set(
              data
                .filter((r) => Object.entries(key).every(([d, v]) => (r as never)[d] === v))
                .map(fingerprint),
            );
          second.release.tables.forEach((table, t) =>
            table.cells.forEach((cell) => {
              const earlier = first.release.tables[t]!.cells.find(
                (c) => JSON.stringify(c.key) === JSON.stringify(cell.key),
              );
              if (cell.hidden || !earlier || earlier.hidden) return;
              const a = members(before, cell.key);
              const b = members(after, cell.key);
              const changed =
                [...a].filter((x) => !b.has(x)).length + [...b].filter((x) => !a.has(x)).length;
              expect(changed === 0 || changed >= 5).toBe(true);
            }),
          );
          for (const { interval, primary } of second.audit.intervals)
            if (primary) expect(interval.high - interval.low).toBeGreaterThanOrEqual(5);
          // The exact attack: no difference of figures known from both releases comes down to
          // fewer than 5 changed contributions.
          const cellsOf = (data: Result[]) =>
            new Set(data.map((r) => `${r.roleProfile}|${r.unit}`));
          const finest = [...new Set([...cellsOf(before), ...cellsOf(after)])];
          const partsOf = (key: { roleProfile?: string | null; unit?: string | null }) =>
            finest.flatMap((f, i) => {
              const [role, unit] = f.split('|');
              return (key.roleProfile === undefined || key.roleProfile === role) &&
                (key.unit === undefined || key.unit === unit)
                ? [i]
                : [];
            });
          const changes = finest.map((f) => {
            const inCell = (data: Result[]) =>
              new Set(data.filter((r) => `${r.roleProfile}|${r.unit}` === f).map(fingerprint));
            const [a, b] = [inCell(before), inCell(after)];
            return [...a].filter((x) => !b.has(x)).length + [...b].filter((x) => !a.has(x)).length;
          });
          expect(differenceLeaks(first.release, second.release, finest, partsOf, changes)).toBe(
            false,
          );
        },
      ),
      { numRuns: 60, seed: 3 },
    );
    expect(refused).toBeLessThan(40);
  });
});
