import { describe, expect, it } from 'vitest';
import type {
  KnowledgeEntry,
  LocalizedText,
  ManifestoEntry,
  PracticeEntry,
  TestimonialEntry,
  ToolkitEntry,
} from '@competence-kit/schemas';
import type { KnowledgeQuery } from '../types.js';
import { indexKnowledge, searchKnowledge, visibleEntries } from './index.js';

const empty: LocalizedText = {};
type Common = Pick<PracticeEntry, 'id' | 'title' | 'languages' | 'tags'> &
  Partial<Pick<PracticeEntry, 'territory' | 'summary'>>;

const practice = (c: Common & Partial<PracticeEntry>): PracticeEntry => ({
  kind: 'practice',
  published: '2025-03-01',
  challenge: empty,
  approach: empty,
  result: empty,
  transferability: empty,
  ...c,
});
const toolkit = (c: Common & Partial<ToolkitEntry>): ToolkitEntry => ({
  kind: 'toolkit',
  published: '2025-03-01',
  material: 'handout',
  modules: ['plain-language-letters-and-forms'],
  body: empty,
  ...c,
});
const manifesto = (c: Common & Partial<ManifestoEntry>): ManifestoEntry => ({
  kind: 'manifesto',
  published: '2025-03-01',
  body: empty,
  ...c,
});
const testimonial = (
  c: Common & Partial<TestimonialEntry>,
  withdrawn?: string,
): TestimonialEntry => ({
  kind: 'testimonial',
  published: '2025-03-01',
  text: empty,
  consent: {
    date: '2024-05-02',
    purpose: 'Shown in the knowledge base',
    ...(withdrawn ? { withdrawn } : {}),
  },
  licence: 'CC-BY-4.0',
  ...c,
});

// Six visible entries and one withdrawn testimonial; the facet counts below are worked out by
// hand from this table:
//
//   entry             kind         territory            levels  competences     vopi      languages
//   e1 interpreters   practice     landkreis-offenbach  1, 2    wwi             s&a       de
//   e2 education      practice     cartagena            2       outreach        coop      es, en
//   e3 letters        toolkit      ravenna              1       plain           s&a       it, en
//   e4 manifesto      manifesto    (general)            3       plain, wwi      org       en, de
//   e5 testimonial    testimonial  ravenna              2       wwi             personnel it
//   e6 case           toolkit      landkreis-offenbach  2, 3    residence       s&a, pers de
//   (withdrawn)       testimonial  landkreis-offenbach  4       anti-discrim.   personnel de
const wwi = 'working-with-interpreters';
const entries: KnowledgeEntry[] = [
  practice({
    id: 'e1-interpreters',
    title: { de: 'Dolmetscherinnen im Bürgeramt' },
    languages: ['de'],
    territory: 'landkreis-offenbach',
    tags: { competences: [wwi], levels: [1, 2], vopiLevels: ['services-and-access'] },
    approach: { de: 'Ein Pool von Sprachmittlerinnen für Termine am Empfang.' },
  }),
  practice({
    id: 'e2-education',
    title: {
      es: 'Educación para familias recién llegadas',
      en: 'Education for newly arrived families',
    },
    languages: ['es', 'en'],
    territory: 'cartagena',
    tags: { competences: ['target-group-outreach'], levels: [2], vopiLevels: ['cooperation'] },
  }),
  toolkit({
    id: 'e3-letters',
    title: { it: 'Lettere in linguaggio chiaro', en: 'Letters in plain language' },
    languages: ['it', 'en'],
    territory: 'ravenna',
    tags: {
      competences: ['plain-language-communication'],
      levels: [1],
      vopiLevels: ['services-and-access'],
      keywords: ['Vorlage'],
    },
    trainerNotes: { en: 'Bring printed copies' },
  }),
  manifesto({
    id: 'e4-manifesto',
    title: { en: 'Our commitments', de: 'Unsere Verpflichtungen' },
    languages: ['en', 'de'],
    tags: {
      competences: ['plain-language-communication', wwi],
      levels: [3],
      vopiLevels: ['organisation'],
    },
    principles: [{ en: 'Every letter can be understood', de: 'Jeder Brief ist verständlich' }],
  }),
  testimonial({
    id: 'e5-testimonial',
    title: { it: 'La mediatrice allo sportello' },
    languages: ['it'],
    territory: 'ravenna',
    tags: { competences: [wwi], levels: [2], vopiLevels: ['personnel'] },
    speaker: { it: 'Operatrice del comune' },
    media: {
      kind: 'photo',
      uri: 'https://example.invalid/p.jpg',
      alt: { it: 'Sportello affollato' },
    },
  }),
  toolkit({
    id: 'e6-case',
    title: { de: 'Fallbeispiel Aufenthaltstitel' },
    languages: ['de'],
    territory: 'landkreis-offenbach',
    tags: {
      competences: ['residence-law-basics'],
      levels: [2, 3],
      vopiLevels: ['services-and-access', 'personnel'],
    },
  }),
  testimonial(
    {
      id: 'e7-withdrawn',
      title: { de: 'Mein Weg mit dem Dolmetscher' },
      languages: ['de'],
      territory: 'landkreis-offenbach',
      tags: { competences: ['anti-discrimination-law'], levels: [4], vopiLevels: ['personnel'] },
      text: { de: 'Geheimwort Zurückgezogen' },
    },
    '2025-01-10',
  ),
];
const index = indexKnowledge(entries);
const ids = (query: KnowledgeQuery) => searchKnowledge(index, query).hits.map((h) => h.id);
const visibleIds = [
  'e1-interpreters',
  'e2-education',
  'e3-letters',
  'e4-manifesto',
  'e5-testimonial',
  'e6-case',
];

