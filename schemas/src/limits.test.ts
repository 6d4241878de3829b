import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as validators from './validators.js';
import type { CompiledValidator } from './generated/validators.js';
import { toIssues } from './issues.js';
import {
  DEFAULT_LIMITS,
  IssueList,
  capIssues,
  checkLimits,
  checkObjectArgument,
  collectIssues,
  resolveLimits,
  resolveParseOptions,
  responseWithinLimits,
  validateWithLimits,
} from './limits.js';

const root = join(import.meta.dirname, '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const sample = readJson(join(root, 'examples', 'framework', 'valid', 'sample.json')) as Record<
  string,
  unknown
>;
const KEBAB = /^[a-z]+(?:-[a-z]+)*$/;

/** Every example document with its validator. */
function examples(): { name: string; validate: CompiledValidator<unknown>; doc: unknown }[] {
  const out = [];
  for (const dir of readdirSync(join(root, 'examples'))) {
    const name = `validate${dir
      .split('-')
      .map((p) => p[0]!.toUpperCase() + p.slice(1))
      .join('')}`;
    const validate = (validators as Record<string, CompiledValidator<unknown>>)[name];
    if (!validate) continue;
    for (const kind of ['valid', 'invalid']) {
      for (const file of readdirSync(join(root, 'examples', dir, kind))) {
        out.push({
          name: `${dir}/${kind}/${file}`,
          validate,
          doc: readJson(join(root, 'examples', dir, kind, file)),
        });
      }
    }
  }
  return out;
}

describe('compiled validators: bounded work', () => {
  it('report 8,000 empty competences (the reproduction) with every error when unbounded', () => {
    const doc = { ...sample, competences: Array.from({ length: 8000 }, () => ({})) };
    expect(validators.validateFramework(doc)).toBe(false);
    // Five required properties per competence: ajv's errors are merged without copying.
    expect(validators.validateFramework.errors).toHaveLength(40000);
  });

  it('stop at maxErrors, with a placeholder that toIssues turns into too-many-issues', () => {
    const doc = { ...sample, competences: Array.from({ length: 8000 }, () => ({})) };
    expect(validators.validateFramework(doc, { maxErrors: 50 })).toBe(false);
    const errors = validators.validateFramework.errors!;
    expect(errors).toHaveLength(51);
    expect(errors.at(-1)!.keyword).toBe('errorLimit');
    const issues = toIssues(errors, { maxIssues: 100 });
    expect(issues).toHaveLength(51);
    expect(issues.at(-1)).toMatchObject({ path: '', code: 'too-many-issues' });
  });

  it('give the same verdict and the same first errors whatever the budget, for every example', () => {
    for (const { name, validate, doc } of examples()) {
      const valid = validate(doc);
      const all = validate.errors ?? [];
      for (const maxErrors of [0, 1, 2, 3, 10]) {
        expect(validate(doc, { maxErrors }), `${name} with maxErrors ${maxErrors}`).toBe(valid);
        const some = (validate.errors ?? []).filter((e) => e.keyword !== 'errorLimit');
        expect(all.slice(0, some.length), name).toEqual(some);
      }
    }
  });

  it('give the same verdict whatever the budget for mutated documents (property)', () => {
    const docs = examples();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: docs.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 }),
        fc.nat({ max: 5 }),
        (index, mutations, maxErrors) => {
          const { validate, doc } = docs[index]!;
          const copy = structuredClone(doc) as unknown;
          mutate(copy, mutations);
          const valid = validate(copy);
          const all = validate.errors ?? [];
          expect(validate(copy, { maxErrors })).toBe(valid);
          const some = (validate.errors ?? []).filter((e) => e.keyword !== 'errorLimit');
          expect(all.slice(0, some.length)).toEqual(some);
        },
      ),
      { numRuns: 300, seed: 12 },
    );
  });
});

/** Replaces values deep in `doc`, chosen by the numbers, with the given JSON values. */
function mutate(doc: unknown, mutations: [number, unknown][]): void {
  for (const [choice, value] of mutations) {
    let node = doc;
    let n = choice;
    for (let depth = 0; depth < 6; depth++) {
      if (!node || typeof node !== 'object') break;
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[n % keys.length]!;
      n = Math.floor(n / keys.length);
      const child = (node as Record<string, unknown>)[key];
      if (n % 3 === 0 || !child || typeof child !== 'object') {
        (node as Record<string, unknown>)[key] = value;
        break;
      }
      node = child;
    }
  }
}

