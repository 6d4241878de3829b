// Issue 12: parseFramework bounds its work. The reproductions are regression tests of the result
// and the contract; their times are measured in bench/ (parse-worst-case), never here.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '@competence-kit/schemas';
import { hostileDocuments, issueContractViolations } from '@competence-kit/schemas/testing';
import { parseFramework } from './parse.js';
import { sample } from './test-support/sample.js';

const codes = (result: ReturnType<typeof parseFramework>) =>
  result.ok ? [] : [...new Set(result.issues.map((i) => i.code))];

/** `n` distinct, well-formed locale tags: `de-Aaaa`, `de-Baaa`… */
const locales = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    let script = '';
    for (let k = i; script.length < 4; k = Math.floor(k / 26))
      script += 'abcdefghijklmnopqrstuvwxyz'[k % 26];
    return `de-${script[0]!.toUpperCase()}${script.slice(1)}`;
  });

describe('parseFramework: bounded work (issue 12)', () => {
  it('8,000 empty competences: 100 issues, then too-many-issues', () => {
    const result = parseFramework({
      ...sample(),
      competences: Array.from({ length: 8000 }, () => ({})),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(DEFAULT_LIMITS.maxIssues + 1);
    expect(result.issues[0]).toEqual({
      path: '/competences/0/id',
      code: 'required',
      message: 'Required property "id" is missing.',
    });
    expect(result.issues.at(-1)!.code).toBe('too-many-issues');
    expect(issueContractViolations(result)).toEqual([]);
  });

  it('40,000 extra keys in one descriptors object: over maxProperties, or bounded issues when raised', () => {
    const fw = sample();
    const descriptors = fw.competences[0]!.descriptors as Record<string, unknown>;
    for (let i = 0; i < 40_000; i++) descriptors[`k${i}`] = {};
    const result = parseFramework(fw);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: '/competences/0/descriptors',
          code: 'properties-limit-exceeded',
          message:
            'This object has 40004 keys; at most 10000 are read (raise options.limits.maxProperties to accept more).',
        },
      ],
    });
    const raised = parseFramework(fw, { limits: { maxProperties: 50_000, maxIssues: 10 } });
    expect(raised.ok).toBe(false);
    if (raised.ok) return;
    expect(raised.issues).toHaveLength(11);
    expect(raised.issues[0]).toMatchObject({ path: '/competences/0/descriptors/k0' });
    expect(raised.issues.at(-1)!.code).toBe('too-many-issues');
  });

  it('30,000 distinct locales: the missing translations, bounded; a repeat is a duplicate-item', () => {
    const many = parseFramework({ ...sample(), locales: locales(30_000) });
    // The default locale is not among them, and no text is in any of them.
    expect(codes(many)).toEqual(['unknown-reference', 'missing-translation', 'too-many-issues']);
    const repeated = parseFramework({ ...sample(), locales: ['en', 'de', 'en'] });
    expect(repeated).toEqual({
      ok: false,
      issues: [{ path: '/locales/2', code: 'duplicate-item', message: 'Item 2 repeats item 0.' }],
    });
  });

  it('stops the semantic rules at maxIssues (every competence × every level missing)', () => {
    const fw = sample();
    fw.scale.levels = Array.from({ length: 3000 }, (_, i) => ({
      id: `level-${i}`,
      rank: i + 1,
      title: { en: 'x', de: 'x' },
    }));
    const result = parseFramework(fw, { limits: { maxIssues: 5 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(6);
    expect(result.issues.at(-1)!.code).toBe('too-many-issues');
  });

  it('checks the options at the door', () => {
    expect(() => parseFramework(sample(), { limits: { maxDepth: 0 } })).toThrow(TypeError);
    expect(() => parseFramework(sample(), 'strict' as never)).toThrow(TypeError);
  });

  it('keeps the issue contract on hostile documents up to 1 MB (property)', () => {
    for (const { name, document } of hostileDocuments(sample(), { seed: 1, mutations: 30 })) {
      let result;
      expect(() => (result = parseFramework(document)), name).not.toThrow();
      expect(issueContractViolations(result!), name).toEqual([]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
