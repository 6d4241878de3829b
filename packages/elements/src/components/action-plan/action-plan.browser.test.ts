import { html } from 'lit';
import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../define/action-plan.js';
import { expectAccessible } from '../../test-support/axe.js';
import { darkContainer, fixture, settled } from '../../test-support/fixture.js';
import {
  networksFramework,
  testNeeds,
  testNetwork,
  testPlan,
  TODAY,
} from '../../test-support/networks.js';
import type { CkActionPlan } from './action-plan.js';

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: CkActionPlan, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: CkActionPlan, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

const framework = networksFramework();

function render(options: { lang?: string; editable?: boolean; href?: string } = {}) {
  return fixture<CkActionPlan>(
    html`<ck-action-plan
      .plan=${testPlan()}
      .network=${testNetwork()}
      .needs=${testNeeds}
      .framework=${framework}
      today=${TODAY}
      ?editable=${options.editable ?? false}
      measure-href=${options.href ?? ''}
    ></ck-action-plan>`,
    options.lang ? { lang: options.lang } : {},
  );
}

describe('<ck-action-plan>', () => {
  afterAll(async () => {
    await page.viewport(414, 896);
  });

  it('shows each goal with the needs it answers and its measures as a table', async () => {
    const el = await render();
    expect($$(el, 'section.goal h3').map(text)).toEqual([
      'Letters everyone understands',
      'Welcoming front desks',
    ]);
    expect(text($(el, '[data-goal="g1"] .needs'))).toBe('Needs it answers: Plain language');
    // Goal g2 has m2 and m3; m1 belongs to g1.
    expect($$(el, '[data-goal="g2"] tbody tr').map((tr) => tr.dataset.measure)).toEqual([
      'm2',
      'm3',
    ]);
    const m1 = $$(el, '[data-measure="m1"] > *').map(text);
    expect(m1[0]).toBe('Rewrite standard letters');
    expect(m1[1]).toBe('Stadtamt Beispielfeld');
    expect($$(el, '[data-measure="m1"] td:nth-of-type(2) li').map(text)).toEqual([
      'Verein Brückenbogen',
      'Rat der Neuankommenden',
    ]);
    expect(m1[3]).toBe('Jan 15, 2027 to Dec 31, 2027');
    expect(m1[4]).toBe('In progress');
    expect(m1[5]).toBe('€12,000.00');
    expect(m1[6]).toBe(
      'Letters rewritten: baseline 0, latest 20, target 100 letters (Jun 1, 2027)',
    );
    // m3 has no budget and no indicators.
    expect($$(el, '[data-measure="m3"] > *').map(text).slice(5)).toEqual(['—', '—']);
    // A bar per measure on the timeline, hidden from screen readers (the table has the dates).
    expect($$(el, '[data-goal="g2"] .timeline [data-bar]').map((b) => b.dataset.bar)).toEqual([
      'm2',
      'm3',
    ]);
    expect($(el, '[data-goal="g2"] .timeline')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('puts the review in words on top: late, off track, unaddressed', async () => {
    const el = await render();
    expect(text($(el, '#review-heading'))).toBe('Review on Jun 15, 2027');
    // 2027-03-01 → 2027-06-15: 31 + 30 + 31 + 14 = 106 days.
    expect($$(el, '[data-review="late"] li').map(text)).toEqual([
      '“Front-desk training” has not started: 106 days past its start date.',
    ]);
    // Expected on 2027-06-01: 100 · 137 / 350 ≈ 39.14; measured 20, so 19.14 short.
    const offTrack = $$(el, '[data-review="off-track"] li').map(text);
    expect(offTrack).toHaveLength(1);
    expect(offTrack[0]).toContain('“Letters rewritten” (Rewrite standard letters): 20 measured');
    expect(offTrack[0]).toContain('39.14 expected');
    expect(offTrack[0]).toContain('19.14 short');
    expect($$(el, '[data-review="unaddressed"] li').map(text)).toEqual([
      'Priority 3, “Residence law”: no goal of the plan answers it.',
    ]);
    // Budgets of the measures not cancelled: 12,000 + 5,000.
    expect(text($(el, '.totals div:nth-child(2) dd'))).toBe('€17,000.00');
    expect($(el, '.clean')).toBeNull();
  });

  it('reviews in German on a German page, the plan in its German texts', async () => {
    const el = await render({ lang: 'de' });
    expect(text($(el, '#review-heading'))).toBe('Stand am 15.06.2027');
    const late = $$(el, '[data-review="late"] li').map(text);
    expect(late).toHaveLength(1);
    expect(late[0]).toContain('„Schulung am Schalter“');
    expect(late[0]).toContain('106 Tage');
    expect(text($(el, '[data-review="unaddressed"] li'))).toContain('„Aufenthaltsrecht“');
    expect(text($(el, '[data-measure="m1"] th'))).toBe('Standardbriefe neu schreiben');
    expect(text($(el, '[data-measure="m1"] td.num'))).toBe('12.000,00 €');
  });

  it('links measure titles through measure-href', async () => {
    const el = await render({ href: '/beispielfeld/action-plan/measures/{id}' });
    expect($<HTMLAnchorElement>(el, '[data-measure="m2"] th a')!.getAttribute('href')).toBe(
      '/beispielfeld/action-plan/measures/m2',
    );
  });

  it('changes a status with the keyboard: the event fires and the review follows', async () => {
    const el = await render({ editable: true });
    const events: unknown[] = [];
    el.addEventListener('ck-measure-status', (e) => events.push(e.detail));
    const select = $<HTMLSelectElement>(el, '[data-measure="m2"] select')!;
    expect(select.getAttribute('aria-label')).toBe('Status of “Front-desk training”');
    select.focus();
    // planned → in-progress, the next option.
    await userEvent.keyboard('{ArrowDown}');
    await settled(el);
    expect(events).toEqual([{ measure: 'm2', status: 'in-progress' }]);
    // Under way and not past its end (2027-09-30): no longer late.
    expect($(el, '[data-review="late"]')).toBeNull();
    expect(text($(el, '[role="status"]'))).toBe('“Front-desk training” is now: In progress.');
  });

  it('refuses a measurement that is not a number or not in the plan, and fires nothing', async () => {
    const el = await render({ editable: true });
    const events: unknown[] = [];
    el.addEventListener('ck-measurement-add', (e) => events.push(e.detail));
    const date = $<HTMLInputElement>(el, '[data-indicator="i1"] input[name="date"]')!;
    const value = $<HTMLInputElement>(el, '[data-indicator="i1"] input[name="value"]')!;
    await userEvent.fill(date, '2027-06-10');
    await userEvent.fill(value, 'twelve');
    await userEvent.click(value);
    await userEvent.keyboard('{Enter}');
    await settled(el);
    expect(events).toEqual([]);
    const valueInput = $<HTMLInputElement>(el, '[data-indicator="i1"] input[name="value"]')!;
    expect(valueInput.getAttribute('aria-invalid')).toBe('true');
    const error = el.shadowRoot!.getElementById(valueInput.getAttribute('aria-describedby')!);
    expect(text(error)).toBe('Enter a number, for example 12 or 3.5.');
    expect(el.shadowRoot!.activeElement).toBe(valueInput);

    // A date after the plan's end (2028-12-31).
    await userEvent.fill(valueInput, '30');
    await userEvent.fill(
      $<HTMLInputElement>(el, '[data-indicator="i1"] input[name="date"]')!,
      '2030-01-01',
    );
    await userEvent.click(valueInput);
    await userEvent.keyboard('{Enter}');
    await settled(el);
    expect(events).toEqual([]);
    const dateInput = $<HTMLInputElement>(el, '[data-indicator="i1"] input[name="date"]')!;
    expect(dateInput.getAttribute('aria-invalid')).toBe('true');
    expect(text(el.shadowRoot!.getElementById(dateInput.getAttribute('aria-describedby')!))).toBe(
      'Enter a date from Jan 15, 2027 to Dec 31, 2028.',
    );
    await expectAccessible(el);
  });

  it('adds a valid measurement: the event fires and the indicator is back on track', async () => {
    const el = await render({ editable: true });
    const events: unknown[] = [];
    el.addEventListener('ck-measurement-add', (e) => events.push(e.detail));
    await userEvent.fill(
      $<HTMLInputElement>(el, '[data-indicator="i1"] input[name="date"]')!,
      '2027-06-10',
    );
    await userEvent.fill(
      $<HTMLInputElement>(el, '[data-indicator="i1"] input[name="value"]')!,
      '45',
    );
    await userEvent.click($(el, '[data-indicator="i1"] button')!);
    await settled(el);
    expect(events).toEqual([{ measure: 'm1', indicator: 'i1', date: '2027-06-10', value: 45 }]);
    // Expected on 2027-06-10: 100 · 146 / 350 ≈ 41.7; 45 is ahead of it.
    expect(text($(el, '[data-indicator="i1"] .values'))).toBe(
      'baseline 0, latest 45, target 100 letters',
    );
    expect($(el, '[data-review="off-track"]')).toBeNull();
    expect($(el, '[data-indicator="i1"] [aria-invalid]')).toBeNull();
  });

  it('reports a plan that is not a plan, and shows "not available"', async () => {
    const errors: unknown[] = [];
    const container = document.createElement('div');
    container.addEventListener('ck-data-error', (e) => errors.push(...e.detail.issues));
    const el = await fixture<CkActionPlan>(
      html`<ck-action-plan .plan=${{ goals: 'none' }} today="2027-02-30"></ck-action-plan>`,
      { container },
    );
    expect(text($(el, 'p'))).toBe('Not available');
    expect(errors).toEqual([
      expect.objectContaining({ path: '/plan', code: 'invalid-type' }),
      expect.objectContaining({ path: '/today', code: 'invalid-type' }),
    ]);
  });

  it('has no axe-core violations, editable, in the light and dark themes', async () => {
    await expectAccessible(await render({ editable: true, href: '/m/{id}' }));
    const container = darkContainer();
    await fixture(
      html`<ck-action-plan
        .plan=${testPlan()}
        .network=${testNetwork()}
        .needs=${testNeeds}
        today=${TODAY}
        editable
      ></ck-action-plan>`,
      { container },
    );
    await expectAccessible(container);
  });

  it('lays out right to left in Arabic at 320 px without sideways scrolling', async () => {
    await page.viewport(320, 640);
    const el = await render({ lang: 'ar', editable: true });
    expect(el.getAttribute('dir')).toBe('rtl');
    const root = document.documentElement;
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    const base = $(el, '[part="base"]')!;
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth + 1);
    // Arabic chrome, English engine words marked lang="en".
    expect(text($(el, '[data-goal="g1"] th[scope="col"]'))).toBe('الإجراء');
    expect($(el, '[data-review="late"]')!.getAttribute('lang')).toBe('en');
  });
});
