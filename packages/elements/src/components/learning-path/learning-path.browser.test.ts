import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import '../../define/learning-path.js';
import type { CkDataErrorEvent } from '../../events/ck-data-error.js';
import { expectAccessible } from '../../test-support/axe.js';
import { darkContainer, fixture, settled } from '../../test-support/fixture.js';
import {
  catalogue,
  enrolment,
  framework,
  programmeTemplate,
  realPath,
  smallCatalogue,
  smallFramework,
  smallPath,
  smallProgramme,
} from '../../test-support/learning-path.js';
import type { CkLearningPath } from './learning-path.js';

/** Text as a screen reader gets it from a part of the shadow DOM, whitespace collapsed. */
const text = (node: Element | null | undefined) => node!.textContent!.replace(/\s+/g, ' ').trim();
const shadow = (element: CkLearningPath) => element.shadowRoot!;
const all = (element: CkLearningPath, selector: string) => [
  ...shadow(element).querySelectorAll(selector),
];
const texts = (element: CkLearningPath, selector: string) => all(element, selector).map(text);

const small = (lang?: string) =>
  fixture<CkLearningPath>(
    html`<ck-learning-path
      .path=${smallPath()}
      .catalogue=${smallCatalogue()}
      .framework=${smallFramework()}
    ></ck-learning-path>`,
    lang ? { lang } : {},
  );

