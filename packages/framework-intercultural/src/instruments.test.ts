import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer, Item, Response } from '@competence-kit/schemas';
import {
  parseInstrument,
  itemKeys,
  itemsOf,
  instrumentTexts,
  scoreResponse,
} from '@competence-kit/scoring';
import { framework, staffSelfAssessment, organisationalSelfCheck, PILOT_LOCALES } from './index.js';
import {
  LEVELS,
  SECTIONS,
  generateSelfAssessment,
  loadModules,
  missingModules,
} from '../scripts/generate-self-assessment.mjs';

const items = itemsOf(staffSelfAssessment);
const statements = items.filter((i) => i.type === 'likert');
const scenes = items.filter((i) => i.type === 'situational-judgement');
const modules = await loadModules();

/** The option ids of a choice item, best (most points) or worst first. */
function byPoints(item: Item, best: boolean): string[] {
  if (!('options' in item)) throw new Error(`${item.id} has no options`);
  const sorted = [...item.options].sort((a, b) => (a.points ?? 0) - (b.points ?? 0));
  return (best ? sorted.reverse() : sorted).map((o) => o.id);
}

/**
 * A respondent who answers every scored item as someone working exactly up to `top` would: the
 * statements of `top` and the levels below it rated 5 (reverse-keyed ones 1), the best option of
 * their scenes; every statement above rated 1 (reverse-keyed ones 5), the worst option.
 */
function respondentAt(top: string): Response {
  const reached = (level?: string) =>
    LEVELS.indexOf(level as never) <= LEVELS.indexOf(top as never);
  const answers: Answer[] = items
    .filter((i) => i.competence !== undefined)
    .map((item) => {
      const yes = reached(item.level);
      switch (item.type) {
        case 'likert':
          return { item: item.id, value: yes !== (item.reverse ?? false) ? 5 : 1 };
        case 'situational-judgement':
        case 'single-choice':
          return { item: item.id, value: byPoints(item, yes)[0]! };
        default:
          throw new Error(`no rule for answering ${item.type} item ${item.id}`);
      }
    });
  return {
    instrument: { id: staffSelfAssessment.id, version: staffSelfAssessment.version },
    respondent: `p-${top}`,
    phase: 'baseline',
    submittedAt: '2027-01-15T10:00:00Z',
    answers,
  };
}

