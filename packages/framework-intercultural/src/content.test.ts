import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseFramework,
  translationCoverage,
  collectTexts,
  competencesByDomain,
} from '@competence-kit/model';
import { framework, PILOT_LOCALES } from './index.js';

const LEVELS = framework.scale.levels.map((l) => l.id);
const DIGCOMP = 'tag:w3id.org,2026:competence-kit/digcomp/2.2';
const ROLES = [
  'front-desk',
  'immigration-case-worker',
  'employment-adviser',
  'social-services',
  'team-lead',
  'integration-coordinator',
  'intercultural-mediator',
  'reception-centre-staff',
];

describe('the intercultural framework', () => {
  it('passes parseFramework with no issues', () => {
    const result = parseFramework(structuredClone(framework));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('is 100 % translated into German, Italian, Spanish and English', () => {
    const coverage = translationCoverage(framework);
    for (const locale of PILOT_LOCALES) {
      const c = coverage.find((x) => x.locale === locale);
      expect(c, locale).toMatchObject({ required: true, ratio: 1, missing: [] });
    }
    expect([...framework.locales].sort()).toEqual([...PILOT_LOCALES].sort());
  });

  it('has 4 ordered levels and 18 to 30 competences in every dimension', () => {
    expect(LEVELS).toHaveLength(4);
    expect(framework.competences.length).toBeGreaterThanOrEqual(18);
    expect(framework.competences.length).toBeLessThanOrEqual(30);
    const dimensions = new Set(framework.competences.map((c) => c.dimension));
    expect([...dimensions].sort()).toEqual(['attitudes', 'knowledge', 'skills', 'values']);
    for (const domain of framework.domains) {
      expect(competencesByDomain(framework, domain.id).length, domain.id).toBeGreaterThan(0);
    }
  });

  it('describes every competence at every level in every pilot language', () => {
    for (const c of framework.competences) {
      expect(Object.keys(c.descriptors).sort(), c.id).toEqual([...LEVELS].sort());
      for (const level of LEVELS) {
        for (const locale of PILOT_LOCALES) {
          expect(
            c.descriptors[level]?.[locale]?.trim().length ?? 0,
            `${c.id} ${level} ${locale}`,
          ).toBeGreaterThan(20);
        }
      }
    }
  });

  it('never repeats a descriptor, in any language', () => {
    for (const locale of PILOT_LOCALES) {
      const seen = new Map<string, string>();
      for (const c of framework.competences) {
        for (const level of LEVELS) {
          const text = c.descriptors[level]![locale]!.trim().toLowerCase();
          expect(
            seen.get(text),
            `${locale}: ${c.id}/${level} repeats ${seen.get(text)}`,
          ).toBeUndefined();
          seen.set(text, `${c.id}/${level}`);
        }
      }
    }
  });

  it('has the eight role profiles, each targeting every competence', () => {
    const profiles = framework.roleProfiles ?? [];
    for (const id of ROLES) expect(profiles.map((p) => p.id)).toContain(id);
    for (const profile of profiles) {
      expect(Object.keys(profile.targets).sort(), profile.id).toEqual(
        framework.competences.map((c) => c.id).sort(),
      );
    }
  });

  it('differentiates the role profiles', () => {
    const rank = (level: string) => LEVELS.indexOf(level);
    const total = (id: string) => {
      const p = framework.roleProfiles!.find((r) => r.id === id)!;
      return Object.values(p.targets).reduce((sum, l) => sum + rank(l!), 0);
    };
    // A coordinator needs more overall than a front desk; no two profiles are identical.
    expect(total('integration-coordinator')).toBeGreaterThan(total('front-desk'));
    const signatures = framework.roleProfiles!.map((p) =>
      JSON.stringify(Object.entries(p.targets).sort()),
    );
    expect(new Set(signatures).size).toBe(signatures.length);
  });

  it('keeps its ids stable: kebab-case and equal to the committed list', () => {
    const ids = {
      domains: framework.domains.map((d) => d.id),
      levels: LEVELS,
      competences: framework.competences.map((c) => c.id),
      roleProfiles: (framework.roleProfiles ?? []).map((r) => r.id),
    };
    for (const id of Object.values(ids).flat())
      expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
    // Renaming or removing an id breaks every city's data: it must be deliberate (update
    // content/ids.json and release a major version).
    const committed = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'content', 'ids.json'), 'utf8'),
    );
    expect(ids).toEqual(committed);
  });

  it('maps to ESCO with well-formed ESCO skill URIs and to the RFCDC by number', () => {
    const mappings = framework.mappings ?? [];
    const esco = mappings.filter(
      (m) => m.scheme === 'http://data.europa.eu/esco/concept-scheme/skills',
    );
    const rfcdc = mappings.filter((m) =>
      m.scheme.includes('reference-framework-of-competences-for-democratic-culture'),
    );
    const digcomp = mappings.filter((m) => m.scheme === DIGCOMP);
    expect(esco.length + rfcdc.length + digcomp.length).toBe(mappings.length);
    expect(esco.length).toBeGreaterThan(0);
    expect(rfcdc.length).toBeGreaterThanOrEqual(10);
    for (const m of esco) {
      expect(m.target).toMatch(
        /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );
    }
    for (const m of rfcdc) {
      const n = Number(/\/rfcdc\/(\d+)$/.exec(m.target)?.[1]);
      expect(n, m.id).toBeGreaterThanOrEqual(1);
      expect(n, m.id).toBeLessThanOrEqual(20);
      expect(m.targetLabel?.startsWith(`${n} `), m.id).toBe(true);
    }
    for (const m of digcomp) {
      // DigComp 2.2 numbers its 21 competences area.competence (areas 1-5), e.g. "2.3 Engaging …".
      const n = /\/(\d)\.(\d)$/.exec(m.target);
      expect(n, m.id).not.toBeNull();
      expect(m.targetLabel?.startsWith(`${n![1]}.${n![2]} `), m.id).toBe(true);
    }
    for (const m of mappings) {
      for (const locale of PILOT_LOCALES)
        expect(m.rationale?.[locale], `${m.id} ${locale}`).toMatch(/\S/);
    }
  });

  it('links the competences without an ESCO mapping only where one was verified (see CONTENT.md)', () => {
    const escoLinked = new Set(
      (framework.mappings ?? [])
        .filter((m) => m.scheme === 'http://data.europa.eu/esco/concept-scheme/skills')
        .map((m) => m.competence),
    );
    const without = framework.competences.map((c) => c.id).filter((id) => !escoLinked.has(id));
    // CONTENT.md lists these as having no verified ESCO concept; adding one means updating both.
    expect(without).toEqual([
      'plain-language-communication',
      'working-with-interpreters',
      'residence-law-basics',
      'vulnerability-and-safe-referral',
      'local-integration-landscape',
      'diversity-oriented-personnel-development',
    ]);
    const digcompLinked = new Set(
      (framework.mappings ?? []).filter((m) => m.scheme === DIGCOMP).map((m) => m.competence),
    );
    for (const id of [
      'plain-language-communication',
      'access-barrier-reduction',
      'data-protection-confidentiality',
    ])
      expect(digcompLinked.has(id), id).toBe(true);
  });

  it('describes vulnerability and safe referral at every level, with country notes, and targets it in every role', () => {
    const c = framework.competences.find((x) => x.id === 'vulnerability-and-safe-referral')!;
    expect(c).toMatchObject({ domain: 'accessible-services', dimension: 'skills' });
    expect(Object.keys(c.notes ?? {}).sort()).toEqual(['de', 'es', 'it']);
    for (const locale of PILOT_LOCALES) {
      expect(c.notes!.de![locale], locale).toMatch(/Jugendamt.*§ 42a.*116 016/s);
      expect(c.notes!.it![locale], locale).toMatch(/47\/2017.*800 290 290.*1522/s);
      expect(c.notes!.es![locale], locale).toMatch(/016.*Protocolo Marco/s);
    }
    // As detailed as the other competences: no descriptor shorter than the framework's shortest
    // descriptor elsewhere.
    for (const locale of PILOT_LOCALES) {
      const others = framework.competences
        .filter((x) => x.id !== c.id)
        .flatMap((x) => LEVELS.map((l) => x.descriptors[l]![locale]!.length));
      for (const level of LEVELS)
        expect(c.descriptors[level]![locale]!.length, `${level} ${locale}`).toBeGreaterThanOrEqual(
          Math.min(...others),
        );
    }
    for (const profile of framework.roleProfiles ?? [])
      expect(LEVELS.indexOf(profile.targets[c.id]!), profile.id).toBeGreaterThanOrEqual(0);
  });

  it('says that Italian and Spanish residence permits are decided by State bodies', () => {
    const caseWorker = framework.roleProfiles!.find((r) => r.id === 'immigration-case-worker')!;
    for (const locale of PILOT_LOCALES) {
      expect(caseWorker.description![locale], locale).toMatch(/Questura/);
      expect(caseWorker.description![locale], locale).toMatch(/Oficina de Extranjería/);
    }
  });

  it('keeps the corrected wording: relatos de huida, Dolmetscher:innen, Akteursnetzwerke', () => {
    const all = JSON.stringify(framework);
    expect(all).not.toMatch(/historias? de huida|Dolmetscherpool|"Netzwerkarbeit mit vielen/);
    const networking = framework.competences.find((x) => x.id === 'multi-stakeholder-networking')!;
    expect(networking.title.de).toBe('Zusammenarbeit in Akteursnetzwerken');
  });

  it('keeps the formal register: Sie, Lei, usted', () => {
    const informal: Record<string, RegExp> = {
      de: /(^|[^\p{L}])(du|dich|dir|dein|deine|deinen|deinem|deiner|euch|euer)(?=$|[^\p{L}])/iu,
      it: /(^|[^\p{L}])(tu|ti|tuo|tua|tuoi|tue)(?=$|[^\p{L}])/iu,
      es: /(^|[^\p{L}])(tú|tu|tus|te|contigo|vosotros)(?=$|[^\p{L}])/iu,
    };
    for (const { path, text } of collectTexts(framework)) {
      for (const [locale, pattern] of Object.entries(informal)) {
        expect(text[locale] ?? '', `${path}/${locale}`).not.toMatch(pattern);
      }
    }
  });

  it('is the same data under the JSON subpath', () => {
    const json = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'content', 'framework.json'), 'utf8'),
    );
    expect(json).toEqual(framework);
  });
});
