import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { Release } from '@competence-kit/disclosure';
import '../../define/wave-comparison.js';
import type { CkDataErrorEvent } from '../../events/ck-data-error.js';
import { expectAccessible } from '../../test-support/axe.js';
import { darkContainer, fixture, settled } from '../../test-support/fixture.js';
import { framework } from '../../test-support/results.js';
import { evaluationRelease, wavesRelease } from '../../test-support/releases.js';
import type { CkWaveComparison } from './wave-comparison.js';

const release = wavesRelease;

const $$ = (table: CkWaveComparison, selector: string) => [
  ...table.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
const rows = (table: CkWaveComparison) => $$(table, 'tbody tr');
const cells = (tr: Element) => [...tr.querySelectorAll('td')].map(text);

function mount(
  data: unknown,
  options: { lang?: string; change?: number; container?: HTMLElement } = {},
) {
  const container = options.container ?? document.createElement('div');
  const errors: CkDataErrorEvent[] = [];
  container.addEventListener('ck-data-error', (e) => errors.push(e));
  return {
    errors,
    element: fixture<CkWaveComparison>(
      html`<ck-wave-comparison
        .framework=${framework}
        .release=${data}
        .change=${options.change}
      ></ck-wave-comparison>`,
      { container, ...(options.lang ? { lang: options.lang } : {}) },
    ),
  };
}

describe('<ck-wave-comparison> with a release', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('shows the release’s comparison of everyone, and a hidden one says only that', async () => {
    const { element, errors } = mount(release());
    const table = await element;
    expect(errors).toEqual([]);
    const [shown, hidden] = rows(table);
    expect(cells(shown!)).toEqual(['24', '50.0', '58.0', '+8.0', '+3.8 to +12.2', '', '+0.80']);
    expect(cells(hidden!)).toEqual(['Hidden to protect a small group.']);
    expect(text(hidden!)).not.toMatch(/fewer|\d/);
  });

  it('lets the reader choose the group; a hidden group shows the notice on every row', async () => {
    const table = await mount(release()).element;
    const select = table.shadowRoot!.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent!.trim())).toEqual([
      'Everyone',
      'Reception and front desk',
    ]);
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await settled(table);
    expect(table.change).toBe(1);
    for (const tr of rows(table)) expect(cells(tr)).toEqual(['Hidden to protect a small group.']);
  });

  it('refuses a release without comparisons and a comparison it does not have', async () => {
    const plain = { ...release(), changes: undefined };
    const { element, errors } = mount(plain);
    const table = await element;
    expect(errors[0]!.detail.issues[0]).toMatchObject({
      path: '/release/changes',
      code: 'invalid-type',
    });
    expect(text(table.shadowRoot!.querySelector('[part=base]')!)).toBe('Not available');
    const broken = release();
    (broken.changes as unknown[])[1] = { key: null };
    const damaged = mount(broken);
    await damaged.element;
    expect(damaged.errors[0]!.detail.issues[0]).toMatchObject({ path: '/release/changes' });
    const wrong = mount(release(), { change: 5 });
    await wrong.element;
    expect(wrong.errors[0]!.detail.issues[0]).toMatchObject({
      path: '/change',
      code: 'out-of-range',
    });
  });

  it('has no axe violations in the dark theme', async () => {
    await expectAccessible(await mount(release(), { container: darkContainer() }).element);
  });

  it('has no axe violations in English, German and Arabic', async () => {
    await expectAccessible(await mount(release()).element);
    const de = await mount(release(), { lang: 'de' }).element;
    expect(cells(rows(de)[1]!)).toEqual(['Verborgen, um eine kleine Gruppe zu schützen.']);
    await expectAccessible(de);
    await expectAccessible(await mount(release(), { lang: 'ar' }).element);
  });
});

