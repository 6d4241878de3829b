import { describe, expect, it } from 'vitest';
import type { NeedsStudy } from '@competence-kit/schemas';
import { buildNeedsReport } from './report.js';
import { renderNeedsReportMarkdown } from './render-markdown.js';
import { renderNeedsReportHtml } from './render-html.js';
import { renderNeedsReportCsv } from './render-csv.js';
import { REPORT_MESSAGES } from './messages.js';
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
  it('builds in German, Italian, Spanish and English', () => {
    for (const locale of ['de', 'it', 'es', 'en'] as const) {
      const report = buildNeedsReport(study(), fw, locale, { instruments });
      expect(report.messagesLocale).toBe(locale);
      expect(report.title).toBe(REPORT_MESSAGES[locale].title('Testland'));
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
      const md = renderNeedsReportMarkdown(report);
      expect(md).toContain(`## ${REPORT_MESSAGES[locale].priorities}`);
    }
  });

  it('writes the summary with singular and plural forms', () => {
    expect(buildNeedsReport(study(), fw, 'en', { instruments }).summary).toBe(
      'The review draws on 1 interview, 1 focus group, 11 questionnaire responses and desk research, coded into 3 findings.',
    );
    expect(buildNeedsReport(study(), fw, 'de', { instruments }).summary).toContain(
      '1 Interview, 1 Fokusgruppe, 11 Fragebogenantworten',
    );
  });

  it('has every message in every pilot language, and translated', () => {
    const keys = Object.keys(REPORT_MESSAGES.en) as (keyof typeof REPORT_MESSAGES.en)[];
    for (const locale of ['de', 'it', 'es'] as const) {
      for (const key of keys) {
        const value: unknown = REPORT_MESSAGES[locale][key];
        // Strings, templates (functions) and word lists (records) alike must give words.
        const texts =
          typeof value === 'function'
            ? [String((value as (...args: unknown[]) => string)('x', 'y', 'z', 2))]
            : typeof value === 'object' && value !== null
              ? Object.values(value).map(String)
              : [String(value)];
        for (const text of texts) expect(text, `${locale}.${key}`).toMatch(/\S/);
      }
      expect(REPORT_MESSAGES[locale].priorities).not.toBe(REPORT_MESSAGES.en.priorities);
      expect(Object.values(REPORT_MESSAGES[locale].levels)).not.toEqual(
        Object.values(REPORT_MESSAGES.en.levels),
      );
    }
  });

  it('falls back to English words for other locales and keeps the requested lang', () => {
    const report = buildNeedsReport(study(), fw, 'uk', { instruments });
    expect(report.messagesLocale).toBe('en');
    expect(renderNeedsReportHtml(report)).toContain('<html lang="uk" dir="ltr">');
    expect(renderNeedsReportHtml(buildNeedsReport(study(), fw, 'ar', { instruments }))).toContain(
      'dir="rtl"',
    );
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
