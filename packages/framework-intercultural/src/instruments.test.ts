import { describe, expect, it } from 'vitest';
import { parseInstrument, itemKeys, itemsOf, instrumentTexts } from '@competence-kit/scoring';
import { framework, staffSelfAssessment, organisationalSelfCheck, PILOT_LOCALES } from './index.js';

describe('the staff self-assessment', () => {
  it('passes parseInstrument against the framework', () => {
    const result = parseInstrument(structuredClone(staffSelfAssessment), framework);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect([...staffSelfAssessment.locales].sort()).toEqual([...PILOT_LOCALES].sort());
  });

  it('measures every competence with at least 3 scored items', () => {
    const perCompetence = new Map<string, number>();
    for (const key of itemKeys(staffSelfAssessment).values()) {
      perCompetence.set(key.competence!, (perCompetence.get(key.competence!) ?? 0) + 1);
    }
    for (const c of framework.competences)
      expect(perCompetence.get(c.id) ?? 0, c.id).toBeGreaterThanOrEqual(3);
  });

  it('has reverse-keyed ratings and situational-judgement scenes with keyed options', () => {
    const items = itemsOf(staffSelfAssessment);
    const likert = items.filter((i) => i.type === 'likert');
    const reversed = likert.filter((i) => i.type === 'likert' && i.reverse);
    expect(reversed.length / likert.length).toBeGreaterThan(0.1);
    const scenes = items.filter((i) => i.type === 'situational-judgement');
    expect(scenes.length).toBeGreaterThanOrEqual(10);
    for (const scene of scenes) {
      if (scene.type !== 'situational-judgement') continue;
      const points = scene.options.map((o) => o.points ?? 0);
      expect(Math.max(...points), scene.id).toBeGreaterThan(Math.min(...points));
      for (const option of scene.options)
        for (const l of PILOT_LOCALES)
          expect(option.feedback?.[l], `${scene.id} ${option.id}`).toMatch(/\S/);
    }
  });

  it('never repeats a prompt, in any language', () => {
    for (const locale of PILOT_LOCALES) {
      const prompts = itemsOf(staffSelfAssessment).map((i) =>
        i.prompt[locale]!.trim().toLowerCase(),
      );
      expect(new Set(prompts).size, locale).toBe(prompts.length);
    }
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
          expect(text[locale] ?? '', `${instrument.id} ${path}/${locale}`).not.toMatch(pattern);
        }
      }
    }
  });
});
