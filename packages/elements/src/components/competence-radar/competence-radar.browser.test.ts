import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
// Types cdp().send: the Playwright provider declares it.
import type {} from '@vitest/browser-playwright';
import type { Framework } from '@competence-kit/schemas';
import '../../define/competence-radar.js';
import type { CkDataErrorEvent } from '../../events/ck-data-error.js';
import { expectAccessible } from '../../test-support/axe.js';
import { darkContainer, fixture, settled } from '../../test-support/fixture.js';
import { framework, syntheticResult } from '../../test-support/results.js';
import type { CkCompetenceRadar } from './competence-radar.js';
const COMPETENCES = framework.competences.length;

const result = syntheticResult({ seed: 3 });
const after = syntheticResult({ seed: 3, phase: 'post', shift: 0.2 });

const $ = (radar: CkCompetenceRadar, selector: string) =>
  radar.shadowRoot!.querySelector<HTMLElement | SVGElement>(selector)!;
const $$ = (radar: CkCompetenceRadar, selector: string) => [
  ...radar.shadowRoot!.querySelectorAll<HTMLElement | SVGElement>(selector),
];
/** An axis label's text, its lines joined again (and words split with a hyphen rejoined). */
const labelText = (label: Element) =>
  [...label.querySelectorAll('tspan')]
    .map((t) => t.textContent)
    .join(' ')
    .replace(/- /g, '');
const chart = (radar: CkCompetenceRadar) => $(radar, '[part=chart]');
const rowHeaders = (radar: CkCompetenceRadar) =>
  $$(radar, 'tbody th').map((th) => th.textContent!.trim());
const cells = (radar: CkCompetenceRadar, row: number) =>
  $$(radar, 'tbody tr')[row]!.querySelectorAll('td');
const dashOf = (radar: CkCompetenceRadar, series: string) =>
  getComputedStyle($(radar, `[data-series=${series}] path`)).strokeDasharray;