describe('the staff self-assessment', () => {
  it('passes parseInstrument against the framework, anchored, version 2', () => {
    const result = parseInstrument(structuredClone(staffSelfAssessment), framework);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect([...staffSelfAssessment.locales].sort()).toEqual([...PILOT_LOCALES].sort());
    expect(staffSelfAssessment.version).toBe('2.0.0');
    expect(staffSelfAssessment.scoring).toEqual({
      method: 'anchored',
      endorsement: 0.75,
      minAnsweredShare: 0.5,
    });
    expect(staffSelfAssessment.sections.map((s) => s.id)).toEqual(
      framework.domains.map((d) => d.id),
    );
  });

  it('anchors a statement to every level of every competence (rule 1), one or two per level (rule 5)', () => {
    const scored = new Set([...itemKeys(staffSelfAssessment).values()].map((k) => k.competence));
    for (const c of framework.competences) {
      expect(scored.has(c.id), c.id).toBe(true);
      for (const level of LEVELS) {
        const n = statements.filter((i) => i.competence === c.id && i.level === level).length;
        expect(n, `${c.id} ${level}`).toBeGreaterThanOrEqual(1);
        expect(n, `${c.id} ${level}`).toBeLessThanOrEqual(2);
      }
    }
    for (const item of items)
      if (item.competence !== undefined) expect(LEVELS, item.id).toContain(item.level);
  });

  it('does not confound keying with format (rule 2)', () => {
    for (const reverse of [true, false]) {
      const kind = statements.filter(
        (i) => i.type === 'likert' && (i.reverse ?? false) === reverse,
      );
      for (const scale of ['agreement', 'frequency']) {
        const n = kind.filter((i) => i.type === 'likert' && i.scale === scale).length;
        expect(n, `reverse ${reverse} on ${scale}`).toBeGreaterThan(0);
        expect(n / kind.length, `reverse ${reverse} on ${scale}`).toBeLessThanOrEqual(2 / 3);
      }
    }
    // Roughly a quarter reverse-keyed in every domain section.
    for (const section of staffSelfAssessment.sections) {
      const likert = section.items.filter((i) => i.type === 'likert');
      const share = likert.filter((i) => i.type === 'likert' && i.reverse).length / likert.length;
      expect(share, section.id).toBeGreaterThanOrEqual(0.15);
      expect(share, section.id).toBeLessThanOrEqual(0.35);
    }
  });

  it('keys its scenes without giving the best option away by length or position (rule 3)', () => {
    expect(scenes.length).toBeGreaterThanOrEqual(10);
    const best = new Map<string, number>();
    for (const scene of scenes) {
      if (scene.type !== 'situational-judgement') continue;
      const points = scene.options.map((o) => o.points ?? 0);
      expect(scene.options.length, scene.id).toBeGreaterThanOrEqual(3);
      expect(scene.options.length, scene.id).toBeLessThanOrEqual(4);
      expect(Math.max(...points), scene.id).toBe(2);
      expect(
        points.filter((p) => p === 2),
        scene.id,
      ).toHaveLength(1);
      expect([-1, 0], scene.id).toContain(Math.min(...points));
      best.set(scene.id, points.indexOf(2));
      for (const option of scene.options)
        for (const l of PILOT_LOCALES)
          expect(option.feedback?.[l], `${scene.id} ${option.id}`).toMatch(/\S/);
    }
    // Chance: a scene's best option is the longest with probability 1/options.
    const chance = Math.round(
      scenes.reduce(
        (n, s) => n + 1 / (s.type === 'situational-judgement' ? s.options.length : 1),
        0,
      ),
    );
    for (const locale of PILOT_LOCALES) {
      const longest = scenes.filter((scene) => {
        if (scene.type !== 'situational-judgement') return false;
        const lengths = scene.options.map((o) => o.label[locale]!.length);
        const b = best.get(scene.id)!;
        return lengths.every((n, k) => k === b || n < lengths[b]!);
      });
      expect(
        longest.length,
        `${locale}: ${longest.map((s) => s.id).join(', ')}`,
      ).toBeLessThanOrEqual(chance);
    }
    for (const position of new Set(best.values())) {
      const n = [...best.values()].filter((p) => p === position).length;
      expect(n, `best option at position ${position + 1}`).toBeLessThanOrEqual(scenes.length / 2);
    }
  });

  it('is complete in every language and names the local language in each (rule 4)', () => {
    const otherLanguages: Record<string, RegExp> = {
      de: /\b(Italienisch|Spanisch|Englisch)\b/,
      it: /\b(tedesco|spagnolo|inglese)\b/i,
      es: /\b(alemán|italiano|inglés)\b/i,
      en: /\b(German|Italian|Spanish)\b/,
    };
    for (const { path, text } of instrumentTexts(staffSelfAssessment)) {
      for (const locale of PILOT_LOCALES) {
        expect(text[locale], `${path}/${locale}`).toMatch(/\S/);
        expect(text[locale], `${path}/${locale}`).not.toMatch(otherLanguages[locale]!);
      }
    }
  });

  it('never repeats a prompt, in any language', () => {
    for (const locale of PILOT_LOCALES) {
      const prompts = items.map((i) => i.prompt[locale]!.trim().toLowerCase());
      expect(new Set(prompts).size, locale).toBe(prompts.length);
    }
  });

  it('gives a hand-checked respondent the level they answered at, for every competence', () => {
    for (const top of ['practitioner', 'expert']) {
      const result = scoreResponse(staffSelfAssessment, framework, respondentAt(top));
      expect(result.competences).toHaveLength(framework.competences.length);
      for (const c of result.competences) expect(c.level, `${top}: ${c.competence}`).toBe(top);
    }
  });
});

