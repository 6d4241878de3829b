import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Framework } from '@competence-kit/schemas';
import '../../define/competence-profile.js';
import type { CkDataErrorEvent } from '../../events/ck-data-error.js';
import { expectAccessible } from '../../test-support/axe.js';
import { darkContainer, fixture, settled } from '../../test-support/fixture.js';
import { framework, syntheticResult } from '../../test-support/results.js';
import type { CkCompetenceProfile } from './competence-profile.js';
const COMPETENCES = framework.competences.length;

const result = syntheticResult({
  seed: 5,
  roleProfile: 'integration-coordinator',
  skip: ['residence-law-basics'],
});
const below = result.competences.filter((c) => (c.gap ?? 0) > 0);

const $ = (profile: CkCompetenceProfile, selector: string) =>
  profile.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (profile: CkCompetenceProfile, selector: string) => [
  ...profile.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
const entryTitles = (profile: CkCompetenceProfile) => $$(profile, '.entry .heading').map(text);
const entry = (profile: CkCompetenceProfile, title: string) =>
  $$(profile, '.entry').find((li) => text(li.querySelector('.heading')!) === title)!;
const toggles = (profile: CkCompetenceProfile) =>
  $$(profile, '[part=toggle]') as HTMLButtonElement[];
const titleOf = (id: string) => framework.competences.find((c) => c.id === id)!.title.en!;

describe('<ck-competence-profile>', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is registered, and registers <ck-level-badge>', () => {
    expect(document.createElement('ck-competence-profile').constructor.name).toBe(
      'CkCompetenceProfile',
    );
    expect(customElements.get('ck-level-badge')).toBeTypeOf('function');
  });

  it('lists every competence under its domain heading, with level, target, gap and next step', async () => {
    const profile = await fixture<CkCompetenceProfile>(
      html`<ck-competence-profile
        .framework=${framework}
        .result=${result}
      ></ck-competence-profile>`,
    );
    expect($$(profile, 'h3').map(text)).toEqual(framework.domains.map((d) => d.title.en));
    expect($$(profile, 'h4')).toHaveLength(COMPETENCES);
    expect(text($(profile, '[role=status]'))).toBe(
      `Showing ${COMPETENCES} of ${COMPETENCES} competences`,
    );

    const first = result.competences[0]!;
    const li = entry(profile, titleOf(first.competence));
    const [levelBadge, targetBadge] = li.querySelectorAll('ck-level-badge');
    expect(levelBadge!.level).toBe(first.level);
    expect(targetBadge!.level).toBe(first.target);
    expect(targetBadge!.kind).toBe('target');
    expect([...li.querySelectorAll('dt')].map(text)).toEqual([
      'Level reached',
      'Target level',
      'Gap',
      'What you do at the next level',
    ]);
    const levels = framework.scale.levels.map((l) => l.id);
    const next = levels[levels.indexOf(first.level!) + 1];
    const competence = framework.competences.find((c) => c.id === first.competence)!;
    if (next) {
      expect(text(li.querySelector('[part=descriptor] p')!)).toBe(competence.descriptors[next]!.en);
    } else {
      expect(text(li.querySelector('[part=descriptor]')!)).toBe(
        'You have reached the highest level of the scale.',
      );
    }
  });

  it('says the gap in words', async () => {
    const profile = await fixture<CkCompetenceProfile>(
      html`<ck-competence-profile
        .framework=${framework}
        .result=${result}
      ></ck-competence-profile>`,
    );
    for (const c of result.competences.filter((x) => x.gap !== null)) {
      const gap = text(entry(profile, titleOf(c.competence)).querySelector('[part=gap]')!);
      const expected =
        c.gap! < 0
          ? 'Above target'
          : c.gap === 0
            ? 'Target met'
            : c.gap === 1
              ? '1 level below target'
              : `${c.gap} levels below target`;
      expect(gap).toBe(expected);
    }
  });

  it('shows "not enough answers" for an invalid score, without gap or next step', async () => {
    const profile = await fixture<CkCompetenceProfile>(
      html`<ck-competence-profile
        .framework=${framework}
        .result=${result}
      ></ck-competence-profile>`,
    );
    const li = entry(profile, 'Residence law basics');
    expect(text(li.querySelector('dd')!)).toBe('Not enough answers');
    expect(li.querySelector('[part=gap]')).toBeNull();
    expect(li.querySelector('[part=descriptor]')).toBeNull();
  });

  it('shows a valid score below the lowest level as such, with its gap and the first level next', async () => {
    // Anchored scoring: the lowest level's statements not endorsed (valid, no level).
    const first = result.competences.find((c) => c.valid && c.target !== null)!;
    const targetAt = framework.scale.levels.findIndex((l) => l.id === first.target);
    const lowered = structuredClone(result);
    Object.assign(
      lowered.competences.find((c) => c.competence === first.competence)!,
      {
        level: null,
        gap: targetAt + 1,
      },
    );
    const profile = await fixture<CkCompetenceProfile>(
      html`<ck-competence-profile
        .framework=${framework}
        .result=${lowered}
      ></ck-competence-profile>`,
    );
    const li = entry(profile, titleOf(first.competence));
    expect(text(li.querySelector('dd')!)).toBe('Below the first level');
    const gaps = ['Target met', '1 level below target', '2 levels below target'];
    expect(text(li.querySelector('[part=gap]')!)).toBe(
      gaps[targetAt + 1] ?? `${targetAt + 1} levels below target`,
    );
    const lowest = framework.scale.levels[0]!.id;
    const competence = framework.competences.find((c) => c.id === first.competence)!;
    expect(text(li.querySelector('[part=descriptor] p')!)).toBe(competence.descriptors[lowest]!.en);
    await expectAccessible(profile);
  });

  it('filters to the gaps and sorts by gap with toggle buttons, from the keyboard', async () => {
    const profile = await fixture<CkCompetenceProfile>(
      html`<ck-competence-profile
        .framework=${framework}
        .result=${result}
      ></ck-competence-profile>`,
    );
    expect(new Set(below.map((c) => c.gap)).size).toBeGreaterThan(1);
    const [onlyGaps, byGap] = toggles(profile);
    expect(onlyGaps!.getAttribute('aria-pressed')).toBe('false');
    onlyGaps!.focus();
    await userEvent.keyboard('{Enter}');
    await settled(profile);
    expect(onlyGaps!.getAttribute('aria-pressed')).toBe('true');
    expect(profile.filter).toBe('gaps');
    expect(profile.getAttribute('filter')).toBe('gaps');
    expect(entryTitles(profile)).toEqual(below.map((c) => titleOf(c.competence)));
    expect(text($(profile, '[role=status]'))).toBe(
      `Showing ${below.length} of ${COMPETENCES} competences`,
    );

    await userEvent.keyboard('{Tab}');
    expect(profile.shadowRoot!.activeElement).toBe(byGap);
    await userEvent.keyboard(' ');
    await settled(profile);
    expect(byGap!.getAttribute('aria-pressed')).toBe('true');
    // Within each domain, the largest gap first.
    for (const section of $$(profile, '[part=domain]')) {
      const gaps = [...section.querySelectorAll('[part=competence]')].map((li) => {
        const title = text(li.querySelector('.heading')!);
        const id = framework.competences.find((c) => c.title.en === title)!.id;
        return result.competences.find((c) => c.competence === id)!.gap!;
      });
      expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    }
  });

  it('says so when every target is met', async () => {
    const met = structuredClone(result);
    for (const c of met.competences) c.target = c.level;
    const profile = await fixture<CkCompetenceProfile>(
      html`<ck-competence-profile
        .framework=${framework}
        .result=${met}
        filter="gaps"
      ></ck-competence-profile>`,
    );
    expect($$(profile, '[part=domain]')).toHaveLength(0);
    expect(profile.shadowRoot!.textContent).toContain('Every target level is met.');
  });

  it('takes its heading level and a domain', async () => {
    const profile = await fixture<CkCompetenceProfile>(
      html`<ck-competence-profile
        .framework=${framework}
        .result=${result}
        heading-level="2"
        domain="legal-framework"
      ></ck-competence-profile>`,
    );
    expect($$(profile, 'h2').map(text)).toEqual(['Legal and institutional framework']);
    expect($$(profile, 'h3')).toHaveLength(4);
  });

  it('follows the language of the page', async () => {
    const profile = await fixture<CkCompetenceProfile>(
      html`<ck-competence-profile
        .framework=${framework}
        .result=${result}
      ></ck-competence-profile>`,
      { lang: 'es' },
    );
    expect(text($(profile, 'h3'))).toBe('Actitudes y valores');
    expect(toggles(profile).map(text)).toEqual(['Solo brechas', 'Primero la brecha mayor']);

    profile.parentElement!.lang = 'de';
    await settled(profile);
    expect(text($(profile, 'h3'))).toBe(framework.domains[0]!.title.de);
    expect(text($(profile, '[role=status]'))).toBe(
      `${COMPETENCES} von ${COMPETENCES} Kompetenzen angezeigt`,
    );
  });

  it('renders right to left in Arabic, with the English content marked', async () => {
    const profile = await fixture<CkCompetenceProfile>(
      html`<ck-competence-profile
        .framework=${framework}
        .result=${result}
      ></ck-competence-profile>`,
      { lang: 'ar' },
    );
    expect(profile.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle($(profile, '.profile')).direction).toBe('rtl');
    expect(text($(profile, '[role=status]'))).toBe(
      `الكفاءات المعروضة: ${COMPETENCES} من ${COMPETENCES}`,
    );
    const span = $(profile, 'h3 span');
    expect(span.getAttribute('lang')).toBe('en');
    expect(span.getAttribute('dir')).toBe('ltr');
  });

  it('renders hostile content as text', async () => {
    const hostile = structuredClone(framework) as Framework;
    const strings = ['<img src=x onerror=alert(1)>', '</script><b>x</b>', '\u202Eevil\u202C'];
    hostile.domains[0]!.title = { en: strings[0]! };
    hostile.competences[0]!.title = { en: strings[1]! };
    for (const c of hostile.competences) {
      for (const level of Object.keys(c.descriptors)) c.descriptors[level] = { en: strings[2]! };
    }
    const profile = await fixture<CkCompetenceProfile>(
      html`<ck-competence-profile .framework=${hostile} .result=${result}></ck-competence-profile>`,
    );
    expect(profile.shadowRoot!.querySelector('img, b, script')).toBeNull();
    expect(text($(profile, 'h3'))).toBe(strings[0]);
    expect(text($(profile, 'h4'))).toBe(strings[1]);
    const descriptor = $(profile, '[part=descriptor] p');
    if (descriptor) expect(descriptor.textContent!.trim()).toBe(strings[2]);
  });

  it('reports levels the framework does not have', async () => {
    const container = document.createElement('div');
    const events: CkDataErrorEvent[] = [];
    container.addEventListener('ck-data-error', (e) => events.push(e));
    const odd = structuredClone(result);
    odd.competences[0]!.level = 'guru';
    await fixture<CkCompetenceProfile>(
      html`<ck-competence-profile .framework=${framework} .result=${odd}></ck-competence-profile>`,
      { container },
    );
    expect(events[0]!.detail.issues).toEqual([
      expect.objectContaining({ path: '/result/competences/0/level', code: 'unknown-reference' }),
    ]);
  });

  for (const lang of ['en', 'ar']) {
    it(`has no axe-core violations (WCAG 2.1 AA) in ${lang}`, async () => {
      const profile = await fixture<CkCompetenceProfile>(
        html`<ck-competence-profile
          .framework=${framework}
          .result=${result}
        ></ck-competence-profile>`,
        { lang },
      );
      await expectAccessible(profile);
      profile.filter = 'gaps';
      profile.sort = 'gap';
      await settled(profile);
      await expectAccessible(profile);
    });
  }

  it('has no axe-core violations in the dark theme', async () => {
    const container = darkContainer();
    await fixture<CkCompetenceProfile>(
      html`<ck-competence-profile
        .framework=${framework}
        .result=${result}
        filter="gaps"
      ></ck-competence-profile>`,
      { container },
    );
    await expectAccessible(container);
  });
});
