import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  ActionPlan,
  KnowledgeBase,
  MultiplierEvent,
  Network,
  NeedsStudy,
} from '@competence-kit/schemas';
import {
  validateActionPlan,
  validateMultiplierEvent,
  validateNetwork,
} from '@competence-kit/schemas/validators';
import { buildNeedsReport } from '@competence-kit/needs-analysis';
import {
  analyseNetwork,
  parseActionPlan,
  parseMultiplierEvent,
  parseNetwork,
  reviewActionPlan,
  type ReviewNeeds,
} from '@competence-kit/networks';
import { buildTerritory, TERRITORY_TABLES } from '../scripts/sample-networks/build.mjs';
import { loadContent } from '../scripts/sample-studies.mjs';
import {
  catalogue,
  framework,
  sampleActionPlans,
  sampleEvents,
  sampleNetworks,
  type NetworkSampleTerritory,
} from './index.js';

const root = join(import.meta.dirname, '..');
const readJson = <T>(...path: string[]): T =>
  JSON.parse(readFileSync(join(root, 'content', ...path), 'utf8')) as T;

const TERRITORIES = ['landkreis-offenbach', 'ravenna', 'cartagena'] as const;
const LOCALE: Record<NetworkSampleTerritory, string> = {
  'landkreis-offenbach': 'de',
  ravenna: 'it',
  cartagena: 'es',
};
/** The day the plans are reviewed. */
const TODAY = '2026-12-06';

/**
 * What a review and an analysis on 2026-12-06 must find, worked out by hand from the tables in
 * scripts/sample-networks/. Days: 2026-09-01 → 12-06 is 96; 10-31 → 12-06 is 36; 11-30 → 6;
 * 11-15 → 21. A measure past its end is `not-done` even when it never started (the later deadline).
 */
const EXPECTED: Record<
  NetworkSampleTerritory,
  {
    hub: string;
    isolated: string[];
    /** Groups of two or more that do not work with each other. */
    groups: number;
    late: Record<string, { reason: 'not-started' | 'not-done'; days: number }>;
    offTrack: string[];
    /** One off-track indicator worked out: expected on its date, and the shortfall. */
    example: { indicator: string; expected: number; shortfall: number };
    unaddressed: { competence: string; rank: number }[];
    withoutMigrantOrganisation: string;
  }
> = {
  'landkreis-offenbach': {
    hub: 'lko-arrival-office',
    isolated: ['lko-logistics-firm'],
    groups: 1,
    late: {
      'lko-m-barrier-check': { reason: 'not-started', days: 96 },
      'lko-m-video-interpreting': { reason: 'not-done', days: 36 },
      'lko-m-data-sharing': { reason: 'not-done', days: 6 },
    },
    offTrack: [
      'lko-m-plain-language-training/staff-trained',
      'lko-m-video-interpreting/video-sessions',
      'lko-m-data-sharing/agreements-signed',
    ],
    // 2026-03-01 → 12-31 is 305 days, → 11-30 is 274: 0 + 120 × 274 / 305 = 107.80; 107.80 − 58.
    example: {
      indicator: 'lko-m-plain-language-training/staff-trained',
      expected: 107.8,
      shortfall: 49.8,
    },
    unaddressed: [
      { competence: 'anti-discrimination-law', rank: 8 },
      { competence: 'de-escalation-conflict-handling', rank: 9 },
    ],
    withoutMigrantOrganisation: 'goal-joint-casework',
  },
  ravenna: {
    hub: 'ra-city-plural-office',
    isolated: ['ra-agri-coop'],
    groups: 1,
    late: {
      'ra-m-antidiscrimination-workshop': { reason: 'not-done', days: 6 },
      'ra-m-one-stop-day': { reason: 'not-started', days: 96 },
    },
    offTrack: [
      'ra-m-antidiscrimination-workshop/staff-trained',
      'ra-m-referral-protocol/services-signed',
    ],
    // 2026-03-01 → 11-30 is 274 days, → 10-31 is 244: 150 × 244 / 274 = 133.58; 133.58 − 96.
    example: {
      indicator: 'ra-m-antidiscrimination-workshop/staff-trained',
      expected: 133.58,
      shortfall: 37.58,
    },
    unaddressed: [
      { competence: 'impartiality-professional-ethics', rank: 8 },
      { competence: 'integration-strategy-steering', rank: 10 },
    ],
    withoutMigrantOrganisation: 'goal-permits-information',
  },
  cartagena: {
    hub: 'ct-convive-office',
    isolated: ['ct-language-academy'],
    groups: 2,
    late: {
      'ct-m-case-conferences': { reason: 'not-done', days: 21 },
      'ct-m-interpreter-workshop': { reason: 'not-started', days: 96 },
    },
    offTrack: ['ct-m-plain-forms/forms-rewritten', 'ct-m-complex-cases/staff-trained'],
    // 2026-03-01 → 2027-02-28 is 364 days, → 2026-11-30 is 274: 25 × 274 / 364 = 18.82; − 8.
    example: { indicator: 'ct-m-plain-forms/forms-rewritten', expected: 18.82, shortfall: 10.82 },
    unaddressed: [
      { competence: 'diversity-oriented-personnel-development', rank: 7 },
      { competence: 'needs-analysis-evaluation', rank: 9 },
    ],
    withoutMigrantOrganisation: 'goal-rights-knowledge',
  },
};

