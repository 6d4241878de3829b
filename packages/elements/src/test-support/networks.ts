// Small, invented fixtures for <ck-action-plan>, <ck-stakeholder-map> and <ck-knowledge-search>:
// a network of eight organisations whose analysis can be worked out by hand, a plan with one
// late measure and one indicator off track, and ten knowledge entries in two languages each.
// Every name is made up and describes no real organisation.
import type { ActionPlan, Framework, KnowledgeEntry, Network } from '@competence-kit/schemas';

/** A framework with the three competences the fixtures name, titled in en, de, it and es. */
export function networksFramework(): Framework {
  const title = (en: string, de: string, it: string, es: string) => ({ en, de, it, es });
  const competence = (id: string, t: ReturnType<typeof title>) => ({
    id,
    domain: 'communication',
    dimension: 'skills' as const,
    title: t,
    descriptors: {},
  });
  return {
    id: 'https://example.org/frameworks/networks-test',
    version: '1.0.0',
    title: { en: 'Test framework' },
    locales: ['en', 'de', 'it', 'es'],
    defaultLocale: 'en',
    scale: {
      levels: [
        { id: 'l1', rank: 1, title: { en: 'One' } },
        { id: 'l2', rank: 2, title: { en: 'Two' } },
      ],
    },
    domains: [{ id: 'communication', title: { en: 'Communication' } }],
    competences: [
      competence(
        'plain-language',
        title('Plain language', 'Leichte Sprache', 'Linguaggio chiaro', 'Lenguaje claro'),
      ),
      competence(
        'intercultural-communication',
        title(
          'Intercultural communication',
          'Interkulturelle Kommunikation',
          'Comunicazione interculturale',
          'Comunicación intercultural',
        ),
      ),
      competence(
        'residence-law',
        title('Residence law', 'Aufenthaltsrecht', 'Diritto di soggiorno', 'Derecho de residencia'),
      ),
    ],
  };
}

/**
 * Eight stakeholders, one of each type. Cooperations (undirected):
 *
 *     s7 — s2 — s1 — s4 — s5 — s6        s8 (alone)
 *            \  /
 *             s3
 *
 * Degrees: s1 3, s2 3, s3 2, s4 2, s5 2, s6 1, s7 1, s8 0.
 * Betweenness (pairs whose every shortest path runs through the node), normalised by
 * (n − 1)(n − 2) / 2 = 7 · 6 / 2 = 21:
 * - s1: one of {s2, s3, s7} with one of {s4, s5, s6}: 3 · 3 = 9 → 9/21 ≈ 0.43 (the most central);
 * - s4: one of {s5, s6} with one of {s1, s2, s3, s7}: 2 · 4 = 8 → 8/21 ≈ 0.38;
 * - s2: s7 with {s1, s3, s4, s5, s6}: 5 → 5/21 ≈ 0.24; s5: s6 with the five others: 5 → 0.24;
 * - s3, s6, s7, s8: 0.
 * Components: {s1 … s7} and {s8}; s8 is isolated. Density: 7 / (8 · 7 / 2) = 0.25.
 */
export function testNetwork(): Network {
  return {
    id: 'network-beispielfeld',
    territory: { id: 'beispielfeld', name: 'Beispielfeld', country: 'DE' },
    title: { en: 'Integration network of Beispielfeld', de: 'Integrationsnetzwerk Beispielfeld' },
    locales: ['en', 'de'],
    defaultLocale: 'de',
    synthetic: true,
    stakeholders: [
      { id: 's1', name: 'Stadtamt Beispielfeld', type: 'public-authority' },
      { id: 's2', name: 'Verein Brückenbogen', type: 'ngo' },
      { id: 's3', name: 'Rat der Neuankommenden', type: 'migrant-organisation' },
      { id: 's4', name: 'Berufskolleg Nordtal', type: 'vocational-school' },
      { id: 's5', name: 'Hochschule Südhang', type: 'university' },
      { id: 's6', name: 'Backstube Kornfeld', type: 'business' },
      { id: 's7', name: 'Nachbarschaftskreis Lindenweg', type: 'volunteers-group' },
      { id: 's8', name: 'Stiftung Stilles Wasser', type: 'other' },
    ],
    cooperations: [
      coop('c1', 's1', 's2', 'weekly'),
      coop('c2', 's1', 's3', 'monthly'),
      coop('c3', 's1', 's4', 'quarterly'),
      coop('c4', 's2', 's3', 'monthly'),
      coop('c5', 's4', 's5', 'yearly'),
      coop('c6', 's5', 's6', 'occasional'),
      coop('c7', 's2', 's7', 'monthly'),
    ],
  };
}