describe('visibleEntries and the withdrawn testimonial', () => {
  it('drops testimonials whose consent was withdrawn, and those without a consent record', () => {
    expect(visibleEntries(entries).map((e) => e.id)).toEqual(visibleIds);
    const noConsent = {
      ...entries[4]!,
      id: 'no-consent',
      consent: undefined,
    } as unknown as KnowledgeEntry;
    expect(visibleEntries([noConsent, entries[0]!]).map((e) => e.id)).toEqual(['e1-interpreters']);
  });

  it('never finds a withdrawn testimonial, by any of its words or facets', () => {
    expect(index.entries.map((e) => e.id)).toEqual(visibleIds);
    expect(ids({ text: 'Geheimwort' })).toEqual([]);
    expect(ids({ text: 'Dolmetscher' })).toEqual(['e1-interpreters']); // e7's title has it exactly
    expect(ids({ levels: [4] })).toEqual([]);
    const { facets } = searchKnowledge(index, {});
    expect(facets.competences).not.toHaveProperty('anti-discrimination-law');
    expect(facets.levels).not.toHaveProperty('4');
    expect(facets.kinds.testimonial).toBe(1);
  });
});

describe('searchKnowledge: text', () => {
  it('finds "Dolmetscherinnen" by the prefix "Dolmetscher" and "educación" by "educacion"', () => {
    expect(ids({ text: 'Dolmetscher' })).toEqual(['e1-interpreters']);
    expect(ids({ text: 'educacion' })).toEqual(['e2-education']);
    expect(ids({ text: 'EDUCACIÓN' })).toEqual(['e2-education']);
    expect(ids({ text: 'buergeramt' })).toEqual([]); // ü is u, not ue
    expect(ids({ text: 'Bürgeramt' })).toEqual(['e1-interpreters']);
  });

  it('reads every text of every kind, in every language, and the keywords', () => {
    expect(ids({ text: 'Sprachmittlerinnen' })).toEqual(['e1-interpreters']); // practice approach
    expect(ids({ text: 'newly arrived' })).toEqual(['e2-education']); // the English title
    expect(ids({ text: 'printed copies' })).toEqual(['e3-letters']); // toolkit trainer notes
    expect(ids({ text: 'vorlage' })).toEqual(['e3-letters']); // a keyword
    expect(ids({ text: 'verständlich' })).toEqual(['e4-manifesto']); // a principle, in German
    expect(ids({ text: 'operatrice comune' })).toEqual(['e5-testimonial']); // the speaker
    expect(ids({ text: 'affollato' })).toEqual(['e5-testimonial']); // the photo's alt text
  });

  it('needs every word (AND); earlier words match longer words only from four letters', () => {
    expect(ids({ text: 'letters plain' })).toEqual(['e3-letters']);
    expect(ids({ text: 'letters families' })).toEqual([]);
    // "dolm" (4 letters) may begin a longer word anywhere; "dol" (3) only as the last word.
    expect(ids({ text: 'dolm bürgeramt' })).toEqual(['e1-interpreters']);
    expect(ids({ text: 'dol bürgeramt' })).toEqual([]);
    expect(ids({ text: 'bürgeramt dol' })).toEqual(['e1-interpreters']);
    // A word given twice counts once.
    expect(ids({ text: 'chiaro chiaro' })).toEqual(['e3-letters']);
  });

  it('answers a two-letter beginning (merged in advance) as the longer one it stands for', () => {
    // Every word beginning with "le" begins with "let" (lettere, letters, letter): same answer.
    const two = searchKnowledge(index, { text: 'le' }).hits;
    const three = searchKnowledge(index, { text: 'let' }).hits;
    expect(two.map((h) => h.id).sort()).toEqual(['e3-letters', 'e4-manifesto']);
    expect(two.map((h) => [h.id, h.score])).toEqual(three.map((h) => [h.id, h.score]));
  });

  it('matches every entry, in input order with score 0, when the text has no words', () => {
    for (const text of ['', '   ', '¿?', 'a e y']) {
      const result = searchKnowledge(index, { text });
      expect(result.hits.map((h) => h.id)).toEqual(visibleIds);
      expect(result.hits.every((h) => h.score === 0)).toBe(true);
      expect(result.total).toBe(6);
    }
  });

  it('indexes an empty list, and entries without any words (found by facets only)', () => {
    const none = searchKnowledge(indexKnowledge([]), { text: 'anything' });
    expect(none).toEqual({
      hits: [],
      total: 0,
      facets: {
        kinds: {},
        competences: {},
        levels: {},
        vopiLevels: {},
        territories: {},
        languages: {},
      },
    });
    const blank = practice({ id: 'blank', title: {}, languages: ['en'], tags: { levels: [4] } });
    const idx = indexKnowledge([blank]);
    expect(idx.words).toBe(0);
    expect(searchKnowledge(idx, { levels: [4] }).hits.map((h) => h.id)).toEqual(['blank']);
    expect(searchKnowledge(idx, { text: 'blank' }).total).toBe(0);
  });

  it('returns the entry object itself with its id and kind', () => {
    const [hit] = searchKnowledge(index, { text: 'mediatrice' }).hits;
    expect(hit).toMatchObject({ id: 'e5-testimonial', kind: 'testimonial' });
    expect(hit!.entry).toBe(entries[4]);
  });
});

