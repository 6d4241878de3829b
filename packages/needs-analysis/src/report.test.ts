import { describe, expect, it } from 'vitest';
import type { NeedsStudy } from '@competence-kit/schemas';
import { buildNeedsReport } from './report.js';
import { renderNeedsReportMarkdown } from './render-markdown.js';
import { escapeHtml, renderNeedsReportHtml } from './render-html.js';
import { findingGroups } from './prioritise.js';
import { renderNeedsReportCsv } from './render-csv.js';
import { REPORT_MESSAGES, REPORT_LOCALES } from './messages/index.js';
import { parseNeedsReport } from './parse-report.js';
import { placeholdersOf } from '@competence-kit/model/read';
import { framework, instrument, response, study } from './test-support/study.js';

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