describe('the self-assessment generator', () => {
  it('made the committed instrument from the seven section modules', () => {
    const committed = JSON.parse(
      readFileSync(
        join(import.meta.dirname, '..', 'content', 'instruments', 'staff-self-assessment.json'),
        'utf8',
      ),
    );
    expect(missingModules()).toEqual([]);
    expect(generateSelfAssessment(structuredClone(modules))).toEqual(committed);
    expect(missingModules(mkdtempSync(join(tmpdir(), 'sa-')))).toEqual(SECTIONS.map((s) => s.id));
  });

  it('refuses an item without a level, a duplicate id and a missing language', () => {
    const broken = (change: (m: typeof modules) => void) => {
      const copy = structuredClone(modules);
      change(copy);
      return () => generateSelfAssessment(copy);
    };
    const first = (m: typeof modules) => m['attitudes-values']![0]!.items[0]!;
    expect(
      broken((m) => {
        delete (first(m) as { level?: string }).level;
      }),
    ).toThrow(/attitudes-values\.mjs, human-dignity-equal-treatment, item hd-f1: no level/);
    expect(
      broken((m) => {
        m['reflective-practice']![0]!.items[0]!.id = 'hd-f1';
      }),
    ).toThrow(/reflective-practice\.mjs, item hd-f1: duplicate id/);
    expect(
      broken((m) => {
        delete first(m).prompt.es;
      }),
    ).toThrow(/item hd-f1: prompt has no text in "es"/);
  });
});

