import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Framework, Mapping } from '@competence-kit/schemas';
import { formatCsv } from './csv.js';
import { checkEscoMappings, checkEscoUris } from './esco.js';
import { sample } from './test-support/sample.js';

const shipped = (): Framework =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', '..', 'framework-intercultural', 'content', 'framework.json'),
      'utf8',
    ),
  ) as Framework;

const SKILL = 'http://data.europa.eu/esco/skill/';
const SCHEME = 'http://data.europa.eu/esco/concept-scheme/skills';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A framework with the given ESCO (and one non-ESCO) mappings on its first competence. */
function withMappings(...targets: string[]): Framework {
  const framework = sample();
  const competence = framework.competences[0]!.id;
  framework.mappings = [
    ...targets.map((target, i): Mapping => ({
      id: `m-${i}`,
      competence,
      relation: 'related',
      scheme: SCHEME,
      target,
      targetLabel: `old label ${i}`,
    })),
    {
      id: 'rfcdc',
      competence,
      relation: 'related',
      scheme:
        'https://www.coe.int/en/web/reference-framework-of-competences-for-democratic-culture',
      target: 'https://www.coe.int/rfcdc#competence-1',
    },
  ];
  return framework;
}

describe('checkEscoUris', () => {
  it('finds every ESCO URI of the shipped framework well formed', () => {
    const framework = shipped();
    const esco = (framework.mappings ?? []).filter((m) => m.target.includes('data.europa.eu/esco'));
    expect(esco.length).toBeGreaterThan(0);
    expect(checkEscoUris(framework)).toEqual([]);
  });

  it('names the URIs ESCO would not mint, with the canonical form where there is one', () => {
    const framework = withMappings(
      `${SKILL}${uuid(1)}`,
      `https://data.europa.eu/esco/skill/${uuid(2)}`,
      `${SKILL}ABCDEF00-0000-4000-8000-00000000000A`,
      'http://data.europa.eu/esco/skills/abc',
      `${SKILL}not-a-uuid`,
      'http://data.europa.eu/esco/isco/C2422',
      'http://data.europa.eu/esco/skill/S1.2.3',
    );
    expect(checkEscoUris(framework)).toEqual([
      expect.objectContaining({
        path: '/mappings/1/target',
        mapping: 'm-1',
        code: 'not-http',
        canonical: `${SKILL}${uuid(2)}`,
      }),
      expect.objectContaining({
        path: '/mappings/2/target',
        code: 'malformed-id',
        canonical: `${SKILL}abcdef00-0000-4000-8000-00000000000a`,
      }),
      expect.objectContaining({ path: '/mappings/3/target', code: 'unknown-kind' }),
      expect.objectContaining({ path: '/mappings/4/target', code: 'malformed-id' }),
    ]);
  });
});

describe('checkEscoMappings', () => {
  // ESCO's skills file layout (the columns it publishes; only some are read), one language.
  const file = (rows: string[][], bom = true) =>
    (bom ? '\uFEFF' : '') +
    formatCsv(
      [
        [
          'conceptType',
          'conceptUri',
          'skillType',
          'reuseLevel',
          'preferredLabel',
          'altLabels',
          'status',
          'description',
        ],
        ...rows,
      ],
      { newline: '\n' },
    );
  const row = (n: number, label: string, status = 'released') => [
    'KnowledgeSkillCompetence',
    `${SKILL}${uuid(n)}`,
    'skill/competence',
    'transversal',
    label,
    `${label} (alt)\n${label} (other)`,
    status,
    'A description\nover two lines, with "quotes".',
  ];

  it('finds, labels and reports each ESCO mapping; leaves the others alone', () => {
    const framework = withMappings(
      `${SKILL}${uuid(1)}`,
      `${SKILL}${uuid(2)}`,
      `${SKILL}${uuid(3)}`,
      `https://data.europa.eu/esco/skill/${uuid(1)}`,
    );
    const csv = file([
      row(1, 'old label 0'),
      row(2, 'zuhören'),
      row(3, 'obsolete skill', 'obsolete'),
    ]);
    const result = checkEscoMappings(framework, csv);
    expect(result.fileIssues).toEqual([]);
    expect(result.ok).toBe(false);
    expect(
      result.checks.map((c) => [c.mapping, c.status, c.preferredLabel, c.previousLabel]),
    ).toEqual([
      ['m-0', 'found', 'old label 0', undefined],
      ['m-1', 'found', 'zuhören', 'old label 1'],
      ['m-2', 'not-released', 'obsolete skill', 'old label 2'],
      ['m-3', 'malformed', undefined, undefined],
    ]);
    expect(result.framework.mappings!.map((m) => m.targetLabel)).toEqual([
      'old label 0',
      'zuhören',
      'obsolete skill',
      'old label 3',
      undefined,
    ]);
    // The input is not changed.
    expect(framework.mappings![1]!.targetLabel).toBe('old label 1');
  });

  it('says which concept is missing, and that all is well when all are found', () => {
    const framework = withMappings(`${SKILL}${uuid(1)}`, `${SKILL}${uuid(9)}`);
    const missing = checkEscoMappings(framework, file([row(1, 'x')], false));
    expect(missing.checks[1]).toMatchObject({ status: 'missing', target: `${SKILL}${uuid(9)}` });
    expect(missing.ok).toBe(false);
    const found = checkEscoMappings(withMappings(`${SKILL}${uuid(1)}`), file([row(1, 'x')]));
    expect(found.ok).toBe(true);
  });

  it('refuses a file that is not ESCO skills file, with its line', () => {
    const result = checkEscoMappings(withMappings(`${SKILL}${uuid(1)}`), 'uri,label\nx,y\n');
    expect(result.ok).toBe(false);
    expect(result.checks).toEqual([]);
    expect(result.fileIssues).toEqual([
      expect.objectContaining({ line: 1, code: 'missing-columns' }),
    ]);
    const broken = checkEscoMappings(
      withMappings(`${SKILL}${uuid(1)}`),
      file([row(1, 'x')]) + `KnowledgeSkillCompetence,"${SKILL}${uuid(2)},unterminated\n`,
    );
    expect(broken.fileIssues).toEqual([expect.objectContaining({ code: 'unterminated-quote' })]);
    expect(broken.ok).toBe(false);
  });
});
