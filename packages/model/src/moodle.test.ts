import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Framework } from '@competence-kit/schemas';
import { parseCsv } from './csv.js';
import { htmlToText, textToHtml } from './html-text.js';
import type { MoodleExportError } from './moodle.js';
import {
  exportMoodleCsv,
  exportMoodleTemplates,
  importMoodleCsv,
  MOODLE_COLUMNS,
} from './moodle.js';
import { parseFramework } from './parse.js';
import { sample as sampleFramework } from './test-support/sample.js';

/** The shipped intercultural framework (the content package's file, read as data). */
const shipped = (): Framework =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', '..', 'framework-intercultural', 'content', 'framework.json'),
      'utf8',
    ),
  ) as Framework;

const HEADER = MOODLE_COLUMNS.map((c) => (c.includes(' ') ? `"${c}"` : c)).join(',');

/** Everything of one locale that the Moodle file must carry: ids, edges, levels and texts. */
function essence(framework: Framework, locale: string) {
  return {
    id: framework.id,
    title: framework.title[locale],
    description: framework.description?.[locale],
    levels: framework.scale.levels.map((l) => [l.id, l.rank, l.title[locale]]),
    domains: framework.domains.map((d) => [d.id, d.title[locale], d.description?.[locale]]),
    competences: framework.competences
      .map((c) => [
        c.id,
        c.domain,
        c.title[locale],
        c.description?.[locale],
        Object.fromEntries(Object.entries(c.descriptors).map(([l, t]) => [l, t?.[locale]])),
      ])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  };
}

describe('exportMoodleCsv → importMoodleCsv', () => {
  it.each(['de', 'it', 'es', 'en'])(
    'keeps every id, edge, level and text of the shipped framework in %s',
    (locale) => {
      const framework = shipped();
      const csv = exportMoodleCsv(framework, { locale });
      const back = importMoodleCsv(csv, { locale, version: framework.version });
      expect(back.ok).toBe(true);
      if (!back.ok) return;
      expect(essence(back.framework, locale)).toEqual(essence(framework, locale));
      expect(parseFramework(back.framework)).toMatchObject({ ok: true });
      // Nothing was changed to fit: the only note is the dimension Moodle does not carry.
      expect(back.notes.map((n) => n.code)).toEqual(['dimension-assumed']);
    },
  );

  it('writes the tool layout: framework row, domains, competences and one row per level', () => {
    const framework = sampleFramework();
    const { records } = parseCsv(exportMoodleCsv(framework, { locale: 'en' }));
    expect(records[0]!.fields).toEqual([...MOODLE_COLUMNS]);
    const [, top, firstDomain, firstCompetence, firstLevel] = records.map((r) => r.fields);
    expect(top).toEqual([
      '',
      framework.id,
      framework.title.en,
      top![3],
      '1',
      framework.scale.levels.map((l) => l.title.en).join(','),
      JSON.stringify([
        { scaleid: '0' },
        { id: 1, scaledefault: 1, proficient: 0 },
        { id: 2, scaledefault: 0, proficient: 1 },
        { id: 3, scaledefault: 0, proficient: 1 },
        { id: 4, scaledefault: 0, proficient: 1 },
      ]),
      '',
      '',
      '',
      '',
      '',
      '1',
      'domain,competency,level',
    ]);
    const domain = framework.domains[0]!;
    const competence = framework.competences.find((c) => c.domain === domain.id)!;
    const level = framework.scale.levels[0]!;
    expect(firstDomain!.slice(0, 3)).toEqual(['', domain.id, domain.title.en]);
    expect(firstCompetence!.slice(0, 3)).toEqual([domain.id, competence.id, competence.title.en]);
    expect(firstLevel!.slice(0, 5)).toEqual([
      competence.id,
      `${competence.id}/${level.id}`,
      level.title.en,
      textToHtml(competence.descriptors[level.id]!.en!),
      '1',
    ]);
    expect(records).toHaveLength(
      2 + framework.domains.length + framework.competences.length * (1 + 4),
    );
  });

  it('marks as proficient the levels from the one asked for', () => {
    const csv = exportMoodleCsv(sampleFramework(), { locale: 'en', proficientFrom: 'advanced' });
    const configuration = JSON.parse(parseCsv(csv).records[1]!.fields[6]!) as {
      proficient?: number;
    }[];
    expect(configuration.slice(1).map((c) => c.proficient)).toEqual([0, 0, 1, 1]);
    expect(() =>
      exportMoodleCsv(sampleFramework(), { locale: 'en', proficientFrom: 'master' }),
    ).toThrow(/proficientFrom "master" is not a level/);
  });

  it('refuses what Moodle would change: a comma in a level, a long title, a missing locale', () => {
    const comma = sampleFramework();
    comma.scale.levels[1]!.title.en = 'Practitioner, certified';
    expect(() => exportMoodleCsv(comma, { locale: 'en' })).toThrow(
      expect.objectContaining({
        name: 'MoodleExportError',
        path: '/scale/levels/1/title/en',
      }) as MoodleExportError,
    );
    const long = sampleFramework();
    long.competences[0]!.title.en = 'x'.repeat(101);
    expect(() => exportMoodleCsv(long, { locale: 'en' })).toThrow(/101 characters long/);
    expect(() => exportMoodleCsv(sampleFramework(), { locale: 'fr' })).toThrow(
      /not written in "fr"/,
    );
  });

  it('neutralises a formula-like title, and the import restores it', () => {
    const framework = sampleFramework();
    framework.competences[0]!.title.en = '=HYPERLINK("http://evil.example","x")';
    const csv = exportMoodleCsv(framework, { locale: 'en' });
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    const back = importMoodleCsv(csv, { locale: 'en' });
    expect(back.ok && back.framework.competences[0]!.title.en).toBe(
      '=HYPERLINK("http://evil.example","x")',
    );
  });
});

