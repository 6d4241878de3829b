import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalogue, NeedsStudy, Programme } from '@competence-kit/schemas';
import { parseCsv } from '@competence-kit/model/csv';
import { buildNeedsReport, programmeModulesByCompetence } from './report.js';
import { renderNeedsReportMarkdown } from './render-markdown.js';
import { escapeHtml, renderNeedsReportHtml } from './render-html.js';
import { findingGroups } from './prioritise.js';
import { renderNeedsReportCsv } from './render-csv.js';
import { REPORT_MESSAGES, REPORT_LOCALES } from './messages/index.js';
import { parseNeedsReport } from './parse-report.js';
import { placeholdersOf } from '@competence-kit/model/read';
import {
  framework,
  instrument,
  response,
  reviewStudy,
  smallProgramme,
  study,
} from './test-support/study.js';

const fw = framework();
const instruments = [instrument()];

/** 5 front-desk staff scoring 0, 5 without a role scoring 1, 3 case workers scoring 1. */
function threeGroups(): NeedsStudy {
  const s = study();
  s.questionnaires[0]!.invited = 30;
  s.questionnaires[0]!.responses = [
    ...Array.from({ length: 5 }, (_, i) => response(`fd-${i}`, 'front-desk', 1, 5, 'read-aloud')),
    ...Array.from({ length: 5 }, (_, i) => response(`nr-${i}`, undefined, 5, 1, 'ask-and-explain')),
    ...Array.from({ length: 3 }, (_, i) =>
      response(`cw-${i}`, 'case-worker', 5, 1, 'ask-and-explain'),
    ),
  ];
  return s;
}