const content = loadContent();
const instruments = Object.values(content.instruments).filter((i) => i !== undefined);
const study = (t: string) => readJson<NeedsStudy>('samples', `${t}.json`);
/** The needs reports' priorities, built from the sample studies as the reports are. */
const needs = new Map<string, ReviewNeeds>();
beforeAll(() => {
  for (const t of TERRITORIES) {
    const report = buildNeedsReport(study(t), framework, 'en', { instruments });
    needs.set(t, {
      priorities: report.priorities.map((p) => ({ competence: p.competence, rank: p.rank })),
    });
  }
}, 30_000);

/** The knowledge base the events present: the compendium and the toolkit together. */
function knowledgeBase(): KnowledgeBase {
  const compendium = readJson<KnowledgeBase>('knowledge', 'compendium.json');
  const toolkit = readJson<KnowledgeBase>('knowledge', 'toolkit.json');
  return { ...compendium, entries: [...compendium.entries, ...toolkit.entries] };
}

/** The issues of a parse result (empty when it parsed), so a failure shows them. */
const issuesOf = (r: { ok: true } | { ok: false; issues: unknown[] }) => (r.ok ? [] : r.issues);

describe('the pilot territories’ sample networks, action plans and events', () => {
  it('are the three pilot territories, marked synthetic, in the city’s language and English', () => {
    for (const t of TERRITORIES) {
      const s = study(t);
      const locale = LOCALE[t];
      const docs: (Network | ActionPlan | MultiplierEvent)[] = [
        sampleNetworks[t],
        sampleActionPlans[t],
        sampleEvents[t],
      ];
      for (const doc of docs) {
        expect(doc.synthetic).toBe(true);
        expect(doc.locales).toEqual([locale, 'en']);
      }
      for (const doc of [sampleNetworks[t], sampleActionPlans[t]]) {
        expect(doc.defaultLocale).toBe(locale);
        expect(doc.territory).toEqual({
          id: t,
          name: s.territory.name[locale],
          country: s.territory.country,
        });
      }
      expect(sampleEvents[t].territory).toBe(t);
    }
    expect(Object.keys(sampleNetworks)).toEqual([...TERRITORIES]);
  });

  it('write every text in both languages, never the English copied into the city’s language', () => {
    // Every text is a { <city language>, en } pair; none is the same string twice (the parse
    // functions check that both exist, not that one was translated).
    const texts = (value: unknown): Record<string, unknown>[] => {
      if (Array.isArray(value)) return value.flatMap(texts);
      if (value === null || typeof value !== 'object') return [];
      const record = value as Record<string, unknown>;
      if (typeof record.en === 'string') return [record];
      return Object.values(record).flatMap(texts);
    };
    for (const t of TERRITORIES) {
      const all = [sampleNetworks[t], sampleActionPlans[t], sampleEvents[t]].flatMap(texts);
      expect(all.length).toBeGreaterThan(150);
      for (const text of all) {
        expect(Object.keys(text).sort(), JSON.stringify(text)).toEqual([LOCALE[t], 'en'].sort());
        expect(text[LOCALE[t]], JSON.stringify(text)).not.toBe(text.en);
      }
    }
  });

  it('pass their schemas', () => {
    for (const t of TERRITORIES) {
      // Each validator runs before its errors are read, so a failure shows this document's errors.
      const network = validateNetwork(sampleNetworks[t]);
      expect(network, JSON.stringify(validateNetwork.errors)).toBe(true);
      const plan = validateActionPlan(sampleActionPlans[t]);
      expect(plan, JSON.stringify(validateActionPlan.errors)).toBe(true);
      const event = validateMultiplierEvent(sampleEvents[t]);
      expect(event, JSON.stringify(validateMultiplierEvent.errors)).toBe(true);
    }
  });

  it('are exactly what the tables in scripts/sample-networks/ build (no hand edits)', () => {
    for (const t of TERRITORIES)
      expect(buildTerritory(TERRITORY_TABLES[t])).toEqual({
        network: sampleNetworks[t],
        actionPlan: sampleActionPlans[t],
        event: sampleEvents[t],
      });
  });

  it('parse with no issues, against the framework, the network and the knowledge base', () => {
    const kb = knowledgeBase();
    for (const t of TERRITORIES) {
      const network = sampleNetworks[t];
      expect(issuesOf(parseNetwork(network))).toEqual([]);
      expect(issuesOf(parseActionPlan(sampleActionPlans[t], { network, framework }))).toEqual([]);
      expect(issuesOf(parseMultiplierEvent(sampleEvents[t], { knowledgeBase: kb }))).toEqual([]);
    }
  });
});