describe('exportMoodleTemplates', () => {
  it('writes one learning-plan template per role profile, with its targets', () => {
    const framework = sampleFramework();
    const { records } = parseCsv(exportMoodleTemplates(framework, { locale: 'de' }));
    expect(records[0]!.fields).toEqual([
      'Short name',
      'Description',
      'Description format',
      'Competency Framework ID Number',
      'Cross-referenced competency ID numbers',
    ]);
    expect(records).toHaveLength(1 + framework.roleProfiles!.length);
    const role = framework.roleProfiles![0]!;
    const row = records[1]!.fields;
    expect(row[0]).toBe(role.title.de);
    expect(row[2]).toBe('1');
    expect(row[3]).toBe(framework.id);
    expect(row[4]!.split(',')).toEqual(Object.keys(role.targets));
    const [competence, level] = Object.entries(role.targets)[0]!;
    const title = framework.competences.find((c) => c.id === competence)!.title.de!;
    const levelTitle = framework.scale.levels.find((l) => l.id === level)!.title.de!;
    expect(htmlToText(row[1]!)).toContain(`- ${title}: ${levelTitle}`);
  });
});

describe('importMoodleCsv of frameworks made in Moodle', () => {
  // As Moodle's own export writes it (admin/tool/lpimportcsv): taxonomies per depth, exported
  // ids, "null" rule configurations, HTML descriptions, quoted line breaks, a related id with a
  // comma escaped as %2C, a completion rule.
  const madeInMoodle = [
    HEADER,
    `,NICE-2017,"NICE Workforce Framework","<p>Tasks &amp; skills of the <b>cyber</b> workforce.</p>",1,"Not yet competent,Competent","[{""scaleid"":""2""},{""id"":1,""scaledefault"":1,""proficient"":0},{""id"":2,""scaledefault"":0,""proficient"":1}]",,,,,,1,"domain,competency"`,
    `,K,Knowledge,"<p>What a person knows.</p>",1,,,,,,,11,,`,
    `K,K0001,"Computer networking","<p>Knowledge of <a href=""https://example.org/osi"">protocols</a>,<br>routing and<script>alert(1)</script> addressing.</p>",1,,,,0,null,"K0002,S%2C01",12,,`,
    `K,K0002,"Risk management","Multi-line
plain text, kept",2,,,core_competency\\competency_rule_all,2,null,,13,,`,
    `,S,Skills,,1,,,,,,,14,,`,
    `S,"S,01","Incident triage",,1,"Novice,Expert","[{""scaleid"":""3""}]",,,null,,15,,`,
  ].join('\n');

  it('maps depths to domains and competences, text to plain, and notes the rest', () => {
    const result = importMoodleCsv(madeInMoodle, { locale: 'en' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { framework, notes } = result;
    expect(parseFramework(framework)).toMatchObject({ ok: true });
    expect(framework.id).toBe('urn:moodle:competency-framework:NICE-2017');
    expect(framework.description?.en).toBe('Tasks & skills of the cyber workforce.');
    expect(framework.scale.levels).toEqual([
      { id: 'not-yet-competent', rank: 1, title: { en: 'Not yet competent' } },
      { id: 'competent', rank: 2, title: { en: 'Competent' } },
    ]);
    expect(framework.domains.map((d) => [d.id, d.title.en])).toEqual([
      ['k', 'Knowledge'],
      ['s', 'Skills'],
    ]);
    expect(framework.competences.map((c) => [c.id, c.domain, c.title.en])).toEqual([
      ['k0001', 'k', 'Computer networking'],
      ['k0002', 'k', 'Risk management'],
      ['s-01', 's', 'Incident triage'],
    ]);
    expect(framework.competences[0]!.description?.en).toBe(
      'Knowledge of protocols (https://example.org/osi),\nrouting and addressing.',
    );
    expect(framework.competences[1]!.description?.en).toBe('Multi-line\nplain text, kept');
    // Every line that lost something says so.
    const byCode = (code: string) => notes.filter((n) => n.code === code).map((n) => n.line);
    expect(byCode('framework-id-made')).toEqual([2]);
    expect(byCode('markup-dropped')).toEqual([4]);
    expect(byCode('related-not-imported')).toEqual([4]);
    expect(notes.find((n) => n.code === 'related-not-imported')!.message).toContain('"S,01"');
    expect(byCode('rule-not-imported')).toEqual([5]);
    expect(byCode('competency-scale-not-imported')).toEqual([8]);
    expect(byCode('id-changed')).toEqual([3, 4, 5, 7, 8]);
    expect(byCode('descriptor-missing')).toHaveLength(6);
  });

  it('puts a one-depth framework in one domain named after it', () => {
    const flat = [
      HEADER,
      `,fw-1,"Digital skills",,1,"Basic,Intermediate,Advanced",,,,,,,1,competency`,
      `,c1,"Use e-mail",,1,,,,,,,,,`,
      `,c2,"Fill in an online form",,1,,,,,,,,,`,
    ].join('\r\n');
    const result = importMoodleCsv(flat, { locale: 'de', dimension: 'knowledge' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework.domains).toEqual([
      { id: 'digital-skills', title: { de: 'Digital skills' } },
    ]);
    expect(result.framework.competences.map((c) => [c.domain, c.dimension])).toEqual([
      ['digital-skills', 'knowledge'],
      ['digital-skills', 'knowledge'],
    ]);
    expect(result.notes.map((n) => n.code)).toContain('domain-made');
    expect(result.notes.map((n) => n.code)).not.toContain('dimension-assumed');
    expect(parseFramework(result.framework)).toMatchObject({ ok: true });
  });

  it('reads descriptors by position, notes rows deeper than three', () => {
    const csv = [
      HEADER,
      `,fw,"Levels",,1,"Low,High",,,,,,,1,`,
      `,d,"Domain",,1,,,,,,,,,`,
      `d,c,"Competence",,1,,,,,,,,,`,
      `c,c-a,"first","<p>Does a little.</p>",1,,,,,,,,,`,
      `c,c-b,"second","<p>Does a lot.</p>",1,,,,,,,,,`,
      `c-b,c-b-x,"Too deep",,1,,,,,,,,,`,
    ].join('\n');
    const result = importMoodleCsv(csv, { locale: 'it' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework.competences[0]!.descriptors).toEqual({
      low: { it: 'Does a little.' },
      high: { it: 'Does a lot.' },
    });
    expect(result.notes.filter((n) => n.code === 'deeper-levels-not-imported')).toEqual([
      expect.objectContaining({ line: 7 }),
    ]);
  });

  it('reads a translated header by position', () => {
    const header = MOODLE_COLUMNS.map((_, i) => `Spalte ${i + 1}`).join(',');
    const csv = [
      header,
      `,fw,"Rahmen",,1,"Niedrig,Hoch",,,,,,,1,`,
      `,c,"Kompetenz",,1,,,,,,,,,`,
    ].join('\n');
    const result = importMoodleCsv(csv, { locale: 'de' });
    expect(result.ok && result.notes[0]).toMatchObject({ line: 1, code: 'positional-columns' });
  });
});

describe('importMoodleCsv of broken files', () => {
  const frameworkRow = `,fw,"F",,1,"A,B",,,,,,,1,`;
  const cases: [string, string, { line: number; column?: number; code: string }[]][] = [
    ['an empty file', '', [{ line: 1, code: 'missing-columns' }]],
    ['a header without the columns', 'id,name\nx,y', [{ line: 1, code: 'missing-columns' }]],
    [
      'an unterminated quote',
      [HEADER, frameworkRow, `,c,"Open quote,,1,,,,,,,,,`].join('\n'),
      [{ line: 3, column: 3, code: 'malformed-csv' }],
    ],
    [
      'no framework row',
      [HEADER, `,c,"C",,1,,,,,,,,,`].join('\n'),
      [{ line: 1, code: 'no-framework-row' }],
    ],
    [
      'two framework rows',
      [HEADER, frameworkRow, frameworkRow, `,c,"C",,1,,,,,,,,,`].join('\n'),
      [{ line: 3, column: 13, code: 'two-framework-rows' }],
    ],
    [
      'a duplicate ID number and a missing one',
      [
        HEADER,
        frameworkRow,
        `,c,"C",,1,,,,,,,,,`,
        `,c,"C again",,1,,,,,,,,,`,
        `,,"No id",,1,,,,,,,,,`,
      ].join('\n'),
      [
        { line: 4, column: 2, code: 'duplicate-id-number' },
        { line: 5, column: 2, code: 'missing-id-number' },
      ],
    ],
    [
      'an unknown parent and a circle',
      [
        HEADER,
        frameworkRow,
        `nowhere,c,"C",,1,,,,,,,,,`,
        `b,a,"A",,1,,,,,,,,,`,
        `a,b,"B",,1,,,,,,,,,`,
      ].join('\n'),
      [
        { line: 3, column: 1, code: 'unknown-parent' },
        { line: 4, column: 1, code: 'unreachable' },
        { line: 5, column: 1, code: 'unreachable' },
      ],
    ],
    [
      'a scale of one value',
      [HEADER, `,fw,"F",,1,"Competent",,,,,,,1,`, `,c,"C",,1,,,,,,,,,`].join('\n'),
      [{ line: 2, column: 6, code: 'no-scale' }],
    ],
    [
      'a framework without scale or competencies',
      [HEADER, `,fw,"F",,1,,,,,,,,1,`].join('\n'),
      [
        { line: 2, column: 6, code: 'no-scale' },
        { line: 2, code: 'no-competences' },
      ],
    ],
  ];

  it.each(cases)('%s: issues with line and column, nothing thrown', (_, csv, expected) => {
    const result = importMoodleCsv(csv, { locale: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(({ line, column, code }) => ({ line, column, code }))).toEqual(
      expected.map((e) => ({ column: undefined, ...e })),
    );
    for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(10);
  });

  it('refuses a wrong argument as a programmer error', () => {
    expect(() => importMoodleCsv(42 as unknown as string, { locale: 'en' })).toThrow(TypeError);
    expect(() => importMoodleCsv('', { locale: 'english!' })).toThrow(/BCP 47/);
  });
});

describe('htmlToText', () => {
  it.each([
    ['<p>a</p><p>b</p>', 'a\n\nb'],
    ['<ul><li>one</li><li>two</li></ul>', '- one\n- two'],
    ['a &lt;b&gt; &amp; &quot;c&quot; &#233; &#x1F600; &nbsp;x', 'a <b> & "c" é 😀 x'],
    ['&#0; &#xD800; &#1114112; &bogus;', '\uFFFD \uFFFD \uFFFD &bogus;'],
    ['<scr<script>ipt>alert(1)</script>x', 'ipt>alert(1)x'],
    ['<style>p{}</style><!-- hidden -->seen', 'seen'],
    ['2 < 3 and <3', '2 < 3 and <3'],
    ['<a href="javascript:alert(1)">click</a>', 'click'],
    ['<a href="mailto:office@example.org">write</a>', 'write (office@example.org)'],
    ['<img src=x alt="A chart"> after', 'A chart after'],
    ['unclosed <b', 'unclosed <b'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('inverts textToHtml for tidy text', () => {
    const text = 'First line\nsecond <line> & "quotes"\n\nA new paragraph';
    expect(htmlToText(textToHtml(text))).toBe(text);
  });

  it('reads hostile text without tags as text', () => {
    // 200,000 "<" with no ">", "&" with no ";", unclosed attributes: each is read once.
    const hostile = '<'.repeat(200_000) + '&'.repeat(200_000) + '<a href='.repeat(20_000);
    expect(htmlToText(hostile)).toBe(hostile);
  });
});
