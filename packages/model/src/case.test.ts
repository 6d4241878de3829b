import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Framework } from '@competence-kit/schemas';
import { exportCasePackage, importCasePackage, type CasePackage } from './case.js';
import { parseFramework } from './parse.js';
import { sample } from './test-support/sample.js';
import { isUuid, URL_NAMESPACE, uuidV5 } from './uuid.js';

const shipped = (): Framework =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', '..', 'framework-intercultural', 'content', 'framework.json'),
      'utf8',
    ),
  ) as Framework;

const AT = '2026-12-01T00:00:00+00:00';

function essence(framework: Framework, locale: string) {
  return {
    id: framework.id,
    version: framework.version,
    title: framework.title[locale],
    description: framework.description?.[locale],
    levels: framework.scale.levels.map((l) => [l.id, l.rank, l.title[locale]]),
    domains: framework.domains.map((d) => [d.id, d.title[locale], d.description?.[locale]]),
    competences: framework.competences.map((c) => [
      c.id,
      c.domain,
      c.title[locale],
      c.description?.[locale],
      Object.fromEntries(Object.entries(c.descriptors).map(([l, t]) => [l, t?.[locale]])),
    ]),
    mappings: (framework.mappings ?? []).map((m) => [
      m.competence,
      m.relation,
      m.scheme,
      m.target,
      m.targetLabel,
    ]),
  };
}

describe('uuidV5', () => {
  // Computed independently with Python's uuid.uuid5.
  it.each([
    ['python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8', '886313e1-3b8a-5372-9b90-0c9aee199e5d'],
    [
      'https://w3id.org/competence-kit/frameworks/intercultural-public-administration',
      URL_NAMESPACE,
      'fa9ebba3-dbd6-5dbb-b0cc-526cdabe708e',
    ],
    ['é'.repeat(100), URL_NAMESPACE, 'a0117772-3f65-5000-8229-6803b8fe27df'],
    ['', URL_NAMESPACE, '1b4db7eb-4057-5ddf-91e0-36dec72071f5'],
    ['Ümlaut 😀 名前', URL_NAMESPACE, '86213135-4a5d-587a-ad6e-989c99fb5822'],
  ])('%j in %s', (name, namespace, expected) => {
    expect(uuidV5(name, namespace)).toBe(expected);
  });
});

