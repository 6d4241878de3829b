import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  buildNeedsReport,
  renderNeedsReportHtml,
  type NeedsReport,
} from '@competence-kit/needs-analysis';
import type { NeedsStudy } from '@competence-kit/schemas';
import '../../define/needs-report.js';
import { expectAccessible } from '../../test-support/axe.js';
import { darkContainer, fixture, settled } from '../../test-support/fixture.js';
import { framework, instruments, studies } from '../../test-support/pilot-studies.js';
import type { CkDataErrorEvent } from '../../events/ck-data-error.js';
import type { CkNeedsReport } from './needs-report.js';

const reports = new Map<string, NeedsReport>();
/** The report of a pilot territory in a locale, built once. */
function reportOf(territory: keyof typeof studies, locale: string): NeedsReport {
  const key = `${territory}|${locale}`;
  if (!reports.has(key))
    reports.set(key, buildNeedsReport(studies[territory], framework, locale, { instruments }));
  return reports.get(key)!;
}

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: CkNeedsReport, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (root: ParentNode, selector: string) => [
  ...root.querySelectorAll<HTMLElement>(selector),
];
const inSection = (root: ParentNode, id: string, selector: string) =>
  $$(root, `section[aria-labelledby="${id}"] ${selector}`).map(text);
/** The rows of a section's tables, each as its cells' texts. */
const rows = (root: ParentNode, id: string) =>
  $$(root, `section[aria-labelledby="${id}"] tr`).map((tr) =>
    [...tr.children].map(text).join(' | '),
  );

/** What both renderings must show alike: headings, findings, needs, tables, recommendations. */
function content(root: ParentNode) {
  return {
    headings: $$(root, 'h1, h2, h3, h4, h5').map(text),
    findings: inSection(root, 'levels', 'li'),
    needs: inSection(root, 'priorities', 'tbody th'),
    evidence: inSection(root, 'priorities', 'tbody td > ul > li'),
    participation: rows(root, 'methods'),
    sources: inSection(root, 'methods', 'li'),
    groups: rows(root, 'groups'),
    recommendations: inSection(root, 'recommendations', 'li'),
  };
}

function mount(
  report: NeedsReport | undefined,
  options: { lang?: string; study?: NeedsStudy; level?: string; group?: string } = {},
) {
  const container = document.createElement('div');
  const errors: CkDataErrorEvent[] = [];
  container.addEventListener('ck-data-error', (e) => errors.push(e));
  return {
    errors,
    element: fixture<CkNeedsReport>(
      html`<ck-needs-report
        .report=${report}
        .study=${options.study}
        vopi-level=${options.level ?? ''}
        participant-group=${options.group ?? ''}
      ></ck-needs-report>`,
      { container, ...(options.lang ? { lang: options.lang } : {}) },
    ),
  };
}

async function choose(el: CkNeedsReport, index: number, value: string) {
  const select = $$(el.shadowRoot!, 'select')[index] as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await settled(el);
}

