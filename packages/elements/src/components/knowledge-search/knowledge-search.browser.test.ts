import { html } from 'lit';
import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { KnowledgeEntry } from '@competence-kit/schemas';
import '../../define/knowledge-search.js';
import { expectAccessible } from '../../test-support/axe.js';
import { darkContainer, fixture, settled } from '../../test-support/fixture.js';
import { networksFramework, testEntries } from '../../test-support/networks.js';
import type { CkKnowledgeSearch } from './knowledge-search.js';

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: CkKnowledgeSearch, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: CkKnowledgeSearch, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const ids = (el: CkKnowledgeSearch) => $$(el, '.result').map((r) => r.dataset.entry);
/** A facet's values with their counts, as shown: `English (9)`. */
const facet = (el: CkKnowledgeSearch, name: string) =>
  $$(el, `[data-facet="${name}"] label`).map(text);
const checkbox = (el: CkKnowledgeSearch, name: string, value: string) =>
  $<HTMLInputElement>(el, `[data-facet="${name}"] input[value="${value}"]`)!;
const status = (el: CkKnowledgeSearch) => text($(el, '.count[role="status"]'));

const territoryNames = {
  ravenna: 'Ravenna',
  'landkreis-offenbach': 'Landkreis Offenbach',
  cartagena: 'Cartagena',
};

function render(options: { lang?: string; pageSize?: number; entries?: KnowledgeEntry[] } = {}) {
  return fixture<CkKnowledgeSearch>(
    html`<ck-knowledge-search
      .entries=${options.entries ?? testEntries()}
      .framework=${networksFramework()}
      .territoryNames=${territoryNames}
      entry-href="/knowledge/{id}"
      page-size=${options.pageSize ?? 10}
    ></ck-knowledge-search>`,
    options.lang ? { lang: options.lang } : {},
  );
}

