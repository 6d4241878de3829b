import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { issueContractViolations } from '@competence-kit/schemas/testing';
import { framework } from '../../test-support/framework.js';
import { foldForSearch, searchCompetences } from './framework-browser.search.js';
import { parseSelection, serializeSelection } from './framework-browser.selection.js';

describe('parseSelection', () => {
  it('reads a competence (which implies its domain) and two levels to compare', () => {
    expect(
      parseSelection('#competence=plain-language&compare=practitioner,advanced', framework()),
    ).toEqual({
      selection: {
        domain: 'communication',
        competence: 'plain-language',
        compare: ['practitioner', 'advanced'],
      },
      issues: [],
    });
  });

  it('reads nothing from an empty text', () => {
    expect(parseSelection('', framework()).selection).toEqual({
      domain: null,
      competence: null,
      compare: null,
    });
    expect(parseSelection('#', framework()).issues).toEqual([]);
  });

  it('drops and reports each part it cannot use, and never throws', () => {
    const { selection, issues } = parseSelection(
      'domain=nowhere&compare=foundation,guru&utm_source=x&domain=again',
      framework(),
    );
    expect(selection).toEqual({ domain: null, competence: null, compare: null });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['/selection/domain', 'duplicate-key'],
      ['/selection/utm_source', 'unknown-property'],
      ['/selection/compare', 'unknown-reference'],
    ]);
    for (const text of ['%E0%A4%A', '&&==', 'compare=,', 'compare=a,b,c', '\u202E<img>']) {
      expect(() => parseSelection(text, framework())).not.toThrow();
      expect(parseSelection(text, framework()).issues.length).toBeGreaterThan(0);
    }
  });
});

describe('parseSelection: bounded (issue 12)', () => {
  const params = (n: number) => Array.from({ length: n }, (_, i) => `k${i}=${i}`).join('&');

  it('20,000 parameters (129 KB): not read past maxSize (2,048 characters by default)', () => {
    const text = params(20_000);
    expect(parseSelection(text, framework())).toEqual({
      selection: { domain: null, competence: null, compare: null },
      issues: [
        {
          path: '/selection',
          code: 'size-limit-exceeded',
          message: `The selection is ${text.length} characters long; at most 2048 are read (raise options.limits.maxSize to accept more).`,
        },
      ],
    });
  });

  it('20,000 parameters with maxSize raised: one pass, 100 issues, then too-many-issues', () => {
    const text = `${params(20_000)}&competence=plain-language&competence=plain-language`;
    const { selection, issues } = parseSelection(text, framework(), {
      limits: { maxSize: 1_000_000 },
    });
    expect(selection.competence).toBeNull();
    expect(issues).toHaveLength(101);
    expect(issues[0]).toEqual({
      path: '/selection/k0',
      code: 'unknown-property',
      message: '"k0" is not part of a selection; expected domain, competence or compare.',
    });
    expect(issues.at(-1)!.code).toBe('too-many-issues');
  });

  it('writes keys as JSON pointer tokens', () => {
    expect(parseSelection('a/b~c=1', framework()).issues[0]!.path).toBe('/selection/a~1b~0c');
  });

  it('throws a TypeError for a text that is not a string or a framework that is not an object', () => {
    expect(() => parseSelection(null as never, framework())).toThrow(
      new TypeError(
        'parseSelection: the argument "text" must be a string (a URL hash or query); got null.',
      ),
    );
    expect(() => parseSelection('#', undefined as never)).toThrow(
      /parseSelection: the argument "framework" must be the Framework shown/,
    );
  });

  it('keeps the issue contract on hostile texts up to 1 MB (property)', () => {
    const part = fc.oneof(
      fc.constantFrom(
        'domain',
        'competence',
        'compare',
        '__proto__',
        'constructor',
        'a/b',
        '%E0%A4%A',
      ),
      fc.string({ maxLength: 20 }),
    );
    const text = fc
      .tuple(
        fc.array(fc.tuple(part, part), { maxLength: 40 }),
        fc.nat({ max: 30_000 }),
        fc.boolean(),
      )
      .map(
        ([pairs, repeat, hash]) =>
          (hash ? '#' : '') +
          pairs.map(([k, v]) => `${k}=${v}`).join('&') +
          '&compare=a,b'.repeat(repeat),
      );
    fc.assert(
      fc.property(text, fc.boolean(), (hash, raised) => {
        const limits = raised ? { maxSize: 1_000_000 } : undefined;
        const { issues } = parseSelection(hash, framework(), { limits });
        const result =
          issues.length === 0 ? { ok: true as const, value: null } : { ok: false as const, issues };
        expect(issueContractViolations(result)).toEqual([]);
      }),
      { numRuns: 60, seed: 12 },
    );
  });
});

describe('serializeSelection', () => {
  it('writes the competence rather than its domain, and the comparison', () => {
    expect(
      serializeSelection({
        domain: 'communication',
        competence: 'plain-language',
        compare: ['foundation', 'expert'],
      }),
    ).toBe('competence=plain-language&compare=foundation,expert');
    expect(serializeSelection({ domain: 'communication', competence: null, compare: null })).toBe(
      'domain=communication',
    );
    expect(serializeSelection({ domain: null, competence: null, compare: null })).toBe('');
  });

  it('round-trips through parseSelection', () => {
    const text = 'competence=plain-language&compare=expert,foundation';
    expect(serializeSelection(parseSelection(text, framework()).selection)).toBe(text);
  });
});

describe('search', () => {
  it('folds case, accents and whitespace', () => {
    expect(foldForSearch('  Ámbito  DE la\tIntegración ')).toBe('ambito de la integracion');
    expect(foldForSearch('Menschenwürde')).toBe('menschenwurde');
  });

  it('matches every word, in the locale asked for', () => {
    const data = framework();
    data.competences[0]!.descriptors = {
      advanced: { en: 'Writes letters', de: 'Schreibt Briefe' },
    };
    expect(searchCompetences(data, 'writes LETTERS', 'en')).toHaveLength(1);
    expect(searchCompetences(data, 'writes poems', 'en')).toHaveLength(0);
    expect(searchCompetences(data, 'briefe', 'de')).toHaveLength(1);
    expect(searchCompetences(data, '', 'de')).toHaveLength(1);
  });
});
