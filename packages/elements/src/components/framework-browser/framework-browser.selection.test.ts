import { describe, expect, it } from 'vitest';
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