describe('buildNeedsReport', () => {
  it('returns plain data: the same after a JSON round trip, valid against the schema', () => {
    const report = buildNeedsReport(threeGroups(), fw, 'en', { instruments });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(parseNeedsReport(report)).toEqual({ ok: true, value: report });
    expect(report.priorities.map((p) => p.competence)).toEqual([
      'plain-language',
      'working-with-interpreters',
    ]);
    expect(report.levels.map((l) => l.level)).toEqual([
      'organisation',
      'services-and-access',
      'personnel',
      'cooperation',
    ]);
    // The groups that raised each finding travel with it (the element filters on them).
    const all = report.levels.flatMap((l) => Object.values(l.findings).flat());
    expect(Object.fromEntries(all.map((f) => [f.id, f.groups]))).toEqual(
      Object.fromEntries(all.map((f) => [f.id, [...findingGroups(threeGroups()).get(f.id)!]])),
    );
    expect(all.find((f) => f.id === 'f2')!.groups).toEqual(['staff', 'ngos']);
  });

  it('renders a reopened report byte for byte as the original, in every language', () => {
    const report = buildNeedsReport(threeGroups(), fw, 'en', { instruments });
    const reopened = parseNeedsReport(JSON.stringify(report));
    if (!reopened.ok) throw new Error(JSON.stringify(reopened.issues));
    for (const locale of REPORT_LOCALES) {
      expect(renderNeedsReportHtml(reopened.value, { locale })).toBe(
        renderNeedsReportHtml(report, { locale }),
      );
      expect(renderNeedsReportMarkdown(reopened.value, { locale })).toBe(
        renderNeedsReportMarkdown(report, { locale }),
      );
      expect(renderNeedsReportCsv(reopened.value, { locale })).toBe(
        renderNeedsReportCsv(report, { locale }),
      );
    }
  });

  it('reports what is wrong with reopened JSON, at its path', () => {
    const report = buildNeedsReport(threeGroups(), fw, 'en', { instruments });
    const broken = JSON.parse(JSON.stringify(report)) as Record<string, unknown> & typeof report;
    (broken.priorities[0]!.contributions[0]!.reason as { code: string }).code = 'because';
    delete (broken as Partial<typeof report>).counts;
    const result = parseNeedsReport(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['/counts', '/priorities/0/contributions/0/reason']),
    );
    const cells = JSON.parse(JSON.stringify(report)) as typeof report;
    cells.groupResults.rows[0]!.cells.push(1);
    cells.priorities[1]!.rank = 7;
    expect(parseNeedsReport(cells)).toMatchObject({
      ok: false,
      issues: [
        { path: '/groupResults/rows/0/cells', code: 'invalid-length' },
        { path: '/priorities/1/rank', code: 'invalid-value' },
      ],
    });
    expect(parseNeedsReport('{"locale": ')).toMatchObject({
      ok: false,
      issues: [{ path: '', code: 'unreadable-input' }],
    });
  });

  it('has every message in every shipped language, with the same placeholders', () => {
    const keys = Object.keys(REPORT_MESSAGES.en) as (keyof typeof REPORT_MESSAGES.en)[];
    for (const locale of REPORT_LOCALES) {
      for (const key of keys) {
        const text: string = REPORT_MESSAGES[locale][key] ?? '';
        expect(text, `${locale}.${key}`).toMatch(/\S/);
        // Plural forms may spell the number out ("مقابلة واحدة"); other texts keep every placeholder.
        if (!key.startsWith('count.'))
          expect(placeholdersOf(text), `${locale}.${key}`).toEqual(
            placeholdersOf(REPORT_MESSAGES.en[key] ?? ''),
          );
      }
      if (locale === 'en') continue;
      const same = keys.filter((k) => REPORT_MESSAGES[locale][k] === REPORT_MESSAGES.en[k]);
      // A few words are the same in some languages (Interviews, Organisation, NGOs).
      expect(same.length, `${locale}: ${same.join(', ')}`).toBeLessThan(6);
    }
  });

  it('writes the summary with the plural forms of each language', () => {
    const report = buildNeedsReport(study(), fw, 'en', { instruments });
    expect(renderNeedsReportMarkdown(report)).toContain(
      'The review draws on 1 interview, 1 focus group, 11 questionnaire responses and desk research, coded into 3 findings.',
    );
    expect(renderNeedsReportMarkdown(report, { locale: 'de' })).toContain(
      '1 Interview, 1 Fokusgruppe, 11 Fragebogenantworten',
    );
    expect(renderNeedsReportMarkdown(report, { locale: 'ar' })).toContain(
      'مقابلة واحدة ومجموعة نقاش مركّزة واحدة و11 إجابة على الاستبيانات',
    );
  });

  it('explains every factor in Arabic, with no English word of the report left', () => {
    const report = buildNeedsReport(threeGroups(), fw, 'en', { instruments });
    let html = renderNeedsReportHtml(report, { locale: 'ar' });
    expect(html).toContain('<html lang="ar" dir="rtl">');
    // The study's own texts (English in the test study) are content, not the report's words.
    const content = [
      ...report.levels.flatMap((l) =>
        Object.values(l.findings)
          .flat()
          .map((f) => f.statement),
      ),
      ...report.participation.sources.flatMap((s) => [s.title, s.summary]),
    ];
    for (const text of content) html = html.replaceAll(escapeHtml(text), '');
    expect(html).toContain(REPORT_MESSAGES.ar['factor.gap-size']);
    // Every English phrase of the report's words (between placeholders) is absent.
    const phrases = Object.values(REPORT_MESSAGES.en)
      .flatMap((text) => text.split(/\{\w+\}/))
      .map((p) => p.replace(/^[\s.,:;“”"()]+|[\s.,:;“”"()]+$/g, ''))
      .filter((p) => p.length > 3);
    for (const phrase of phrases) expect(html, phrase).not.toContain(phrase);
  });

  it('falls back to English words for other locales, marked as English', () => {
    const report = buildNeedsReport(study(), fw, 'uk', { instruments });
    expect(renderNeedsReportHtml(report)).toContain('<html lang="en" dir="ltr">');
    expect(renderNeedsReportHtml(report, { locale: 'it' })).toContain('<html lang="it" dir="ltr">');
  });

  it('shows no group under the anonymity threshold, in the object, Markdown, HTML or CSV', () => {
    const report = buildNeedsReport(threeGroups(), fw, 'en', { instruments });
    const rows = report.groupResults.rows;
    const shown = rows.filter((r) => r.n !== null);
    // Case workers (3) are under the threshold; to keep them from being recomputed from the
    // total, one more group is hidden: only one group of 5 remains.
    expect(shown).toHaveLength(1);
    for (const r of shown) expect(r.n).toBeGreaterThanOrEqual(5);
    const caseWorkers = rows.find((r) => r.role === 'case-worker')!;
    expect(caseWorkers).toMatchObject({ n: null, cells: [null, null] });
    const md = renderNeedsReportMarkdown(report);
    expect(md).toMatch(/\| Case worker \| not shown \(fewer than 5\) \|/);
    const html = renderNeedsReportHtml(report);
    expect(html).toMatch(
      /<th scope="row">Case worker<\/th><td class="num"><span class="suppressed">not shown/,
    );
    const csv = renderNeedsReportCsv(report).split('\r\n');
    const cwRows = csv.filter((line) => line.includes(',case-worker,'));
    expect(cwRows.length).toBeGreaterThan(0);
    for (const line of cwRows) expect(line).toMatch(/,mean-score,,,suppressed$/);
  });

  it('renders hostile content as text', () => {
    const s = study();
    s.findings[0]!.statement = {
      en: '<img src=x onerror=alert(1)> </script> | # *bold* \u202Etxt.exe',
    };
    const report = buildNeedsReport(s, fw, 'en', { instruments });
    const html = renderNeedsReportHtml(report);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &lt;/script&gt;');
    expect(html.match(/<\/script>/g)).toBeNull();
    const md = renderNeedsReportMarkdown(report);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\</script\\> \\| # \\*bold\\*');
  });

  it('writes an accessible page structure: one h1, captioned tables with header cells', () => {
    const html = renderNeedsReportHtml(buildNeedsReport(threeGroups(), fw, 'de', { instruments }));
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<table>/g)!.length).toBe(html.match(/<caption>/g)!.length);
    expect(html).toContain('<th scope="col">');
    expect(html).toContain('<html lang="de" dir="ltr">');
    expect(html).toContain('@media print');
  });
});