describe('searchKnowledge: scores', () => {
  // Two entries of five words each: "mediation" once, in A's body and in B's title.
  const a = practice({
    id: 'a-body',
    title: { en: 'Counter service' },
    languages: ['en'],
    tags: {},
    challenge: { en: 'mediation desk open' },
  });
  const b = practice({
    id: 'b-title',
    title: { en: 'Mediation service' },
    languages: ['en'],
    tags: {},
    challenge: { en: 'counter desk open' },
  });

  it('weighs a title hit above a body hit (hand-computed BM25)', () => {
    // n = 2, df(mediation) = 2: idf = ln(1 + 0.5 / 2.5) = ln 1.2 = 0.18232. Both entries have
    // 5 words, the average, so the length norm is k1 = 1.2. A: w = 1 → 0.18232 × 2.2 / 2.2 =
    // 0.18232. B: w = 3 → 0.18232 × 6.6 / 4.2 = 0.28650.
    const result = searchKnowledge(indexKnowledge([a, b]), { text: 'mediation' });
    expect(result.hits.map((h) => h.id)).toEqual(['b-title', 'a-body']);
    expect(result.hits[0]!.score).toBeCloseTo(0.2865, 4);
    expect(result.hits[1]!.score).toBeCloseTo(0.18232, 4);
  });

  it('keeps the input order on equal scores', () => {
    const b2 = { ...b, id: 'b2-title' };
    const result = searchKnowledge(indexKnowledge([a, b, b2]), { text: 'mediation' });
    expect(result.hits.map((h) => h.id)).toEqual(['b-title', 'b2-title', 'a-body']);
    expect(result.hits[0]!.score).toBe(result.hits[1]!.score);
    const reversed = searchKnowledge(indexKnowledge([b2, a, b]), { text: 'mediation' });
    expect(reversed.hits.map((h) => h.id)).toEqual(['b2-title', 'b-title', 'a-body']);
  });

  it('scores a word matched only as a prefix at half the exact match', () => {
    // Same length, same df: the exact "integration" scores s, "integrationskurs" s × 0.5.
    const longer = practice({
      id: 'longer',
      title: { de: 'Integrationskurs' },
      languages: ['de'],
      tags: {},
    });
    const exact = practice({
      id: 'exact',
      title: { en: 'Integration' },
      languages: ['en'],
      tags: {},
    });
    const { hits } = searchKnowledge(indexKnowledge([longer, exact]), { text: 'integration' });
    expect(hits.map((h) => h.id)).toEqual(['exact', 'longer']);
    expect(hits[1]!.score).toBe(hits[0]!.score / 2);
  });

  it('pages through the ranked hits; total counts them all', () => {
    const many = Array.from({ length: 7 }, (_, i) =>
      practice({
        id: `p${i}`,
        title: { en: i % 2 ? 'Mediation' : 'Desk' },
        languages: ['en'],
        tags: {},
        challenge: { en: 'mediation' },
      }),
    );
    const idx = indexKnowledge(many);
    // Odd entries have "mediation" in the title too (higher score): p1, p3, p5, then p0, p2, p4, p6.
    const all = searchKnowledge(idx, { text: 'mediation', limit: 100 }).hits.map((h) => h.id);
    expect(all).toEqual(['p1', 'p3', 'p5', 'p0', 'p2', 'p4', 'p6']);
    const page = (offset: number, limit: number) =>
      searchKnowledge(idx, { text: 'mediation', offset, limit });
    expect(page(0, 3).hits.map((h) => h.id)).toEqual(['p1', 'p3', 'p5']);
    expect(page(2, 3).hits.map((h) => h.id)).toEqual(['p5', 'p0', 'p2']);
    expect(page(6, 3).hits.map((h) => h.id)).toEqual(['p6']);
    expect(page(9, 3).hits).toEqual([]);
    expect(page(0, 0)).toMatchObject({ hits: [], total: 7 });
    expect(page(2, 3).total).toBe(7);
  });

  it('returns 20 hits when no limit is given', () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      practice({ id: `q${i}`, title: { en: 'Desk' }, languages: ['en'], tags: {} }),
    );
    const result = searchKnowledge(indexKnowledge(many), {});
    expect(result.hits).toHaveLength(20);
    expect(result.hits[19]!.id).toBe('q19');
    expect(result.total).toBe(25);
  });
});

