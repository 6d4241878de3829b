import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Auditor, CellAudit, type AuditedCell } from './audit.js';

/**
 * A system of linked tables over a grid of up to three dimensions: every margin (each subset of
 * the dimensions) of the finest cells present, as the release builds them (a cell exists only
 * when someone is in it; its parts are distinct finest cells).
 */
function linkedSystem(sizes: readonly number[], counts: readonly number[]): AuditedCell[] {
  const finest: { coordinates: number[]; n: number }[] = [];
  const total = sizes.reduce((a, b) => a * b, 1);
  for (let index = 0; index < total; index++) {
    const n = counts[index % counts.length]!;
    if (n === 0) continue;
    let rest = index;
    const coordinates = sizes.map((size) => {
      const c = rest % size;
      rest = Math.floor(rest / size);
      return c;
    });
    finest.push({ coordinates, n });
  }
  const cells: AuditedCell[] = [];
  for (let subset = 0; subset < 1 << sizes.length; subset++) {
    const byKey = new Map<string, AuditedCell & { parts: number[] }>();
    finest.forEach((f, part) => {
      const key = f.coordinates.map((c, d) => (subset & (1 << d) ? c : '*')).join(',');
      const cell = byKey.get(key) ?? byKey.set(key, { parts: [], n: 0 }).get(key)!;
      cell.parts.push(part);
      cell.n += f.n;
    });
    cells.push(...byKey.values());
  }
  return cells;
}

const system = fc
  .tuple(
    fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 2, maxLength: 3 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 40 }),
  )
  .map(([sizes, counts]) => linkedSystem(sizes, counts))
  .filter((cells) => cells.length > 0);

describe('CellAudit', () => {
  it('finds the bounds the one-shot audit finds, after every hide and show (property)', async () => {
    const auditor = await Auditor.create();
    await fc.assert(
      fc.asyncProperty(
        system,
        fc.array(fc.tuple(fc.nat(), fc.boolean(), fc.nat()), { minLength: 1, maxLength: 25 }),
        async (cells, steps) => {
          const hidden = cells.map(() => false);
          const audit = await CellAudit.create(cells, hidden);
          try {
            for (const [which, hide, asked] of steps) {
              const i = which % cells.length;
              hidden[i] = hide;
              audit.set(i, hide);
              const j = asked % cells.length;
              auditor.publish(
                cells.flatMap((c, c_) => (hidden[c_] ? [] : [{ parts: c.parts, value: c.n }])),
                cells.flatMap((c, c_) => (hidden[c_] ? [c.parts] : [])),
              );
              expect(audit.bounds(j)).toEqual(auditor.bounds(cells[j]!.parts));
            }
          } finally {
            audit.dispose();
          }
        },
      ),
      { numRuns: 120, seed: 20261206 },
    );
  });

  it('bounds a shown cell at its count and leaves a cell nothing bounds open to infinity', async () => {
    // Two finest cells, 3 and 4 people; the total 7 and both cells as a one-way table.
    const cells = [
      { parts: [0, 1], n: 7 },
      { parts: [0], n: 3 },
      { parts: [1], n: 4 },
    ];
    const audit = await CellAudit.create(cells, [false, false, false]);
    try {
      expect(audit.bounds(1)).toEqual({ low: 3, high: 3 });
      // Hiding one cell: the total and the other give it away.
      audit.set(1, true);
      expect(audit.bounds(1)).toEqual({ low: 3, high: 3 });
      // Hiding both: each is between 1 (it is listed) and 6.
      audit.set(2, true);
      expect(audit.bounds(1)).toEqual({ low: 1, high: 6 });
      // Hiding the total as well: nothing bounds them from above.
      audit.set(0, true);
      expect(audit.bounds(2)).toEqual({ low: 1, high: Infinity });
      // Showing the total again brings the bound back, from the kept basis.
      audit.set(0, false);
      expect(audit.bounds(2)).toEqual({ low: 1, high: 6 });
    } finally {
      audit.dispose();
    }
  });

  it('bounds an unbounded cell after a hot start that HiGHS leaves undecided', async () => {
    // Seven people in roles a/b and units u1-u3, every margin: the sequence of hides, shows and
    // bounds a protection ran (found by the release's property test). At its end HiGHS, starting
    // from the kept basis, reports "unknown" for the unbounded maximum of unit u2; solved again
    // from nothing it is unbounded.
    const cells = [
      { parts: [0, 1, 2, 3, 4], n: 7 },
      { parts: [0, 1, 3], n: 5 },
      { parts: [2, 4], n: 2 },
      { parts: [0, 2], n: 4 },
      { parts: [1, 4], n: 2 },
      { parts: [3], n: 1 },
      { parts: [0], n: 3 },
      { parts: [2], n: 1 },
      { parts: [1], n: 1 },
      { parts: [4], n: 1 },
      { parts: [3], n: 1 },
    ];
    const steps: (['set', number, boolean] | ['bounds', number])[] = [
      ['bounds', 2],
      ['set', 1, true],
      ['bounds', 2],
      ['set', 1, false],
      ['set', 0, true],
      ['bounds', 2],
      ['set', 0, false],
      ['set', 0, true],
      ['bounds', 3],
      ['bounds', 4],
      ['bounds', 5],
      ['set', 1, true],
      ['bounds', 5],
      ['set', 1, false],
      ['set', 1, true],
      ['bounds', 6],
      ['bounds', 7],
      ['bounds', 8],
      ['bounds', 9],
      ['bounds', 10],
      ['bounds', 2],
      ['bounds', 3],
      ['bounds', 4],
      ['bounds', 5],
      ['bounds', 6],
      ['bounds', 7],
      ['bounds', 8],
      ['bounds', 9],
      ['bounds', 10],
      ['set', 0, false],
      ['bounds', 2],
      ['set', 0, true],
      ['set', 1, false],
      ['bounds', 2],
      ['bounds', 3],
      ['bounds', 4],
    ];
    const hidden = cells.map((_, i) => i >= 2);
    const auditor = await Auditor.create();
    const audit = await CellAudit.create(cells, hidden);
    try {
      for (const step of steps) {
        if (step[0] === 'set') {
          hidden[step[1]] = step[2];
          audit.set(step[1], step[2]);
          continue;
        }
        auditor.publish(
          cells.flatMap((c, i) => (hidden[i] ? [] : [{ parts: c.parts, value: c.n }])),
          cells.flatMap((c, i) => (hidden[i] ? [c.parts] : [])),
        );
        expect(audit.bounds(step[1])).toEqual(auditor.bounds(cells[step[1]]!.parts));
      }
      expect(audit.bounds(4)).toEqual({ low: 2, high: Infinity });
    } finally {
      audit.dispose();
    }
  });

  it('says when the counts contradict each other, instead of bounding anything', async () => {
    // The total says 5, its two cells 3 and 4: no counts fit.
    const cells = [
      { parts: [0, 1], n: 5 },
      { parts: [0], n: 3 },
      { parts: [1], n: 4 },
    ];
    const audit = await CellAudit.create(cells, [false, false, false]);
    try {
      expect(() => audit.bounds(0)).toThrow(
        /infeasible for 3 cells: the published counts contradict each other/,
      );
    } finally {
      audit.dispose();
    }
  });
});
