import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Instrument, NeedsStudy } from '@competence-kit/schemas';
import * as analysis from '@competence-kit/needs-analysis';
import {
  buildNeedsReport,
  parseNeedsStudy,
  renderNeedsReportMarkdown,
  renderNeedsReportCsv,
} from '@competence-kit/needs-analysis';
import {
  generateSampleStudy,
  loadContent,
  loadTraining,
  SAMPLE_REPORTS,
  SAMPLE_SEED,
  sampleReportMarkdown,
  TERRITORIES,
} from '../scripts/sample-studies.mjs';
import { framework } from './index.js';

const root = join(import.meta.dirname, '..');
const content = loadContent();
const training = loadTraining();
const instruments = Object.values(content.instruments).filter((i) => i !== undefined);
const studies = new Map<string, NeedsStudy>();
/** A committed sample study, read once (the tests only read it). */
const committed = (territory: string): NeedsStudy => {
  if (!studies.has(territory))
    studies.set(
      territory,
      JSON.parse(readFileSync(join(root, 'content', 'samples', `${territory}.json`), 'utf8')),
    );
  return studies.get(territory)!;
};
const committedReport = (territory: string, locale: string): string =>
  readFileSync(join(root, '..', 'needs-analysis', 'examples', `${territory}.${locale}.md`), 'utf8');

/** The study additions of issue 17 (strategy, internal review, quotes, limitations). */
interface StudyAdditions {
  strategy?: { title: string; goals: { id: string; title: Record<string, string> }[] };
  internalReview?: { area: string; assessment: Record<string, string>; evidence: unknown[] }[];
  quotes?: {
    id: string;
    session: string;
    group: string;
    language: string;
    text: Record<string, string>;
    findings?: string[];
  }[];
  limitations?: Record<string, string>[];
}
const study = (territory: string) => committed(territory) as NeedsStudy & StudyAdditions;
const territories = Object.keys(TERRITORIES);
const LOCALES = ['de', 'it', 'es', 'en'] as const;

describe('the synthetic sample studies of the pilot territories', () => {
  it('are the three pilot territories, marked synthetic and real-sized', () => {
    expect(territories).toEqual(['landkreis-offenbach', 'ravenna', 'cartagena']);
    for (const t of territories) {
      const s = committed(t);
      expect(s.synthetic).toBe(true);
      expect(s.sessions.filter((x) => x.kind === 'interview').length).toBeGreaterThanOrEqual(8);
      expect(s.sessions.filter((x) => x.kind === 'focus-group')).toHaveLength(2);
      const staff = s.questionnaires
        .filter((q) => q.group === 'staff')
        .reduce((n, q) => n + q.responses.length, 0);
      expect(staff).toBeGreaterThanOrEqual(150);
      expect(staff).toBeLessThanOrEqual(400);
    }
  });

  it('are what the seeded generator produces (no hand edits, no drift)', () => {
    for (const t of territories)
      expect(generateSampleStudy({ territory: t, seed: SAMPLE_SEED, content })).toEqual(
        committed(t),
      );
  }, 60_000);

  for (const t of ['landkreis-offenbach', 'ravenna', 'cartagena']) {
    it(`${t}: passes parseNeedsStudy and builds its report in de, it, es and en within the anonymity rules`, () => {
      const s = committed(t);
      const parsed = parseNeedsStudy(s, { framework, instruments });
      expect(parsed.ok ? [] : parsed.issues.slice(0, 5)).toEqual([]);
      for (const locale of LOCALES) {
        const report = buildNeedsReport(s, framework, locale, { instruments });
        expect(report.priorities.length).toBeGreaterThan(5);
        for (const row of report.groupResults.rows)
          if (row.n !== null) expect(row.n).toBeGreaterThanOrEqual(5);
        expect(renderNeedsReportMarkdown(report)).toContain(`# `);
        expect(renderNeedsReportMarkdown(report)).toContain(report.territory.name);
        expect(renderNeedsReportCsv(report).split('\r\n')[0]).toBe(
          'section,rank,competence,title,group,measure,value,n,note',
        );
      }
    }, 60_000);
  }
});

