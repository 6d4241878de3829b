// Issue 12: parseCatalogue bounds its work and checks its arguments at the door. Times are
// measured in bench/ (parse-worst-case), not here.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '@competence-kit/schemas';
import { hostileDocuments, issueContractViolations } from '@competence-kit/schemas/testing';
import { parseCatalogue } from './parse-catalogue.js';
import { sampleCatalogue, sampleFramework } from './test-support/fixtures.js';

describe('parseCatalogue (issue 12)', () => {
  it('8,000 empty modules: 100 issues, then too-many-issues', () => {
    const result = parseCatalogue({
      ...sampleCatalogue(),
      modules: Array.from({ length: 8000 }, () => ({})),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(DEFAULT_LIMITS.maxIssues + 1);
    expect(result.issues[0]).toMatchObject({ path: '/modules/0/id', code: 'required' });
    expect(result.issues.at(-1)!.code).toBe('too-many-issues');
  });

  it('a repeated module language is a duplicate-item at the repeat (checked in one pass)', () => {
    const catalogue = sampleCatalogue();
    catalogue.modules[0]!.languages = ['en', 'de', 'it', 'en'];
    expect(parseCatalogue(catalogue)).toMatchObject({
      ok: false,
      issues: [{ path: '/modules/0/languages/3', code: 'duplicate-item' }],
    });
  });

  it('takes limits from the options and checks them at the door', () => {
    const shallow = parseCatalogue(sampleCatalogue(), undefined, { limits: { maxDepth: 2 } });
    expect(shallow.ok ? [] : new Set(shallow.issues.map((i) => i.code))).toEqual(
      new Set(['depth-limit-exceeded']),
    );
    expect(() => parseCatalogue(sampleCatalogue(), null as never)).toThrow(
      /parseCatalogue: the argument "framework" must be a Framework/,
    );
    expect(() => parseCatalogue(sampleCatalogue(), undefined, { limits: null } as never)).toThrow(
      TypeError,
    );
  });

  it('keeps the issue contract on hostile documents up to 1 MB (property)', () => {
    const framework = sampleFramework();
    for (const { name, document } of hostileDocuments(sampleCatalogue(), {
      seed: 6,
      mutations: 40,
    })) {
      let result;
      expect(() => (result = parseCatalogue(document, framework)), name).not.toThrow();
      expect(issueContractViolations(result!), name).toEqual([]);
    }
  });
});