describe('<ck-knowledge-search>', () => {
  afterAll(async () => {
    await page.viewport(414, 896);
  });

  it('finds every visible entry, never the withdrawn testimonial, with counts per facet', async () => {
    const el = await render();
    expect(status(el)).toBe('Entries found: 9');
    expect(ids(el)).toEqual([
      'p-rav-1',
      'p-rav-2',
      'p-off-1',
      'p-car-1',
      't-1',
      't-2',
      't-3',
      'man-1',
      'tes-1',
    ]);
    expect(facet(el, 'kinds')).toEqual([
      'Good practice (4)',
      "Trainers' material (3)",
      'Manifesto (1)',
      'Testimonial (1)',
    ]);
    // tes-2 (German, withdrawn) is not counted: de 4, not 5.
    expect(facet(el, 'languages')).toEqual([
      'English (9)',
      'German (4)',
      'Italian (4)',
      'Spanish (1)',
    ]);
    expect(facet(el, 'competences')).toEqual([
      'Intercultural communication (4)',
      'Plain language (3)',
      'Residence law (1)',
    ]);
    expect(facet(el, 'levels')).toEqual(['Level 1 (4)', 'Level 2 (4)', 'Level 3 (1)']);
    expect(facet(el, 'territories')).toEqual([
      'Ravenna (3)',
      'Landkreis Offenbach (2)',
      'Cartagena (1)',
    ]);
  });

  it('shows each result as an article: linked title, kind, territory, summary, tags', async () => {
    const el = await render();
    const first = $(el, '.result[data-entry="p-rav-1"] article')!;
    expect(first.querySelector('h3 a')!.getAttribute('href')).toBe('/knowledge/p-rav-1');
    expect(text(first.querySelector('h3'))).toBe('Lanternfish letters at the registry office');
    expect(text(first.querySelector('.meta'))).toBe('Good practice · Ravenna · English, Italian');
    expect([...first.querySelectorAll('.tags li')].map(text)).toEqual([
      'Plain language',
      'Level 1',
      'Level 2',
      'Services and access',
    ]);
    expect(text($(el, '.result[data-entry="t-1"] .meta'))).toBe(
      "Trainers' material: Session plan · All territories · English, German",
    );
  });

  it('narrows the results with a facet checkbox by keyboard, and announces the count', async () => {
    const el = await render();
    checkbox(el, 'kinds', 'practice').focus();
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe(checkbox(el, 'kinds', 'toolkit'));
    await userEvent.keyboard(' ');
    await settled(el);
    expect(checkbox(el, 'kinds', 'toolkit').checked).toBe(true);
    expect(ids(el)).toEqual(['t-1', 't-2', 't-3']);
    expect(status(el)).toBe('Entries found: 3');
    // The other facets count the toolkit entries only; kinds keeps its own counts.
    expect(facet(el, 'languages')).toEqual(['English (3)', 'German (2)', 'Italian (1)']);
    expect(facet(el, 'kinds')[0]).toBe('Good practice (4)');

    // A second facet: AND between facets (toolkit and German).
    checkbox(el, 'languages', 'de').click();
    await settled(el);
    expect(ids(el)).toEqual(['t-1', 't-3']);

    await userEvent.click($(el, 'button.clear')!);
    await settled(el);
    expect(ids(el)).toHaveLength(9);
    expect(checkbox(el, 'kinds', 'toolkit').checked).toBe(false);
  });

  it('searches the text as the user types, after a short pause', async () => {
    const el = await render();
    await userEvent.click($(el, 'input[type="search"]')!);
    await userEvent.keyboard('lanternf');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settled(el);
    expect(ids(el)).toEqual(['p-rav-1']);
    expect(status(el)).toBe('Entries found: 1');
    await userEvent.fill($(el, 'input[type="search"]')!, 'zzzqqq');
    await userEvent.keyboard('{Enter}');
    await settled(el);
    expect(text($(el, '.results-area'))).toBe('No entry matches the search and filters.');
  });

  it('pages with "Show more results", moving the focus to the first new result', async () => {
    const el = await render({ pageSize: 4 });
    expect(ids(el)).toHaveLength(4);
    expect(text($(el, '.shown'))).toBe('Showing 4 of 9');
    await userEvent.click($(el, 'button.more')!);
    await settled(el);
    expect(ids(el)).toHaveLength(8);
    expect((el.shadowRoot!.activeElement as HTMLAnchorElement).getAttribute('href')).toBe(
      '/knowledge/t-1',
    );
    await userEvent.click($(el, 'button.more')!);
    await settled(el);
    expect(ids(el)).toHaveLength(9);
    expect($(el, 'button.more')).toBeNull();
  });

  it('collapses a long facet behind "Show all"', async () => {
    const base = testEntries()[0]!;
    const entries = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'].map((t) => ({
      ...base,
      id: `p-${t}`,
      territory: t,
    }));
    const el = await render({ entries });
    expect(facet(el, 'territories')).toHaveLength(5);
    const more = $<HTMLButtonElement>(el, '[data-facet="territories"] .more-values')!;
    expect(text(more)).toBe('Show all 7');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.focus();
    await userEvent.keyboard('{Enter}');
    await settled(el);
    expect(facet(el, 'territories')).toHaveLength(7);
    expect($(el, '[data-facet="territories"] .more-values')!.getAttribute('aria-expanded')).toBe(
      'true',
    );
  });

  it('speaks German on a German page, marking English titles as English', async () => {
    const el = await render({ lang: 'de' });
    expect(status(el)).toBe('Gefundene Einträge: 9');
    expect(facet(el, 'kinds')[0]).toBe('Gute Praxis (4)');
    // p-off-1 is written in German; p-rav-1 in English and Italian, so English it is.
    expect(text($(el, '.result[data-entry="p-off-1"] h3'))).toBe('Ein Amt für alle ersten Fragen');
    expect($(el, '.result[data-entry="p-rav-1"] h3 span')!.getAttribute('lang')).toBe('en');
  });

  it('reports entries that are not a list, and shows "not available"', async () => {
    const issues: { path: string }[] = [];
    const container = document.createElement('div');
    container.addEventListener('ck-data-error', (e) => issues.push(...e.detail.issues));
    const el = await fixture<CkKnowledgeSearch>(
      html`<ck-knowledge-search .entries=${'nope'}></ck-knowledge-search>`,
      { container },
    );
    expect(text($(el, 'p'))).toBe('Not available');
    expect(issues.map((i) => i.path)).toEqual(['/entries']);
  });

  it('has no axe-core violations in the light and dark themes', async () => {
    await expectAccessible(await render({ pageSize: 4 }));
    const container = darkContainer();
    await fixture(
      html`<ck-knowledge-search
        .entries=${testEntries()}
        .framework=${networksFramework()}
      ></ck-knowledge-search>`,
      { container },
    );
    await expectAccessible(container);
  });

  it('lays out right to left in Arabic at 320 px without sideways scrolling', async () => {
    await page.viewport(320, 640);
    const el = await render({ lang: 'ar' });
    expect(el.getAttribute('dir')).toBe('rtl');
    const root = document.documentElement;
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    const base = $(el, '[part="base"]')!;
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth + 1);
    // Arabic or Latin digits, as the browser's Arabic number format has them.
    expect(status(el)).toMatch(/^المدخلات التي وُجدت: (9|٩)$/);
  });
});