function coop(
  id: string,
  a: string,
  b: string,
  frequency: Network['cooperations'][number]['frequency'],
): Network['cooperations'][number] {
  return {
    id,
    stakeholders: [a, b],
    topic: { en: 'Joint work', de: 'Gemeinsame Arbeit' },
    frequency,
  };
}

/** The day the fixtures are reviewed on. */
export const TODAY = '2027-06-15';

/**
 * The plan, reviewed on 2027-06-15:
 * - m1 (in progress, 2027-01-15 … 2027-12-31) has i1 (0 → 100 letters) measured 20 on
 *   2027-06-01. Expected then: 100 · 137 / 350 ≈ 39.1 (Jan 15 → Jun 1 is 16 + 28 + 31 + 30 + 31 + 1
 *   = 137 days of 350), so it is off track, about 19.1 short.
 * - m2 (planned, starts 2027-03-01) has not started: late by 31 + 30 + 31 + 14 = 106 days.
 * - m3 (done) is not late.
 * - The needs rank plain-language 1, intercultural-communication 2 and residence-law 3; no goal
 *   names residence-law, so it is unaddressed.
 */
export function testPlan(): ActionPlan {
  return {
    id: 'plan-beispielfeld',
    territory: { id: 'beispielfeld', name: 'Beispielfeld', country: 'DE' },
    title: { en: 'Action plan 2027–2028', de: 'Aktionsplan 2027–2028' },
    locales: ['en', 'de'],
    defaultLocale: 'de',
    synthetic: true,
    period: { start: '2027-01-01', end: '2028-12-31' },
    network: 'network-beispielfeld',
    goals: [
      {
        id: 'g1',
        title: { en: 'Letters everyone understands', de: 'Briefe, die alle verstehen' },
        needs: ['plain-language'],
      },
      {
        id: 'g2',
        title: { en: 'Welcoming front desks', de: 'Einladende Schalter' },
        needs: ['intercultural-communication'],
      },
    ],
    measures: [
      {
        id: 'm1',
        goal: 'g1',
        title: { en: 'Rewrite standard letters', de: 'Standardbriefe neu schreiben' },
        owner: 's1',
        partners: ['s2', 's3'],
        start: '2027-01-15',
        end: '2027-12-31',
        status: 'in-progress',
        budget: { amount: 12000, currency: 'EUR' },
        indicators: [
          {
            id: 'i1',
            title: { en: 'Letters rewritten', de: 'Neu geschriebene Briefe' },
            unit: { en: 'letters', de: 'Briefe' },
            baseline: 0,
            target: 100,
            measurements: [{ date: '2027-06-01', value: 20 }],
          },
        ],
      },
      {
        id: 'm2',
        goal: 'g2',
        title: { en: 'Front-desk training', de: 'Schulung am Schalter' },
        owner: 's4',
        partners: ['s5'],
        start: '2027-03-01',
        end: '2027-09-30',
        status: 'planned',
        budget: { amount: 5000, currency: 'EUR' },
        indicators: [
          {
            id: 'i2',
            title: { en: 'Staff trained', de: 'Geschulte Beschäftigte' },
            unit: { en: 'people', de: 'Personen' },
            baseline: 0,
            target: 40,
            measurements: [],
          },
        ],
      },
      {
        id: 'm3',
        goal: 'g2',
        title: { en: 'Welcome buddies', de: 'Willkommenspatenschaften' },
        owner: 's2',
        partners: ['s7'],
        start: '2027-01-01',
        end: '2027-04-30',
        status: 'done',
        indicators: [],
      },
    ],
  };
}

/** The needs report's priorities the plan answers. */
export const testNeeds = {
  priorities: [
    { competence: 'plain-language', rank: 1 },
    { competence: 'intercultural-communication', rank: 2 },
    { competence: 'residence-law', rank: 3 },
  ],
};

const tags = (competences: string[], levels: number[], vopiLevels: string[] = []) =>
  ({ competences, levels, vopiLevels }) as KnowledgeEntry['tags'];

/**
 * Ten entries, each in two languages; the withdrawn testimonial (`tes-2`) never shows, so nine
 * are found. By kind: practice 4, toolkit 3, manifesto 1, testimonial 1. By language: en 9,
 * de 4 (p-off-1, t-1, t-3, man-1), it 4 (p-rav-1, p-rav-2, t-2, tes-1), es 1 (p-car-1). The
 * toolkit entries alone: en 3, de 2 (t-1, t-3), it 1 (t-2). Only p-rav-1 has the word
 * "lanternfish".
 */
