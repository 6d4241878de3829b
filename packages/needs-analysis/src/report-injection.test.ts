import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { marked } from 'marked';
import { isFormulaLike, parseCsv, restoreFormula } from '@competence-kit/model/csv';
import { buildNeedsReport } from './report.js';
import { renderNeedsReportCsv } from './render-csv.js';
import { escapeMarkdown, renderNeedsReportMarkdown } from './render-markdown.js';
import { escapeHtml, renderNeedsReportHtml } from './render-html.js';
import { instrument } from './test-support/study.js';
import { HOSTILE_TEXTS, studyWithTexts } from './test-support/hostile.js';

// Issue 12: a needs report built from a framework and a study whose every text is hostile.

const instruments = [instrument()];

describe('renderNeedsReportCsv with formulas in titles and free-text answers', () => {
  const { framework, study, programme, modules } = studyWithTexts('hostile');
  const report = buildNeedsReport(study, framework, 'en', { instruments, programme, modules });
  const csv = renderNeedsReportCsv(report);
  const parsed = parseCsv(csv);

  it('writes no cell that a spreadsheet would run as a formula', () => {
    expect(parsed.issues).toEqual([]);
    expect(parsed.records.length).toBeGreaterThan(5);
    const live = parsed.records.flatMap((r) => r.fields).filter(isFormulaLike);
    expect(live).toEqual([]);
  });

  it('keeps the hostile titles readable: restoreFormula gives back each one exactly', () => {
    const titles = new Set(
      parsed.records
        .slice(1)
        .map((r) => restoreFormula(r.fields[3]!))
        .filter((t) => t !== ''),
    );
    expect([...titles].every((t) => HOSTILE_TEXTS.includes(t))).toBe(true);
    expect([...titles].some((t) => isFormulaLike(t))).toBe(true);
  });

  it('neutralises the new cells too: quotes, assessments, limitations, goals and modules', () => {
    const notes = (section: string) =>
      parsed.records.filter((r) => r.fields[0] === section).map((r) => r.fields[8]!);
    // Each note is the hostile text exactly, once the neutralising quote mark is taken off.
    expect(notes('quote').map(restoreFormula)).toEqual(report.quotes!.map((q) => q.text));
    expect(notes('internal-review').map(restoreFormula)).toEqual(
      report.internalReview!.map((r) => r.assessment),
    );
    expect(notes('limitation').map(restoreFormula)).toEqual(report.limitations);
    expect(notes('priority-goal').length).toBeGreaterThan(0);
    expect(notes('priority-module').length).toBeGreaterThan(0);
    // And a formula in each of them is written inert.
    const s = studyWithTexts('hostile');
    s.study.quotes![0]!.text.en = '=HYPERLINK("http://evil.example","x")';
    s.study.internalReview![1]!.assessment.en = '+1+1'; // policies
    s.study.limitations![0]!.en = '@SUM(A1:A9)';
    s.study.strategy!.goals[0]!.title.en = '-2+3';
    s.modules[1]!.title.en = '\uFF1D1+1';
    const formulas = parseCsv(
      renderNeedsReportCsv(
        buildNeedsReport(s.study, s.framework, 'en', {
          instruments,
          programme: s.programme,
          modules: s.modules,
        }),
      ),
    ).records.map((r) => r.fields);
    for (const [section, measure, text] of [
      ['quote', 'q-1', '=HYPERLINK("http://evil.example","x")'],
      ['internal-review', 'policies', '+1+1'],
      ['limitation', '', '@SUM(A1:A9)'],
      ['priority-goal', 'goal-access', '-2+3'],
    ]) {
      const note = formulas.find((r) => r[0] === section && r[5] === measure)![8]!;
      expect(note).toBe(`'${text}`);
    }
    expect(formulas.filter((r) => r[0] === 'priority-module' && r[5] === 'm-both')[0]![8]).toMatch(
      /^'\uFF1D1\+1 /,
    );
    expect(formulas.flat().filter(isFormulaLike)).toEqual([]);
    expect(
      ['quote', 'internal-review', 'limitation', 'priority-goal', 'priority-module']
        .flatMap(notes)
        .filter(isFormulaLike),
    ).toEqual([]);
  });

  it('writes the figures as numbers, a negative one included', () => {
    const header = parsed.records[0]!.fields;
    const value = header.indexOf('value');
    const numbers = parsed.records
      .slice(1)
      .map((r) => r.fields[value]!)
      .filter((v) => v !== '');
    expect(numbers.length).toBeGreaterThan(0);
    for (const v of numbers) expect(v).toMatch(/^-?\d+(?:\.\d+)?(?:e-?\d+)?$/);
    const negative = structuredClone(report);
    negative.priorities[0]!.contributions[0]!.value = -0.25;
    expect(renderNeedsReportCsv(negative)).toMatch(/,-0\.25,/);
  });
});