describe('the sample networks', () => {
  it('have 15–30 organisations of every type and 25–60 cooperations', () => {
    for (const t of TERRITORIES) {
      const n = sampleNetworks[t];
      expect(n.stakeholders.length).toBeGreaterThanOrEqual(15);
      expect(n.stakeholders.length).toBeLessThanOrEqual(30);
      expect(n.cooperations.length).toBeGreaterThanOrEqual(25);
      expect(n.cooperations.length).toBeLessThanOrEqual(60);
      // Every type, so that "type missing from the network" is not what the analysis finds.
      expect(new Set(n.stakeholders.map((s) => s.type)).size).toBe(8);
    }
  });

  it('name a person only with consent, at most two per network, and use functional .example addresses', () => {
    for (const t of TERRITORIES) {
      const contacts = sampleNetworks[t].stakeholders.map((s) => s.contact);
      const named = contacts.filter((c) => c?.person !== undefined);
      expect(named.length).toBeGreaterThanOrEqual(1);
      expect(named.length).toBeLessThanOrEqual(2);
      for (const c of named) {
        expect(c?.consent?.date).toBeDefined();
        expect((c?.consent?.date ?? '') <= TODAY).toBe(true);
        expect(c?.consent?.withdrawn).toBeUndefined();
      }
      for (const c of contacts) expect(c?.email).toMatch(/^[a-z.-]+@[a-z0-9.-]+\.example$/);
    }
  });

  it('show a hub, an isolated member and, in Cartagena, a group apart', () => {
    for (const t of TERRITORIES) {
      const expected = EXPECTED[t];
      const analysis = analyseNetwork(sampleNetworks[t]);
      expect(analysis.isolated).toEqual(expected.isolated);
      expect(analysis.components.filter((c) => c.length > 1)).toHaveLength(expected.groups);
      const central = analysis.findings.find((f) => f.code === 'central');
      expect(central?.params.stakeholders).toEqual([expected.hub]);
      const top = [...analysis.centrality].sort((a, b) => b.degree - a.degree)[0];
      expect(top?.stakeholder).toBe(expected.hub);
    }
    // The Campo de Cartagena group: three organisations that only work with each other.
    const groups = analyseNetwork(sampleNetworks.cartagena).components;
    expect(groups[1]?.slice().sort()).toEqual([
      'ct-horticulture-coop',
      'ct-rural-volunteers',
      'ct-seasonal-workers',
    ]);
  });
});

