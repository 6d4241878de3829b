import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { scoreStudy } from '@competence-kit/needs-analysis';
import { aggregate, type Aggregate } from '@competence-kit/scoring';
import type { Framework, Result } from '@competence-kit/schemas';
import '../../define/group-dashboard.js';
import { expectAccessible } from '../../test-support/axe.js';
import { darkContainer, fixture, settled } from '../../test-support/fixture.js';
import { framework, instruments, studies } from '../../test-support/pilot-studies.js';
import type { CkDataErrorEvent } from '../../events/ck-data-error.js';
import type { CkGroupDashboard } from './group-dashboard.js';
import { heatScales, themes, type ColorToken, type Theme } from '../../styles/tokens.js';

/** The computed background of each swatch of the legend, as `rgb(...)`. */
const swatches = (el: CkGroupDashboard) =>
  $$(el, '.swatch').map((s) => getComputedStyle(s).backgroundColor);

/** A scale's colours in a theme, as the browser writes them. */
function scale(theme: Theme, steps: readonly ColorToken[]): string[] {
  return steps.map((token) => {
    const hex = themes[theme][token];
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    return `rgb(${r}, ${g}, ${b})`;
  });
}

const staff = scoreStudy(studies.ravenna, framework, instruments).get('staff')!;
const byRole = aggregate(staff, { by: ['roleProfile'], framework });

/** Few coordinators and team leads: under the threshold, and hidden to protect them. */
function smallGroups(): Aggregate {
  const take = (role: string, n: number) => staff.filter((r) => r.roleProfile === role).slice(0, n);
  const results: Result[] = [
    ...take('front-desk', 12),
    ...take('social-services', 9),
    ...take('team-lead', 6),
    ...take('integration-coordinator', 3),
  ];
  return aggregate(results, { by: ['roleProfile'], framework, minGroupSize: 5 });
}