describe('searchKnowledge: facets', () => {
  it('ANDs facets, ORs values, and counts each facet with its own filter left out (by hand)', () => {
    const result = searchKnowledge(index, {
      territories: ['landkreis-offenbach', 'ravenna'],
      levels: [2],
    });
    // Both filters: e1 (offenbach, 1–2), e5 (ravenna, 2), e6 (offenbach, 2–3); e3 has only level 1.
    expect(result.hits.map((h) => h.id)).toEqual(['e1-interpreters', 'e5-testimonial', 'e6-case']);
    expect(result.total).toBe(3);
    expect(result.facets).toEqual({
      // Both filters apply: e1, e5, e6.
      kinds: { manifesto: 0, practice: 1, testimonial: 1, toolkit: 1 },
      competences: {
        'plain-language-communication': 0,
        'residence-law-basics': 1,
        'target-group-outreach': 0,
        [wwi]: 2,
      },
      // Without the level filter: e1, e3, e5, e6 → level 1: e1, e3; 2: e1, e5, e6; 3: e6.
      levels: { '1': 2, '2': 3, '3': 1 },
      vopiLevels: { cooperation: 0, organisation: 0, personnel: 2, 'services-and-access': 2 },
      // Without the territory filter, level 2: e1, e2, e5, e6.
      territories: { cartagena: 1, 'landkreis-offenbach': 2, ravenna: 1 },
      languages: { de: 2, en: 0, es: 0, it: 1 },
    });
  });

  it('combines text and facets, and counts facets over the text matches', () => {
    // "letter" is a prefix of "lettere" and "letters" (e3) and of "letter" (e4's principle).
    const result = searchKnowledge(index, { text: 'letter', languages: ['en'] });
    expect(result.hits.map((h) => h.id).sort()).toEqual(['e3-letters', 'e4-manifesto']);
    expect(result.facets.languages).toEqual({ de: 1, en: 2, es: 0, it: 1 });
    expect(result.facets.kinds).toEqual({ manifesto: 1, practice: 0, testimonial: 0, toolkit: 1 });
    expect(ids({ text: 'letter', kinds: ['manifesto'] })).toEqual(['e4-manifesto']);
  });

  it('treats an empty list as no filter, and lists chosen values the index does not have', () => {
    expect(ids({ kinds: [], levels: [] })).toEqual(visibleIds);
    const result = searchKnowledge(index, { territories: ['atlantis', '__proto__'] });
    expect(result.total).toBe(0);
    expect(result.facets.territories).toEqual({
      ['__proto__']: 0, // computed, so that it is an own key and not the prototype
      atlantis: 0,
      cartagena: 1,
      'landkreis-offenbach': 2,
      ravenna: 2,
    });
    expect(Object.getPrototypeOf(result.facets.territories)).toBe(Object.prototype);
    expect(Object.keys(result.facets.territories)).toContain('__proto__');
  });
});