describe('the sample action plans', () => {
  it('answer their needs report: its priorities, its strategy goals, its territory and period', () => {
    for (const t of TERRITORIES) {
      const plan = sampleActionPlans[t];
      const s = study(t);
      const priorities = new Set(needs.get(t)!.priorities.map((p) => p.competence));
      const strategyGoals = new Set(s.strategy!.goals.map((g) => g.id));
      expect(plan.needsReport).toEqual({ territory: t, period: s.period, sequence: 1 });
      expect(plan.network).toBe(sampleNetworks[t].id);
      expect(plan.period).toEqual({ start: '2026-01-01', end: '2027-12-31' });
      expect(plan.goals.length).toBeGreaterThanOrEqual(4);
      expect(plan.goals.length).toBeLessThanOrEqual(6);
      for (const goal of plan.goals) {
        for (const need of goal.needs) expect(priorities, `${t} ${goal.id}`).toContain(need);
        expect(strategyGoals).toContain(goal.strategyGoal);
      }
    }
  });

  it('have 12–20 measures with budgets in EUR, 1–3 indicators, catalogue modules and a mix of statuses', () => {
    const modules = new Set(catalogue.modules.map((m) => m.id));
    for (const t of TERRITORIES) {
      const { measures } = sampleActionPlans[t];
      expect(measures.length).toBeGreaterThanOrEqual(12);
      expect(measures.length).toBeLessThanOrEqual(20);
      for (const m of measures) {
        expect(m.budget?.currency).toBe('EUR');
        expect(m.budget?.amount).toBeGreaterThan(0);
        expect(m.indicators.length).toBeGreaterThanOrEqual(1);
        expect(m.indicators.length).toBeLessThanOrEqual(3);
        for (const id of m.modules ?? []) expect(modules).toContain(id);
      }
      expect(measures.filter((m) => (m.modules ?? []).length > 0).length).toBeGreaterThanOrEqual(4);
      const statuses = new Set(measures.map((m) => m.status));
      for (const s of ['planned', 'in-progress', 'done', 'cancelled'] as const)
        expect(statuses, `${t} ${s}`).toContain(s);
    }
  });

  it('reviewed on 2026-12-06 show late measures, off-track indicators and unaddressed priorities', () => {
    for (const t of TERRITORIES) {
      const expected = EXPECTED[t];
      const review = reviewActionPlan(sampleActionPlans[t], TODAY, { needs: needs.get(t)! });
      expect(
        Object.fromEntries(review.late.map((l) => [l.measure, { reason: l.reason, days: l.days }])),
      ).toEqual(expected.late);
      expect(review.offTrack.map((o) => `${o.measure}/${o.indicator}`).sort()).toEqual(
        [...expected.offTrack].sort(),
      );
      const example = review.offTrack.find(
        (o) => `${o.measure}/${o.indicator}` === expected.example.indicator,
      );
      expect(example?.expected).toBeCloseTo(expected.example.expected, 0);
      expect(example?.shortfall).toBeCloseTo(expected.example.shortfall, 0);
      expect(review.unaddressed).toEqual(
        expected.unaddressed.map((u) => ({ ...u, reason: 'no-goal' })),
      );
    }
  });

  it('leave one goal without any migrant organisation, and the analysis says so', () => {
    for (const t of TERRITORIES) {
      const goal = EXPECTED[t].withoutMigrantOrganisation;
      const analysis = analyseNetwork(sampleNetworks[t], sampleActionPlans[t]);
      const withoutMigrants = analysis.missingTypesByGoal
        .filter((g) => g.missing.includes('migrant-organisation'))
        .map((g) => g.goal);
      expect(withoutMigrants).toEqual([goal]);
      expect(analysis.findings).toContainEqual({
        code: 'type-missing-from-goal',
        params: expect.objectContaining({ goal, type: 'migrant-organisation' }),
      });
    }
  });
});

describe('the sample multiplier events', () => {
  it('present entries of the knowledge base, in a programme in time order', () => {
    const ids = new Set(knowledgeBase().entries.map((e) => e.id));
    for (const t of TERRITORIES) {
      const e = sampleEvents[t];
      expect(e.outputs).toContain('manifesto-cities');
      expect(e.outputs.some((id) => id.startsWith(`practice-${t}-`))).toBe(true);
      expect(e.outputs.some((id) => id.startsWith('session-'))).toBe(true);
      for (const id of e.outputs) expect(ids, `${t}: ${id}`).toContain(id);
      const starts = e.programme.map((p) => p.start);
      expect(starts).toEqual([...starts].sort());
      for (const p of e.programme) if (p.end) expect(p.end > p.start).toBe(true);
    }
  });

  it('stay within capacity; the past event in Ravenna reports attendance, the later ones do not', () => {
    const total = (counts: object = {}) =>
      Object.values(counts).reduce(
        (n: number, c: unknown) => n + (typeof c === 'number' ? c : 0),
        0,
      );
    for (const t of TERRITORIES) {
      const e = sampleEvents[t];
      expect(total(e.registrations)).toBeLessThanOrEqual(e.capacity);
      expect(e.attendance !== undefined).toBe(e.date < TODAY);
    }
    const ravenna = sampleEvents.ravenna;
    // 34 + 16 + 11 + 4 + 5 + 6 + 5 + 1 + 2 = 84 registered; 29 + 14 + 10 + 3 + 4 + 3 + 5 + 1 + 2 = 71 came.
    expect(total(ravenna.registrations)).toBe(84);
    expect(total(ravenna.attendance)).toBe(71);
    for (const [type, n] of Object.entries(ravenna.attendance ?? {}))
      expect(n).toBeLessThanOrEqual(ravenna.registrations[type as 'ngo'] ?? 0);
  });
});