describe('<ck-learning-path>', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is registered and renders nothing without a path', async () => {
    const element = await fixture<CkLearningPath>(html`<ck-learning-path></ck-learning-path>`);
    expect(element.constructor.name).toBe('CkLearningPath');
    expect(shadow(element).querySelector('[part=base]')).toBeNull();
  });

  it('lists the modules in order with the gaps they close, format, hours and prerequisites', async () => {
    const element = await small();
    expect(text(shadow(element).querySelector('[part=summary]'))).toBe(
      'Total: 15 hours (budget: 20 hours)',
    );
    const steps = all(element, 'ol > [part=step]');
    expect(steps.map((s) => text(s.querySelector('[part=title]')))).toEqual([
      'Basics online',
      'Plain letters',
    ]);
    expect(steps.map((s) => s.querySelector('[part=title]')!.getAttribute('aria-level'))).toEqual([
      '3',
      '3',
    ]);
    expect(steps.map((s) => text(s.querySelector('.meta')))).toEqual([
      'E-learning · 1 hour',
      'Workshop · 14 hours',
    ]);
    expect(texts(element, '.closes li')).toEqual([
      'Working with interpreters: up to Practitioner (target Advanced)',
      'Plain language: Foundation → Advanced (target Advanced)',
    ]);
    expect(texts(element, '.note')).toEqual(['Prerequisite for Plain letters']);
    expect(text(shadow(element).querySelector('[part=open] [part=title]'))).toBe(
      'Gaps this path does not close',
    );
    expect(texts(element, '[part=open] li')).toEqual([
      'Working with interpreters: target Advanced No module in the catalogue develops it far enough.',
    ]);
    expect(shadow(element).querySelector('ol')!.getAttribute('aria-label')).toBe(
      'Recommended modules',
    );
  });

  it('explains every reason a gap stays open, naming the training language', async () => {
    const path = smallPath();
    const reasons = ['no-module', 'no-module-in-language', 'not-for-role', 'budget', 'no-score'];
    path.open = reasons.map((reason) => ({
      competence: 'plain-language',
      level: 'foundation',
      target: 'advanced',
      reason: reason as 'budget',
    }));
    const element = await fixture<CkLearningPath>(
      html`<ck-learning-path .path=${path} .framework=${smallFramework()}></ck-learning-path>`,
    );
    expect(texts(element, '.reason')).toEqual([
      'No module in the catalogue develops it far enough.',
      'No module for it is offered in German.',
      'The modules that develop it are meant for other roles.',
      'It does not fit into the hours budget.',
      'Too few questions were answered to know the level.',
    ]);
    expect(texts(element, '[part=open] li')[0]).toMatch(
      /^Plain language: Foundation, target Advanced/,
    );
  });

  it('marks a total over the budget, says when no training is needed, and takes a heading level', async () => {
    const element = await small();
    element.path = { ...smallPath(), budgetHours: 10 };
    element.headingLevel = 2;
    await element.updateComplete;
    expect(shadow(element).querySelector('[part=summary]')!.classList).toContain('over-budget');
    expect(all(element, '[part=title]').map((t) => t.getAttribute('aria-level'))).toEqual([
      '2',
      '2',
      '2',
    ]);
    element.path = { ...smallPath(), budgetHours: null, steps: [], open: [] };
    await element.updateComplete;
    expect(text(shadow(element).querySelector('[part=summary]'))).toBe('Total: 15 hours');
    expect(text(shadow(element).querySelector('[part=base] > p:not([part])'))).toBe(
      'No training needed: every assessed competence is at its target level.',
    );
  });

  it('shows ids when the catalogue and framework are missing, and reports unknown modules', async () => {
    const events: CkDataErrorEvent[] = [];
    const container = document.createElement('div');
    container.addEventListener('ck-data-error', (e) => events.push(e));
    const path = smallPath();
    path.steps[1]!.module = 'ghost';
    const element = await fixture<CkLearningPath>(
      html`<ck-learning-path .path=${path} .catalogue=${smallCatalogue()}></ck-learning-path>`,
      { container },
    );
    expect(texts(element, '[part=step] [part=title]')).toEqual(['Basics online', 'ghost']);
    expect(texts(element, '.closes li')[1]).toBe(
      'plain-language: foundation → advanced (target advanced)',
    );
    expect(events.map((e) => e.detail.issues)).toEqual([
      [
        {
          path: '/path/steps/1/module',
          code: 'unknown-reference',
          message: 'Module "ghost" is not in the catalogue https://example.org/catalogues/test.',
        },
      ],
    ]);
  });

  it('follows the language of the page, marking texts that fell back to another language', async () => {
    const element = await small('de');
    expect(text(shadow(element).querySelector('[part=summary]'))).toBe(
      'Insgesamt: 15 Stunden (Budget: 20 Stunden)',
    );
    expect(texts(element, '.closes li')[1]).toBe(
      'Einfache Sprache: Grundstufe → Fortgeschritten (Ziel Fortgeschritten)',
    );
    expect(texts(element, '.meta')).toEqual(['E-Learning · 1 Stunde', 'Workshop · 14 Stunden']);

    element.parentElement!.lang = 'it';
    await settled(element);
    expect(text(shadow(element).querySelector('[part=summary]'))).toBe(
      'Totale: 15 ore (budget: 20 ore)',
    );
    const title = shadow(element).querySelector('[part=title] bdi')!;
    expect(text(title)).toBe('Basics online');
    expect(title.getAttribute('lang')).toBe('en');
    expect(texts(element, '.note')).toEqual(['Propedeutico a Plain letters']);

    element.parentElement!.lang = 'es';
    await settled(element);
    expect(texts(element, '.meta')).toEqual(['Formación en línea · 1 hora', 'Taller · 14 horas']);
  });

  it('renders right to left in Arabic, its arrows pointing the way it reads', async () => {
    const element = await small('ar');
    expect(element.getAttribute('dir')).toBe('rtl');
    const base = shadow(element).querySelector('[part=base]')!;
    expect(getComputedStyle(base).direction).toBe('rtl');
    expect(texts(element, '.closes li')[1]).toBe('Plain language: أساسي ← متقدم (المستهدف متقدم)');
    const step = shadow(element).querySelector('[part=step]')!;
    // Logical properties: the list's indent sits on the right.
    const list = getComputedStyle(shadow(element).querySelector('ol')!);
    expect(list.paddingRight).not.toBe('0px');
    expect(list.paddingLeft).toBe('0px');
    expect(step.getBoundingClientRect().right).toBeLessThan(base.getBoundingClientRect().right);
  });

  it('renders hostile strings in the data as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const catalogue = smallCatalogue();
    catalogue.modules[0]!.title = { en: hostile };
    catalogue.modules[1]!.title = { en: '</script><script>alert(1)</script>' };
    const framework = smallFramework();
    framework.competences[0]!.title = { en: '\u202Eevil' };
    const programme = smallProgramme();
    programme.sessions[1]!.place = { type: 'in-person', name: `${hostile} \u202E` };
    const element = await fixture<CkLearningPath>(
      html`<ck-learning-path
        .path=${smallPath()}
        .catalogue=${catalogue}
        .framework=${framework}
        .programme=${programme}
        today="2027-01-01"
      ></ck-learning-path>`,
    );
    const root = shadow(element);
    expect(root.querySelectorAll('img, script').length).toBe(0);
    expect(texts(element, '[part=step] [part=title]')).toEqual([
      hostile,
      '</script><script>alert(1)</script>',
    ]);
    expect(root.textContent).toContain(`${hostile} \u202E`);
    // Each data text sits in its own <bdi>, so an override cannot reorder what follows it.
    const evil = [...root.querySelectorAll('bdi')].find((b) => b.textContent === '\u202Eevil');
    expect(evil).toBeDefined();
    const button = root.querySelector('[part=step] button')!;
    expect(button.getAttribute('aria-label')).toContain(hostile);
  });

  it('shows the real catalogue and programme for a path the engine recommended', async () => {
    const path = realPath();
    const element = await fixture<CkLearningPath>(
      html`<ck-learning-path
        .path=${path}
        .catalogue=${catalogue}
        .framework=${framework}
        .programme=${programmeTemplate}
        today="2027-01-01"
      ></ck-learning-path>`,
      { lang: 'de' },
    );
    const steps = all(element, '[part=step]');
    expect(steps).toHaveLength(path.steps.length);
    const first = catalogue.modules.find((m) => m.id === path.steps[0]!.module)!;
    expect(text(steps[0]!.querySelector('[part=title]'))).toBe(first.title.de);
    expect(steps[0]!.querySelectorAll('.session').length).toBe(3);
    expect(text(steps[0]!.querySelector('.session'))).toMatch(
      /^11\.01\.2027 und 18\.01\.2027 Online Anmelden$/,
    );
    expect(texts(element, '.reason')).toContain(
      'Es wurden zu wenige Fragen beantwortet, um die Stufe zu bestimmen.',
    );

    // The content has no Arabic: titles fall back to English (as the messages would), marked.
    element.lang = 'ar';
    await settled(element);
    const title = steps[0]!.querySelector('[part=title] bdi')!;
    expect([title.textContent, title.getAttribute('lang')]).toEqual([first.title.en, 'en']);
  });

  for (const lang of ['en', 'de', 'ar']) {
    it(`has no axe-core violations (WCAG 2.1 AA) in ${lang}`, async () => {
      const element = await fixture<CkLearningPath>(
        html`<ck-learning-path
          .path=${realPath()}
          .catalogue=${catalogue}
          .framework=${framework}
          .programme=${programmeTemplate}
          .enrolments=${[
            enrolment('intercultural-basics-online', 'intercultural-basics-online-1', 'completed'),
            enrolment('de-escalation-at-the-counter', 'de-escalation-at-the-counter-2'),
          ]}
          today="2027-01-01"
        ></ck-learning-path>`,
        { lang },
      );
      await expectAccessible(element);
      element.programme = undefined;
      await element.updateComplete;
      await expectAccessible(element);
    });
  }

  it('has no axe-core violations in the dark theme', async () => {
    const container = darkContainer();
    const element = await fixture<CkLearningPath>(
      html`<ck-learning-path
        .path=${{ ...smallPath(), budgetHours: 10 }}
        .catalogue=${smallCatalogue()}
        .framework=${smallFramework()}
        .programme=${smallProgramme()}
        .enrolments=${[enrolment('letters', 'letters-2', 'waitlisted', { programme: 'test-2027' })]}
        today="2027-01-01"
      ></ck-learning-path>`,
      { container },
    );
    expect(getComputedStyle(element).getPropertyValue('--ck-color-accent').trim()).toBe('#8ab4f8');
    await expectAccessible(container);
  });
});