describe('bad input', () => {
  it('refuses what is not a list of entries, naming the path', () => {
    expect(() => indexKnowledge('entries' as never)).toThrow(
      /indexKnowledge: the argument "entries" must be an array/,
    );
    expect(() => indexKnowledge([null] as never)).toThrow(/at \/0 must be a knowledge entry/);
    const bad = (patch: object) => [entries[0]!, { ...entries[1]!, ...patch }] as never;
    expect(() => indexKnowledge(bad({ kind: 'essay' }))).toThrow(/at \/1\/kind must be one of/);
    expect(() => indexKnowledge(bad({ title: { es: 5 } }))).toThrow(
      /at \/1\/title\/es must be a string; got a number/,
    );
    expect(() => indexKnowledge(bad({ tags: { levels: ['2'] } }))).toThrow(
      /at \/1\/tags\/levels\/0 must be a whole number/,
    );
    expect(() => indexKnowledge(bad({ languages: 'es' }))).toThrow(
      /at \/1\/languages must be an array/,
    );
    expect(() => visibleEntries({} as never)).toThrow(TypeError);
    expect(() => visibleEntries([1] as never)).toThrow(/visibleEntries: .* at \/0/);
  });

  it('refuses a query that is not an object, or has fields of the wrong type', () => {
    const cases: [unknown, RegExp][] = [
      [null, /the argument "query" must be a KnowledgeQuery \(an object\); got null/],
      ['dolmetscher', /the argument "query" .* got "dolmetscher"/],
      [[], /the argument "query" .* got an array/],
      [{ text: 5 }, /query\.text must be a string; got 5/],
      [{ limit: -1 }, /query\.limit must be a whole number ≥ 0; got -1/],
      [{ offset: 1.5 }, /query\.offset must be a whole number ≥ 0; got 1\.5/],
      [{ limit: Infinity }, /query\.limit must be a whole number/],
      [{ levels: ['2'] }, /query\.levels\[0\] must be a whole number; got "2"/],
      [{ territories: 'ravenna' }, /query\.territories must be an array of strings/],
      [{ kinds: [null] }, /query\.kinds\[0\] must be a string; got null/],
      [
        { territory: ['ravenna'] },
        /query\.territory is not a field of a KnowledgeQuery \(text, kinds,/,
      ],
    ];
    for (const [query, message] of cases) {
      expect(() => searchKnowledge(index, query as KnowledgeQuery)).toThrow(TypeError);
      expect(() => searchKnowledge(index, query as KnowledgeQuery)).toThrow(message);
    }
    expect(() => searchKnowledge({ entries: [], words: 0 }, {})).toThrow(
      /the argument "index" must be a KnowledgeIndex made by indexKnowledge/,
    );
  });

  it('answers hostile query text without trouble', () => {
    const hostile = '(.*)+[\\]^$|?{} __proto__ constructor \ud800 x\udfffy '
      .repeat(400)
      .slice(0, 10_000);
    expect(hostile).toHaveLength(10_000);
    const result = searchKnowledge(index, { text: hostile });
    expect(result).toMatchObject({ hits: [], total: 0 });
    // A real word next to the noise still needs the noise's words too (AND).
    expect(ids({ text: `${hostile} chiaro` })).toEqual([]);
    expect(ids({ text: '__proto__' })).toEqual([]);
    expect(ids({ text: 'constructor' })).toEqual([]);
  });
});
