import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Framework } from '@competence-kit/schemas';
import { framework as pilot } from '@competence-kit/framework-intercultural';
import '../../define/framework-browser.js';
import { expectAccessible } from '../../test-support/axe.js';
import { darkContainer, fixture, settled } from '../../test-support/fixture.js';
import { framework as small } from '../../test-support/framework.js';
import type { CkDataErrorEvent } from '../../events/ck-data-error.js';
import type { CkSelectEvent } from '../../events/ck-select.js';
import type { CkFrameworkBrowser } from './framework-browser.js';

const $ = (el: CkFrameworkBrowser, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: CkFrameworkBrowser, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The first text of each button of a list (its title, without counts and domains). */
const titles = (el: CkFrameworkBrowser, list: 'domains' | 'competences') =>
  $$(el, `.${list} button`).map((b) => text(b.querySelector('span')));
const button = (el: CkFrameworkBrowser, list: 'domains' | 'competences', title: string) => {
  const found = $$(el, `.${list} button`).find((b) => text(b.querySelector('span')) === title);
  if (!found) throw new Error(`no ${list} button "${title}" in ${titles(el, list).join(' | ')}`);
  return found;
};

async function search(el: CkFrameworkBrowser, query: string) {
  const input = $(el, 'input[type=search]') as HTMLInputElement;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await settled(el);
}

function mount(
  options: { lang?: string; selection?: string; syncUrl?: boolean; width?: string } = {},
) {
  const container = document.createElement('div');
  if (options.width) container.style.inlineSize = options.width;
  const events: (CkSelectEvent | CkDataErrorEvent)[] = [];
  container.addEventListener('ck-select', (e) => events.push(e));
  container.addEventListener('ck-data-error', (e) => events.push(e));
  return {
    events,
    element: fixture<CkFrameworkBrowser>(
      html`<ck-framework-browser
        .framework=${pilot}
        selection=${options.selection ?? ''}
        ?sync-url=${options.syncUrl ?? false}
      ></ck-framework-browser>`,
      { container, ...(options.lang ? { lang: options.lang } : {}) },
    ),
  };
}

const initialUrl = location.href;

describe('<ck-framework-browser>', () => {
  beforeEach(() => history.replaceState(history.state, '', initialUrl.split('#')[0]));
  afterEach(() => {
    history.replaceState(history.state, '', initialUrl);
    document.documentElement.removeAttribute('lang');
  });

  it('is registered', () => {
    expect(document.createElement('ck-framework-browser').constructor.name).toBe(
      'CkFrameworkBrowser',
    );
  });

  it('lists the domains and competences of the real framework', async () => {
    const el = await mount().element;
    expect(titles(el, 'domains')).toEqual([
      'All domains',
      ...pilot.domains.map((d) => d.title['en']),
    ]);
    expect(titles(el, 'competences')).toHaveLength(pilot.competences.length);
    expect(text($(el, '[role=status]'))).toBe(`Competences found: ${pilot.competences.length}`);
    expect(text($(el, '#list-heading'))).toBe('All competences');
    expect($(el, '[part=detail]')).toBeNull();
  });

  it('filters by title, description and descriptors, ignoring case and accents', async () => {
    const { element, events } = mount({ lang: 'es' });
    const el = await element;
    await search(el, 'AMBIGUEDAD');
    expect(titles(el, 'competences')).toContain('Tolerancia a la ambigüedad');
    const found = titles(el, 'competences').length;
    expect(text($(el, '[role=status]'))).toBe(`Competencias encontradas: ${found}`);
    expect($(el, '[role=status]')!.getAttribute('role')).toBe('status');

    await search(el, 'interpretes mediacion');
    expect(titles(el, 'competences')).toEqual(['Trabajo con intérpretes y mediación lingüística']);

    await search(el, 'zzzz-nothing');
    expect(titles(el, 'competences')).toEqual([]);
    expect(text($(el, '.competences p'))).toBe('Ninguna competencia coincide con la búsqueda.');
    expect(text($(el, '[role=status]'))).toBe('Competencias encontradas: 0');
    expect(events).toEqual([]);
  });

  it('searches the descriptors in the element language only', async () => {
    const el = await mount({ lang: 'de' }).element;
    await search(el, 'menschenwurde');
    expect(titles(el, 'competences')).toContain('Achtung der Menschenwürde und Gleichbehandlung');
    await search(el, 'human dignity');
    expect(titles(el, 'competences')).toEqual([]);
  });

  it('goes from a domain to its competences to a competence with every level', async () => {
    const { element, events } = mount();
    const el = await element;
    button(el, 'domains', 'Legal and institutional framework').click();
    await settled(el);
    expect(text($(el, '#list-heading'))).toBe('Legal and institutional framework');
    expect(titles(el, 'competences')).toEqual([
      'Residence law basics',
      'Rights and entitlements of migrants',
      'Data protection and confidentiality',
      'Anti-discrimination law and equal treatment',
    ]);
    expect(el.selection).toBe('domain=legal-framework');

    button(el, 'competences', 'Data protection and confidentiality').click();
    await settled(el);
    expect(text($(el, '#detail-heading'))).toBe('Data protection and confidentiality');
    expect(el.shadowRoot!.activeElement?.id).toBe('detail-heading');
    const levels = $$(el, '.levels li');
    expect(levels.map((l) => text(l.querySelector('strong')))).toEqual([
      'Foundation',
      'Practitioner',
      'Advanced',
      'Expert',
    ]);
    const competence = pilot.competences.find((c) => c.id === 'data-protection-confidentiality')!;
    expect(text(levels[2]!.querySelector('p'))).toBe(competence.descriptors['advanced']!['en']);
    expect(button(el, 'competences', 'Data protection and confidentiality').ariaCurrent).toBe(
      'true',
    );
    expect(el.selection).toBe('competence=data-protection-confidentiality');
    expect(events.map((e) => [e.type, e.detail])).toEqual([
      ['ck-select', { competence: null, domain: 'legal-framework', compare: null }],
      [
        'ck-select',
        { competence: 'data-protection-confidentiality', domain: 'legal-framework', compare: null },
      ],
    ]);
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);
  });

  it('compares two levels side by side, as a table on a narrow screen', async () => {
    const { element, events } = mount({
      selection: 'competence=plain-language-communication',
      width: '60rem',
    });
    const el = await element;
    const toggle = $(el, '.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await settled(el);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(el.selection).toBe(
      'competence=plain-language-communication&compare=foundation,practitioner',
    );

    const second = $$(el, 'select')[1] as HTMLSelectElement;
    second.value = 'expert';
    second.dispatchEvent(new Event('change'));
    await settled(el);
    expect(events.at(-1)!.detail).toEqual({
      competence: 'plain-language-communication',
      domain: 'intercultural-communication',
      compare: ['foundation', 'expert'],
    });
    const plain = pilot.competences.find((c) => c.id === 'plain-language-communication')!;
    const columns = $$(el, '.side-by-side .column');
    expect(columns.map((c) => text(c.querySelector('h4')))).toEqual(['Foundation', 'Expert']);
    expect(text(columns[1]!.querySelector('p'))).toBe(plain.descriptors['expert']!['en']);
    expect(getComputedStyle($(el, '.side-by-side')!).display).toBe('grid');
    expect(getComputedStyle($(el, '.compare-table')!).display).toBe('none');

    el.parentElement!.style.inlineSize = '20rem';
    await settled(el);
    expect(getComputedStyle($(el, '.side-by-side')!).display).toBe('none');
    expect(getComputedStyle($(el, '.compare-table')!).display).toBe('table');
    expect($$(el, '.compare-table tbody th').map(text)).toEqual(['Foundation', 'Expert']);

    toggle.click();
    await settled(el);
    expect(el.selection).toBe('competence=plain-language-communication');
    expect($(el, '#compare-panel')!.hidden).toBe(true);
  });

  it('round-trips the selection through the URL hash', async () => {
    history.replaceState(
      history.state,
      '',
      '#competence=working-with-interpreters&compare=practitioner,advanced',
    );
    const lengthBefore = history.length;
    const { element, events } = mount({ syncUrl: true });
    const el = await element;
    expect(el.selection).toBe('competence=working-with-interpreters&compare=practitioner,advanced');
    expect(text($(el, '#detail-heading'))).toBe('Working with interpreters and language mediation');
    expect($$(el, 'select').map((s) => (s as HTMLSelectElement).value)).toEqual([
      'practitioner',
      'advanced',
    ]);
    expect(events.map((e) => e.type)).toEqual(['ck-select']);

    button(el, 'competences', 'De-escalation and conflict handling').click();
    await settled(el);
    expect(location.hash).toBe(
      '#competence=de-escalation-conflict-handling&compare=practitioner,advanced',
    );
    expect(history.length).toBe(lengthBefore);

    // Back and forward, a link on the page, or the user editing the URL: the element follows.
    const changed = new Promise((resolve) =>
      window.addEventListener('hashchange', resolve, { once: true }),
    );
    location.hash = '#domain=reflective-practice';
    await changed;
    await settled(el);
    expect(el.selection).toBe('domain=reflective-practice');
    expect($(el, '[part=detail]')).toBeNull();
    expect(events.at(-1)!.detail).toEqual({
      competence: null,
      domain: 'reflective-practice',
      compare: null,
    });

    // A second element from the same hash shows the same.
    const other = await mount({ syncUrl: true }).element;
    expect(other.selection).toBe('domain=reflective-practice');
  });

  for (const hash of [
    '#competence=nope',
    '#compare=foundation',
    '#%E0%A4%A&x',
    '#competence=a&competence=b',
  ]) {
    it(`ignores the malformed hash ${hash} and reports it`, async () => {
      history.replaceState(history.state, '', hash);
      const { element, events } = mount({
        syncUrl: true,
        selection: 'domain=legal-framework',
      });
      const el = await element;
      expect(el.selection).toBe('domain=legal-framework');
      expect(events.map((e) => e.type)).toEqual(['ck-data-error']);
      const [issue] = (events[0] as CkDataErrorEvent).detail.issues;
      expect(issue!.path).toMatch(/^\/selection\//);
      expect(issue!.message).toMatch(/^In the URL hash: /);
      expect(text($(el, '#list-heading'))).toBe('Legal and institutional framework');
    });
  }

  it('reports a selection that names what the framework does not have', async () => {
    const { element, events } = mount({ selection: 'competence=guru&compare=foundation,expert' });
    const el = await element;
    expect(events).toHaveLength(1);
    expect((events[0] as CkDataErrorEvent).detail.issues).toEqual([
      {
        path: '/selection/competence',
        code: 'unknown-reference',
        message: 'In selection: Competence "guru" does not exist in the framework.',
      },
    ]);
    expect($(el, '[part=detail]')).toBeNull();
  });

  it('can be used with the keyboard alone', async () => {
    const el = await mount().element;
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe($(el, 'input[type=search]'));
    await userEvent.keyboard('listening');
    await settled(el);
    expect(titles(el, 'competences')).toContain('Active listening and clarifying needs');

    button(el, 'competences', 'Active listening and clarifying needs').focus();
    await userEvent.keyboard('{Enter}');
    await settled(el);
    expect(el.shadowRoot!.activeElement?.id).toBe('detail-heading');
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe($(el, '.toggle'));
    await userEvent.keyboard(' ');
    await settled(el);
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe($$(el, 'select')[0]);
    expect(el.selection).toBe(
      'competence=active-listening-clarification&compare=foundation,practitioner',
    );
  });

  it('follows a language change, with the content in the new language', async () => {
    const el = await mount({ lang: 'it', selection: 'competence=resilience-self-care' }).element;
    expect(text($(el, '#detail-heading'))).toBe('Resilienza e cura di sé');
    expect(text($(el, 'label'))).toBe('Cerca competenze');
    el.parentElement!.lang = 'de';
    await settled(el);
    expect(text($(el, '#detail-heading'))).toBe(
      pilot.competences.find((c) => c.id === 'resilience-self-care')!.title['de'],
    );
    expect(text($(el, 'label'))).toBe('Kompetenzen durchsuchen');
    expect($(el, '#detail-heading')!.hasAttribute('lang')).toBe(false);
  });

  it('renders right to left in Arabic, marking English content with its language', async () => {
    const el = await mount({ lang: 'ar', selection: 'competence=resilience-self-care' }).element;
    expect(el.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle($(el, '[part=base]')!).direction).toBe('rtl');
    expect(text($(el, 'label'))).toBe('البحث في الكفاءات');
    expect($(el, '#detail-heading')!.getAttribute('lang')).toBe('en');
    expect(text($(el, '[role=status]'))).toBe(
      `الكفاءات التي عُثر عليها: ${pilot.competences.length}`,
    );
  });

  it('renders hostile strings in the data as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const data: Framework = structuredClone(small());
    data.domains[0]!.title = { en: `</script>${hostile}` };
    data.competences[0]!.title = { en: hostile };
    data.competences[0]!.description = { en: '\u202Eevil</script>' };
    data.competences[0]!.descriptors = { foundation: { en: `<b>bold</b>${hostile}` } };
    data.scale.levels[0]!.title = { en: '\u202Ereversed' };
    const el = await fixture<CkFrameworkBrowser>(
      html`<ck-framework-browser
        .framework=${data}
        selection="competence=plain-language&compare=foundation,practitioner"
      ></ck-framework-browser>`,
    );
    expect(el.shadowRoot!.querySelectorAll('img, b, script').length).toBe(0);
    expect(text($(el, '#detail-heading'))).toBe(hostile);
    expect(text($(el, '.detail > p:nth-of-type(1)'))).toBe('</script>' + hostile);
    expect(el.shadowRoot!.textContent).toContain('\u202Eevil</script>');
    expect(text($(el, '.levels li p'))).toBe(`<b>bold</b>${hostile}`);
    expect(text($(el, '.levels li strong'))).toBe('\u202Ereversed');
    await search(el, '<img');
    expect(titles(el, 'competences')).toEqual([hostile]);
  });

  for (const lang of ['en', 'ar']) {
    it(`has no axe-core violations in ${lang}, with the detail and comparison open`, async () => {
      const el = await mount({ lang, selection: 'competence=target-group-outreach' }).element;
      await expectAccessible(el);
      el.selection = 'competence=target-group-outreach&compare=practitioner,expert';
      await settled(el);
      await expectAccessible(el);
      el.parentElement!.style.inlineSize = '20rem';
      await settled(el);
      await expectAccessible(el);
    });
  }

  it('has no axe-core violations in the dark theme', async () => {
    const container = darkContainer();
    const el = await fixture<CkFrameworkBrowser>(
      html`<ck-framework-browser
        .framework=${pilot}
        selection="competence=target-group-outreach&compare=foundation,advanced"
      ></ck-framework-browser>`,
      { container },
    );
    await expectAccessible(container);
    button(el, 'domains', 'Accessible services and outreach').click();
    await settled(el);
    await expectAccessible(container);
  });
});
