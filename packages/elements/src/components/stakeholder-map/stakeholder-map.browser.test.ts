import { html } from 'lit';
import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../define/stakeholder-map.js';
import { expectAccessible } from '../../test-support/axe.js';
import { darkContainer, fixture, settled } from '../../test-support/fixture.js';
import { testNetwork, testPlan } from '../../test-support/networks.js';
import type { CkStakeholderMap } from './stakeholder-map.js';

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: CkStakeholderMap, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: CkStakeholderMap, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

function render(view: 'network' | 'list' | '', options: { lang?: string; plan?: boolean } = {}) {
  return fixture<CkStakeholderMap>(
    html`<ck-stakeholder-map
      .network=${testNetwork()}
      .plan=${options.plan ? testPlan() : undefined}
      view=${view}
    ></ck-stakeholder-map>`,
    options.lang ? { lang: options.lang } : {},
  );
}

const focusedId = (el: CkStakeholderMap) =>
  (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.stakeholder;

describe('<ck-stakeholder-map>', () => {
  afterAll(async () => {
    await page.viewport(414, 896);
  });

  it('says in words what the analysis finds: the isolated and the central organisation', async () => {
    const el = await render('list');
    const findings = $$(el, '[data-finding]').map(text);
    expect(findings).toContain(
      'Stiftung Stilles Wasser works with no other organisation of the network.',
    );
    // s1 lies on 9 of the 21 pairs' shortest paths (9/21 ≈ 0.43), more than anyone else.
    expect(findings).toContain(
      'Stadtamt Beispielfeld links more organisations that would otherwise not reach each other than anyone else.',
    );
    // 7 cooperations of 8 · 7 / 2 = 28 possible pairs.
    expect(text($(el, '.totals dd'))).toBe('25%');
  });

  it('names the types of organisation missing from a goal of the plan', async () => {
    const el = await render('list', { plan: true });
    const findings = $$(el, '[data-finding="type-missing-from-goal"]').map(text);
    // Goal g1's measure m1 has s1, s2 and s3 only: no university among them.
    expect(
      findings.some((f) => f.includes('Letters everyone understands') && f.includes('University')),
    ).toBe(true);
  });

  it('lists every organisation with its type, partners and role as a link', async () => {
    const el = await render('list');
    expect($$(el, 'tbody tr').map((tr) => tr.dataset.stakeholder)).toEqual([
      's1',
      's2',
      's3',
      's4',
      's5',
      's6',
      's7',
      's8',
    ]);
    const row = (id: string) => $$(el, `tr[data-stakeholder="${id}"] > *`).map(text);
    expect(row('s1')).toEqual([
      'Stadtamt Beispielfeld',
      'A Public authority',
      '3',
      'connects otherwise separate partners',
      'Verein Brückenbogen (Weekly) Rat der Neuankommenden (Monthly) Berufskolleg Nordtal (Every quarter)',
    ]);
    // Betweenness 8/21 ≥ ¾ of the largest (9/21): a strong link; 5/21 is not; 0 links nobody.
    expect(row('s4')[3]).toBe('connects otherwise separate partners');
    expect(row('s2')[3]).toBe('links some partners with each other');
    expect(row('s3')[3]).toBe('does not link others');
    expect(row('s8').slice(2)).toEqual(['0', 'does not link others', 'none']);
    expect($(el, '[part="list"]')!.getAttribute('role')).toBe('region');
  });

  it('draws a node per organisation and a line per pair, thicker for more frequent work', async () => {
    const el = await render('network');
    expect($$(el, '.node').map((n) => n.dataset.stakeholder)).toEqual([
      's1',
      's2',
      's3',
      's4',
      's5',
      's6',
      's7',
      's8',
    ]);
    expect($$(el, '.node .letter').map(text).join('')).toBe('ANMSUBVO');
    const edges = $$(el, '.edge');
    expect(edges).toHaveLength(7);
    // c1 (s1–s2) is weekly, c5 (s4–s5) yearly.
    expect(edges[0]!.getAttribute('stroke-width')).toBe('5');
    expect(edges.find((e) => e.classList.contains('yearly'))!.getAttribute('stroke-width')).toBe(
      '1.5',
    );
    expect($$(el, '.legend li').map(text)).toContain('U University');
  });

  it('moves between nodes with Tab and the arrow keys, naming each and its partners', async () => {
    const el = await render('network');
    $<HTMLButtonElement>(el, '[data-view="list"]')!.focus();
    await userEvent.keyboard('{Tab}');
    await settled(el);
    expect(focusedId(el)).toBe('s1');
    expect(text($(el, '[part="details"]'))).toBe(
      'Stadtamt Beispielfeld (Public authority). Partners: Verein Brückenbogen, Rat der Neuankommenden, Berufskolleg Nordtal.',
    );
    expect($$(el, '.node.partner').map((n) => n.dataset.stakeholder)).toEqual(['s2', 's3', 's4']);
    expect($(el, '[part="details"]')!.getAttribute('role')).toBe('status');

    await userEvent.keyboard('{ArrowRight}');
    await settled(el);
    expect(focusedId(el)).toBe('s2');
    expect($(el, '.node[data-stakeholder="s2"]')!.getAttribute('tabindex')).toBe('0');
    expect($(el, '.node[data-stakeholder="s1"]')!.getAttribute('tabindex')).toBe('-1');

    await userEvent.keyboard('{End}');
    await settled(el);
    expect(focusedId(el)).toBe('s8');
    expect(text($(el, '[part="details"]'))).toBe(
      'Stiftung Stilles Wasser (Other organisation). Partners: none.',
    );
    // Past the last, back to the first.
    await userEvent.keyboard('{ArrowDown}');
    await settled(el);
    expect(focusedId(el)).toBe('s1');
  });

  it('switches views with a pair of pressed buttons', async () => {
    const el = await render('network');
    const list = $<HTMLButtonElement>(el, '[data-view="list"]')!;
    expect(list.getAttribute('aria-pressed')).toBe('false');
    list.focus();
    await userEvent.keyboard('{Enter}');
    await settled(el);
    expect(el.view).toBe('list');
    expect($(el, '[data-view="list"]')!.getAttribute('aria-pressed')).toBe('true');
    expect($(el, 'svg.map')).toBeNull();
    expect($$(el, 'tbody tr')).toHaveLength(8);
  });

  it('shows the list first in a narrow container and the map in a wide one', async () => {
    const narrow = document.createElement('div');
    narrow.style.inlineSize = '300px';
    const a = await fixture<CkStakeholderMap>(
      html`<ck-stakeholder-map .network=${testNetwork()}></ck-stakeholder-map>`,
      { container: narrow },
    );
    const wide = document.createElement('div');
    wide.style.inlineSize = '1000px';
    const b = await fixture<CkStakeholderMap>(
      html`<ck-stakeholder-map .network=${testNetwork()}></ck-stakeholder-map>`,
      { container: wide },
    );
    await frame();
    await frame();
    await settled(a);
    await settled(b);
    expect(a.shownView).toBe('list');
    expect(b.shownView).toBe('network');
    expect(b.shadowRoot!.querySelector('svg.map')).not.toBeNull();
  });

  it('speaks German on a German page', async () => {
    const el = await render('list', { lang: 'de' });
    expect($$(el, '[data-finding]').map(text)).toContain(
      'Stiftung Stilles Wasser arbeitet mit keiner anderen Organisation des Netzwerks zusammen.',
    );
    expect(text($(el, '[data-view="list"]'))).toBe('Liste');
    expect(text($(el, 'tr[data-stakeholder="s1"] td'))).toBe('A Behörde');
  });

  it('renders hostile names as text', async () => {
    const network = testNetwork();
    network.stakeholders[0]!.name = '<img src=x onerror=alert(1)>';
    const el = await fixture<CkStakeholderMap>(
      html`<ck-stakeholder-map .network=${network} view="list"></ck-stakeholder-map>`,
    );
    expect(text($(el, 'tr[data-stakeholder="s1"] th'))).toBe('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
  });

  it('reports a network that is not a network, and shows "not available"', async () => {
    const issues: { path: string }[] = [];
    const container = document.createElement('div');
    container.addEventListener('ck-data-error', (e) => issues.push(...e.detail.issues));
    const el = await fixture<CkStakeholderMap>(
      html`<ck-stakeholder-map .network=${{ stakeholders: 3 }}></ck-stakeholder-map>`,
      { container },
    );
    expect(text($(el, 'p'))).toBe('Not available');
    expect(issues.map((i) => i.path)).toEqual(['/network']);
  });

  it('has no axe-core violations in both views, light and dark', async () => {
    await expectAccessible(await render('network', { plan: true }));
    await expectAccessible(await render('list'));
    const container = darkContainer();
    await fixture(
      html`<ck-stakeholder-map .network=${testNetwork()} view="network"></ck-stakeholder-map>`,
      { container },
    );
    await expectAccessible(container);
  });

  it('mirrors the map right to left in Persian and fits 320 px', async () => {
    await page.viewport(320, 640);
    const el = await render('network', { lang: 'fa' });
    expect(el.getAttribute('dir')).toBe('rtl');
    // s2 is the second node: clockwise (to the right) left to right, to the left right to left.
    const x = Number(
      /translate\(([\d.]+)/.exec(
        $(el, '.node[data-stakeholder="s2"]')!.getAttribute('transform')!,
      )![1],
    );
    expect(x).toBeLessThan(200);
    const root = document.documentElement;
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    const map = $(el, 'svg.map')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(map.left).toBeGreaterThanOrEqual(host.left - 1);
    expect(map.right).toBeLessThanOrEqual(host.right + 1);
  });
});