describe('exportCasePackage → importCasePackage', () => {
  it.each(['de', 'it', 'es', 'en'])(
    'keeps every id, edge, level, text and mapping of the shipped framework in %s',
    (locale) => {
      const framework = shipped();
      const pkg = JSON.parse(
        JSON.stringify(exportCasePackage(framework, { locale, lastChangeDateTime: AT })),
      ) as CasePackage;
      const back = importCasePackage(pkg, { locale });
      expect(back.ok).toBe(true);
      if (!back.ok) return;
      expect(essence(back.framework, locale)).toEqual(essence(framework, locale));
      expect(parseFramework(back.framework)).toMatchObject({ ok: true });
      expect(back.notes.map((n) => n.code)).toEqual(['dimension-assumed']);
    },
  );

  it('gives the same identifiers at every export, and uris under the base given', () => {
    const framework = sample();
    const first = exportCasePackage(framework, { locale: 'en', lastChangeDateTime: AT });
    const again = exportCasePackage(sample(), { locale: 'en', lastChangeDateTime: AT });
    expect(again).toEqual(first);
    expect(first.CFDocument.identifier).toBe(uuidV5(`${framework.id}#document`));
    const ids = [
      first.CFDocument.identifier,
      ...first.CFItems.map((i) => i.identifier),
      ...first.CFAssociations.map((a) => a.identifier),
    ];
    expect(ids.every(isUuid)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(first.CFItems[0]!.uri).toBe(`urn:uuid:${first.CFItems[0]!.identifier}`);
    const served = exportCasePackage(framework, {
      locale: 'en',
      lastChangeDateTime: AT,
      baseUri: 'https://portal.example/ravenna/ims/case/v1p0/',
    });
    expect(served.CFDocument.CFPackageURI.uri).toBe(
      `https://portal.example/ravenna/ims/case/v1p0/CFPackages/${first.CFDocument.identifier}`,
    );
    expect(served.CFItems.map((i) => i.identifier)).toEqual(first.CFItems.map((i) => i.identifier));
  });

  it('writes the tree, the mappings and a rubric of the scale', () => {
    const framework = shipped();
    const pkg = exportCasePackage(framework, { locale: 'en', lastChangeDateTime: AT });
    const levels = framework.scale.levels.length;
    const count = (type: string) =>
      pkg.CFAssociations.filter((a) => a.associationType === type).length;
    expect(count('isChildOf')).toBe(
      framework.domains.length + framework.competences.length * (1 + levels),
    );
    const mappings = framework.mappings ?? [];
    expect(count('exactMatchOf')).toBe(mappings.filter((m) => m.relation === 'exactMatch').length);
    expect(count('isRelatedTo')).toBe(mappings.filter((m) => m.relation !== 'exactMatch').length);
    expect(pkg.CFItems.map((i) => i.CFItemType)).toEqual([
      ...framework.domains.map(() => 'Domain'),
      ...framework.competences.flatMap(() => [
        'Competency',
        ...framework.scale.levels.map(() => 'Level descriptor'),
      ]),
    ]);
    const [rubric] = pkg.CFRubrics!;
    expect(rubric!.CFRubricCriteria).toHaveLength(framework.competences.length);
    const criterion = rubric!.CFRubricCriteria![0]!;
    const competence = framework.competences[0]!;
    expect(criterion.category).toBe(competence.title.en);
    expect(
      criterion.CFRubricCriterionLevels!.map((l) => [l.quality, l.score, l.description]),
    ).toEqual(
      framework.scale.levels.map((l) => [l.title.en, l.rank, competence.descriptors[l.id]!.en]),
    );
    expect(pkg.CFDocument).toMatchObject({
      title: framework.title.en,
      officialSourceURL: framework.id,
      version: framework.version,
      language: 'en',
      caseVersion: '1.1',
    });
  });

  it('refuses a locale the framework is not written in', () => {
    expect(() => exportCasePackage(sample(), { locale: 'fr' })).toThrow(/not written in "fr"/);
  });
});

/** A small package as a CASE server publishes standards (no rubric, no level descriptors). */
function published(): CasePackage {
  const doc = {
    identifier: 'c1a2b3c4-0000-4000-8000-000000000001',
    uri: 'https://case.example.org/ims/case/v1p0/CFDocuments/c1a2b3c4-0000-4000-8000-000000000001',
  };
  const link = (id: string, title: string) => ({
    identifier: id,
    uri: `https://case.example.org/ims/case/v1p0/CFItems/${id}`,
    title,
  });
  const item = (id: string, code: string | undefined, statement: string, short?: string) => ({
    identifier: id,
    uri: link(id, statement).uri,
    fullStatement: statement,
    ...(short && { abbreviatedStatement: short }),
    ...(code && { humanCodingScheme: code }),
    lastChangeDateTime: AT,
  });
  const child = (
    n: number,
    from: string,
    to: { identifier: string; uri: string },
    seq: number,
  ) => ({
    identifier: `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    uri: `https://case.example.org/ims/case/v1p0/CFAssociations/${n}`,
    associationType: 'isChildOf',
    originNodeURI: link(from, from),
    destinationNodeURI: { ...to, title: 'parent' },
    sequenceNumber: seq,
    lastChangeDateTime: AT,
  });
  const communication = '10000000-0000-4000-8000-000000000001';
  const listening = '10000000-0000-4000-8000-000000000002';
  const explaining = '10000000-0000-4000-8000-000000000003';
  return {
    CFDocument: {
      ...doc,
      creator: 'A State Education Agency',
      title: 'Service Communication Standards',
      lastChangeDateTime: AT,
      language: 'en',
      version: '2019',
      CFPackageURI: { ...doc, title: 'Service Communication Standards' },
    },
    CFItems: [
      item(communication, 'COM', 'Communication', 'Communication'),
      item(listening, 'COM.1', 'Listens actively to the person being served.'),
      item(explaining, 'COM.2', 'Explains procedures in plain words.', 'Plain explanations'),
    ],
    CFAssociations: [
      child(1, communication, doc, 1),
      child(2, listening, link(communication, ''), 1),
      child(3, explaining, link(communication, ''), 2),
      {
        identifier: 'a0000000-0000-4000-8000-000000000009',
        uri: 'https://case.example.org/ims/case/v1p0/CFAssociations/9',
        associationType: 'isPeerOf',
        originNodeURI: link(listening, ''),
        destinationNodeURI: link(explaining, ''),
        lastChangeDateTime: AT,
      },
      {
        identifier: 'a0000000-0000-4000-8000-000000000010',
        uri: 'https://case.example.org/ims/case/v1p0/CFAssociations/10',
        associationType: 'exactMatchOf',
        originNodeURI: link(listening, ''),
        destinationNodeURI: {
          identifier: '8b6f4a5b-0000-4000-8000-000000000000',
          uri: 'http://data.europa.eu/esco/skill/8b6f4a5b-0000-4000-8000-000000000000',
          title: 'listen actively',
        },
        lastChangeDateTime: AT,
      },
    ],
  };
}

describe('importCasePackage of packages published by others', () => {
  it('maps the tree, makes a scale and ids, turns matches into mappings, notes the rest', () => {
    const result = importCasePackage(published());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { framework, notes } = result;
    expect(parseFramework(framework)).toEqual({ ok: true, value: framework });
    expect(framework).toMatchObject({
      id: 'urn:uuid:c1a2b3c4-0000-4000-8000-000000000001',
      version: '1.0.0',
      locales: ['en'],
      scale: {
        levels: [
          { id: 'developing', rank: 1, title: { en: 'Developing' } },
          { id: 'achieved', rank: 2, title: { en: 'Achieved' } },
        ],
      },
      domains: [{ id: 'com', title: { en: 'Communication' } }],
    });
    expect(
      framework.competences.map((c) => [c.id, c.domain, c.title.en, c.description?.en]),
    ).toEqual([
      ['com-1', 'com', 'Listens actively to the person being served.', undefined],
      ['com-2', 'com', 'Plain explanations', 'Explains procedures in plain words.'],
    ]);
    expect(framework.mappings).toEqual([
      {
        id: 'com-1-listen-actively',
        competence: 'com-1',
        relation: 'exactMatch',
        scheme: 'http://data.europa.eu/esco/skill',
        target: 'http://data.europa.eu/esco/skill/8b6f4a5b-0000-4000-8000-000000000000',
        targetLabel: 'listen actively',
      },
    ]);
    const codes = notes.map((n) => `${n.code} ${n.path}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'association-not-imported /CFAssociations/3',
        'framework-id-made /CFDocument',
        'scale-made /CFRubrics',
        'id-changed /CFItems/0',
        'id-changed /CFItems/1',
        'descriptor-missing /CFItems/1',
        'dimension-assumed /CFItems',
      ]),
    );
  });

  it('takes level names and descriptor texts from a rubric when there are no level items', () => {
    const pkg = published();
    const [, listening] = pkg.CFItems;
    pkg.CFRubrics = [
      {
        identifier: 'r0000000-0000-4000-8000-000000000001'.replace('r', 'b'),
        uri: 'https://case.example.org/rubric',
        lastChangeDateTime: AT,
        CFRubricCriteria: [
          {
            identifier: 'c0000000-0000-4000-8000-000000000001',
            uri: 'https://case.example.org/criterion',
            CFItemURI: { identifier: listening!.identifier, uri: listening!.uri, title: 'x' },
            lastChangeDateTime: AT,
            CFRubricCriterionLevels: [
              {
                identifier: 'l2',
                uri: 'u:2',
                quality: 'Secure',
                score: 2,
                position: 2,
                description: 'Listens in hard cases.',
                lastChangeDateTime: AT,
              },
              {
                identifier: 'l1',
                uri: 'u:1',
                quality: 'Emerging',
                score: 1,
                position: 1,
                description: 'Listens when prompted.',
                lastChangeDateTime: AT,
              },
            ],
          },
        ],
      },
    ];
    const result = importCasePackage(pkg, { locale: 'en', dimension: 'skills' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework.scale.levels.map((l) => [l.id, l.rank])).toEqual([
      ['emerging', 1],
      ['secure', 2],
    ]);
    expect(result.framework.competences[0]!.descriptors).toEqual({
      emerging: { en: 'Listens when prompted.' },
      secure: { en: 'Listens in hard cases.' },
    });
    expect(result.notes.map((n) => n.code)).not.toContain('dimension-assumed');
  });
});

describe('importCasePackage of broken input', () => {
  const broken: [string, (p: CasePackage) => unknown, { path: string; code: string }[]][] = [
    ['not an object', () => 'CFPackage', [{ path: '', code: 'not-a-package' }]],
    ['no document', () => ({ CFItems: [] }), [{ path: '/CFDocument', code: 'not-a-package' }]],
    [
      'items not a list, a document without title',
      (p) => ({ ...p, CFItems: {}, CFDocument: { ...p.CFDocument, title: '' } }),
      [
        { path: '/CFDocument/title', code: 'invalid-field' },
        { path: '/CFItems', code: 'not-a-package' },
      ],
    ],
    [
      'an item without statement, a duplicate identifier',
      (p) => ({
        ...p,
        CFItems: [p.CFItems[0], { ...p.CFItems[1], fullStatement: 7 }, p.CFItems[0], p.CFItems[2]],
      }),
      [
        { path: '/CFItems/1/fullStatement', code: 'invalid-field' },
        { path: '/CFItems/2/identifier', code: 'duplicate-identifier' },
      ],
    ],
    [
      'a parent that is not in the package',
      (p) => {
        p.CFAssociations[1]!.destinationNodeURI = {
          identifier: 'nowhere',
          uri: 'urn:x',
          title: '',
        };
        return p;
      },
      [{ path: '/CFAssociations/1/destinationNodeURI', code: 'unknown-node' }],
    ],
    [
      'a circle of parents',
      (p) => {
        const [, listening, explaining] = p.CFItems;
        p.CFAssociations[1]!.destinationNodeURI = {
          identifier: explaining!.identifier,
          uri: explaining!.uri,
          title: '',
        };
        p.CFAssociations[2]!.destinationNodeURI = {
          identifier: listening!.identifier,
          uri: listening!.uri,
          title: '',
        };
        return p;
      },
      [
        { path: '/CFItems/1', code: 'unreachable' },
        { path: '/CFItems/2', code: 'unreachable' },
      ],
    ],
    [
      'no items',
      (p) => ({ ...p, CFItems: [], CFAssociations: [] }),
      [{ path: '/CFItems', code: 'no-items' }],
    ],
  ];

  it.each(broken)('%s: issues with a JSON pointer, nothing thrown', (_, make, expected) => {
    const result = importCasePackage(make(published()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(({ path, code }) => ({ path, code }))).toEqual(expected);
    for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(10);
  });
});
