import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureJson, readLimits } from './limits.js';

const UNBOUNDED = { maxDepth: Infinity, maxSize: Infinity };
const measured = (value: unknown, limits = UNBOUNDED) => measureJson(value, limits);

describe('measureJson', () => {
  it('counts the length of the compact JSON text and the depth', () => {
    const value = { a: [1, true, null, 'x'], b: { c: -0.5e-7 }, '': [] };
    expect(measured(value)).toEqual({ ok: true, length: JSON.stringify(value).length, depth: 2 });
    expect(measured('text')).toEqual({ ok: true, length: 6, depth: 0 });
    expect(measured([])).toEqual({ ok: true, length: 2, depth: 1 });
  });

  it('gives the length JSON.stringify gives when nothing is escaped', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        const result = measured(value);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        // Escapes count at 6 characters each: an upper bound, and exact without escapes.
        expect(result.length).toBeGreaterThanOrEqual(text.length);
        if (!text.includes('\\')) expect(result.length).toBe(text.length);
      }),
    );
  });

  it('stops at the depth limit with the pointer of the value too deep', () => {
    expect(measured({ a: { 'b/c': [{ '~': 1 }] } }, { maxDepth: 3, maxSize: 100 })).toEqual({
      ok: false,
      issue: {
        path: '/a/b~1c/0',
        code: 'depth-limit-exceeded',
        message: 'Objects and arrays are nested more than 3 deep (the limit maxDepth).',
      },
    });
    expect(measured([[[]]], { maxDepth: 3, maxSize: 100 }).ok).toBe(true);
  });

  it('stops at the length limit after at most the limit of work, DAGs counted in full', () => {
    // 2^60 paths through 60 shared arrays: the walk stops as soon as the count passes the limit.
    let dag: unknown = 'leaf';
    for (let i = 0; i < 60; i++) dag = [dag, dag];
    expect(measured(dag, { maxDepth: 100, maxSize: 10_000 })).toMatchObject({
      ok: false,
      issue: { path: '', code: 'size-limit-exceeded' },
    });
  });

  it('refuses what JSON cannot hold, naming where', () => {
    const cases: [unknown, string, string][] = [
      [{ a: Number.POSITIVE_INFINITY }, '/a', 'not-json'],
      [[1, undefined], '/1', 'not-json'],
      [{ f: () => 1 }, '/f', 'not-json'],
      [{ s: Symbol('s') }, '/s', 'not-json'],
      [{ n: 1n }, '/n', 'not-json'],
      [['\udbff'], '/0', 'invalid-unicode'],
      [{ '\udbffx': 1 }, '/\udbffx', 'invalid-unicode'],
    ];
    for (const [value, path, code] of cases)
      expect(measured(value)).toMatchObject({ ok: false, issue: { path, code } });
    const cycle: unknown[] = [];
    cycle.push({ back: cycle });
    expect(measured(cycle)).toMatchObject({
      ok: false,
      issue: { path: '/0/back', code: 'not-json' },
    });
    // A member that is undefined is left out, as JSON.stringify leaves it out; toJSON applies.
    expect(measured({ a: undefined, d: new Date(0) })).toEqual({
      ok: true,
      length: JSON.stringify({ d: new Date(0) }).length + 1,
      depth: 1,
    });
    // Valid surrogate pairs are fine.
    expect(measured('😀').ok).toBe(true);
  });

  it('uses no recursion: 200,000 levels are measured without a stack overflow', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(measured(deep)).toMatchObject({ ok: true, depth: 200_000 });
  });
});

describe('readLimits', () => {
  it('takes the defaults, the caller’s whole numbers and Infinity', () => {
    expect(readLimits(undefined, '/limits').limits).toEqual({
      maxDepth: 32,
      maxSize: 1_000_000,
      maxProofs: 8,
    });
    expect(readLimits({ maxDepth: 5, maxSize: Infinity }, '/limits')).toEqual({
      limits: { maxDepth: 5, maxSize: Infinity, maxProofs: 8 },
      issues: [],
    });
    expect(readLimits({ maxProofs: 0 }, '/limits').issues.map((i) => i.path)).toEqual([
      '/limits/maxProofs',
    ]);
  });
});
