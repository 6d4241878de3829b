import { describe, expect, it } from 'vitest';
import { parseInstrument, instrumentTexts } from '@competence-kit/scoring';
import { parseGuide } from '@competence-kit/needs-analysis';
import {
  framework,
  staffNeedsQuestionnaire,
  tcnQuestionnaire,
  stakeholderQuestionnaire,
  needsAnalysisGuides,
} from './index.js';

const instruments = { staffNeedsQuestionnaire, tcnQuestionnaire, stakeholderQuestionnaire };

describe('the needs-analysis questionnaires', () => {
  for (const [name, instrument] of Object.entries(instruments)) {
    it(`${name} passes parseInstrument against the framework`, () => {
      const result = parseInstrument(structuredClone(instrument), framework);
      expect(result.ok ? [] : result.issues).toEqual([]);
      expect(instrument.purpose).toBe('needs-analysis');
    });
  }

  it('ask third-country nationals in twelve languages, each in its own script', () => {
    expect([...tcnQuestionnaire.locales].sort()).toEqual([
      'ar',
      'de',
      'en',
      'es',
      'fa',
      'fr',
      'it',
      'ps',
      'ti',
      'tr',
      'uk',
      'ur',
    ]);
    for (const { path, text } of instrumentTexts(tcnQuestionnaire)) {
      for (const locale of ['ar', 'fa', 'ps', 'ur'])
        expect(text[locale], `${path}/${locale}`).toMatch(/[\u0600-\u06FF]/);
      expect(text.uk, path).toMatch(/[\u0400-\u04FF]/);
      expect(text.ti, path).toMatch(/[\u1200-\u137F]/);
    }
  });

  it('cover the four VOPI levels for staff and stakeholders', () => {
    for (const instrument of [staffNeedsQuestionnaire, stakeholderQuestionnaire]) {
      const ids = instrument.sections.map((s) => s.id);
      for (const level of ['organisation', 'services-and-access', 'personnel', 'cooperation'])
        expect(ids, instrument.id).toContain(level);
    }
  });

  it('keep the formal register in every language', () => {
    const informal: Record<string, RegExp> = {
      de: /(^|[^\p{L}])(du|dich|dir|dein|deine|deinen|deinem|deiner)(?=$|[^\p{L}])/iu,
      it: /(^|[^\p{L}])(tu|ti|tuo|tua|tuoi|tue)(?=$|[^\p{L}])/iu,
      es: /(^|[^\p{L}])(tú|tu|tus|te|contigo)(?=$|[^\p{L}])/iu,
      fr: /(^|[^\p{L}])(tu|toi|ton|ta|tes)(?=$|[^\p{L}])/iu,
      uk: /(^|[^\p{L}])(ти|тебе|тобі|твій|твоя|твоє)(?=$|[^\p{L}])/iu,
    };
    for (const instrument of Object.values(instruments)) {
      for (const { path, text } of instrumentTexts(instrument)) {
        for (const [locale, pattern] of Object.entries(informal))
          expect(text[locale] ?? '', `${instrument.id} ${path}/${locale}`).not.toMatch(pattern);
      }
    }
  });
});

describe('the needs-analysis guides', () => {
  for (const [name, guide] of Object.entries(needsAnalysisGuides)) {
    it(`${name} passes parseGuide against the framework`, () => {
      const result = parseGuide(structuredClone(guide), framework);
      expect(result.ok ? [] : result.issues).toEqual([]);
    });
  }

  it('cover the three interview groups, the focus group and the desk research', () => {
    const g = needsAnalysisGuides;
    expect([
      g.interviewStaff.audience,
      g.interviewThirdCountryNationals.audience,
      g.interviewStakeholders.audience,
    ]).toEqual(['staff', 'third-country-nationals', 'stakeholders']);
    expect(g.focusGroupProtocol.kind).toBe('focus-group-protocol');
    expect(g.deskResearchChecklist.kind).toBe('desk-research-checklist');
  });
});