describe('the organisational self-check', () => {
  it("passes parseInstrument and covers VOPI's four levels", () => {
    const result = parseInstrument(structuredClone(organisationalSelfCheck), framework);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(organisationalSelfCheck.sections.map((s) => s.id)).toEqual([
      'organisation',
      'services-and-access',
      'personnel',
      'cooperation',
    ]);
    expect(organisationalSelfCheck.audience).toBe('organisation');
    for (const section of organisationalSelfCheck.sections) {
      expect(
        section.items.filter((i) => i.competence !== undefined).length,
        section.id,
      ).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('both instruments', () => {
  it('keep the formal register: Sie, Lei, usted', () => {
    const informal: Record<string, RegExp> = {
      de: /(^|[^\p{L}])(du|dich|dir|dein|deine|deinen|deinem|deiner|euch|euer)(?=$|[^\p{L}])/iu,
      it: /(^|[^\p{L}])(tu|ti|tuo|tua|tuoi|tue)(?=$|[^\p{L}])/iu,
      es: /(^|[^\p{L}])(tú|tu|tus|te|contigo|vosotros)(?=$|[^\p{L}])/iu,
    };
    for (const instrument of [staffSelfAssessment, organisationalSelfCheck]) {
      for (const { path, text } of instrumentTexts(instrument)) {
        for (const [locale, pattern] of Object.entries(informal)) {
          // "a tu per tu" (face to face) is an idiom, not an informal address.
          const value = (text[locale] ?? '').replace(/\ba tu per tu\b/giu, '');
          expect(value, `${instrument.id} ${path}/${locale}`).not.toMatch(pattern);
        }
      }
    }
  });
});

describe('the organisational self-check, version 2 (maturity scale)', () => {
  const vopi = organisationalSelfCheck;
  const itemById = (id: string) => itemsOf(vopi).find((i) => i.id === id);
  /** An organisation's answers; every other item is skipped. */
  const organisation = (answers: Record<string, number | string>): Response => ({
    instrument: { id: vopi.id, version: vopi.version },
    respondent: 'unit-hand-checked',
    phase: 'baseline',
    submittedAt: '2027-01-15T10:00:00Z',
    answers: itemsOf(vopi).map((item): Answer =>
      item.id in answers
        ? ({ item: item.id, value: answers[item.id] } as Answer)
        : { item: item.id, skipped: true },
    ),
  });
  const levelOf = (response: Response, competence: string) =>
    scoreResponse(vopi, framework, response).competences.find((c) => c.competence === competence);

  it('is version 2.0.0 and still accepts framework 1.x', () => {
    expect(vopi.version).toBe('2.0.0');
    expect(vopi.framework.version).toBe('^1.0.0');
    expect(framework.version).toMatch(/^1\./);
  });

  it('labels scale point 1 "not in place", and the others as a progression of being in place', () => {
    const extent = vopi.likertScales!.find((s) => s.id === 'extent')!;
    expect(extent.labels!['1']).toEqual({
      de: 'Nicht vorhanden',
      it: 'Non presente',
      es: 'No implantado',
      en: 'Not in place',
    });
    for (const point of ['2', '3', '4']) expect(extent.labels![point]!.en).toMatch(/in place$/);
    for (const point of ['1', '2', '3', '4'])
      expect(extent.labels![point]!.en).not.toMatch(/appl/i);
  });

  it('asks about complaints, anti-discrimination, safety, de-escalation and mediation in all four languages', () => {
    const added = {
      'org-anti-discrimination': 'anti-discrimination-law',
      'svc-complaints-channel': 'access-barrier-reduction',
      'svc-discrimination-complaints': 'anti-discrimination-law',
      'svc-mediators': 'working-with-interpreters',
      'svc-conflict-mediation': 'de-escalation-conflict-handling',
      'per-safety-concept': 'de-escalation-conflict-handling',
      'per-deescalation-training': 'de-escalation-conflict-handling',
      'per-after-incident': 'resilience-self-care',
    };
    for (const [id, competence] of Object.entries(added)) {
      const item = itemById(id);
      expect(item, id).toMatchObject({ type: 'likert', scale: 'extent', competence });
      for (const locale of PILOT_LOCALES)
        expect(item!.prompt[locale], `${id} ${locale}`).toMatch(/\S/);
      expect(item!.prompt.de).not.toBe(item!.prompt.en);
    }
  });

  it('scores trained intercultural mediators as highly as professional interpreters', () => {
    const item = itemById('svc-interpreting');
    if (item?.type !== 'single-choice') throw new Error('svc-interpreting is not single-choice');
    const points = Object.fromEntries(item.options.map((o) => [o.id, o.points]));
    expect(points.mediators).toBe(points.professional);
    expect(points.mediators).toBe(Math.max(...item.options.map((o) => o.points ?? 0)));
    expect(points.colleagues).toBeLessThan(points.mediators!);
  });

  it('has a maturity scale of its own, and its thresholds name those levels', () => {
    const levels = vopi.scoring.scale!.levels.map((l) => l.id);
    expect(levels).toEqual(['initial', 'developing', 'established', 'embedded']);
    expect(vopi.scoring.thresholds!.map((t) => t.level)).toEqual(levels);
    for (const level of vopi.scoring.scale!.levels)
      for (const locale of PILOT_LOCALES) {
        expect(level.label[locale], `${level.id} ${locale}`).toMatch(/\S/);
        expect(level.description?.[locale], `${level.id} ${locale}`).toMatch(/\S/);
      }
  });

  it('places a hand-checked organisation on the expected maturity level', () => {
    // Likert 1..4 counts as 0, 1/3, 2/3, 1; svc-interpreting's points 0..3 as 0..1.
    // De-escalation: (2/3 + 2/3 + 1) / 3 = 0.78, from 0.6 and below 0.85: established.
    // Anti-discrimination: (0 + 1/3) / 2 = 0.17, below 0.3: initial.
    // Interpreting with mediators: (2/3 + 1 + 1) / 3 = 0.89: embedded;
    // with multilingual colleagues instead: (2/3 + 1 + 1/3) / 3 = 0.67: established.
    const answers = {
      'svc-conflict-mediation': 3,
      'per-safety-concept': 3,
      'per-deescalation-training': 4,
      'org-anti-discrimination': 1,
      'svc-discrimination-complaints': 2,
      'svc-1': 3,
      'svc-mediators': 4,
      'svc-interpreting': 'mediators',
    };
    const withMediators = organisation(answers);
    const deEscalation = levelOf(withMediators, 'de-escalation-conflict-handling')!;
    expect(deEscalation.score).toBeCloseTo(7 / 9, 10);
    expect(deEscalation.level).toBe('established');
    expect(deEscalation.target ?? null).toBeNull();
    expect(levelOf(withMediators, 'anti-discrimination-law')!.level).toBe('initial');
    expect(levelOf(withMediators, 'working-with-interpreters')!.level).toBe('embedded');
    const professional = organisation({ ...answers, 'svc-interpreting': 'professional' });
    expect(levelOf(professional, 'working-with-interpreters')!.score).toBeCloseTo(8 / 9, 10);
    const colleagues = organisation({ ...answers, 'svc-interpreting': 'colleagues' });
    expect(levelOf(colleagues, 'working-with-interpreters')!.level).toBe('established');
  });
});
