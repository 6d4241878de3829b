import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import '../define/level-badge.js';
import type { CkLevelBadge } from '../components/level-badge/level-badge.js';
import { fixture, settled } from '../test-support/fixture.js';
import { framework } from '../test-support/framework.js';
import { CkElement } from './ck-element.js';

/** A test element that shows what the base class gives every element. */
class Probe extends CkElement {
  static override properties = { value: { type: Number } };
  declare value: number;
  readonly renders: string[] = [];

  constructor() {
    super();
    this.value = 0.256;
  }

  protected override render() {
    const text = [
      this.msg('common.close'),
      this.msg('level-badge.rank', { rank: 12345, total: 'x' }),
      this.formatPercent(this.value),
      this.formatDate('2026-03-10T10:00:00Z', { dateStyle: 'long', timeZone: 'UTC' }),
    ].join(' | ');
    this.renders.push(text);
    return html`<p>${text}</p>
      <ck-level-badge .framework=${framework()} level="advanced"></ck-level-badge>`;
  }

  fail(): boolean {
    return this.emit('ck-data-error', { issues: [] }, { cancelable: true });
  }
}
customElements.define('ck-test-probe', Probe);

describe('CkElement', () => {
  it('renders its first frame in the page language, without flashing English', async () => {
    const probe = await fixture<Probe>(html`<ck-test-probe></ck-test-probe>`, { lang: 'it' });
    expect(probe.renders).toEqual(['Chiudi | 12.345 di x | 26% | 10 marzo 2026']);
  });

  it('formats messages, numbers and dates for the exact locale', async () => {
    const probe = await fixture<Probe>(html`<ck-test-probe lang="de-CH"></ck-test-probe>`);
    const swiss = new Intl.NumberFormat('de-CH').format(12345); // 12’345 or 12'345, by ICU version
    expect(swiss).not.toBe(new Intl.NumberFormat('de').format(12345));
    expect(probe.renders.at(-1)).toBe(`Schließen | ${swiss} von x | 26% | 10. März 2026`);
  });

  it('passes its language to elements in its shadow root, and changes to it', async () => {
    const probe = await fixture<Probe>(html`<ck-test-probe lang="es"></ck-test-probe>`);
    const badge = probe.shadowRoot!.querySelector<CkLevelBadge>('ck-level-badge')!;
    await settled(probe);
    expect(badge.locale).toBe('es');
    probe.lang = 'ar';
    await settled(probe);
    await badge.updateComplete;
    expect(badge.locale).toBe('ar');
    expect(badge.getAttribute('dir')).toBe('rtl');
  });

  it('emits events that bubble out of shadow roots and can be cancelled', async () => {
    const probe = await fixture<Probe>(html`<ck-test-probe></ck-test-probe>`);
    const seen: Event[] = [];
    document.body.addEventListener('ck-data-error', (e) => seen.push(e), { once: true });
    expect(probe.fail()).toBe(true);
    probe.addEventListener('ck-data-error', (e) => e.preventDefault(), { once: true });
    expect(probe.fail()).toBe(false);
    expect(seen[0]).toMatchObject({ bubbles: true, composed: true, detail: { issues: [] } });
  });

  it('falls back to English for a lang it cannot read', async () => {
    const probe = await fixture<Probe>(html`<ck-test-probe lang="not a tag"></ck-test-probe>`);
    expect(probe.locale).toBe('en');
    expect(probe.getAttribute('dir')).toBe('ltr');
  });
});
