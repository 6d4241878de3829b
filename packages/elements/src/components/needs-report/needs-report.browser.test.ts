import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import axe from 'axe-core';
import {
  buildNeedsReport,
  parseNeedsReport,
  renderNeedsReportHtml,
  type NeedsReport,
} from '@competence-kit/needs-analysis';
import { reasonText, reportWordsFor } from '@competence-kit/needs-analysis/messages';
import '../../define/needs-report.js';
import { expectAccessible } from '../../test-support/axe.js';
import { darkContainer, fixture, settled } from '../../test-support/fixture.js';
import { framework, instruments, studies } from '../../test-support/pilot-studies.js';
import { catalogue, programmeTemplate } from '@competence-kit/framework-intercultural';
import type { NeedsStudy } from '@competence-kit/schemas';
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
// The HTML page names its sections by their heading; the element's are not landmarks.
const sectionOf = (id: string) =>
  `:is(section[aria-labelledby="${id}"], section[data-section="${id}"])`;
const inSection = (root: ParentNode, id: string, selector: string) =>
  $$(root, `${sectionOf(id)} ${selector}`).map(text);
/** The rows of a section's tables, each as its cells' texts. */
const rows = (root: ParentNode, id: string) =>
  $$(root, `${sectionOf(id)} tr`).map((tr) => [...tr.children].map(text).join(' | '));

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
    review: inSection(root, 'internal-review', ':is(p, li)'),
    quotes: inSection(root, 'quotes', ':is(blockquote, figcaption)'),
    // List items one by one: the page writes them without white space between them.
    links: $$(root, `${sectionOf('links')} tr`).map((tr) =>
      [...tr.children]
        .map((cell) => {
          const items = [...cell.querySelectorAll('li')];
          return items.length > 0 ? items.map(text).join(' / ') : text(cell);
        })
        .join(' | '),
    ),
    limitations: inSection(root, 'limitations', 'li'),
  };
}

/**
 * A pilot study with the review's optional parts written in here: a strategy goal on its first
 * weakness, an internal review of its organisation, two quotes of third-country nationals (one
 * recorded in Arabic and English and illustrating that weakness, one in German only) and a
 * limitation.
 */
function reviewed(territory: keyof typeof studies): NeedsStudy {
  const s = structuredClone(studies[territory]);
  const session = s.sessions.find((x) =>
    x.participants.some((p) => p.group === 'third-country-nationals'),
  )!;
  const finding = s.findings.find(
    (f) => f.kind === 'weakness' && f.validation?.outcome !== 'rejected',
  )!;
  for (const f of s.findings) delete f.strategyGoals;
  finding.strategyGoals = ['goal-access'];
  s.strategy = {
    title: 'Local integration strategy',
    goals: [
      {
        id: 'goal-access',
        title: {
          en: 'Services everyone understands',
          de: 'Verständliche Dienste',
          it: 'Servizi comprensibili',
          es: 'Servicios comprensibles',
        },
      },
    ],
  };
  s.internalReview = [
    {
      area: 'organisation',
      assessment: {
        en: 'Interpreters are booked team by team.',
        de: 'Jedes Team bucht Dolmetscher:innen selbst.',
        it: 'Ogni ufficio prenota i mediatori da sé.',
        es: 'Cada equipo reserva intérpretes por su cuenta.',
      },
      evidence: [{ session: session.id }],
    },
  ];
  s.quotes = [
    {
      id: 'q-1',
      session: session.id,
      group: 'third-country-nationals',
      language: 'ar',
      text: { ar: 'لم أفهم الرسالة.', en: 'I did not understand the letter.' },
      findings: [finding.id],
    },
    {
      id: 'q-2',
      session: session.id,
      group: 'third-country-nationals',
      language: 'de',
      text: { de: 'Man hat mir geduldig geholfen.' },
    },
  ];
  s.limitations = [{ en: 'No staff of the job centre were interviewed.' }];
  return s;
}

const withReview = (territory: keyof typeof studies, locale: string) =>
  buildNeedsReport(reviewed(territory), framework, locale, {
    instruments,
    programme: programmeTemplate,
    modules: catalogue.modules,
  });