describe('uniqueItems in linear time', () => {
  const locales = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      let tag = '';
      for (let k = i; tag.length < 4; k = Math.floor(k / 26))
        tag += 'abcdefghijklmnopqrstuvwxyz'[k % 26];
      return `de-${tag[0]!.toUpperCase()}${tag.slice(1)}`;
    });

  it('accept 30,000 distinct locales (the reproduction) and name a repeat among them', () => {
    const distinct = locales(30000);
    expect(new Set(distinct).size).toBe(30000);
    // The schema accepts the list (the texts missing in these locales are parseFramework's rule).
    expect(validators.validateFramework({ ...sample, locales: distinct })).toBe(true);
    const repeated = [...distinct, distinct[17]!];
    validators.validateFramework({ ...sample, locales: repeated });
    expect(toIssues(validators.validateFramework.errors)).toContainEqual({
      path: '/locales/30000',
      code: 'duplicate-item',
      message: 'Item 30000 repeats item 17.',
    });
  });

  it('report the last repeated item and the nearest earlier copy, as the pairwise check did', () => {
    validators.validateFramework({ ...sample, locales: ['en', 'de', 'en', 'it', 'de', 'en'] });
    const duplicates = toIssues(validators.validateFramework.errors).filter(
      (i) => i.code === 'duplicate-item',
    );
    expect(duplicates).toEqual([
      { path: '/locales/5', code: 'duplicate-item', message: 'Item 5 repeats item 2.' },
    ]);
  });

  it('are no longer compiled as pairwise loops', () => {
    const source = readFileSync(join(root, 'src', 'generated', 'validators.js'), 'utf8');
    expect(source).not.toMatch(/keyword: "uniqueItems"/);
    expect(source).not.toMatch(/vErrors\.concat\(/);
    // The published schemas keep the keyword, for every other validator.
    expect(readFileSync(join(root, 'framework.schema.json'), 'utf8')).toMatch(
      /"uniqueItems": true/,
    );
  });
});

describe('checkLimits', () => {
  const tight = {
    ...DEFAULT_LIMITS,
    maxItems: 3,
    maxProperties: 3,
    maxStringLength: 5,
    maxDepth: 3,
  };

  it('accepts every example document with the default limits', () => {
    for (const { name, doc } of examples()) expect(checkLimits(doc), name).toEqual([]);
  });

  it('gives each limit its own code, the path and how to raise it', () => {
    const issues = checkLimits(
      { a: [1, 2, 3, 4], b: { w: 1, x: 2, y: 3, z: 4 }, 'c/d': 'too long', e: [[[[1]]]] },
      tight,
    );
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: '', code: 'properties-limit-exceeded' },
    ]);
    const nested = checkLimits(
      { a: [1, 2, 3, 4], b: { w: 1, x: 2, y: 3, z: 4 }, 'c/d': { 'long key': 'too long' } },
      tight,
    );
    expect(nested.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: '/a', code: 'items-limit-exceeded' },
      { path: '/b', code: 'properties-limit-exceeded' },
      { path: '/c~1d/long key', code: 'string-limit-exceeded' },
      { path: '/c~1d/long key', code: 'string-limit-exceeded' },
    ]);
    expect(nested[0]!.message).toBe(
      'This array has 4 items; at most 3 are read (raise options.limits.maxItems to accept more).',
    );
    expect(checkLimits({ a: [[[1]]] }, tight)).toEqual([
      {
        path: '/a/0/0',
        code: 'depth-limit-exceeded',
        message:
          'This value is nested 4 levels deep; at most 3 levels are read (raise options.limits.maxDepth to accept more).',
      },
    ]);
  });

  it('stops at maxSize, for values and for JSON text', () => {
    const limits = { ...DEFAULT_LIMITS, maxSize: 100 };
    const big = { list: Array.from({ length: 1000 }, () => 'abc') };
    const issues = checkLimits(big, limits);
    expect(issues).toEqual([
      {
        path: '',
        code: 'size-limit-exceeded',
        message:
          'The document is longer than 100 characters of JSON; at most 100 are read (raise options.limits.maxSize to accept more).',
      },
    ]);
    expect(checkLimits(JSON.stringify(big), limits)[0]!.code).toBe('size-limit-exceeded');
    expect(checkLimits('{}', limits)).toEqual([]);
  });

  it('reads a 100,000-deep nesting without recursion trouble and without polluting', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(checkLimits(deep)).toMatchObject([{ code: 'depth-limit-exceeded' }]);
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x"}') as unknown;
    expect(checkLimits(hostile)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists at most maxIssues, then too-many-issues', () => {
    const many = Array.from({ length: 500 }, () => 'x'.repeat(10));
    const issues = checkLimits(many, { ...tight, maxItems: 1000, maxIssues: 10 });
    expect(issues).toHaveLength(11);
    expect(issues.at(-1)).toEqual({
      path: '',
      code: 'too-many-issues',
      message:
        '490 more issue(s) not listed: at most 10 are (raise options.limits.maxIssues to list more); fix the ones above and parse again.',
    });
  });
});