describe('<ck-competence-radar>', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is registered', () => {
    expect(document.createElement('ck-competence-radar').constructor.name).toBe(
      'CkCompetenceRadar',
    );
  });

  it('draws every competence of a real result, grouped in 7 domains, with every competence in the table', async () => {
    const radar = await fixture<CkCompetenceRadar>(
      html`<ck-competence-radar .framework=${framework} .result=${result}></ck-competence-radar>`,
    );
    expect(result.summary.validCompetences).toBe(COMPETENCES);
    expect(chart(radar).getAttribute('role')).toBe('img');
    expect(chart(radar).getAttribute('aria-label')).toBe(
      `${result.summary.belowTarget} of ${COMPETENCES} competences below target`,
    );
    // One axis per domain, labelled with its whole title (in lines), at its competences' mean.
    expect($$(radar, '.axis-label').map(labelText)).toEqual(
      framework.domains.map((d) => d.title.en),
    );
    expect($$(radar, '.ring')).toHaveLength(4);
    expect($$(radar, '.chart .marker.result')).toHaveLength(7);
    expect($(radar, '[data-series=result] path').classList).toContain('area');
    expect($(radar, '[data-series=target]')).toBeInstanceOf(SVGElement);
    expect($$(radar, 'tbody tr')).toHaveLength(COMPETENCES);
    expect(rowHeaders(radar)[0]).toBe('Respect for human dignity and equal treatment');
    const first = result.competences[0]!;
    const levelTitle = framework.scale.levels.find((l) => l.id === first.level)!.title.en;
    expect(cells(radar, 0)[0]!.textContent!.trim()).toBe(levelTitle);
  });

  it('drills down into a domain and back with the keyboard', async () => {
    const radar = await fixture<CkCompetenceRadar>(
      html`<ck-competence-radar .framework=${framework} .result=${result}></ck-competence-radar>`,
    );
    const buttons = () => $$(radar, '[part=domains] button') as HTMLButtonElement[];
    expect($(radar, '[part=domains]').getAttribute('aria-label')).toBe('Domains');
    expect(buttons().map((b) => b.textContent!.trim())).toEqual([
      'All domains',
      ...framework.domains.map((d) => d.title.en),
    ]);
    expect(buttons()[0]!.getAttribute('aria-pressed')).toBe('true');
    buttons()[1]!.focus();
    await userEvent.keyboard('{Enter}');
    await radar.updateComplete;
    expect(radar.domain).toBe('attitudes-values');
    expect(radar.getAttribute('domain')).toBe('attitudes-values');
    expect(buttons()[1]!.getAttribute('aria-pressed')).toBe('true');
    const inDomain = framework.competences.filter((c) => c.domain === 'attitudes-values');
    // The competences' whole titles, broken into lines, never cut.
    expect($$(radar, '.axis-label').map(labelText)).toEqual(inDomain.map((c) => c.title.en));
    expect(rowHeaders(radar)).toEqual(inDomain.map((c) => c.title.en));
    buttons()[0]!.focus();
    await userEvent.keyboard(' ');
    await radar.updateComplete;
    expect(radar.domain).toBe('');
    expect($$(radar, '.axis-label')).toHaveLength(7);
  });

  it('always has the data table for screen readers, and a button that shows it', async () => {
    const radar = await fixture<CkCompetenceRadar>(
      html`<ck-competence-radar .framework=${framework} .result=${result}></ck-competence-radar>`,
    );
    const toggle = $(radar, '[part=toggle]');
    const table = $(radar, '[part=table]');
    expect(toggle.getAttribute('aria-controls')).toBe(table.id);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(table.classList).toContain('visually-hidden');
    expect($$(radar, 'tbody tr')).toHaveLength(COMPETENCES);
    expect($$(radar, 'thead th').map((th) => th.textContent!.trim())).toEqual([
      'Competence',
      'Level',
      'Target level',
      'Gap',
    ]);

    (toggle as HTMLButtonElement).click();
    await radar.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent!.trim()).toBe('Hide table');
    expect(table.classList).not.toContain('visually-hidden');
    expect(radar.showTable).toBe(true);
    expect(radar.hasAttribute('show-table')).toBe(true);
  });

  it('toggles the table from the keyboard', async () => {
    const radar = await fixture<CkCompetenceRadar>(
      html`<ck-competence-radar .framework=${framework} .result=${result}></ck-competence-radar>`,
    );
    const toggle = $(radar, '[part=toggle]') as HTMLButtonElement;
    toggle.focus();
    expect(radar.shadowRoot!.activeElement).toBe(toggle);
    await userEvent.keyboard('{Enter}');
    await radar.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard(' ');
    await radar.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(getComputedStyle(toggle).outlineStyle).toBe('solid');
  });

  it('shows the gap in words and marks scores with too few answers', async () => {
    const partial = syntheticResult({ seed: 3, skip: ['residence-law-basics'] });
    const radar = await fixture<CkCompetenceRadar>(
      html`<ck-competence-radar .framework=${framework} .result=${partial}></ck-competence-radar>`,
    );
    const row = rowHeaders(radar).indexOf('Residence law basics');
    expect(cells(radar, row)[0]!.textContent!.trim()).toBe('Not enough answers');
    // The domain is drawn from its other competences; inside it, the outline breaks.
    expect($(radar, '[data-series=result] path').classList).toContain('area');
    const domain = framework.competences.find((c) => c.id === 'residence-law-basics')!.domain;
    radar.domain = domain;
    await radar.updateComplete;
    expect($(radar, '[data-series=result] path').classList).not.toContain('area');
    const size = framework.competences.filter((c) => c.domain === domain).length;
    expect($$(radar, '.chart .marker.result')).toHaveLength(size - 1);
    radar.domain = '';
    await radar.updateComplete;
    const gaps = $$(radar, 'tbody tr').map((tr) => tr.querySelectorAll('td')[2]!.textContent!);
    const expected = partial.competences.map((c) =>
      c.gap === null
        ? 'Not enough answers'
        : c.gap < 0
          ? 'Above target'
          : c.gap === 0
            ? 'Target met'
            : c.gap === 1
              ? '1 level below target'
              : `${c.gap} levels below target`,
    );
    expect(gaps.map((g) => g.trim())).toEqual(expected);
  });

  it('names a valid score below the lowest level in its table row, with the gap from there', async () => {
    const lowered = structuredClone(result);
    const first = lowered.competences.find((c) => c.valid && c.target !== null)!;
    const target = framework.scale.levels.findIndex((l) => l.id === first.target) + 1;
    Object.assign(first, { level: null, gap: target });
    const radar = await fixture<CkCompetenceRadar>(
      html`<ck-competence-radar .framework=${framework} .result=${lowered}></ck-competence-radar>`,
    );
    const title = framework.competences.find((c) => c.id === first.competence)!.title.en!;
    const [level, , gap] = cells(radar, rowHeaders(radar).indexOf(title));
    expect(level!.textContent!.trim()).toBe('Below the first level');
    expect(gap!.textContent!.trim()).toBe(
      target === 1 ? '1 level below target' : `${target} levels below target`,
    );
  });

  it('limits the axes to a domain', async () => {
    const radar = await fixture<CkCompetenceRadar>(
      html`<ck-competence-radar
        .framework=${framework}
        .result=${result}
        domain="intercultural-communication"
      ></ck-competence-radar>`,
    );
    expect($$(radar, '.axis-label')).toHaveLength(5);
    const below = result.competences.filter(
      (c) =>
        framework.competences.find((f) => f.id === c.competence)!.domain ===
          'intercultural-communication' && c.gap! > 0,
    ).length;
    expect(chart(radar).getAttribute('aria-label')).toBe(`${below} of 5 competences below target`);
  });

  it('draws a second wave with its own dash pattern and marker shape', async () => {
    const radar = await fixture<CkCompetenceRadar>(
      html`<ck-competence-radar
        .framework=${framework}
        .result=${result}
        .comparison=${after}
      ></ck-competence-radar>`,
    );
    const dashes = ['result', 'comparison', 'target'].map((s) => dashOf(radar, s));
    expect(new Set(dashes).size).toBe(3);
    expect($$(radar, '.chart rect.marker.comparison')).toHaveLength(7);
    expect($$(radar, '[part=legend] li').map((li) => li.textContent!.trim())).toEqual([
      'Baseline',
      'After training',
      'Target level',
    ]);
    expect(chart(radar).getAttribute('aria-label')).toBe(
      `${result.summary.belowTarget} of ${COMPETENCES} competences below target (Baseline); ` +
        `${after.summary.belowTarget} of ${COMPETENCES} (After training)`,
    );
    expect($$(radar, 'thead th').map((th) => th.textContent!.trim())).toEqual([
      'Competence',
      'Level (Baseline)',
      'Target level',
      'Gap (Baseline)',
      'Level (After training)',
      'Gap (After training)',
    ]);
  });

  it('keeps the series apart in forced-colors mode, in system colours', async () => {
    const radar = await fixture<CkCompetenceRadar>(
      html`<ck-competence-radar
        .framework=${framework}
        .result=${result}
        .comparison=${after}
      ></ck-competence-radar>`,
    );
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    try {
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      const probe = document.createElement('span');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      const stroke = getComputedStyle($(radar, '[data-series=result] path')).stroke;
      expect(stroke).toBe(highlight);
      expect(getComputedStyle($(radar, '[data-series=result] path')).fill).toBe('none');
      const dashes = ['result', 'comparison', 'target'].map((s) => dashOf(radar, s));
      expect(new Set(dashes).size).toBe(3);
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('follows the language of the page', async () => {
    const radar = await fixture<CkCompetenceRadar>(
      html`<ck-competence-radar .framework=${framework} .result=${result}></ck-competence-radar>`,
      { lang: 'de' },
    );
    expect(chart(radar).getAttribute('aria-label')).toBe(
      `Kompetenzen unter der Zielstufe: ${result.summary.belowTarget} von ${COMPETENCES}`,
    );
    expect(rowHeaders(radar)[0]).toBe('Achtung der Menschenwürde und Gleichbehandlung');

    radar.parentElement!.lang = 'it';
    await settled(radar);
    expect(rowHeaders(radar)[0]).toBe('Rispetto della dignità umana e parità di trattamento');
    expect($(radar, '[part=toggle]').textContent!.trim()).toBe('Mostra come tabella');
  });

  it('runs counter-clockwise in Arabic and marks the English fallback titles', async () => {
    const radar = await fixture<CkCompetenceRadar>(
      html`<ck-competence-radar .framework=${framework} .result=${result}></ck-competence-radar>`,
      { lang: 'ar' },
    );
    expect(radar.getAttribute('dir')).toBe('rtl');
    expect(chart(radar).getAttribute('aria-label')).toBe(
      `عدد الكفاءات دون المستوى المستهدف: ${result.summary.belowTarget} من ${COMPETENCES}`,
    );
    const labels = $$(radar, '.axis-label');
    expect(Number(labels[1]!.getAttribute('x'))).toBeLessThan(0);
    expect(labels[1]!.getAttribute('lang')).toBe('en');
    expect(labels[1]!.getAttribute('direction')).toBe('ltr');
    // An English label on the left ends at the axis: its end is its right edge.
    expect(labels[1]!.getAttribute('text-anchor')).toBe('end');
    const th = $(radar, 'tbody th');
    expect(th.getAttribute('lang')).toBe('en');
    expect(th.getAttribute('dir')).toBe('ltr');
  });

  it('renders hostile titles as text', async () => {
    const hostile = structuredClone(framework) as Framework;
    const strings = ['<img src=x onerror=alert(1)>', '</script><b>bold</b>', '\u202Eevil\u202C'];
    hostile.competences.slice(0, 3).forEach((c, i) => (c.title = { en: strings[i]! }));
    const radar = await fixture<CkCompetenceRadar>(
      html`<ck-competence-radar .framework=${hostile} .result=${result}></ck-competence-radar>`,
    );
    const root = radar.shadowRoot!;
    expect(root.querySelector('img, b, script')).toBeNull();
    expect(rowHeaders(radar).slice(0, 3)).toEqual(strings);
    radar.domain = hostile.competences[0]!.domain;
    await radar.updateComplete;
    expect(root.querySelector('img, b, script')).toBeNull();
    expect(labelText($$(radar, '.axis-label')[0]!)).toBe(strings[0]);
  });

  it('reports a result of another framework', async () => {
    const container = document.createElement('div');
    const events: CkDataErrorEvent[] = [];
    container.addEventListener('ck-data-error', (e) => events.push(e));
    const other = { ...result, framework: { id: 'https://example.org/other', version: '1.0.0' } };
    await fixture<CkCompetenceRadar>(
      html`<ck-competence-radar .framework=${framework} .result=${other}></ck-competence-radar>`,
      { container },
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.detail.issues[0]).toMatchObject({
      path: '/result/framework/id',
      code: 'framework-mismatch',
    });
  });

  for (const lang of ['en', 'ar']) {
    it(`has no axe-core violations (WCAG 2.1 AA) in ${lang}, table hidden and shown`, async () => {
      const radar = await fixture<CkCompetenceRadar>(
        html`<ck-competence-radar
          .framework=${framework}
          .result=${result}
          .comparison=${after}
        ></ck-competence-radar>`,
        { lang },
      );
      await expectAccessible(radar);
      radar.showTable = true;
      await radar.updateComplete;
      await expectAccessible(radar);
    });
  }

  it('has no axe-core violations in the dark theme', async () => {
    const container = darkContainer();
    const radar = await fixture<CkCompetenceRadar>(
      html`<ck-competence-radar
        .framework=${framework}
        .result=${result}
        .comparison=${after}
        show-table
      ></ck-competence-radar>`,
      { container },
    );
    expect(getComputedStyle(radar).getPropertyValue('--ck-color-accent').trim()).toBe('#8ab4f8');
    await expectAccessible(container);
  });
});