const $ = (el: CkGroupDashboard, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: CkGroupDashboard, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const headers = (el: CkGroupDashboard) => $$(el, 'thead th').map(text);
/** The cells of the row of a competence (by its title), as text. */
const row = (el: CkGroupDashboard, title: string) => {
  const tr = $$(el, 'tbody tr').find((r) => text(r.querySelector('th')) === title);
  if (!tr) throw new Error(`no row "${title}"`);
  return [...tr.querySelectorAll('td')];
};

function mount(data: Aggregate | undefined, options: { lang?: string; metric?: string } = {}) {
  const container = document.createElement('div');
  const errors: CkDataErrorEvent[] = [];
  container.addEventListener('ck-data-error', (e) => errors.push(e));
  return {
    errors,
    element: fixture<CkGroupDashboard>(
      html`<ck-group-dashboard
        .aggregate=${data}
        .framework=${framework}
        metric=${options.metric ?? 'mean'}
      ></ck-group-dashboard>`,
      { container, ...(options.lang ? { lang: options.lang } : {}) },
    ),
  };
}

describe('<ck-group-dashboard>', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is registered', () => {
    expect(document.createElement('ck-group-dashboard').constructor.name).toBe('CkGroupDashboard');
  });

  it('shows the real staff results of Ravenna as a table of competences by role', async () => {
    const { element, errors } = mount(byRole);
    const el = await element;
    expect(errors).toEqual([]);
    expect(text($(el, 'caption'))).toBe('Mean score (0 to 1) by competence and group');
    const frontDesk = byRole.groups.find((g) => g.key.roleProfile === 'front-desk')!;
    expect(headers(el)).toContain(`Reception and front desk n = ${frontDesk.n}`);
    expect(headers(el).at(-1)).toBe(`Total n = ${staff.length}`);
    expect($$(el, 'tbody tr')).toHaveLength(byRole.total.competences.length);

    const index = byRole.groups.indexOf(frontDesk);
    const cell = frontDesk.competences.find(
      (c) => c.competence === 'plain-language-communication',
    )!;
    const td = row(el, 'Plain-language communication')[index]!;
    const mean = cell.stats!.mean;
    const below = Math.round(cell.stats!.belowTarget! * 100);
    // The number is written out; the colour repeats it.
    expect(text(td)).toBe(`${mean.toFixed(2)} ${below}% below target`);
    expect(td.className).toBe(`heat-${Math.min(4, Math.floor(mean * 5))}`);
    expect(td.querySelector('button')!.getAttribute('aria-pressed')).toBe('false');
  });

  it('switches the metric to the share below target, scale and legend included', async () => {
    const el = await mount(byRole).element;
    const legendBefore = text($(el, '.scale'));
    const radio = $$(el, 'input[type=radio]')[1] as HTMLInputElement;
    radio.click();
    await settled(el);
    expect(el.metric).toBe('below-target');
    expect(el.getAttribute('metric')).toBe('below-target');
    expect(text($(el, 'caption'))).toBe(
      'Share below the role’s target level by competence and group',
    );
    const total = byRole.total.competences.find((c) => c.competence === 'residence-law-basics')!;
    const td = row(el, 'Residence law basics').at(-1)!;
    expect(text(td)).toBe(
      `${Math.round(total.stats!.belowTarget! * 100)}% mean ${total.stats!.mean.toFixed(2)}`,
    );
    expect(td.className).toBe(`heat-${Math.min(4, Math.floor(total.stats!.belowTarget! * 5))}`);
    expect(text($(el, '.scale'))).not.toBe(legendBefore);
    expect(text($(el, '.scale li'))).toBe('0% to 20%');
    expect(swatches(el)).toEqual(scale('light', heatScales.alert));
  });

  it('colours the five steps with the sequential scales of the tokens, in each theme', async () => {
    const light = await mount(byRole).element;
    expect(swatches(light)).toEqual(scale('light', heatScales.score));
    const container = darkContainer();
    const dark = await fixture<CkGroupDashboard>(
      html`<ck-group-dashboard .aggregate=${byRole} .framework=${framework}></ck-group-dashboard>`,
      { container },
    );
    expect(swatches(dark)).toEqual(scale('dark', heatScales.score));
    dark.metric = 'below-target';
    await settled(dark);
    expect(swatches(dark)).toEqual(scale('dark', heatScales.alert));
  });

  it('says which cells are hidden and why, secondary suppression included', async () => {
    const data = smallGroups();
    expect(data.suppressions.map((s) => [s.group, s.reason])).toContainEqual([
      'roleProfile=integration-coordinator',
      'below-threshold',
    ]);
    expect(data.suppressions.map((s) => [s.group, s.reason])).toContainEqual([
      'roleProfile=team-lead',
      'secondary',
    ]);
    const el = await mount(data).element;
    const labels = data.groups.map((g) => g.key.roleProfile);
    const coordinator = labels.indexOf('integration-coordinator');
    const lead = labels.indexOf('team-lead');
    expect(headers(el)[coordinator + 1]).toBe(
      'Integration coordinator and strategic planner n hidden',
    );
    const cells = row(el, 'Residence law basics');
    expect(text(cells[coordinator])).toBe('Hidden fewer than 5 respondents');
    expect(text(cells[lead])).toBe('Hidden protects a small group');
    expect(cells[coordinator]!.querySelector('button')).toBeNull();
    expect(text(cells.at(-1))).toMatch(/^\d\.\d\d /);
    expect($$(el, '.notes li').map(text)).toEqual([
      'Hidden, fewer than 5 respondents: nothing is shown about so few people.',
      'Hidden, protects a small group: otherwise its results could be worked out from the total and the other groups.',
    ]);
  });

  it('names the bucket of scores below the lowest level in the distribution', async () => {
    const data = structuredClone(byRole);
    const cell = data.total.competences.find((c) => c.competence === 'tolerance-of-ambiguity')!;
    cell.stats!.levels = { 'below-scale': 6, foundation: 9 };
    const el = await mount(data).element;
    row(el, 'Tolerance of ambiguity').at(-1)!.querySelector('button')!.click();
    await settled(el);
    const panel = $(el, '[part=distribution]')!;
    const first = panel.querySelector('tbody tr')!;
    expect([...first.children].slice(0, 2).map((c) => text(c))).toEqual([
      'Below the first level',
      '6',
    ]);
  });

  it('shows the distribution of a cell over the levels, as a table with bars', async () => {
    const el = await mount(byRole).element;
    const button = row(el, 'Tolerance of ambiguity').at(-1)!.querySelector('button')!;
    button.click();
    await settled(el);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    const panel = $(el, '[part=distribution]')!;
    expect(text(panel.querySelector('h3'))).toBe(
      'Distribution over the levels: Tolerance of ambiguity, Total',
    );
    expect(el.shadowRoot!.activeElement?.id).toBe('distribution-heading');
    const stats = byRole.total.competences.find(
      (c) => c.competence === 'tolerance-of-ambiguity',
    )!.stats!;
    const rows = [...panel.querySelectorAll('tbody tr')].map((r) =>
      [...r.children].map((c) => text(c)),
    );
    // The anchored self-assessment has people below the first level: their own row, first.
    expect(rows.map((r) => r[0])).toEqual([
      'Below the first level',
      'Foundation',
      'Practitioner',
      'Advanced',
      'Expert',
    ]);
    expect(rows.map((r) => Number(r[1]))).toEqual(Object.values(stats.levels));
    expect(panel.querySelectorAll('.bar')).toHaveLength(5);
    expect(text(panel.querySelector('dd'))).toBe(String(stats.n));

    (panel.querySelector('.close') as HTMLElement).click();
    await settled(el);
    expect($(el, '[part=distribution]')).toBeNull();
    expect(el.shadowRoot!.activeElement).toBe(
      row(el, 'Tolerance of ambiguity').at(-1)!.querySelector('button'),
    );
  });

  it('can be used with the keyboard alone', async () => {
    const el = await mount(byRole).element;
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe($$(el, 'input[type=radio]')[0]);
    await userEvent.keyboard('{ArrowRight}');
    await settled(el);
    expect(el.metric).toBe('below-target');
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe($(el, '.scroll'));
    await userEvent.keyboard('{Tab}');
    const first = $(el, 'tbody td button')!;
    expect(el.shadowRoot!.activeElement).toBe(first);
    await userEvent.keyboard('{Enter}');
    await settled(el);
    expect(el.shadowRoot!.activeElement?.id).toBe('distribution-heading');
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe($(el, '.close'));
    await userEvent.keyboard('{Enter}');
    await settled(el);
    expect(el.shadowRoot!.activeElement).toBe($(el, 'tbody td button'));
  });

  it('follows a language change: words, titles and numbers', async () => {
    const el = await mount(byRole, { lang: 'de' }).element;
    expect(text($(el, 'legend'))).toBe('Anzeigen');
    expect(headers(el)[0]).toBe('Kompetenz');
    expect(headers(el)).toContain(
      `Empfang und Infotheke n = ${byRole.groups.find((g) => g.key.roleProfile === 'front-desk')!.n}`,
    );
    expect(
      text(row(el, 'Grundlagen des Aufenthaltsrechts').at(-1)!.querySelector('.value')),
    ).toMatch(/^0,\d\d$/);
    el.parentElement!.lang = 'es';
    await settled(el);
    expect(text($(el, 'legend'))).toBe('Mostrar');
    expect(headers(el).at(-1)).toBe(`Total n = ${staff.length}`);
  });

  it('renders right to left in Arabic', async () => {
    const el = await mount(smallGroups(), { lang: 'ar' }).element;
    expect(el.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle($(el, 'table')!).direction).toBe('rtl');
    expect(text($(el, 'legend'))).toBe('العرض');
    expect(el.shadowRoot!.textContent).toContain('أقل من 5 مشاركين');
    // Framework texts have no Arabic: marked as English.
    expect($(el, 'tbody th')!.getAttribute('lang')).toBe('en');
  });

  it('renders hostile strings in the data as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const data = structuredClone(byRole);
    data.groups[0]!.key = { roleProfile: `</script>${hostile}` };
    data.total.competences[0]!.competence = `\u202E${hostile}`;
    const levels = Object.keys(data.total.competences[1]!.stats!.levels);
    const hostileFramework: Framework = structuredClone(framework);
    hostileFramework.scale.levels[0]!.title = { en: hostile };
    const container = document.createElement('div');
    const errors: CkDataErrorEvent[] = [];
    container.addEventListener('ck-data-error', (e) => errors.push(e));
    const el = await fixture<CkGroupDashboard>(
      html`<ck-group-dashboard
        .aggregate=${data}
        .framework=${hostileFramework}
      ></ck-group-dashboard>`,
      { container },
    );
    expect(levels.slice(0, 2)).toEqual(['below-scale', 'foundation']);
    expect(errors[0]!.detail.issues[0]!.code).toBe('unknown-reference');
    expect(headers(el)[1]).toMatch(
      new RegExp(`^</script>${hostile.replace(/[()]/g, '\\$&')} n = `),
    );
    expect(text($(el, 'tbody th'))).toBe(`\u202E${hostile}`);
    ($$(el, 'tbody tr')[1]!.querySelector('td button') as HTMLElement).click();
    await settled(el);
    // The first level's row (after the row below it) shows its hostile name as text.
    expect(text($$(el, '.distribution tbody th')[1]!)).toBe(hostile);
    expect(el.shadowRoot!.querySelectorAll('img, script').length).toBe(0);
  });

  it('says "not available" for something that is not an aggregate', async () => {
    const { element, errors } = mount({ groups: 'x' } as unknown as Aggregate);
    const el = await element;
    expect(text($(el, '[part=base]'))).toBe('Not available');
    expect(errors[0]!.detail.issues).toEqual([
      {
        path: '/aggregate',
        code: 'invalid-type',
        message: 'Expected the result of aggregate() from @competence-kit/scoring.',
      },
    ]);
  });

  for (const lang of ['en', 'ar']) {
    it(`has no axe-core violations in ${lang}, with a distribution open`, async () => {
      const el = await mount(smallGroups(), { lang }).element;
      await expectAccessible(el);
      $(el, 'tbody td button')!.click();
      el.metric = 'below-target';
      await settled(el);
      await expectAccessible(el);
    });
  }

  it('has no axe-core violations in the dark theme, in both metrics', async () => {
    const container = darkContainer();
    const el = await fixture<CkGroupDashboard>(
      html`<ck-group-dashboard .aggregate=${byRole} .framework=${framework}></ck-group-dashboard>`,
      { container },
    );
    await expectAccessible(container);
    el.metric = 'below-target';
    await settled(el);
    await expectAccessible(container);
  });
});