describe('buildNeedsReport: strategy, internal review, quotes, limitations and programme', () => {
  const { programme, modules } = smallProgramme();

  it('lists the internal review by area, the quotes, the limitations and each priority’s goals', () => {
    const report = buildNeedsReport(reviewStudy(), fw, 'en', { instruments });
    expect(parseNeedsReport(report)).toEqual({ ok: true, value: report });
    expect(report.strategy).toEqual({
      title: 'Testland integration strategy',
      publisher: 'Testland council',
      date: '2025-01-15',
      uri: null,
      goals: [
        { id: 'goal-access', title: 'Services everyone can use' },
        { id: 'goal-staff', title: 'Trained staff' },
        { id: 'goal-unused', title: 'A goal no finding serves' },
      ],
    });
    // f1 (access) and f2 (staff) concern plain language; only f2 concerns interpreters.
    expect(
      Object.fromEntries(
        report.priorities.map((p) => [p.competence, p.strategyGoals!.map((g) => g.id)]),
      ),
    ).toEqual({
      'plain-language': ['goal-access', 'goal-staff'],
      'working-with-interpreters': ['goal-staff'],
    });
    // Areas in the schema's order (policies, attitudes, organisation), whatever the study's.
    expect(report.internalReview).toEqual([
      {
        area: 'policies',
        assessment: 'No rule asks for plain language in letters.',
        evidence: [{ type: 'source', id: 'strategy', title: 'Integration strategy 2025' }],
      },
      {
        area: 'attitudes',
        assessment: 'Staff are open but unsure how to explain decisions.',
        evidence: [
          {
            type: 'session',
            id: 'fg1',
            kind: 'focus-group',
            date: '2026-06-20',
            groups: ['staff'],
          },
          { type: 'questionnaire', id: 'staff-q', group: 'staff', item: 'pl-1' },
        ],
      },
    ]);
    expect(report.quotes).toEqual([
      {
        id: 'q-1',
        group: 'third-country-nationals',
        sessionKind: 'interview',
        language: 'ar',
        text: 'I did not understand the letter.',
        textLanguage: 'en',
        original: 'لم أفهم الرسالة.',
        findings: ['f1'],
      },
      {
        id: 'q-2',
        group: 'ngos',
        sessionKind: 'focus-group',
        language: 'de',
        text: 'We translate letters for people every week.',
        textLanguage: 'en',
        original: null,
        findings: [],
      },
    ]);
    expect(report.limitations).toEqual(['No interview with staff of the job centre.']);
    expect(report.programme).toBeNull();
    expect(report.priorities.map((p) => p.programme)).toEqual([null, null]);
  });

  it('shows a quote in its original language when the report is in it, and filters quotes', () => {
    const ar = buildNeedsReport(reviewStudy(), fw, 'ar', { instruments });
    expect(ar.quotes![0]).toMatchObject({
      text: 'لم أفهم الرسالة.',
      textLanguage: 'ar',
      original: null,
    });
    const de = buildNeedsReport(reviewStudy(), fw, 'de', { instruments, quotes: 'with-findings' });
    expect(de.quotes!.map((q) => q.id)).toEqual(['q-1']);
    expect(de.limitations).toEqual(['Kein Interview im Jobcenter.']);
    // A rejected finding is not in the report: its goals and its quotes go with it.
    const s = reviewStudy();
    s.findings[0]!.validation = { session: 'fg1', outcome: 'rejected' };
    const rejected = buildNeedsReport(s, fw, 'en', { instruments, quotes: 'with-findings' });
    expect(rejected.quotes).toEqual([]);
    expect(
      rejected.priorities.find((p) => p.competence === 'plain-language')!.strategyGoals,
    ).toEqual([{ id: 'goal-staff', title: 'Trained staff' }]);
    expect(parseNeedsReport(rejected)).toMatchObject({ ok: true });
  });

  it('links each priority to the programme modules that train it, with their months', () => {
    const report = buildNeedsReport(reviewStudy(), fw, 'de', { instruments, programme, modules });
    expect(parseNeedsReport(report)).toEqual({ ok: true, value: report });
    expect(report.programme).toEqual({
      id: 'test-programme',
      title: 'Testland training year',
      period: { start: '2027-01-01', end: '2027-12-31' },
    });
    const byCompetence = Object.fromEntries(
      report.priorities.map((p) => [p.competence, p.programme]),
    );
    // m-both runs first (January); m-plain's two sessions fall in February and March.
    expect(byCompetence['plain-language']).toEqual([
      {
        module: 'm-both',
        title: 'Modul m-both',
        months: [1],
        start: '2027-01-20',
        end: '2027-01-20',
        sessions: 1,
      },
      {
        module: 'm-plain',
        title: 'Modul m-plain',
        months: [2, 3],
        start: '2027-02-10',
        end: '2027-03-04',
        sessions: 2,
      },
    ]);
    // m-interpreters is in the catalogue but not scheduled: no module of the programme.
    expect(byCompetence['working-with-interpreters']).toEqual([]);
    expect(() => buildNeedsReport(reviewStudy(), fw, 'en', { instruments, programme })).toThrow(
      /options\.programme needs options\.modules/,
    );
  });

  it('links the shipped programme template: plain-language letters in months 2, 4, 5, 7, 9, 11', () => {
    const content = join(import.meta.dirname, '..', '..', 'framework-intercultural', 'content');
    const read = <T>(...path: string[]) =>
      JSON.parse(readFileSync(join(content, ...path), 'utf8')) as T;
    const template = read<Programme>('training', 'programme-template.json');
    const catalogue = read<Catalogue>('training', 'catalogue.json');
    const byCompetence = programmeModulesByCompetence(
      template,
      catalogue.modules,
      (m) => m.title.en!,
    );
    expect(byCompetence.get('plain-language-communication')).toEqual([
      {
        module: 'plain-language-letters-and-forms',
        title: catalogue.modules.find((m) => m.id === 'plain-language-letters-and-forms')!.title.en,
        months: [2, 4, 5, 7, 9, 11],
        start: '2027-02-09',
        end: '2027-11-17',
        sessions: 6,
      },
    ]);
    // Every module the template schedules trains at least one competence it is listed under.
    const listed = new Set([...byCompetence.values()].flat().map((m) => m.module));
    expect(listed).toEqual(new Set(template.sessions.map((s) => s.module)));
  });

  it('renders the new sections in HTML, Markdown and CSV, and says when no programme is linked', () => {
    const linked = buildNeedsReport(reviewStudy(), fw, 'en', { instruments, programme, modules });
    const html = renderNeedsReportHtml(linked);
    // Sections in order, each an h2; headings never skip a level.
    const h2 = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
    expect(h2).toEqual([
      'summary',
      'methods',
      'internal-review',
      'levels',
      'quotes',
      'priorities',
      'links',
      'groups',
      'recommendations',
      'limitations',
    ]);
    const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    levels.forEach((level, i) => i > 0 && expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1));
    expect(html).toContain(
      '<blockquote lang="en" dir="ltr"><p>I did not understand the letter.</p></blockquote><p>As said, in Arabic:</p><blockquote lang="ar" dir="rtl"><p>لم أفهم الرسالة.</p></blockquote><figcaption>Third-country nationals, interview, said in Arabic</figcaption>',
    );
    expect(html).toContain('<caption>Priorities, strategy goals and training modules</caption>');
    expect(html).toContain(
      '<li>Module m-both (months 1)</li><li>Module m-plain (months 2, 3)</li>',
    );
    expect(html).toContain('<td>No module of the programme trains it.</td>');
    expect(html).toContain('<li>Focus group of 2026-06-20: Staff</li>');
    const ar = renderNeedsReportHtml(buildNeedsReport(reviewStudy(), fw, 'ar', { instruments }));
    expect(ar).toContain('<blockquote lang="ar" dir="rtl"><p>لم أفهم الرسالة.</p></blockquote>');

    const md = renderNeedsReportMarkdown(linked, { locale: 'de' });
    expect(md).toContain('## Interne Überprüfung der Verwaltung\n\n### Richtlinien und Regelungen');
    expect(md).toContain(
      '> I did not understand the letter.\n>\n> — Drittstaatsangehörige, Interview, gesagt auf Arabisch',
    );
    expect(md).toContain(
      '| 1 | Plain language | Services everyone can use; Trained staff | Module m-both (Monate 1); Module m-plain (Monate 2, 3) |',
    );
    expect(md).toContain(
      '## Grenzen der Bedarfsanalyse\n\n- No interview with staff of the job centre.',
    );

    const csv = parseCsv(renderNeedsReportCsv(linked)).records.map((r) => r.fields);
    expect(csv).toContainEqual([
      'priority-module',
      '1',
      'plain-language',
      'Plain language',
      '',
      'm-plain',
      '',
      '2',
      'Module m-plain (months 2, 3)',
    ]);
    expect(csv).toContainEqual([
      'priority-goal',
      '2',
      'working-with-interpreters',
      'Working with interpreters',
      '',
      'goal-staff',
      '',
      '',
      'Trained staff',
    ]);
    expect(csv).toContainEqual([
      'quote',
      '',
      '',
      '',
      'ngos',
      'q-2',
      '',
      '',
      'We translate letters for people every week.',
    ]);
    expect(csv).toContainEqual([
      'internal-review',
      '',
      '',
      '',
      '',
      'policies',
      '',
      '',
      'No rule asks for plain language in letters.',
    ]);
    expect(csv).toContainEqual([
      'limitation',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'No interview with staff of the job centre.',
    ]);
    expect(csv.some((r) => r[0] === 'programme')).toBe(false);

    const unlinked = buildNeedsReport(reviewStudy(), fw, 'en', { instruments });
    expect(renderNeedsReportHtml(unlinked)).toContain(
      '<p>The priorities are not linked to a training programme: this report was built without one.</p>',
    );
    expect(renderNeedsReportMarkdown(unlinked, { locale: 'it' })).toContain(
      'Le priorità non sono collegate a un programma formativo',
    );
    expect(parseCsv(renderNeedsReportCsv(unlinked)).records.map((r) => r.fields)).toContainEqual([
      'programme',
      '',
      '',
      '',
      '',
      'not-linked',
      '',
      '',
      '',
    ]);
  });

  it('writes the new sections in Arabic with no English word of the report left', () => {
    const report = buildNeedsReport(reviewStudy(), fw, 'en', { instruments, programme, modules });
    let html = renderNeedsReportHtml(report, { locale: 'ar' });
    const content = [
      ...report.levels.flatMap((l) =>
        Object.values(l.findings)
          .flat()
          .map((f) => f.statement),
      ),
      ...report.participation.sources.flatMap((s) => [s.title, s.summary]),
      report.strategy!.title,
      report.strategy!.publisher!,
      ...report.strategy!.goals.map((g) => g.title),
      ...report.internalReview!.map((r) => r.assessment),
      ...report.quotes!.map((q) => q.text),
      ...report.limitations!,
      report.programme!.title!,
      ...report.priorities.flatMap((p) => (p.programme ?? []).map((m) => m.title)),
    ];
    for (const text of content) html = html.replaceAll(escapeHtml(text), '');
    expect(html).toContain(REPORT_MESSAGES.ar.internalReview);
    expect(html).toContain(REPORT_MESSAGES.ar['programme.noModule']);
    const phrases = Object.values(REPORT_MESSAGES.en)
      .flatMap((text) => text.split(/\{\w+\}/))
      .map((p) => p.replace(/^[\s.,:;“”"()]+|[\s.,:;“”"()]+$/g, ''))
      .filter((p) => p.length > 3);
    for (const phrase of phrases) expect(html, phrase).not.toContain(phrase);
  });

  it('reopens and renders a report saved before these sections, leaving them out', () => {
    const report = buildNeedsReport(study(), fw, 'en', { instruments }) as unknown as Record<
      string,
      unknown
    >;
    for (const key of ['strategy', 'internalReview', 'quotes', 'limitations', 'programme'])
      delete report[key];
    for (const p of report.priorities as Record<string, unknown>[]) {
      delete p.strategyGoals;
      delete p.programme;
    }
    const reopened = parseNeedsReport(JSON.stringify(report));
    if (!reopened.ok) throw new Error(JSON.stringify(reopened.issues));
    const html = renderNeedsReportHtml(reopened.value);
    expect([...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'summary',
      'methods',
      'levels',
      'priorities',
      'groups',
      'recommendations',
    ]);
    expect(renderNeedsReportCsv(reopened.value)).not.toContain('not-linked');
  });

  it('rejects a reopened report whose priority names a goal its strategy lacks', () => {
    const report = buildNeedsReport(reviewStudy(), fw, 'en', { instruments });
    report.priorities[0]!.strategyGoals![0]!.id = 'goal-housing';
    report.quotes![0]!.findings = ['f9'];
    const result = parseNeedsReport(report);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      ['/priorities/0/strategyGoals/0/id', 'unknown-reference'],
      ['/quotes/0/findings/0', 'unknown-reference'],
    ]);
  });
});