describe('<ck-needs-report>', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is registered', () => {
    expect(document.createElement('ck-needs-report').constructor.name).toBe('CkNeedsReport');
  });

  for (const [territory, locale] of [
    ['ravenna', 'en'],
    ['ravenna', 'it'],
    ['landkreis-offenbach', 'de'],
    ['cartagena', 'es'],
  ] as const) {
    it(`shows the same content as renderNeedsReportHtml: ${territory} in ${locale}`, async () => {
      const report = reportOf(territory, locale);
      const page = new DOMParser().parseFromString(renderNeedsReportHtml(report), 'text/html');
      const { element, errors } = mount(report, { lang: locale, study: studies[territory] });
      const el = await element;
      expect(errors).toEqual([]);
      const expected = content(page);
      const shown = content(el.shadowRoot!);
      // Same headings, but the element's headings start at h2 and add none.
      expect(shown.headings).toEqual(expected.headings);
      expect(shown.findings).toEqual(expected.findings);
      expect(shown.needs).toEqual(expected.needs);
      expect(shown.needs).toEqual(report.priorities.map((p) => p.title));
      expect(shown.evidence).toEqual(expected.evidence);
      expect(shown.participation).toEqual(expected.participation);
      expect(shown.sources).toEqual(expected.sources);
      expect(shown.groups).toEqual(expected.groups);
      expect(shown.recommendations).toEqual(expected.recommendations);
      expect(text($(el, '.notice'))).toBe(text(page.querySelector('.notice')));
      const findings = report.levels.flatMap((l) => Object.values(l.findings).flat());
      expect($$(el.shadowRoot!, '[data-finding]').map((li) => li.dataset.finding)).toEqual(
        findings.map((f) => f.id),
      );
      expect(text($(el, '[role=status]'))).toMatch(
        new RegExp(`\\b${findings.length}\\b.*\\b${report.priorities.length}\\b`),
      );
    });
  }

  it('explains each need: every factor with its weight, and the findings behind it', async () => {
    const report = reportOf('ravenna', 'en');
    const el = await mount(report).element;
    const first = report.priorities[0]!;
    const details = $(el, 'tbody tr details')!;
    expect(text(details.querySelector('summary'))).toBe('How this priority is made up');
    const factors = $$(details, '.factors li').map(text);
    expect(factors).toHaveLength(first.contributions.length);
    expect(factors[0]).toContain(`${first.contributions[0]!.label}:`);
    expect(factors[0]).toContain(first.contributions[0]!.detail);
    expect(factors[0]).toMatch(/\(weight 25%, 0\.\d+ points\)/);
    expect($$(details, '.need-findings li').length).toBeGreaterThan(0);
    expect(text($(el, '.note'))).toBe(
      'Results of fewer than 5 respondents are not shown, to protect their anonymity.',
    );
  });

  it('filters by VOPI level and participant group, and says how much is left', async () => {
    const report = reportOf('ravenna', 'en');
    const study = studies.ravenna;
    const el = await mount(report, { study }).element;
    const status = $(el, '[role=status]')!;
    const all = $$(el.shadowRoot!, '[data-finding]').length;

    await choose(el, 0, 'personnel');
    expect(el.vopiLevel).toBe('personnel');
    expect(el.getAttribute('vopi-level')).toBe('personnel');
    expect(inSection(el.shadowRoot!, 'levels', 'h4')).toEqual(['Personnel']);
    const personnel = new Set(
      Object.values(report.levels.find((l) => l.level === 'personnel')!.findings)
        .flat()
        .map((f) => f.id),
    );
    const shownIds = $$(el.shadowRoot!, '[data-finding]').map((li) => li.dataset.finding!);
    expect(shownIds.every((id) => personnel.has(id))).toBe(true);
    const needs = $$(el.shadowRoot!, 'tbody tr[data-competence]').map(
      (tr) => tr.dataset.competence,
    );
    expect(needs.length).toBeGreaterThan(0);
    expect(needs.length).toBeLessThan(report.priorities.length);
    for (const competence of needs) {
      const need = report.priorities.find((p) => p.competence === competence)!;
      expect(need.findings.some((id) => personnel.has(id))).toBe(true);
    }
    expect(text(status)).toBe(`Findings shown: ${shownIds.length}. Needs shown: ${needs.length}.`);

    await choose(el, 0, '');
    await choose(el, 1, 'third-country-nationals');
    expect(el.participantGroup).toBe('third-country-nationals');
    const tcn = $$(el.shadowRoot!, '[data-finding]').map((li) => li.dataset.finding!);
    expect(tcn.length).toBeGreaterThan(0);
    expect(tcn.length).toBeLessThan(all);
    for (const id of tcn) {
      const finding = study.findings.find((f) => f.id === id)!;
      const groups = finding.evidence.flatMap(
        (e) =>
          e.groups ??
          (e.session
            ? study.sessions.find((s) => s.id === e.session)!.participants.map((p) => p.group)
            : e.questionnaire
              ? [study.questionnaires.find((q) => q.id === e.questionnaire)!.group]
              : []),
      );
      expect(groups).toContain('third-country-nationals');
    }
    // Needs the users' questionnaire perceives stay, as the priority engine counts them.
    const tcnNeeds = $$(el.shadowRoot!, 'tbody tr[data-competence]').length;
    expect(tcnNeeds).toBeGreaterThan(0);

    await choose(el, 0, 'cooperation');
    expect(text(status)).toMatch(/^Findings shown: \d+\. Needs shown: \d+\.$/);
    expect($$(el.shadowRoot!, '[data-finding]').length).toBeLessThanOrEqual(tcn.length);
  });

  it('offers the participant-group filter only with the study, and reads filters from attributes', async () => {
    const report = reportOf('cartagena', 'es');
    const el = await mount(report, { lang: 'es', level: 'cooperation' }).element;
    expect($$(el.shadowRoot!, 'select')).toHaveLength(1);
    expect(text($(el, 'label span'))).toBe('Nivel VOPI');
    expect(inSection(el.shadowRoot!, 'levels', 'h4')).toEqual(['Cooperación']);
  });

  it('reports and ignores a filter that names nothing', async () => {
    const report = reportOf('ravenna', 'en');
    const { element, errors } = mount(report, { level: 'everything', study: studies.ravenna });
    const el = await element;
    expect(errors[0]!.detail.issues[0]).toMatchObject({
      path: '/vopiLevel',
      code: 'unknown-reference',
    });
    expect(inSection(el.shadowRoot!, 'levels', 'h4')).toHaveLength(4);

    const bad = await mount({ title: 'x' } as unknown as NeedsReport).element;
    expect(text($(bad, '[part=base]'))).toBe('Not available');
  });

  it('can be used with the keyboard alone', async () => {
    const el = await mount(reportOf('ravenna', 'en'), { study: studies.ravenna }).element;
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await userEvent.keyboard('{Tab}');
    const [level, group] = $$(el.shadowRoot!, 'select') as HTMLSelectElement[];
    expect(el.shadowRoot!.activeElement).toBe(level);
    await userEvent.selectOptions(level!, 'organisation');
    await settled(el);
    expect(el.vopiLevel).toBe('organisation');
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe(group);
    // The tables scroll on a narrow screen: their regions take focus, then the explanations.
    const summary = $(el, 'summary')!;
    summary.focus();
    await userEvent.keyboard('{Enter}');
    expect((summary.parentElement as HTMLDetailsElement).open).toBe(true);
  });

  it('keeps the report in its language while the filters follow the page', async () => {
    const report = reportOf('ravenna', 'en');
    const el = await mount(report, { lang: 'en', study: studies.ravenna }).element;
    expect($(el, 'article')!.hasAttribute('lang')).toBe(false);
    el.parentElement!.lang = 'de';
    await settled(el);
    expect(text($(el, 'label span'))).toBe('VOPI-Ebene');
    expect($(el, 'article')!.getAttribute('lang')).toBe('en');
    expect(text($(el, 'h2'))).toBe('Needs report: Ravenna');
    expect($(el, 'summary')!.getAttribute('lang')).toBe('de');
    expect($(el, '.detail')!.hasAttribute('lang')).toBe(false);
  });

  it('renders right to left in Arabic, the English report inside left to right', async () => {
    const report = reportOf('ravenna', 'ar');
    const el = await mount(report, { lang: 'ar', study: studies.ravenna }).element;
    expect(el.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle($(el, '.filters')!).direction).toBe('rtl');
    expect(text($(el, 'label span'))).toBe('مستوى VOPI');
    const article = $(el, 'article')!;
    expect(article.getAttribute('lang')).toBe('en');
    expect(getComputedStyle(article).direction).toBe('ltr');
    expect(text($(el, '[role=status]'))).toMatch(/^النتائج المعروضة/);
  });

  it('renders hostile strings in the report as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { messages, ...data } = reportOf('ravenna', 'en');
    const report: NeedsReport = { ...structuredClone(data), messages };
    report.title = `</script>${hostile}`;
    report.summary = '\u202Eevil';
    const finding = report.levels[0]!.findings.weakness[0]!;
    finding.statement = hostile;
    report.priorities[0]!.title = `<b>x</b>${hostile}`;
    report.recommendations[0]!.text = `</script>`;
    report.groupResults.rows[0]!.label = hostile;
    const el = await mount(report).element;
    expect(el.shadowRoot!.querySelectorAll('img, b, script').length).toBe(0);
    expect(text($(el, 'h2'))).toBe(`</script>${hostile}`);
    expect(text($(el, `[data-finding="${finding.id}"] .statement`))).toBe(hostile);
    expect(el.shadowRoot!.textContent).toContain('\u202Eevil');
    expect(inSection(el.shadowRoot!, 'priorities', 'tbody th')[0]).toBe(`<b>x</b>${hostile}`);
    expect(inSection(el.shadowRoot!, 'recommendations', 'li')[0]).toBe('</script>');
  });

  for (const lang of ['en', 'ar']) {
    it(`has no axe-core violations in ${lang}, filtered and explained`, async () => {
      const el = await mount(reportOf('landkreis-offenbach', lang), {
        lang,
        study: studies['landkreis-offenbach'],
      }).element;
      await expectAccessible(el);
      await choose(el, 1, 'ngos');
      $$(el.shadowRoot!, 'details').forEach((d) => ((d as HTMLDetailsElement).open = true));
      await expectAccessible(el);
    });
  }

  it('has no axe-core violations in the dark theme', async () => {
    const container = darkContainer();
    const el = await fixture<CkNeedsReport>(
      html`<ck-needs-report
        .report=${reportOf('cartagena', 'es')}
        .study=${studies.cartagena}
        lang="es"
      ></ck-needs-report>`,
      { container },
    );
    $$(el.shadowRoot!, 'details').forEach((d) => ((d as HTMLDetailsElement).open = true));
    await expectAccessible(container);
  });
});
