import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import '../../define/level-badge.js';
import { expectAccessible } from '../../test-support/axe.js';
import { darkContainer, fixture, settled } from '../../test-support/fixture.js';
import { framework } from '../../test-support/framework.js';
import type { CkLevelBadge } from './level-badge.js';
import type { CkDataErrorEvent } from '../../events/ck-data-error.js';

/** The badge's text as a screen reader gets it: hidden texts included, whitespace collapsed. */
const spoken = (badge: CkLevelBadge) =>
  badge.shadowRoot!.querySelector('[part=base]')!.textContent!.replace(/\s+/g, ' ').trim();

const label = (badge: CkLevelBadge) => badge.shadowRoot!.querySelector('[part=label]')!;

describe('<ck-level-badge>', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is registered', () => {
    expect(document.createElement('ck-level-badge').constructor.name).toBe('CkLevelBadge');
  });

  it('shows the level title, its rank and what it stands for', async () => {
    const badge = await fixture<CkLevelBadge>(
      html`<ck-level-badge .framework=${framework()} level="practitioner"></ck-level-badge>`,
    );
    expect(spoken(badge)).toBe('Level Practitioner 2 of 4');
    const dots = [...badge.shadowRoot!.querySelectorAll('circle')].map((c) => c.classList[0]);
    expect(dots).toEqual(['filled', 'filled', 'empty', 'empty']);
    expect(badge.getAttribute('dir')).toBe('ltr');
  });

  it('says "Target level" for a target', async () => {
    const badge = await fixture<CkLevelBadge>(
      html`<ck-level-badge
        .framework=${framework()}
        level="advanced"
        kind="target"
      ></ck-level-badge>`,
    );
    expect(spoken(badge)).toBe('Target level Advanced 3 of 4');
  });

  it('takes the language of the nearest ancestor and follows it when it changes', async () => {
    const badge = await fixture<CkLevelBadge>(
      html`<ck-level-badge .framework=${framework()} level="advanced"></ck-level-badge>`,
      { lang: 'de-AT' },
    );
    expect(badge.locale).toBe('de-AT');
    expect(spoken(badge)).toBe('Stufe Fortgeschritten 3 von 4');

    badge.parentElement!.lang = 'es';
    await settled(badge);
    expect(spoken(badge)).toBe('Nivel Avanzado 3 de 4');
  });

  it('prefers its own lang attribute, then the document language', async () => {
    document.documentElement.lang = 'it';
    const badge = await fixture<CkLevelBadge>(
      html`<ck-level-badge .framework=${framework()} level="foundation"></ck-level-badge>`,
    );
    expect(spoken(badge)).toBe('Livello Base 1 di 4');

    badge.lang = 'de';
    await settled(badge);
    expect(spoken(badge)).toBe('Stufe Grundstufe 1 von 4');

    badge.removeAttribute('lang');
    document.documentElement.lang = 'es';
    await settled(badge);
    expect(spoken(badge)).toBe('Nivel Inicial 1 de 4');
  });

  it('marks a title that fell back to another language with its lang', async () => {
    const badge = await fixture<CkLevelBadge>(
      html`<ck-level-badge .framework=${framework()} level="expert" lang="de"></ck-level-badge>`,
    );
    expect(label(badge).textContent!.trim()).toBe('Expert');
    expect(label(badge).getAttribute('lang')).toBe('en');
  });

  it('falls back to English on a page in a language the package does not ship', async () => {
    const badge = await fixture<CkLevelBadge>(
      html`<ck-level-badge .framework=${framework()} level="advanced"></ck-level-badge>`,
      { lang: 'pl-PL' },
    );
    expect(spoken(badge)).toBe('Level Advanced 3 of 4');
    expect(badge.shadowRoot!.querySelector('.visually-hidden')!.getAttribute('lang')).toBe('en');
  });

  it('renders right to left in Arabic, unless the author set dir', async () => {
    const badge = await fixture<CkLevelBadge>(
      html`<ck-level-badge .framework=${framework()} level="advanced" lang="ar"></ck-level-badge>`,
    );
    expect(badge.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle(badge.shadowRoot!.querySelector('[part=base]')!).direction).toBe('rtl');
    expect(spoken(badge)).toBe('المستوى متقدم 3 من 4');

    badge.lang = 'en';
    await settled(badge);
    expect(badge.getAttribute('dir')).toBe('ltr');

    const authored = await fixture<CkLevelBadge>(
      html`<ck-level-badge
        .framework=${framework()}
        level="advanced"
        lang="ar"
        dir="ltr"
      ></ck-level-badge>`,
    );
    expect(authored.getAttribute('dir')).toBe('ltr');
  });

  it('shows the slotted label instead of the title', async () => {
    const badge = await fixture<CkLevelBadge>(
      html`<ck-level-badge .framework=${framework()} level="advanced">Senior</ck-level-badge>`,
    );
    const slot = label(badge).querySelector('slot')!;
    expect(slot.assignedNodes().map((n) => n.textContent)).toEqual(['Senior']);
  });

  it('reports a level that is not on the scale and says it is not available', async () => {
    const container = document.createElement('div');
    const events: CkDataErrorEvent[] = [];
    container.addEventListener('ck-data-error', (e) => events.push(e));
    const badge = await fixture<CkLevelBadge>(
      html`<ck-level-badge .framework=${framework()} level="guru"></ck-level-badge>`,
      { container },
    );
    expect(spoken(badge)).toBe('Level Not available');
    expect(events).toHaveLength(1);
    expect(events[0]!.detail.issues).toEqual([
      {
        path: '/level',
        code: 'unknown-reference',
        message:
          'Level "guru" does not exist on the framework\'s scale; expected one of foundation, practitioner, advanced, expert.',
      },
    ]);
    expect(events[0]!.composed).toBe(true);
  });

  it('formats the rank for the locale', async () => {
    const badge = await fixture<CkLevelBadge>(
      html`<ck-level-badge
        .framework=${framework()}
        level="advanced"
        lang="ar-EG"
      ></ck-level-badge>`,
    );
    // Egyptian Arabic writes Arabic-Indic digits.
    expect(spoken(badge)).toBe('المستوى متقدم ٣ من ٤');
  });

  for (const lang of ['en', 'de', 'it', 'es', 'ar']) {
    it(`has no axe-core violations (WCAG 2.1 AA) in ${lang}`, async () => {
      const badge = await fixture<CkLevelBadge>(
        html`<ck-level-badge .framework=${framework()} level="practitioner"></ck-level-badge>`,
        { lang },
      );
      await expectAccessible(badge);
      badge.kind = 'target';
      await badge.updateComplete;
      await expectAccessible(badge);
    });
  }

  it('has no axe-core violations in the dark theme', async () => {
    const container = darkContainer();
    const badge = await fixture<CkLevelBadge>(
      html`<ck-level-badge .framework=${framework()} level="expert"></ck-level-badge>`,
      { container },
    );
    expect(getComputedStyle(badge).getPropertyValue('--ck-color-accent').trim()).toBe('#8ab4f8');
    await expectAccessible(container);
  });
});
