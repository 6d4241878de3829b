import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import '../../define/wave-comparison.js';
import type { CkDataErrorEvent } from '../../events/ck-data-error.js';
import { expectAccessible } from '../../test-support/axe.js';
import { darkContainer, fixture, settled } from '../../test-support/fixture.js';
import { framework } from '../../test-support/results.js';
import { wavesRelease } from '../../test-support/releases.js';
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
