import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
// Types cdp().send: the Playwright provider declares it.
import type {} from '@vitest/browser-playwright';
import type { Framework } from '@competence-kit/schemas';
import type { WaveComparison } from '@competence-kit/scoring';
import '../../define/wave-comparison.js';
import type { CkDataErrorEvent } from '../../events/ck-data-error.js';
import { expectAccessible } from '../../test-support/axe.js';
import { darkContainer, fixture, settled } from '../../test-support/fixture.js';
import { framework, syntheticComparison } from '../../test-support/results.js';
import type { CkWaveComparison } from './wave-comparison.js';
const COMPETENCES = framework.competences.length;

const comparison = syntheticComparison({ sparse: ['residence-law-basics'] });
const first = comparison.competences[0]!.paired.stats!;

const $ = (table: CkWaveComparison, selector: string) =>
  table.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (table: CkWaveComparison, selector: string) => [
  ...table.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
const rows = (table: CkWaveComparison) => $$(table, 'tbody tr');
const row = (table: CkWaveComparison, title: string) =>
  rows(table).find((tr) => text(tr.querySelector('th')!) === title)!;
const cells = (tr: Element) => [...tr.querySelectorAll('td')].map(text);

describe('<ck-wave-comparison>', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is registered', () => {
    expect(document.createElement('ck-wave-comparison').constructor.name).toBe('CkWaveComparison');
  });

  it('tabulates n, means, change, interval and d_z of a real comparison', async () => {
    const table = await fixture<CkWaveComparison>(
      html`<ck-wave-comparison
        .framework=${framework}
        .comparison=${comparison}
      ></ck-wave-comparison>`,
    );
    expect(text($(table, 'caption'))).toBe(
      'Change in the score (0 to 100) per competence from Baseline to After training',
    );
    // The headers as a screen reader hears them: the axis drawing is hidden.
    const spoken = (th: Element) => text(th).replace(/ [-+\d ]+$/, '');
    expect($$(table, 'thead th').map(spoken)).toEqual([
      'Competence',
      'People in both waves',
      'Mean score, Baseline',
      'Mean score, After training',
      'Mean change',
      '95% confidence interval',
      'Chart of the change and its confidence interval',
      'Effect size (Cohen’s dz)',
    ]);
    expect(rows(table)).toHaveLength(COMPETENCES);
    const points = (v: number) =>
      `${v > 0 ? '+' : v < 0 ? '-' : ''}${Math.abs(v * 100).toFixed(1)}`;
    const [lower, upper] = first.confidenceInterval!;
    const dz = first.cohensDz!;
    expect(cells(row(table, 'Respect for human dignity and equal treatment'))).toEqual([
      '24',
      (first.meanBaseline! * 100).toFixed(1),
      (first.meanPost! * 100).toFixed(1),
      points(first.meanChange!),
      `${points(lower)} to ${points(upper)}`,
      '',
      `${dz > 0 ? '+' : '-'}${Math.abs(dz).toFixed(2)}`,
    ]);
    expect(text($(table, '[part=note]'))).toContain('about 0.2 is a small effect');
  });

  it('explains a suppressed cell with the threshold', async () => {
    const table = await fixture<CkWaveComparison>(
      html`<ck-wave-comparison
        .framework=${framework}
        .comparison=${comparison}
      ></ck-wave-comparison>`,
    );
    const tr = row(table, 'Residence law basics');
    expect(cells(tr)).toEqual([
      'Not shown: fewer than 5 people have scores in both waves. This protects their anonymity.',
    ]);
    expect(tr.querySelector('td')!.colSpan).toBe(7);
    expect(tr.querySelector('svg')).toBeNull();
  });

  it('draws each change on one shared axis with a zero line, hidden from screen readers', async () => {
    const table = await fixture<CkWaveComparison>(
      html`<ck-wave-comparison
        .framework=${framework}
        .comparison=${comparison}
      ></ck-wave-comparison>`,
    );
    const charts = $$(table, 'tbody [part=chart]');
    expect(charts).toHaveLength(COMPETENCES - 1);
    for (const chart of charts) expect(chart.getAttribute('aria-hidden')).toBe('true');
    const zeros = new Set(
      [...$$(table, '[part=axis] .zero'), ...$$(table, 'tbody .zero')].map((l) =>
        l.getAttribute('x1'),
      ),
    );
    expect(zeros.size).toBe(1);
    // The synthetic training helps: every dot lies right of zero, inside its whiskers.
    const zero = Number([...zeros][0]);
    for (const chart of charts) {
      const dot = Number(chart.querySelector('.mean')!.getAttribute('cx'));
      const ends = [...chart.querySelectorAll('.whisker')]
        .slice(1)
        .map((l) => Number(l.getAttribute('x1')));
      expect(dot).toBeGreaterThan(zero);
      expect(dot).toBeGreaterThanOrEqual(Math.min(...ends));
      expect(dot).toBeLessThanOrEqual(Math.max(...ends));
    }
  });

  it('says when nobody is in both waves, and when d_z is not defined', async () => {
    const odd = structuredClone(comparison) as WaveComparison;
    odd.competences[1]!.paired = {
      stats: { ...first, n: 0, meanBaseline: null, meanPost: null, meanChange: null },
      suppressed: null,
    };
    odd.competences[2]!.paired = {
      stats: { ...first, sdChange: 0, cohensDz: null, t: null },
      suppressed: null,
    };
    const table = await fixture<CkWaveComparison>(
      html`<ck-wave-comparison .framework=${framework} .comparison=${odd}></ck-wave-comparison>`,
    );
    expect(cells(rows(table)[1]!)).toEqual(['Nobody has a valid score in both waves.']);
    expect(cells(rows(table)[2]!).at(-1)).toBe('–not defined');
  });

  it('formats numbers for the locale and follows language changes', async () => {
    const table = await fixture<CkWaveComparison>(
      html`<ck-wave-comparison
        .framework=${framework}
        .comparison=${comparison}
      ></ck-wave-comparison>`,
      { lang: 'de' },
    );
    const german = (v: number) => (v * 100).toFixed(1).replace('.', ',');
    expect(cells(rows(table)[0]!)[1]).toBe(german(first.meanBaseline!));
    expect(text($(table, 'th'))).toBe('Kompetenz');
    expect(text(rows(table)[0]!.querySelector('th')!)).toBe(
      'Achtung der Menschenwürde und Gleichbehandlung',
    );

    table.parentElement!.lang = 'es';
    await settled(table);
    expect(text($(table, 'caption'))).toBe(
      'Cambio de la puntuación (de 0 a 100) por competencia de Medición inicial a Después de la formación',
    );
    table.setAttribute('baseline-label', 'Enero');
    table.setAttribute('post-label', 'Junio');
    await settled(table);
    expect(text($(table, 'caption'))).toContain('de Enero a Junio');
  });

  it('mirrors the axis in Arabic and writes Arabic-Indic digits in ar-EG', async () => {
    const table = await fixture<CkWaveComparison>(
      html`<ck-wave-comparison
        .framework=${framework}
        .comparison=${comparison}
      ></ck-wave-comparison>`,
      { lang: 'ar-EG' },
    );
    expect(table.getAttribute('dir')).toBe('rtl');
    expect(cells(rows(table)[0]!)[0]).toBe('٢٤');
    const chart = $(table, 'tbody [part=chart]');
    const zero = Number(chart.querySelector('.zero')!.getAttribute('x1'));
    expect(Number(chart.querySelector('.mean')!.getAttribute('cx'))).toBeLessThan(zero);
    const th = rows(table)[0]!.querySelector('th')!;
    expect(th.getAttribute('lang')).toBe('en');
    expect(th.getAttribute('dir')).toBe('ltr');
  });

  it('draws in system colours in forced-colors mode', async () => {
    const table = await fixture<CkWaveComparison>(
      html`<ck-wave-comparison
        .framework=${framework}
        .comparison=${comparison}
      ></ck-wave-comparison>`,
    );
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    try {
      const probe = document.createElement('span');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle($(table, '.mean')).fill).toBe(highlight);
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('lets the keyboard reach and scroll the table', async () => {
    const before = await fixture<HTMLButtonElement>(
      html`<button>before</button
        ><ck-wave-comparison
          .framework=${framework}
          .comparison=${comparison}
        ></ck-wave-comparison>`,
    );
    const table = before.nextElementSibling as CkWaveComparison;
    before.focus();
    await userEvent.keyboard('{Tab}');
    const region = $(table, '[role=region]');
    expect(table.shadowRoot!.activeElement).toBe(region);
    expect(region.getAttribute('aria-labelledby')).toBe($(table, 'caption').id);
  });

  for (const lang of ['en', 'ar']) {
    it(`keeps the caption in view while the table scrolls sideways in 320 px (${lang})`, async () => {
      const container = document.createElement('div');
      container.style.inlineSize = '320px';
      const table = await fixture<CkWaveComparison>(
        html`<ck-wave-comparison
          .framework=${framework}
          .comparison=${comparison}
        ></ck-wave-comparison>`,
        { container, lang },
      );
      const region = $(table, '[role=region]');
      expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
      // Scrolled to the far end (negative in right-to-left).
      region.scrollLeft = lang === 'ar' ? -region.scrollWidth : region.scrollWidth;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const shown = region.getBoundingClientRect();
      const caption = $(table, '.caption-text').getBoundingClientRect();
      expect(caption.left).toBeGreaterThanOrEqual(shown.left - 1);
      expect(caption.right).toBeLessThanOrEqual(shown.right + 1);
      // Nothing in the table, visually hidden texts included, widens the page.
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(
        document.documentElement.clientWidth,
      );
    });
  }

  it('renders hostile titles as text', async () => {
    const hostile = structuredClone(framework) as Framework;
    const strings = ['<img src=x onerror=alert(1)>', '</script><b>x</b>', '\u202Eevil\u202C'];
    hostile.competences.slice(0, 3).forEach((c, i) => (c.title = { en: strings[i]! }));
    const table = await fixture<CkWaveComparison>(
      html`<ck-wave-comparison
        .framework=${hostile}
        .comparison=${comparison}
      ></ck-wave-comparison>`,
    );
    expect(table.shadowRoot!.querySelector('img, b, script')).toBeNull();
    expect(
      rows(table)
        .slice(0, 3)
        .map((tr) => tr.querySelector('th')!.textContent!.trim()),
    ).toEqual(strings);
  });

  it('reports competences the framework does not have, and shows their ids', async () => {
    const container = document.createElement('div');
    const events: CkDataErrorEvent[] = [];
    container.addEventListener('ck-data-error', (e) => events.push(e));
    const odd = structuredClone(comparison) as WaveComparison;
    odd.competences[0]!.competence = 'telepathy';
    const table = await fixture<CkWaveComparison>(
      html`<ck-wave-comparison .framework=${framework} .comparison=${odd}></ck-wave-comparison>`,
      { container },
    );
    expect(text(rows(table)[0]!.querySelector('th')!)).toBe('telepathy');
    expect(events[0]!.detail.issues).toEqual([
      expect.objectContaining({ path: '/comparison/competences/0/competence' }),
    ]);
  });

  for (const lang of ['en', 'ar']) {
    it(`has no axe-core violations (WCAG 2.1 AA) in ${lang}`, async () => {
      const table = await fixture<CkWaveComparison>(
        html`<ck-wave-comparison
          .framework=${framework}
          .comparison=${comparison}
        ></ck-wave-comparison>`,
        { lang },
      );
      await expectAccessible(table);
    });
  }

  it('has no axe-core violations in the dark theme', async () => {
    const container = darkContainer();
    await fixture<CkWaveComparison>(
      html`<ck-wave-comparison
        .framework=${framework}
        .comparison=${comparison}
      ></ck-wave-comparison>`,
      { container },
    );
    await expectAccessible(container);
  });
});
