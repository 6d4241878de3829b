import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/group-dashboard.js';
import { expectAccessible } from '../../test-support/axe.js';
import { darkContainer, fixture, settled } from '../../test-support/fixture.js';
import { framework } from '../../test-support/pilot-studies.js';
import { dashboardRelease } from '../../test-support/releases.js';
import type { CkDataErrorEvent } from '../../events/ck-data-error.js';
import type { CkGroupDashboard } from './group-dashboard.js';

const release = dashboardRelease;

const $ = (el: CkGroupDashboard, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: CkGroupDashboard, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const headers = (el: CkGroupDashboard) => $$(el, 'thead th').map(text);
const rowOf = (el: CkGroupDashboard, index: number) => [
  ...$$(el, 'tbody tr')[index]!.querySelectorAll('td'),
];

function mount(
  data: unknown,
  options: { lang?: string; table?: number; container?: HTMLElement } = {},
) {
  const container = options.container ?? document.createElement('div');
  const errors: CkDataErrorEvent[] = [];
  container.addEventListener('ck-data-error', (e) => errors.push(e));
  return {
    errors,
    element: fixture<CkGroupDashboard>(
      html`<ck-group-dashboard
        .release=${data}
        .framework=${framework}
        .table=${options.table}
      ></ck-group-dashboard>`,
      { container, ...(options.lang ? { lang: options.lang } : {}) },
    ),
  };
}

describe('<ck-group-dashboard> with a release', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('shows the table by role with everyone as the total, and a hidden cell says only that', async () => {
    const { element, errors } = mount(release());
    const el = await element;
    expect(errors).toEqual([]);
    expect(headers(el)).toEqual([
      'Competence',
      'Reception and front desk n = 31',
      expect.stringMatching(/ n hidden$/),
      expect.stringMatching(/ n = 9$/),
      'Total n = 47',
    ]);
    const cells = rowOf(el, 0);
    expect(text(cells[0])).toBe('0.58 40% below target');
    // The hidden group: the notice and nothing else, no size, no rule, no button.
    expect(text(cells[1])).toBe('Hidden to protect a small group.');
    expect(cells[1]!.querySelector('button')).toBeNull();
    expect(text(cells[1])).not.toMatch(/\d|fewer|protects a/);
    // A mean the release does not show (too few scores), and a share it does not show.
    expect(text(rowOf(el, 1)[2])).toBe('Too few scores to show');
    expect(text(cells[2])).toBe('0.70 share below target not shown');
    expect($$(el, '.notes li').map(text)).toEqual([
      'No figure describes fewer than 5 people. Some other cells are hidden as well, so that the hidden ones cannot be worked out from the rest.',
    ]);
  });

  it('opens only the figures the release publishes for a cell', async () => {
    const el = await mount(release()).element;
    rowOf(el, 0)[3]!.querySelector('button')!.click();
    await settled(el);
    const panel = $(el, '[part=distribution]')!;
    expect([...panel.querySelectorAll('dt')].map(text)).toEqual([
      'Respondents',
      'Mean score',
      'Standard deviation',
      'Quartiles (25th, 50th, 75th percentile)',
      'Share below target',
    ]);
    expect(text(panel.querySelector('dd'))).toBe('47');
    expect(panel.querySelectorAll('tbody tr')).toHaveLength(3);
    // A role with a mean and nothing else: no spread, no levels.
    (panel.querySelector('.close') as HTMLElement).click();
    await settled(el);
    rowOf(el, 0)[2]!.querySelector('button')!.click();
    await settled(el);
    const small = $(el, '[part=distribution]')!;
    expect([...small.querySelectorAll('dt')].map(text)).toEqual(['Respondents', 'Mean score']);
    expect(small.querySelector('table')).toBeNull();
  });

  it('marks every figure of a release with noise as approximate, with its margin and ε', async () => {
    const el = await mount(release({ noise: true })).element;
    expect(headers(el)[1]).toBe('Reception and front desk n ≈ 31 ± 3');
    const shown = $$(el, 'tbody td button .value').map(text);
    expect(shown.length).toBeGreaterThan(0);
    for (const value of shown) expect(value).toMatch(/^≈ \d\.\d\d ± 0\.04$/);
    expect(text($(el, '.notes .noise'))).toContain('ε = 1');
  });

  it('offers the release’s tables by a dimension, and says when `table` is not one', async () => {
    const data = release();
    data.tables.push({
      by: ['roleProfile', 'phase'],
      cells: [
        {
          key: { roleProfile: 'front-desk', phase: 'baseline' },
          n: 20,
          hidden: false,
          competences: [],
        },
      ],
    });
    const { element, errors } = mount(data, { table: 7 });
    const el = await element;
    expect(errors[0]!.detail.issues).toEqual([
      expect.objectContaining({ path: '/table', code: 'out-of-range' }),
    ]);
    const select = $(el, 'select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent!.trim())).toEqual([
      'By role profile',
      'By role profile × wave',
    ]);
    select.value = '2';
    select.dispatchEvent(new Event('change'));
    await settled(el);
    expect(el.table).toBe(2);
    expect(el.getAttribute('table')).toBe('2');
    expect(headers(el)[1]).toBe('Reception and front desk, baseline n = 20');
  });

  it('refuses what is not a release, and shows nothing of it', async () => {
    const brokenCell = release();
    (brokenCell.tables[1]!.cells as unknown[])[0] = { key: null, n: 'many' };
    for (const bad of [{ tables: 'x' }, null, { tables: [], competences: [] }, brokenCell]) {
      const { element, errors } = mount(bad);
      const el = await element;
      expect(errors[0]!.detail.issues[0]).toMatchObject({ path: '/release', code: 'invalid-type' });
      expect(text($(el, '[part=base]'))).toBe('Not available');
    }
  });

  it('can be used with the keyboard alone', async () => {
    const el = await mount(release()).element;
    const first = rowOf(el, 0)[0]!.querySelector('button')!;
    first.focus();
    await userEvent.keyboard('{Enter}');
    await settled(el);
    expect($(el, '[part=distribution]')).not.toBeNull();
    expect(el.shadowRoot!.activeElement?.id).toBe('distribution-heading');
  });

  it('has no axe violations in the dark theme, noise included', async () => {
    await expectAccessible(
      await mount(release({ noise: true }), { container: darkContainer() }).element,
    );
  });

  it('has no axe violations in English, German and Arabic', async () => {
    await expectAccessible(await mount(release()).element);
    const de = await mount(release(), { lang: 'de' }).element;
    expect(text($$(de, 'tbody td')[1])).toBe('Verborgen, um eine kleine Gruppe zu schützen.');
    await expectAccessible(de);
    const ar = await mount(release(), { lang: 'ar' }).element;
    expect(text($$(ar, 'tbody td')[1])).toBe('مخفي لحماية مجموعة صغيرة.');
    await expectAccessible(ar);
  });
});