describe('validateWithLimits', () => {
  it('checks the limits first, then the schema, and caps the issues', () => {
    expect(validateWithLimits(validators.validateFramework, sample)).toEqual({
      ok: true,
      value: sample,
    });
    const tooBig = validateWithLimits(validators.validateFramework, sample, {
      ...DEFAULT_LIMITS,
      maxSize: 1000,
    });
    expect(tooBig).toMatchObject({ ok: false, issues: [{ code: 'size-limit-exceeded' }] });
    const empty = { ...sample, competences: Array.from({ length: 8000 }, () => ({})) };
    const result = validateWithLimits(validators.validateFramework, empty);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(DEFAULT_LIMITS.maxIssues + 1);
    expect(result.issues.at(-1)!.code).toBe('too-many-issues');
    for (const issue of result.issues) expect(issue.code).toMatch(KEBAB);
  });

  it('records enough errors for maxIssues issues where each issue folds an anyOf', () => {
    // Every cell a string: each place fails both alternatives of an anyOf (three errors that
    // toIssues folds into one issue). The error budget must still give maxIssues issues.
    const report = JSON.parse(
      readFileSync(join(root, 'examples', 'needs-report', 'valid', 'ravenna.json'), 'utf8'),
    ) as { groupResults: { rows: { cells: unknown[] }[] } };
    const row = report.groupResults.rows[0]!;
    row.cells = Array.from({ length: 400 }, () => 'x');
    const result = validateWithLimits(validators.validateNeedsReport, report);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(DEFAULT_LIMITS.maxIssues + 1);
    expect(result.issues.slice(0, -1).every((i) => /\/cells\/\d+$/.test(i.path))).toBe(true);
    expect(new Set(result.issues.map((i) => i.path)).size).toBe(result.issues.length);
    expect(result.issues.at(-1)!.code).toBe('too-many-issues');
  });

  it('never throws and keeps the contract on hostile documents up to 1 MB (property)', () => {
    fc.assert(
      fc.property(hostileDocument(), (doc) => {
        const result = validateWithLimits(validators.validateFramework, doc);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThan(0);
        expect(result.issues.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxIssues + 1);
        for (const { path, code, message } of result.issues) {
          expect(code).toMatch(KEBAB);
          expect(path).toMatch(/^(\/[^/]*)*$/);
          expect(message.length).toBeGreaterThan(0);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});

/** Hostile variants of the sample framework: deep, wide, long, full of errors, prototype keys. */
function hostileDocument(): fc.Arbitrary<unknown> {
  const n = fc.integer({ min: 1, max: 30_000 });
  return fc.oneof(
    n.map((k) => ({ ...sample, competences: Array.from({ length: k }, () => ({})) })),
    n.map((k) => ({ ...sample, domains: Array.from({ length: k }, (_, i) => ({ id: i })) })),
    n.map((k) => {
      let deep: unknown = 'x';
      for (let i = 0; i < k; i++) deep = { a: deep };
      return { ...sample, title: deep };
    }),
    n.map((k) => ({ ...sample, title: { en: 'x'.repeat(20_001 + k * 30) } })),
    n.map((k) => ({
      ...sample,
      extra: Object.fromEntries(Array.from({ length: k }, (_, i) => [`k${i}`, i])),
    })),
    n.map((k) => ({ ...sample, locales: Array.from({ length: k }, () => 'en') })),
    fc.constant(
      JSON.parse(
        '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": 1}}}',
      ),
    ),
  );
}

describe('responseWithinLimits', () => {
  const response = (answers: unknown[], extra: Record<string, unknown> = {}) => ({
    instrument: { id: 'https://example.org/i', version: '1.0.0' },
    respondent: 'p-1',
    roleProfile: 'front-desk',
    phase: 'baseline',
    submittedAt: '2027-03-02T09:24:31+01:00',
    answers,
    ...extra,
  });
  const answers = [
    { item: 'l1', value: 4 },
    { item: 'l2', value: 12 },
    { item: 's1', value: 'b' },
    { item: 'm1', value: ['a', 'c'] },
    { item: 'x1', skipped: true, reason: 'declined' },
  ];

  it('proves an ordinary response within the limits, and agrees with checkLimits', () => {
    const doc = response(answers);
    expect(responseWithinLimits(doc, DEFAULT_LIMITS)).toBe(true);
    expect(checkLimits(doc, DEFAULT_LIMITS)).toEqual([]);
  });

  it('leaves to checkLimits whatever it does not know or what a limit refuses', () => {
    const no = (doc: unknown, limits = DEFAULT_LIMITS) =>
      expect(responseWithinLimits(doc, limits)).toBe(false);
    // Shapes it does not read: the full pass decides (here: nothing wrong, or not a response).
    no(response(answers, { extra: { deep: [[[]]] } }));
    no(response([{ item: 'a', value: { nested: true } }]));
    no(response([{ item: 'a', value: null }]));
    no(response([null]));
    no(response([[]]));
    no('{"answers":[]}');
    no([]);
    no(Object.assign(Object.create({ inherited: 1 }) as object, response(answers)));
    // Limits reached: each of these is one checkLimits reports.
    no(response(answers), { ...DEFAULT_LIMITS, maxDepth: 3 });
    no(response(answers), { ...DEFAULT_LIMITS, maxItems: 4 });
    no(response(answers), { ...DEFAULT_LIMITS, maxProperties: 5 });
    no(response(answers), { ...DEFAULT_LIMITS, maxStringLength: 10 });
    no(response(answers), { ...DEFAULT_LIMITS, maxSize: 200 });
    expect(checkLimits(response(answers), { ...DEFAULT_LIMITS, maxSize: 200 })).toHaveLength(1);
  });

  it('refuses one below each limit that checkLimits needs (property, at the boundaries)', () => {
    const text = fc.string({ minLength: 1, maxLength: 12 });
    const value = fc.oneof(
      fc.integer({ min: -20000, max: 20000 }),
      text,
      fc.array(text, { minLength: 1, maxLength: 6 }),
      fc.boolean(),
    );
    const answer = fc.oneof(
      fc.record({ item: text, value }),
      fc.record({ item: text, skipped: fc.boolean(), reason: text }),
    );
    const doc = fc.record(
      {
        instrument: fc.record({ id: text, version: text }),
        respondent: text,
        phase: text,
        answers: fc.array(answer, { minLength: 1, maxLength: 8 }),
      },
      { requiredKeys: ['answers'] },
    );
    const names = ['maxSize', 'maxStringLength', 'maxItems', 'maxProperties', 'maxDepth'] as const;
    fc.assert(
      fc.property(doc, (input) => {
        expect(responseWithinLimits(input, DEFAULT_LIMITS)).toBe(true);
        for (const name of names) {
          // The smallest value of this limit that checkLimits accepts (it only grows with it).
          const ok = (at: number) =>
            checkLimits(input, { ...DEFAULT_LIMITS, [name]: at }).length === 0;
          let low = 0;
          let high = 100_000;
          while (low < high) {
            const middle = Math.floor((low + high) / 2);
            if (ok(middle)) high = middle;
            else low = middle + 1;
          }
          // Exact at the boundary, except depth: it wants room for lists of option ids always.
          if (name !== 'maxDepth')
            expect(responseWithinLimits(input, { ...DEFAULT_LIMITS, [name]: low })).toBe(true);
          if (low > 0)
            expect(responseWithinLimits(input, { ...DEFAULT_LIMITS, [name]: low - 1 })).toBe(false);
        }
      }),
      { numRuns: 400, seed: 20261206 },
    );
  });

  it('never answers true where checkLimits finds something (property, tight limits)', () => {
    const text = fc.string({ maxLength: 12 });
    const value = fc.oneof(
      fc.integer({ min: -2000, max: 2000 }),
      fc.double({ noNaN: true }),
      text,
      fc.array(text, { maxLength: 6 }),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.array(text, { maxLength: 2 }), { maxLength: 2 }),
    );
    const answer = fc.oneof(
      fc.record({ item: text, value }, { requiredKeys: ['item'] }),
      fc.record({ item: text, skipped: fc.boolean(), reason: text }, { requiredKeys: [] }),
      fc.dictionary(text, value, { maxKeys: 5 }),
      value,
    );
    const doc = fc.oneof(
      fc.record(
        {
          instrument: fc.oneof(
            fc.record({ id: text, version: text }, { requiredKeys: [] }),
            fc.dictionary(text, value, { maxKeys: 4 }),
          ),
          respondent: text,
          phase: text,
          submittedAt: text,
          answers: fc.array(answer, { maxLength: 8 }),
        },
        { requiredKeys: [] },
      ),
      fc.dictionary(text, fc.oneof(value, fc.array(answer, { maxLength: 4 })), { maxKeys: 9 }),
    );
    // Each limit tight (around the generated sizes) or at its default.
    const limit = (max: number, fallback: number) =>
      fc.oneof(fc.integer({ min: 0, max }), fc.constant(fallback));
    const limits = fc.record({
      maxItems: limit(8, DEFAULT_LIMITS.maxItems),
      maxProperties: limit(9, DEFAULT_LIMITS.maxProperties),
      maxStringLength: limit(12, DEFAULT_LIMITS.maxStringLength),
      maxDepth: limit(6, DEFAULT_LIMITS.maxDepth),
      maxSize: limit(600, DEFAULT_LIMITS.maxSize),
    });
    let proved = 0;
    fc.assert(
      fc.property(doc, limits, (input, tight) => {
        const all = { ...DEFAULT_LIMITS, ...tight };
        if (!responseWithinLimits(input, all)) return;
        proved++;
        expect(checkLimits(input, all)).toEqual([]);
      }),
      { numRuns: 3000, seed: 20261206 },
    );
    // The property is not empty: a good share of the documents was proved within the limits.
    expect(proved).toBeGreaterThan(100);
  });
});

describe('options', () => {
  it('resolve over the defaults', () => {
    expect(resolveLimits({ maxSize: 10, maxItems: Infinity })).toEqual({
      ...DEFAULT_LIMITS,
      maxSize: 10,
      maxItems: Infinity,
    });
    expect(resolveParseOptions(undefined)).toEqual(DEFAULT_LIMITS);
    expect(resolveParseOptions({})).toEqual(DEFAULT_LIMITS);
  });

  it('throw a TypeError naming a wrong option', () => {
    expect(() => resolveLimits({ maxSize: -1 })).toThrow(
      new TypeError(
        'options.limits.maxSize must be a positive whole number or Infinity; got a number.',
      ),
    );
    expect(() => resolveLimits({ maxIssues: Infinity })).toThrow(
      /maxIssues must be a positive whole number;/,
    );
    expect(() => resolveLimits({ maxItem: 3 } as never)).toThrow(/maxItem is not a limit/);
    expect(() => resolveParseOptions(null as never)).toThrow(TypeError);
    expect(() => resolveParseOptions({ limits: 'big' } as never)).toThrow(
      /options.limits must be an object/,
    );
  });
});

describe('IssueList and capIssues', () => {
  it('keep maxIssues issues and count the rest', () => {
    const list = new IssueList(2);
    for (let i = 0; i < 5; i++) list.add({ path: `/${i}`, code: 'x', message: 'm' });
    expect(list.full).toBe(true);
    expect(list.count).toBe(5);
    expect(list.list().map((i) => i.code)).toEqual(['x', 'x', 'too-many-issues']);
    const issues = Array.from({ length: 3 }, () => ({ path: '', code: 'x', message: 'm' }));
    expect(capIssues(issues, 3)).toBe(issues);
    expect(capIssues(issues, 1).at(-1)!.message).toMatch(/^2 more issue\(s\) not listed/);
  });
});

describe('toIssues: a value of no allowed form', () => {
  const answer = (value: unknown) => ({
    $schema: 'https://w3id.org/competence-kit/schemas/response/v1',
    instrument: { id: 'https://example.org/i', version: '1.0.0' },
    respondent: 'r-1',
    submitted: '2026-03-01T09:30:00Z',
    answers: [{ item: 'q1', value }],
  });
  const issuesAt = (value: unknown) => {
    validators.validateResponse(answer(value));
    return toIssues(validators.validateResponse.errors).filter(
      (i) => i.path === '/answers/0/value',
    );
  };

  it('an answer value says which types it may have, and each type its length', () => {
    expect(issuesAt(true)).toEqual([
      {
        path: '/answers/0/value',
        code: 'invalid-type',
        message: 'Expected an integer, a string or an array.',
      },
    ]);
    expect(issuesAt('x'.repeat(20001))).toEqual([
      { path: '/answers/0/value', code: 'too-long', message: 'Expected at most 20000 characters.' },
    ]);
    expect(issuesAt(Array.from({ length: 51 }, () => 'a'))).toEqual([
      { path: '/answers/0/value', code: 'too-many-items', message: 'Expected at most 50 item(s).' },
    ]);
  });

  it('a failed anyOf becomes one kebab-case issue naming each alternative', () => {
    const at = (keyword: string, schemaPath: string, params: Record<string, unknown>) => ({
      instancePath: '/x',
      schemaPath,
      keyword,
      params,
    });
    expect(
      toIssues([
        at('type', '#/anyOf/0/type', { type: 'integer' }),
        at('maxLength', '#/anyOf/1/maxLength', { limit: 5 }),
        at('anyOf', '#/anyOf', {}),
      ]),
    ).toEqual([
      {
        path: '/x',
        code: 'invalid-value',
        message: 'Expected an integer or a string of at most 5 characters.',
      },
    ]);
    expect(
      toIssues([
        at('required', '#/anyOf/0/required', { missingProperty: 'a' }),
        at('required', '#/anyOf/1/required', { missingProperty: 'b' }),
        at('anyOf', '#/anyOf', {}),
      ]),
    ).toEqual([
      {
        path: '/x',
        code: 'invalid-value',
        message: 'Expected an object with "a" or an object with "b".',
      },
    ]);
  });
});

describe('collectIssues', () => {
  it('stops the rules at the first issue past maxIssues', () => {
    let checked = 0;
    const issues = collectIssues(3, (report) => {
      for (let i = 0; i < 1_000_000; i++) {
        checked++;
        report({ path: `/${i}`, code: 'x', message: 'm' });
      }
    });
    expect(checked).toBe(4);
    expect(issues.map((i) => i.code)).toEqual(['x', 'x', 'x', 'too-many-issues']);
    expect(issues.at(-1)!.message).toMatch(/^More issues were found and not listed: at most 3/);
    expect(collectIssues(3, () => {})).toEqual([]);
    expect(() =>
      collectIssues(3, () => {
        throw new Error('a bug');
      }),
    ).toThrow('a bug');
  });
});

describe('checkObjectArgument', () => {
  it('throws a TypeError naming the function, the argument and what was expected', () => {
    expect(() => checkObjectArgument('parseX', 'framework', null, 'a Framework')).toThrow(
      new TypeError('parseX: the argument "framework" must be a Framework (an object); got null.'),
    );
    expect(() => checkObjectArgument('parseX', 'list', [], 'a list', { optional: true })).toThrow(
      'must be a list (an object or undefined); got an array.',
    );
    expect(() =>
      checkObjectArgument('parseX', 'f', undefined, 'a F', { optional: true }),
    ).not.toThrow();
    expect(() => checkObjectArgument('parseX', 'f', {}, 'a F')).not.toThrow();
  });
});