function mount(
  report: NeedsReport | undefined,
  options: { lang?: string; level?: string; group?: string } = {},
) {
  const container = document.createElement('div');
  const errors: CkDataErrorEvent[] = [];
  container.addEventListener('ck-data-error', (e) => errors.push(e));
  return {
    errors,
    element: fixture<CkNeedsReport>(
      html`<ck-needs-report
        .report=${report}
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
      const { element, errors } = mount(report, { lang: locale });
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
      expect(shown.review).toEqual(expected.review);
      expect(shown.quotes).toEqual(expected.quotes);
      expect(shown.links).toEqual(expected.links);
      expect(shown.limitations).toEqual(expected.limitations);
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

  for (const [territory, locale] of [
    ['ravenna', 'en'],
    ['landkreis-offenbach', 'de'],
  ] as const) {
    it(`shows the internal review, quotes, strategy and programme like the HTML page: ${territory} in ${locale}`, async () => {
      const report = withReview(territory, locale);
      const page = new DOMParser().parseFromString(renderNeedsReportHtml(report), 'text/html');
      const el = await mount(report, { lang: locale }).element;
      const expected = content(page);
      const shown = content(el.shadowRoot!);
      expect(shown.headings).toEqual(expected.headings);
      expect(shown.review).toEqual(expected.review);
      expect(shown.quotes).toEqual(expected.quotes);
      expect(shown.links).toEqual(expected.links);
      expect(shown.limitations).toEqual(expected.limitations);
      expect(shown.links.length).toBe(report.priorities.length + 1);
      // Every need is linked: its strategy goals, and the template's modules with their months.
      expect(report.priorities.every((p) => Array.isArray(p.programme))).toBe(true);
      expect(shown.links.some((row) => /\(\D*\d+(, \d+)*\)/.test(row))).toBe(true);
    });
  }

  it('marks each quote with the language its text is in, the Arabic original right to left', async () => {
    const el = await mount(withReview('ravenna', 'en'), { lang: 'en' }).element;
    const first = $(el, '[data-quote="q-1"]')!;
    const quotes = $$(first, 'blockquote');
    expect(quotes.map((q) => [q.lang, q.dir, text(q)])).toEqual([
      ['en', 'ltr', 'I did not understand the letter.'],
      ['ar', 'rtl', 'لم أفهم الرسالة.'],
    ]);
    expect(getComputedStyle(quotes[1]!).direction).toBe('rtl');
    expect(text(first.querySelector('figcaption'))).toBe(
      'Third-country nationals, interview, said in Arabic',
    );
    // Recorded in German only: shown in German, marked so, with no separate original.
    const second = $$($(el, '[data-quote="q-2"]')!, 'blockquote');
    expect(second.map((q) => [q.lang, text(q)])).toEqual([
      ['de', 'Man hat mir geduldig geholfen.'],
    ]);
  });

  it('narrows the quotes with the group and level filters', async () => {
    const report = withReview('ravenna', 'en');
    const el = await mount(report).element;
    const quotes = () => $$(el.shadowRoot!, '[data-quote]').map((q) => q.dataset.quote);
    expect(quotes()).toEqual(['q-1', 'q-2']);
    await choose(el, 1, 'ngos');
    expect(quotes()).toEqual([]);
    expect(inSection(el.shadowRoot!, 'quotes', 'p')).toEqual(['None recorded.']);
    await choose(el, 1, 'third-country-nationals');
    expect(quotes()).toEqual(['q-1', 'q-2']);
    const level = report.levels.find((l) =>
      Object.values(l.findings)
        .flat()
        .some((f) => report.quotes![0]!.findings.includes(f.id)),
    )!.level;
    await choose(el, 0, level);
    expect(quotes()).toEqual(['q-1']);
  });

  it('says when the needs are not linked to a programme', async () => {
    const report = buildNeedsReport(reviewed('cartagena'), framework, 'es', { instruments });
    const el = await mount(report, { lang: 'es' }).element;
    expect(text($(el, '.programme'))).toBe(
      'Las prioridades no están vinculadas a un programa formativo: este informe se elaboró sin programa.',
    );
  });

  it('explains each need: every factor with its weight, and the findings behind it', async () => {
    const report = reportOf('ravenna', 'en');
    const el = await mount(report).element;
    const first = report.priorities[0]!;
    const details = $(el, 'tbody tr details')!;
    expect(text(details.querySelector('summary'))).toBe('How this priority is made up');
    const factors = $$(details, '.factors li').map(text);
    expect(factors).toHaveLength(first.contributions.length);
    const words = reportWordsFor('en');
    expect(factors[0]).toContain(`${words.text(`factor.${first.contributions[0]!.factor}`)}:`);
    expect(factors[0]).toContain(reasonText(words, first.contributions[0]!.reason));
    expect(factors[0]).toMatch(/\(weight 25%, 0\.\d+ points\)/);
    expect($$(details, '.need-findings li').length).toBeGreaterThan(0);
    expect(text($(el, '.note'))).toBe(
      'Results of fewer than 5 respondents are not shown, to protect their anonymity.',
    );
  });

  it('filters by VOPI level and participant group, and says how much is left', async () => {
    const report = reportOf('ravenna', 'en');
    const study = studies.ravenna;
    const el = await mount(report).element;
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

  it('offers the participant-group filter from the report alone, and reads filters from attributes', async () => {
    const report = reportOf('cartagena', 'es');
    const el = await mount(report, { lang: 'es', level: 'cooperation' }).element;
    expect($$(el.shadowRoot!, 'select')).toHaveLength(2);
    expect(text($(el, 'label span'))).toBe('Nivel VOPI');
    expect(inSection(el.shadowRoot!, 'levels', 'h4')).toEqual(['Cooperación']);
  });

  it('reports and ignores a filter that names nothing', async () => {
    const report = reportOf('ravenna', 'en');
    const { element, errors } = mount(report, { level: 'everything' });
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
    const el = await mount(reportOf('ravenna', 'en')).element;
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

  it("puts the report into the page's language, the study's own texts marked with theirs", async () => {
    const report = reportOf('ravenna', 'en');
    const el = await mount(report, { lang: 'en' }).element;
    expect($(el, '.statement span[lang]')).toBeNull();
    el.parentElement!.lang = 'de';
    await settled(el);
    expect(text($(el, 'label span'))).toBe('VOPI-Ebene');
    expect(text($(el, 'h2'))).toBe('Bedarfsbericht: Ravenna');
    expect($(el, '.statement span')!.getAttribute('lang')).toBe('en');
    expect(text($(el, 'summary'))).toBe('Wie sich diese Priorität zusammensetzt');
    expect($(el, '.detail')!.hasAttribute('lang')).toBe(false);
  });

  it('explains every need in Arabic on an Arabic page, right to left, with no English words', async () => {
    // A report saved in English and reopened on an Arabic page: the words follow the page.
    const saved = parseNeedsReport(JSON.stringify(reportOf('ravenna', 'en')));
    if (!saved.ok) throw new Error(JSON.stringify(saved.issues));
    const el = await mount(saved.value, { lang: 'ar' }).element;
    expect(el.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle($(el, 'article')!).direction).toBe('rtl');
    expect(text($(el, 'label span'))).toBe('مستوى VOPI');
    expect(text($(el, 'h2'))).toBe('تقرير الاحتياجات: Ravenna');
    const details = $$(el.shadowRoot!, '.detail').map(text);
    expect(details.length).toBeGreaterThan(0);
    for (const detail of details) expect(detail).not.toMatch(/[A-Za-z]{3,}/);
    // Headings and labels, leaving out the competence titles (content, marked lang="en").
    const headings = $$(
      el.shadowRoot!,
      'h3, h4, h5, caption, th[scope=col]:not(:has([lang])), .factors li > span:first-child',
    );
    for (const h of headings) expect(text(h), h.outerHTML).not.toMatch(/[A-Za-z]{3,}/);
    for (const d of $$(el.shadowRoot!, '.detail')) expect(d.hasAttribute('lang')).toBe(false);
    expect(text($(el, '[role=status]'))).toMatch(/^النتائج المعروضة/);
  });

  it('marks words that fall back to English lang="en", aligned with the page (Persian, right to left)', async () => {
    const el = await mount(reportOf('ravenna', 'en'), { lang: 'fa' }).element;
    const title = $(el, 'h3[id="levels"] > span')!;
    expect(title.getAttribute('lang')).toBe('en');
    expect(title.hasAttribute('dir')).toBe(false);
    expect(getComputedStyle(title).direction).toBe('rtl');
    const heading = title.parentElement!.getBoundingClientRect();
    // Aligned to the start of a right-to-left line: its right edge meets the heading's.
    expect(Math.abs(title.getBoundingClientRect().right - heading.right)).toBeLessThan(2);
  });

  it('renders hostile strings in the report as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const report = structuredClone(reportOf('ravenna', 'en'));
    report.territory.name = `</script>${hostile}`;
    const finding = report.levels[0]!.findings.weakness[0]!;
    finding.statement = hostile;
    report.priorities[0]!.title = `<b>x</b>${hostile}`;
    report.participation.sources[0]!.summary = '\u202Eevil';
    report.groupResults.rows[0]!.label = hostile;
    const el = await mount(report).element;
    expect(el.shadowRoot!.querySelectorAll('img, b, script').length).toBe(0);
    expect(text($(el, 'h2'))).toBe(`Needs report: </script>${hostile}`);
    expect(text($(el, `[data-finding="${finding.id}"] .statement`))).toBe(hostile);
    expect(el.shadowRoot!.textContent).toContain('\u202Eevil');
    expect(inSection(el.shadowRoot!, 'priorities', 'tbody th')[0]).toBe(`<b>x</b>${hostile}`);
    expect(inSection(el.shadowRoot!, 'recommendations', 'li')[0]).toContain(`<b>x</b>${hostile}`);
  });

  it('gives no two landmarks the same name (axe landmark-unique)', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await mount(reportOf('landkreis-offenbach', lang), { lang }).element;
      const { violations } = await axe.run(el, {
        runOnly: {
          type: 'rule',
          values: ['landmark-unique', 'region', 'landmark-no-duplicate-contentinfo'],
        },
        resultTypes: ['violations'],
      });
      expect(
        violations
          .filter((v) => v.id === 'landmark-unique')
          .flatMap((v) => v.nodes.map((n) => n.target)),
      ).toEqual([]);
    }
  });

  // Left to right and right to left, and Spanish for the longest participant group's name.
  for (const lang of ['en', 'ar', 'es']) {
    for (const size of ['320px', '200% text', '320px and 200% text']) {
      it(`reflows at ${size} in ${lang}: nothing scrolls sideways, no box wider than the element`, async () => {
        await page.viewport(size.startsWith('320px') ? 320 : 640, 800);
        const root = document.documentElement;
        if (size.endsWith('200% text')) root.style.fontSize = '200%';
        try {
          const el = await mount(reportOf('landkreis-offenbach', lang), { lang }).element;
          await settled(el);
          expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
          const host = el.getBoundingClientRect();
          const scrollers = $$(el.shadowRoot!, '.scroll');
          for (const node of $$(el.shadowRoot!, '*')) {
            if (node instanceof HTMLStyleElement) continue;
            if (scrollers.some((s) => s !== node && s.contains(node))) continue;
            const box = node.getBoundingClientRect();
            if (box.width === 0) continue;
            expect(box.left, node.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(host.left - 1);
            expect(box.right, node.outerHTML.slice(0, 80)).toBeLessThanOrEqual(host.right + 1);
          }
        } finally {
          root.style.fontSize = '';
          await page.viewport(1280, 800);
        }
      });
    }
  }

  for (const lang of ['en', 'ar']) {
    it(`has no axe-core violations in ${lang}, filtered and explained`, async () => {
      const el = await mount(reportOf('landkreis-offenbach', lang), { lang }).element;
      await expectAccessible(el);
      await choose(el, 1, 'ngos');
      $$(el.shadowRoot!, 'details').forEach((d) => ((d as HTMLDetailsElement).open = true));
      await expectAccessible(el);
    });
  }

  for (const lang of ['de', 'ar']) {
    it(`has no axe-core violations with quotes, internal review and programme links in ${lang}`, async () => {
      const el = await mount(withReview('landkreis-offenbach', lang), { lang }).element;
      await expectAccessible(el);
    });
  }

  it('has no axe-core violations in the dark theme', async () => {
    const container = darkContainer();
    const el = await fixture<CkNeedsReport>(
      html`<ck-needs-report .report=${reportOf('cartagena', 'es')} lang="es"></ck-needs-report>`,
      { container },
    );
    $$(el.shadowRoot!, 'details').forEach((d) => ((d as HTMLDetailsElement).open = true));
    await expectAccessible(container);
  });
});