const render = (markdown: string) => marked.parse(markdown, { async: false, gfm: true });
/** Every tag of rendered HTML, in order: the structure, without the text. */
const tagsOf = (html: string) => [...html.matchAll(/<\/?[a-z][^>]*>/gi)].map((m) => m[0]);
const decode = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
/** What a text should read as once rendered: white space and line breaks as single spaces. */
const asRendered = (text: string) => text.replace(/[\s\u0085]+/g, ' ').trim();

describe('renderNeedsReportMarkdown with Markdown and line breaks in every text', () => {
  const plain = studyWithTexts('plain');
  const hostile = studyWithTexts('hostile');
  const markdownOf = ({ framework, study, programme, modules }: typeof plain) =>
    renderNeedsReportMarkdown(
      buildNeedsReport(study, framework, 'en', { instruments, programme, modules }),
    );

  it('renders (marked, GFM) to exactly the structure of the same report with plain words', () => {
    const expected = tagsOf(render(markdownOf(plain)));
    const actual = tagsOf(render(markdownOf(hostile)));
    expect(expected.filter((t) => t.startsWith('<h')).length).toBeGreaterThan(8);
    expect(expected.filter((t) => t === '<table>').length).toBe(5);
    // The synthetic notice, every quote, and the original of the first: one blockquote each.
    expect(expected.filter((t) => t === '<blockquote>').length).toBe(4);
    expect(actual).toEqual(expected);
  });

  it('adds no element of its own: no raw HTML, link, image, code or emphasis from data', () => {
    const allowed =
      /^<\/?(h[1-3]|p|table|thead|tbody|tr|th|td|ul|ol|li|strong|blockquote)( align="(left|right|center)")?>$/;
    const html = render(markdownOf(hostile));
    expect(tagsOf(html).filter((t) => !allowed.test(t))).toEqual([]);
  });

  it('shows each hostile text as written, its line breaks as spaces', () => {
    const html = render(markdownOf(hostile));
    const title = /<h1>(.*?)<\/h1>/s.exec(html)![1]!;
    expect(decode(title)).toContain(asRendered(hostile.study.territory.name.en!));
    const text = decode(html);
    const { study } = hostile;
    const shown = [
      ...study.findings.map((f) => f.statement.en!),
      ...study.sources.flatMap((s) => [s.title, s.publisher!, s.summary!.en!]),
      study.strategy!.title,
      ...study.strategy!.goals.map((g) => g.title.en!),
      ...study.internalReview!.map((r) => r.assessment.en!),
      ...study.quotes!.flatMap((q) => Object.values(q.text).filter((x) => x !== undefined)),
      ...study.limitations!.map((l) => l.en!),
      ...hostile.modules.map((m) => m.title.en!),
    ];
    for (const t of shown) expect(text).toContain(asRendered(t));
  });

  it('escapeMarkdown keeps any text inside a list item and a table cell (property)', () => {
    const unit = fc.oneof(
      fc.constantFrom(...'#>-+=*_`~[]()!<>|\\&:/@.1 \t\r\n\f\v\u0085\u2028\u2029'.split('')),
      fc.constantFrom('http://', 'www.', '1.', '2)', '```', '---', '<b>', '&amp;', 'a', 'Ж'),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (t) => {
        const expected = asRendered(t);
        const item = render(`- ${escapeMarkdown(t)} (x)`);
        expect(tagsOf(item)).toEqual(['<ul>', '<li>', '</li>', '</ul>']);
        expect(decode(item).trim()).toBe(`${expected} (x)`.trim());
        const table = render(`| a | b |\n| --- | --- |\n| ${escapeMarkdown(t)} | y |\n`);
        expect(tagsOf(table).filter((tag) => tag === '<td>')).toHaveLength(2);
        expect(tagsOf(table).length).toBe(18);
        const heading = render(`# ${escapeMarkdown(t)} z`);
        expect(tagsOf(heading)).toEqual(['<h1>', '</h1>']);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('renderNeedsReportHtml with hostile quotes, assessments, goals and modules', () => {
  const html = (kind: 'hostile' | 'plain') => {
    const { framework, study, programme, modules } = studyWithTexts(kind);
    const report = buildNeedsReport(study, framework, 'en', { instruments, programme, modules });
    return { report, html: renderNeedsReportHtml(report) };
  };

  it('has exactly the tags of the same report with plain words, and each text escaped', () => {
    const hostile = html('hostile');
    const plain = html('plain');
    expect(tagsOf(hostile.html)).toEqual(tagsOf(plain.html));
    const { report } = hostile;
    const texts = [
      ...report.quotes!.flatMap((q) => [q.text, q.original ?? '']),
      ...report.internalReview!.map((r) => r.assessment),
      ...report.limitations!,
      ...report.strategy!.goals.map((g) => g.title),
      ...report.priorities.flatMap((p) => (p.programme ?? []).map((m) => m.title)),
    ].filter((t) => t !== '');
    expect(texts.length).toBeGreaterThan(10);
    for (const t of texts) expect(hostile.html).toContain(escapeHtml(t));
    expect(hostile.html).not.toMatch(/<(script|img|a)\b/i);
  });
});