export function testEntries(): KnowledgeEntry[] {
  const practice = (
    id: string,
    lang: string,
    titles: [string, string],
    territory: string,
    t: KnowledgeEntry['tags'],
  ): KnowledgeEntry => ({
    kind: 'practice',
    id,
    title: { en: titles[0], [lang]: titles[1] },
    summary: { en: `${titles[0]}: what was tried and what came of it.` },
    languages: ['en', lang],
    territory,
    tags: t,
    published: '2027-02-01',
    synthetic: true,
    challenge: { en: 'A challenge.', [lang]: '—' },
    approach: { en: 'An approach.', [lang]: '—' },
    result: { en: 'A result.', [lang]: '—' },
    transferability: { en: 'Transferable.', [lang]: '—' },
  });
  const toolkit = (
    id: string,
    lang: string,
    titles: [string, string],
    material: 'session-plan' | 'case' | 'handout',
    t: KnowledgeEntry['tags'],
    territory?: string,
  ): KnowledgeEntry => ({
    kind: 'toolkit',
    id,
    title: { en: titles[0], [lang]: titles[1] },
    summary: { en: `Material for trainers: ${titles[0].toLowerCase()}.` },
    languages: ['en', lang],
    ...(territory ? { territory } : {}),
    tags: t,
    published: '2027-03-01',
    synthetic: true,
    material,
    modules: ['module-a'],
    body: { en: 'The material.', [lang]: '—' },
  });
  return [
    practice(
      'p-rav-1',
      'it',
      ['Lanternfish letters at the registry office', 'Lettere chiare all’anagrafe'],
      'ravenna',
      tags(['plain-language'], [1, 2], ['services-and-access']),
    ),
    practice(
      'p-rav-2',
      'it',
      ['Mediators at the health desk', 'Mediatori allo sportello sanitario'],
      'ravenna',
      tags(['intercultural-communication'], [2], ['personnel']),
    ),
    practice(
      'p-off-1',
      'de',
      ['One office for all first questions', 'Ein Amt für alle ersten Fragen'],
      'landkreis-offenbach',
      tags(['plain-language'], [2, 3], ['organisation']),
    ),
    practice(
      'p-car-1',
      'es',
      ['Neighbourhood welcome walks', 'Paseos de bienvenida por el barrio'],
      'cartagena',
      tags(['intercultural-communication'], [1], ['cooperation']),
    ),
    toolkit(
      't-1',
      'de',
      ['Session plan: rewriting a letter', 'Ablaufplan: einen Brief umschreiben'],
      'session-plan',
      tags(['plain-language'], [1]),
    ),
    toolkit(
      't-2',
      'it',
      ['Case: the missed appointment', 'Caso: l’appuntamento mancato'],
      'case',
      tags(['intercultural-communication'], [2]),
    ),
    toolkit(
      't-3',
      'de',
      ['Handout: residence permits', 'Merkblatt: Aufenthaltstitel'],
      'handout',
      tags(['residence-law'], [1]),
      'landkreis-offenbach',
    ),
    {
      kind: 'manifesto',
      id: 'man-1',
      title: { en: 'Manifesto of welcoming administrations', de: 'Manifest der offenen Ämter' },
      summary: { en: 'Five principles for administrations that welcome newcomers.' },
      languages: ['en', 'de'],
      tags: tags([], [], ['organisation']),
      published: '2027-04-01',
      synthetic: true,
      body: { en: 'We commit ourselves.', de: 'Wir verpflichten uns.' },
    },
    {
      kind: 'testimonial',
      id: 'tes-1',
      title: { en: 'A trainee at the front desk', it: 'Una tirocinante allo sportello' },
      languages: ['en', 'it'],
      territory: 'ravenna',
      tags: tags(['intercultural-communication'], [], ['personnel']),
      published: '2027-05-01',
      synthetic: true,
      text: { en: 'I learnt to ask again.', it: 'Ho imparato a chiedere di nuovo.' },
      consent: { date: '2027-04-20', purpose: 'Publication in the knowledge base' },
      licence: 'CC-BY-4.0',
    },
    {
      kind: 'testimonial',
      id: 'tes-2',
      title: { en: 'Withdrawn voice', de: 'Zurückgezogene Stimme' },
      languages: ['en', 'de'],
      territory: 'landkreis-offenbach',
      tags: tags(['plain-language'], [1]),
      published: '2027-05-01',
      synthetic: true,
      text: { en: 'This must never show.', de: 'Das darf nie erscheinen.' },
      consent: {
        date: '2027-04-20',
        purpose: 'Publication in the knowledge base',
        withdrawn: '2027-05-10',
      },
      licence: 'CC-BY-4.0',
    },
  ];
}