describe('each territory written on its own', () => {
  it('names the territory without made-up translations of “Landkreis”', () => {
    for (const t of territories)
      for (const locale of LOCALES)
        expect(committed(t).territory.name[locale]).not.toMatch(
          /District of|Circondario|Distrito de/,
        );
    expect(committed('landkreis-offenbach').territory.name.en).toBe('Landkreis Offenbach');
  });

  it('shares no desk-source, session or quote text with another territory', () => {
    const seen = new Map<string, string>();
    for (const t of territories) {
      const s = study(t);
      const texts = [
        ...s.sources.map((x) => x.summary.en),
        ...s.sessions.map((x) => x.summary.en),
        ...(s.quotes ?? []).map((q) => q.text.en),
        ...(s.internalReview ?? []).map((r) => r.assessment.en),
        ...(s.limitations ?? []).map((l) => l.en),
      ];
      for (const text of texts) {
        expect(text, t).not.toMatch(/\$\{|undefined/);
        if (seen.has(text!) && seen.get(text!) !== t)
          throw new Error(`${t} repeats a text of ${seen.get(text!)}: ${text}`);
        seen.set(text!, t);
      }
    }
    expect(seen.size).toBeGreaterThan(100);
    // A finding all three share is said in each territory's own words.
    const childrenInterpret = territories.map(
      (t) => committed(t).findings.find((f) => f.id.endsWith('-children-interpret'))!.statement.en,
    );
    expect(new Set(childrenInterpret).size).toBe(3);
  });

  it('marks its invented desk sources as such in every language and names real laws plainly', () => {
    for (const t of territories) {
      const sources = committed(t).sources;
      const invented = sources.filter((s) =>
        s.summary.en!.startsWith('Invented example document.'),
      );
      expect(invented.length, t).toBeGreaterThanOrEqual(4);
      for (const s of invented) {
        expect(s.summary.de).toMatch(/^Erfundenes Beispieldokument\. /);
        expect(s.summary.it).toMatch(/^Documento di esempio inventato\. /);
        expect(s.summary.es).toMatch(/^Documento de ejemplo ficticio\. /);
      }
      const legal = sources.filter((s) => s.kind === 'legal');
      expect(legal.length, t).toBeGreaterThanOrEqual(2);
      for (const s of legal) expect(invented).not.toContain(s);
    }
    const titles = (t: string) => committed(t).sources.map((s) => s.title);
    expect(titles('landkreis-offenbach').join()).toContain('Aufenthaltsgesetz');
    expect(titles('ravenna').join()).toContain('n. 286');
    expect(titles('cartagena').join()).toContain('Ley Orgánica 4/2000');
  });

  it('has its strategy goals, internal review, 6–10 quotes and limitations, all in four languages', () => {
    for (const t of territories) {
      const s = study(t);
      const goals = new Set(s.strategy!.goals.map((g) => g.id));
      expect(goals.size, t).toBeGreaterThanOrEqual(4);
      const findingIds = new Set(s.findings.map((f) => f.id));
      for (const f of s.findings as (NeedsStudy['findings'][number] & {
        strategyGoals?: string[];
      })[])
        for (const g of f.strategyGoals ?? []) expect(goals, `${t} ${f.id}`).toContain(g);
      // Every goal is served by at least one finding.
      const served = new Set(
        (s.findings as { strategyGoals?: string[] }[]).flatMap((f) => f.strategyGoals ?? []),
      );
      expect(
        [...goals].filter((g) => !served.has(g)),
        t,
      ).toEqual([]);
      expect(s.internalReview!.map((r) => r.area).sort()).toEqual([
        'attitudes',
        'organisation',
        'policies',
      ]);
      expect(s.quotes!.length, t).toBeGreaterThanOrEqual(6);
      expect(s.quotes!.length, t).toBeLessThanOrEqual(10);
      const sessions = new Map(s.sessions.map((x) => [x.id, x]));
      for (const q of s.quotes!) {
        const session = sessions.get(q.session)!;
        expect(session.consent.recorded).toBe(true);
        expect(session.participants.map((p) => p.group)).toContain(q.group);
        expect(q.group).toBe('third-country-nationals');
        for (const f of q.findings ?? []) expect(findingIds).toContain(f);
      }
      expect(s.limitations!.length, t).toBeGreaterThanOrEqual(3);
      const texts = [
        ...s.internalReview!.map((r) => r.assessment),
        ...s.quotes!.map((q) => q.text),
        ...s.limitations!,
        ...s.strategy!.goals.map((g) => g.title),
      ];
      for (const text of texts)
        for (const locale of LOCALES)
          expect(text[locale]?.length, `${t} ${locale}`).toBeGreaterThan(10);
    }
  });

  it('puts no residence-permit case workers at the city in Ravenna and Cartagena', () => {
    for (const t of ['ravenna', 'cartagena']) {
      const roles = new Set(
        committed(t)
          .questionnaires.filter((q) => q.group === 'staff')
          .flatMap((q) => q.responses.map((r) => r.roleProfile)),
      );
      expect(roles, t).not.toContain('immigration-case-worker');
      expect(roles.size, t).toBeGreaterThanOrEqual(5);
    }
    const offenbach = committed('landkreis-offenbach').questionnaires[0]!.responses;
    expect(offenbach.some((r) => r.roleProfile === 'immigration-case-worker')).toBe(true);
  });

  it('counts interviews, not people, so that the summary and the participation table agree', () => {
    for (const t of territories) {
      const s = committed(t);
      const report = buildNeedsReport(s, framework, 'en', { instruments });
      const interviews = s.sessions.filter((x) => x.kind === 'interview');
      expect(report.counts.interviews).toBe(interviews.length);
      const table = report.participation.byGroup.reduce((n, row) => n + row.interviews, 0);
      expect(table, t).toBe(report.counts.interviews);
      // And in the rendered report: "the review draws on N interviews" and the table's column.
      const md = renderNeedsReportMarkdown(report);
      expect(md).toContain(`${interviews.length} interviews`);
    }
  });
});

describe('the staff questionnaire of a sample study', () => {
  it('answers whatever staff self-assessment it is given (no item ids built in)', () => {
    const staff = structuredClone(content.instruments.staff) as Instrument;
    // Rename every item: a rebuilt instrument has other ids.
    for (const section of staff.sections)
      for (const item of section.items) (item as { id: string }).id = `renamed-${item.id}`;
    const s = generateSampleStudy({
      territory: 'ravenna',
      seed: 7,
      staffResponses: 40,
      content: { ...content, instruments: { staff } },
    });
    const ids = new Set(staff.sections.flatMap((x) => x.items.map((i) => i.id)));
    const q = s.questionnaires.find((x) => x.id === 'staff-self-assessment')!;
    expect(q.instrument).toEqual({ id: staff.id, version: staff.version });
    for (const r of q.responses) expect(r.answers.map((a) => a.item)).toEqual([...ids]);
    const cited = s.findings.flatMap((f) =>
      f.evidence.filter((e) => e.questionnaire === q.id && e.item).map((e) => e.item!),
    );
    expect(cited.length).toBeGreaterThan(3);
    for (const item of cited) expect(ids).toContain(item);
    const parsed = parseNeedsStudy(s, { framework, instruments: [staff] });
    expect(parsed.ok ? [] : parsed.issues.slice(0, 3)).toEqual([]);
  }, 30_000);

  it('endorses statements anchored to a low level more than those anchored to expert', () => {
    const staff = structuredClone(content.instruments.staff) as Instrument;
    const levelOf = new Map<string, string>();
    let n = 0;
    for (const section of staff.sections)
      for (const item of section.items)
        if (item.type === 'likert' && !item.reverse) {
          const level = n++ % 2 === 0 ? 'foundation' : 'expert';
          (item as { level?: string }).level = level;
          levelOf.set(item.id, level);
        }
    const s = generateSampleStudy({
      territory: 'cartagena',
      seed: 3,
      staffResponses: 60,
      content: { ...content, instruments: { staff } },
    });
    const sums = { foundation: [0, 0], expert: [0, 0] } as Record<string, [number, number]>;
    for (const r of s.questionnaires[0]!.responses)
      for (const a of r.answers) {
        const level = levelOf.get(a.item);
        if (level && typeof a.value === 'number') {
          sums[level]![0] += a.value >= 4 ? 1 : 0;
          sums[level]![1] += 1;
        }
      }
    const agree = (level: string) => sums[level]![0] / sums[level]![1];
    // Most staff work at practitioner level or above: they agree with foundation statements and
    // mostly not with expert ones.
    expect(agree('foundation')).toBeGreaterThan(0.7);
    expect(agree('expert')).toBeLessThan(0.3);
  }, 30_000);
});

describe('the committed sample reports', () => {
  it('are each territory in its own language and in English', () => {
    expect(SAMPLE_REPORTS).toEqual([
      ['landkreis-offenbach', 'de'],
      ['landkreis-offenbach', 'en'],
      ['ravenna', 'it'],
      ['ravenna', 'en'],
      ['cartagena', 'es'],
      ['cartagena', 'en'],
    ]);
    expect(training).toBeDefined();
  });

  it('match a fresh generation from the committed studies and the programme template', () => {
    for (const [t, locale] of SAMPLE_REPORTS)
      expect(
        sampleReportMarkdown(analysis, committed(t), content, locale, training),
        `${t}.${locale}.md`,
      ).toBe(committedReport(t, locale));
  }, 60_000);

  it('have every section in their language, marked synthetic', () => {
    const headings = (md: string, level: string) =>
      md.split('\n').filter((line) => line.startsWith(`${level} `));
    const synthetic = {
      de: 'Synthetische',
      it: 'sintetici',
      es: 'sintéticos',
      en: 'Synthetic',
    } as Record<string, string>;
    for (const [t, locale] of SAMPLE_REPORTS) {
      const md = committedReport(t, locale);
      expect(md.slice(0, 400).toLowerCase(), `${t}.${locale}`).toContain(
        synthetic[locale]!.toLowerCase(),
      );
      if (locale === 'en') continue;
      const english = committedReport(t, 'en');
      for (const level of ['#', '##', '###']) {
        const own = headings(md, level);
        const en = headings(english, level);
        expect(own.length, `${t}.${locale} ${level}`).toBe(en.length);
        if (level !== '###')
          expect(
            own.filter((h) => en.includes(h)),
            `${t}.${locale}`,
          ).toEqual([]);
      }
    }
  });
});