describe('<ck-wave-comparison> names the groups', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  const options = (table: CkWaveComparison) =>
    [...table.shadowRoot!.querySelector('select')!.options].map(text);

  function mountLabelled(
    data: Release,
    groupLabels: unknown,
    options: { lang?: string; container?: HTMLElement } = {},
  ) {
    const container = options.container ?? document.createElement('div');
    const errors: CkDataErrorEvent[] = [];
    container.addEventListener('ck-data-error', (e) => errors.push(e));
    return {
      errors,
      element: fixture<CkWaveComparison>(
        html`<ck-wave-comparison
          .framework=${framework}
          .release=${data}
          .groupLabels=${groupLabels}
        ></ck-wave-comparison>`,
        { container, ...(options.lang ? { lang: options.lang } : {}) },
      ),
    };
  }

  it('names the groups of a programme’s evaluation in English and German', async () => {
    const { element, errors } = mountLabelled(evaluationRelease(), undefined);
    const en = await element;
    expect(errors).toEqual([]);
    expect(options(en)).toEqual(['Everyone', 'Participants', 'Did not take the module']);
    const de = await mountLabelled(evaluationRelease(), undefined, { lang: 'de' }).element;
    expect(options(de)).toEqual(['Alle', 'Teilnehmende', 'Ohne dieses Modul']);
    de.parentElement!.lang = 'it';
    await settled(de);
    expect(options(de)).toEqual(['Tutti', 'Partecipanti', 'Senza questo modulo']);
  });

  it('lets its own labels win, by value or by dimension and value', async () => {
    const table = await mountLabelled(evaluationRelease(), {
      participant: 'Took the course',
      other: 'Colleagues',
      'group:other': 'Did not take the course',
    }).element;
    expect(options(table)).toEqual(['Everyone', 'Took the course', 'Did not take the course']);
    // A role profile's title gives way too.
    const roles = await mountLabelled(wavesRelease(), { 'front-desk': 'Counter' }).element;
    expect(options(roles)).toEqual(['Everyone', 'Counter']);
  });

  it('takes the labels from the group-labels attribute as JSON, as a server writes them', async () => {
    const table = await mountLabelled(evaluationRelease(), undefined, { lang: 'de' }).element;
    table.setAttribute(
      'group-labels',
      JSON.stringify({ participant: 'Haben teilgenommen', other: 'Übrige' }),
    );
    await settled(table);
    expect(options(table)).toEqual(['Alle', 'Haben teilgenommen', 'Übrige']);
    table.removeAttribute('group-labels');
    await settled(table);
    expect(options(table)).toEqual(['Alle', 'Teilnehmende', 'Ohne dieses Modul']);
  });

  it('shows a value it has no label for as it is', async () => {
    const odd = evaluationRelease();
    odd.changes![1]!.key = { group: 'volunteers' };
    // The built-in names are those of the `group` dimension only, and never inherited names.
    odd.changes![2]!.key = { unit: 'other', group: 'constructor' };
    const table = await mountLabelled(odd, { toString: 'not a label either' }).element;
    expect(options(table)).toEqual(['Everyone', 'volunteers', 'other, constructor']);
  });

  it('reports labels that are not texts and keeps the names', async () => {
    const { element, errors } = mountLabelled(evaluationRelease(), {
      participant: 7,
      'a/b': '',
      other: 'Colleagues',
    });
    const table = await element;
    expect(options(table)).toEqual(['Everyone', 'Participants', 'Colleagues']);
    expect(errors[0]!.detail.issues).toEqual([
      expect.objectContaining({ path: '/groupLabels/participant', code: 'invalid-type' }),
      expect.objectContaining({ path: '/groupLabels/a~1b', code: 'invalid-type' }),
    ]);
    const broken = mountLabelled(evaluationRelease(), ['participant']);
    await broken.element;
    expect(broken.errors[0]!.detail.issues[0]).toMatchObject({
      path: '/groupLabels',
      code: 'invalid-type',
    });
    errors.length = 0;
    table.setAttribute('group-labels', '{participant: Teilnehmende}');
    await settled(table);
    expect(errors[0]!.detail.issues[0]).toMatchObject({
      path: '/groupLabels',
      code: 'invalid-json',
    });
    expect(options(table)).toEqual(['Everyone', 'Participants', 'Did not take the module']);
  });

  it('gives the select and its options their names, without axe violations', async () => {
    const table = await mountLabelled(evaluationRelease(), { other: 'Colleagues' }).element;
    const scope = page.elementLocator(table);
    const select = scope.getByRole('combobox', { name: 'Group' });
    await expect.element(select).toBeInTheDocument();
    expect(table.shadowRoot!.querySelector('select')!.selectedOptions[0]!.text).toBe('Everyone');
    for (const name of ['Everyone', 'Participants', 'Colleagues'])
      await expect.element(scope.getByRole('option', { name, exact: true })).toBeInTheDocument();
    await expectAccessible(table);
    const de = await mountLabelled(evaluationRelease(), undefined, { lang: 'de' }).element;
    await expect
      .element(page.elementLocator(de).getByRole('combobox', { name: 'Gruppe' }))
      .toBeInTheDocument();
    await expectAccessible(de);
    await expectAccessible(
      await mountLabelled(evaluationRelease(), undefined, { lang: 'ar' }).element,
    );
    // Last: the dark theme's tokens stay in the document until the test ends.
    await expectAccessible(
      await mountLabelled(evaluationRelease(), undefined, { container: darkContainer() }).element,
    );
  });
});
