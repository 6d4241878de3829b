import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { parseResponse } from '@competence-kit/scoring';
import '../../define/questionnaire.js';
import type { CkDataErrorEvent } from '../../events/ck-data-error.js';
import type { CkSubmitEvent } from '../../events/ck-submit.js';
import { expectAccessible } from '../../test-support/axe.js';
import { darkContainer, fixture, settled } from '../../test-support/fixture.js';
import { fixedNow, instrument } from '../../test-support/instrument.js';
import type { CkQuestionnaire } from './questionnaire.js';

const $ = (q: CkQuestionnaire, selector: string) => q.shadowRoot!.querySelector(selector);
const $$ = (q: CkQuestionnaire, selector: string) => [...q.shadowRoot!.querySelectorAll(selector)];
const text = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/g, ' ').trim();
const focused = (q: CkQuestionnaire) => q.shadowRoot!.activeElement as HTMLElement | null;

/** Presses Tab until the focused control matches `selector`, as a keyboard user would. */
async function tabTo(q: CkQuestionnaire, selector: string, limit = 30) {
  for (let i = 0; i < limit; i++) {
    await userEvent.tab();
    if (focused(q)?.matches(selector)) return focused(q)!;
  }
  throw new Error(`Tab never reached ${selector}; focus is on ${focused(q)?.outerHTML}`);
}

async function mount(lang?: string, mode = 'sections') {
  const container = await fixture<HTMLElement>(
    html`<div>
      <button>Before</button>
      <ck-questionnaire
        .instrument=${instrument()}
        .now=${fixedNow}
        respondent="lko-0042"
        mode=${mode}
      ></ck-questionnaire>
    </div>`,
    { lang },
  );
  return container.querySelector('ck-questionnaire')!;
}

describe('<ck-questionnaire>', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is registered', () => {
    expect(document.createElement('ck-questionnaire').constructor.name).toBe('CkQuestionnaire');
  });

  it('shows the first section with its progress, items and buttons', async () => {
    const q = await mount();
    expect(text($(q, '[part=title]'))).toBe('Test questionnaire');
    expect(text($(q, '.section-title'))).toBe('Section 1 of 2 First section');
    expect(text($(q, '#progress-text'))).toBe('0 of 6 answered');
    expect($(q, 'progress')!.getAttribute('aria-labelledby')).toBe('progress-text');
    expect($$(q, '[part=item]').map((i) => i.id)).toEqual(['item-rate', 'item-pick', 'item-many']);
    const rate = $(q, '#item-rate fieldset')!;
    expect(rate.getAttribute('role')).toBe('radiogroup');
    expect(rate.getAttribute('aria-required')).toBe('true');
    expect(text(rate.querySelector('legend'))).toBe('1 I use plain language. required');
    expect($$(q, '#item-rate label').map(text)).toEqual([
      'Disagree',
      'Rather disagree',
      'Rather agree',
      'Agree',
    ]);
    // Optional items offer "Prefer not to answer"; required ones do not.
    expect($$(q, '#item-pick label').map(text)).toContain('Prefer not to answer');
    expect(text($(q, '#hint-many'))).toBe('Choose 1 to 2.');
    expect($$(q, '[part=nav] button').map(text)).toEqual(['Next']);
  });

  it('is completed with the keyboard alone and submits a response that parses', async () => {
    const q = await mount();
    const submitted: CkSubmitEvent[] = [];
    q.addEventListener('ck-submit', (e) => submitted.push(e));
    q.parentElement!.querySelector('button')!.focus();

    // A rating: Tab into the group, the arrow keys choose.
    await tabTo(q, '#item-rate input');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(focused(q)!.matches(':checked')).toBe(true);
    // A single choice: Space chooses the focused option.
    await tabTo(q, '#item-pick input');
    await userEvent.keyboard(' ');
    // Multiple choice: Space toggles each box.
    await tabTo(q, '#item-many input[value=glossary]');
    await userEvent.keyboard(' ');
    await tabTo(q, '[data-kind=next]');
    await userEvent.keyboard('{Enter}');
    await settled(q);
    expect(focused(q)!.matches('.section-title')).toBe(true);
    expect(text(focused(q))).toBe('Section 2 of 2 Second section');

    // A situational judgement, then free text, then a ranking by its move buttons.
    await tabTo(q, '#item-scene input');
    await userEvent.keyboard('{ArrowDown}');
    await tabTo(q, 'textarea');
    await userEvent.keyboard('Plain words');
    await tabTo(q, 'button[data-option=listen][data-delta="1"]');
    await userEvent.keyboard('{Enter}');
    await settled(q);
    // The focus follows the moved option; a live region says where it is now.
    expect(focused(q)!.dataset.option).toBe('listen');
    expect(text($(q, '.visually-hidden[role=status]'))).toBe('Listen: now in position 2 of 3.');
    await userEvent.keyboard('{Enter}');
    await settled(q);
    // At the bottom, "Move down" is gone: the focus is on the option's "Move up".
    expect(focused(q)!.getAttribute('aria-label')).toBe('Move up: Listen');
    expect($$(q, '.rank-label').map(text)).toEqual(['Ask', 'Act', 'Listen']);
    expect(($(q, '[data-kind=confirm]') as HTMLInputElement).checked).toBe(true);

    await tabTo(q, '[data-kind=submit]');
    await userEvent.keyboard('{Enter}');
    await settled(q);
    expect(submitted).toHaveLength(1);
    const { response } = submitted[0]!.detail;
    expect(parseResponse(response, instrument())).toEqual({ ok: true, value: response });
    expect(response.answers).toEqual([
      { item: 'rate', value: 3 },
      { item: 'pick', value: 'desk' },
      { item: 'many', value: ['glossary'] },
      { item: 'scene', value: 'explain' },
      { item: 'wishes', value: 'Plain words' },
      { item: 'order', value: ['ask', 'act', 'listen'] },
    ]);
    expect(response.submittedAt).toBe('2026-03-01T09:30:00.000Z');
    expect(text($(q, '[part=summary]'))).toBe('Thank you. Your answers have been submitted.');
    expect(submitted[0]!.bubbles && submitted[0]!.composed).toBe(true);
  });

  it('shows every section at once in mode="all"', async () => {
    const q = await mount(undefined, 'all');
    expect($$(q, '.section-title').map(text)).toEqual(['First section', 'Second section']);
    expect($$(q, '[part=item]')).toHaveLength(6);
    expect($$(q, '[part=nav] button').map(text)).toEqual(['Submit']);
  });

  it('says what needs an answer, marks it and takes the focus there', async () => {
    const q = await mount();
    ($(q, '[data-kind=next]') as HTMLButtonElement).click();
    await settled(q);
    const summary = $(q, '[part=summary]')!;
    expect(summary.getAttribute('role')).toBe('status');
    expect(text(summary)).toBe('2 questions need an answer.');
    expect(text($(q, '.section-title'))).toContain('Section 1 of 2');
    const rate = $(q, '#item-rate fieldset')!;
    expect(rate.getAttribute('aria-invalid')).toBe('true');
    expect(rate.getAttribute('aria-describedby')).toBe('error-rate');
    expect(text($(q, '#error-rate'))).toBe('Please answer this question.');
    expect(focused(q)).toBe($(q, '#item-rate input'));
    expect(focused(q)!.getAttribute('aria-describedby')).toBe('error-rate');
    expect($(q, '#item-pick fieldset')!.hasAttribute('aria-invalid')).toBe(false);

    // Answering clears the item's problem; too many options is a problem of its own.
    ($(q, '#item-rate input[value="4"]') as HTMLInputElement).click();
    for (const id of ['pictures', 'glossary', 'none'])
      ($(q, `#item-many input[value=${id}]`) as HTMLInputElement).click();
    await settled(q);
    expect($(q, '#item-rate fieldset')!.hasAttribute('aria-invalid')).toBe(false);
    expect(text($(q, '#error-many'))).toBe('Choose no more than 2.');
    ($(q, '[data-kind=next]') as HTMLButtonElement).click();
    await settled(q);
    expect(text($(q, '[part=summary]'))).toBe('One question needs an answer.');
    expect(focused(q)).toBe($(q, '#item-many input'));

    ($(q, '#item-many input[value=none]') as HTMLInputElement).click();
    await settled(q);
    expect(text($(q, '[part=summary]'))).toBe('');
    ($(q, '[data-kind=next]') as HTMLButtonElement).click();
    await settled(q);
    expect(text($(q, '.section-title'))).toContain('Section 2 of 2');

    // Submit checks every section: the missing ones here.
    ($(q, '[data-kind=submit]') as HTMLButtonElement).click();
    await settled(q);
    expect(text($(q, '[part=summary]'))).toBe('2 questions need an answer.');
    expect(focused(q)).toBe($(q, '#item-scene input'));
    // The same summary again is announced again: the live region is emptied first.
    ($(q, '[data-kind=submit]') as HTMLButtonElement).click();
    await q.updateComplete;
    expect(text($(q, '[part=summary]'))).toBe('');
    await settled(q);
    expect(text($(q, '[part=summary]'))).toBe('2 questions need an answer.');
  });

  it('goes back to the section of the first missing answer on Submit', async () => {
    const q = await mount();
    q.draft = {
      instrument: { id: 'https://example.org/instruments/test', version: '1.0.0' },
      section: 'second',
      answers: [{ item: 'rate', value: 2 }],
    };
    await settled(q);
    expect(text($(q, '.section-title'))).toContain('Second section');
    ($(q, '[data-kind=submit]') as HTMLButtonElement).click();
    await settled(q);
    expect(text($(q, '.section-title'))).toContain('First section');
    expect(text($(q, '[part=summary]'))).toBe('3 questions need an answer.');
    expect(focused(q)).toBe($(q, '#item-many input'));
  });

  it('follows the language of its ancestors, texts falling back to the default locale', async () => {
    const q = await mount('de');
    expect(text($(q, '.section-title'))).toBe('Abschnitt 1 von 2 Erster Abschnitt');
    expect(text($(q, '#item-rate legend'))).toBe('1 Ich verwende einfache Sprache. Pflichtfrage');
    expect($$(q, '[part=nav] button').map(text)).toEqual(['Weiter']);
    const none = $(q, '#item-many input[value=none] + span span')!;
    expect(none.getAttribute('lang')).toBe('en');
    expect(text(none)).toBe('None');

    q.parentElement!.lang = 'es';
    await settled(q);
    expect($$(q, '[part=nav] button').map(text)).toEqual(['Siguiente']);
    expect(text($(q, '#progress-text'))).toBe('0 de 6 respondidas');
    const prompt = $(q, '#item-rate .prompt-text span')!;
    expect(prompt.getAttribute('lang')).toBe('en');
    expect(text(prompt)).toBe('I use plain language.');
  });

  it('renders right to left in Arabic, English content marked left to right', async () => {
    const q = await mount('ar');
    expect(q.getAttribute('dir')).toBe('rtl');
    expect(text($(q, '[part=nav]'))).toBe('التالي');
    expect(getComputedStyle($(q, '[part=base]')!).direction).toBe('rtl');
    const prompt = $(q, '#item-rate .prompt-text span')!;
    expect([prompt.getAttribute('lang'), prompt.getAttribute('dir')]).toEqual(['en', 'ltr']);
  });

  // The portal's questionnaire for migrants is offered in these too: the element's own words
  // must be in the page's language (WCAG 3.1.2), not English, and run left to right. Each
  // catalogue loads on first use, so these fail when a locale is not bundled.
  const words = {
    uk: {
      step: 'Розділ 1 з 2',
      progress: 'Відповіді: 0 з 6',
      skip: 'Волію не відповідати',
      next: 'Далі',
      missing: 'Питань, на які потрібна відповідь: 2.',
      required: 'Будь ласка, дайте відповідь на це питання.',
      previous: 'Назад',
      submit: 'Надіслати',
    },
    tr: {
      step: 'Bölüm 1 (toplam 2)',
      progress: '6 sorudan 0 tanesi yanıtlandı',
      skip: 'Yanıt vermek istemiyorum',
      next: 'İleri',
      missing: '2 soru yanıt bekliyor.',
      required: 'Lütfen bu soruyu yanıtlayın.',
      previous: 'Geri',
      submit: 'Gönder',
    },
    fr: {
      step: 'Partie 1 sur 2',
      progress: 'Réponses : 0 sur 6',
      skip: 'Je préfère ne pas répondre',
      next: 'Suivant',
      missing: '2 questions demandent encore une réponse.',
      required: 'Veuillez répondre à cette question.',
      previous: 'Précédent',
      submit: 'Envoyer',
    },
  };
  for (const [lang, w] of Object.entries(words)) {
    it(`speaks ${lang} with lang="${lang}", left to right, content falling back to English`, async () => {
      const q = await fixture<CkQuestionnaire>(
        html`<ck-questionnaire
          lang=${lang}
          .instrument=${instrument()}
          .now=${fixedNow}
          respondent="x"
        ></ck-questionnaire>`,
      );
      expect(q.locale).toBe(lang);
      expect(q.getAttribute('dir')).toBe('ltr');
      expect(getComputedStyle($(q, '[part=base]')!).direction).toBe('ltr');
      expect(text($(q, '.section-title'))).toBe(`${w.step} First section`);
      expect(text($(q, '#progress-text'))).toBe(w.progress);
      expect($$(q, '#item-pick label').map(text)).toContain(w.skip);
      expect($$(q, '[part=nav] button').map(text)).toEqual([w.next]);
      const prompt = $(q, '#item-rate .prompt-text span')!;
      expect([prompt.getAttribute('lang'), text(prompt)]).toEqual(['en', 'I use plain language.']);

      ($(q, '[data-kind=next]') as HTMLButtonElement).click();
      await settled(q);
      expect(text($(q, '[part=summary]'))).toBe(w.missing);
      expect(text($(q, '#error-rate'))).toBe(w.required);

      q.draft = {
        instrument: { id: 'https://example.org/instruments/test', version: '1.0.0' },
        section: 'second',
        answers: [],
      };
      await settled(q);
      expect($$(q, '[part=nav] button').map(text)).toEqual([w.previous, w.submit]);
    });
  }

  // The migrants' languages: Persian (Farsi and Dari), Pashto and Urdu run right to left,
  // Tigrinya (Ge'ez script) left to right; numbers take the digits Intl gives the locale
  // (Persian digits for fa, 0–9 for ps, ur and ti in Chromium).
  const migrants = {
    fa: { dir: 'rtl', step: 'بخش ۱ از ۲', next: 'بعدی', missing: '۲ سؤال هنوز پاسخ لازم دارد.' },
    ps: {
      dir: 'rtl',
      step: 'برخه 1 له 2',
      next: 'بله',
      missing: 'هغه پوښتنې چې لا ځواب ته اړتیا لري: 2.',
    },
    ur: { dir: 'rtl', step: 'حصہ 1 از 2', next: 'اگلا', missing: 'جن سوالات کا جواب باقی ہے: 2۔' },
    ti: { dir: 'ltr', step: 'ክፋል 1 ካብ 2', next: 'ዝቕጽል', missing: 'መልሲ ዘድልዮም ሕቶታት፦ 2።' },
    // Dari readers: the Persian catalogue, with the numbers of Afghanistan's Persian.
    'fa-AF': {
      dir: 'rtl',
      step: 'بخش ۱ از ۲',
      next: 'بعدی',
      missing: '۲ سؤال هنوز پاسخ لازم دارد.',
    },
  };
  for (const [lang, w] of Object.entries(migrants)) {
    it(`speaks ${lang} with dir="${w.dir}" and its own digits`, async () => {
      const q = await fixture<CkQuestionnaire>(
        html`<ck-questionnaire
          lang=${lang}
          .instrument=${instrument()}
          .now=${fixedNow}
          respondent="x"
        ></ck-questionnaire>`,
      );
      expect(q.locale).toBe(lang);
      expect(q.getAttribute('dir')).toBe(w.dir);
      expect(getComputedStyle($(q, '[part=base]')!).direction).toBe(w.dir);
      expect(text($(q, '.section-title'))).toBe(`${w.step} First section`);
      expect($$(q, '[part=nav] button').map(text)).toEqual([w.next]);
      const prompt = $(q, '#item-rate .prompt-text span')!;
      expect([prompt.getAttribute('lang'), prompt.getAttribute('dir')]).toEqual(['en', 'ltr']);

      ($(q, '[data-kind=next]') as HTMLButtonElement).click();
      await settled(q);
      expect(text($(q, '[part=summary]'))).toBe(w.missing);
    });
  }

  it('finds the bundled language of a regional tag (uk-UA → uk)', async () => {
    const q = await mount('uk-UA');
    expect(q.locale).toBe('uk-UA');
    expect(q.getAttribute('dir')).toBe('ltr');
    expect($$(q, '[part=nav] button').map(text)).toEqual(['Далі']);
    expect(text($(q, '#progress-text'))).toBe('Відповіді: 0 з 6');
  });

  it('renders hostile strings in the content as text', async () => {
    const hostile = instrument();
    const img = '<img src=x onerror="window.hacked=true">';
    hostile.title = { en: '</script><script>window.hacked=true</script>' };
    hostile.sections[0]!.title = { en: '\u202Eevil' };
    hostile.sections[0]!.items[1] = {
      id: 'pick',
      type: 'single-choice',
      prompt: { en: img },
      options: [
        { id: 'a', label: { en: '<b>bold</b>' } },
        { id: 'b', label: { en: '" onmouseover="alert(1)' } },
      ],
    };
    const q = await fixture<CkQuestionnaire>(
      html`<ck-questionnaire .instrument=${hostile} respondent="x"></ck-questionnaire>`,
    );
    expect($$(q, 'img, script, b')).toHaveLength(0);
    expect(text($(q, '[part=title]'))).toBe('</script><script>window.hacked=true</script>');
    expect(text($(q, '#item-pick .prompt-text'))).toBe(img);
    expect($$(q, '#item-pick label').map(text)).toContain('<b>bold</b>');
    expect(text($(q, '.section-title'))).toContain('\u202Eevil');
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('reports an instrument it cannot show, and attributes that break the response', async () => {
    const events: CkDataErrorEvent[] = [];
    const container = document.createElement('div');
    container.addEventListener('ck-data-error', (e) => events.push(e));
    const broken = instrument();
    (broken.sections[0]!.items[0] as { scale: string }).scale = 'missing';
    const q = await fixture<CkQuestionnaire>(
      html`<ck-questionnaire .instrument=${broken}></ck-questionnaire>`,
      { container },
    );
    expect(text($(q, '[part=base]'))).toBe('Not available');
    expect(events.flatMap((e) => e.detail.issues.map((i) => i.path))).toEqual([
      '/instrument/sections/0/items/0/scale',
    ]);
    q.instrument = instrument();
    q.phase = 'later' as never;
    await settled(q);
    expect(events.flatMap((e) => e.detail.issues.map((i) => i.path)).slice(1)).toEqual([
      '/respondent',
      '/phase',
    ]);
  });

  for (const lang of ['en', 'ar', 'uk', 'fa', 'ti']) {
    it(`has no axe-core violations (WCAG 2.1 AA) in ${lang}, with problems shown`, async () => {
      const q = await mount(lang);
      await expectAccessible(q);
      ($(q, '[data-kind=next]') as HTMLButtonElement).click();
      await settled(q);
      await expectAccessible(q);
      q.mode = 'all';
      await q.updateComplete;
      ($(q, '[data-kind=submit]') as HTMLButtonElement).click();
      await settled(q);
      await expectAccessible(q);
    });
  }

  it('has no axe-core violations in the dark theme', async () => {
    const container = darkContainer();
    const q = await fixture<CkQuestionnaire>(
      html`<ck-questionnaire
        .instrument=${instrument()}
        respondent="x"
        mode="all"
      ></ck-questionnaire>`,
      { container },
    );
    ($(q, '[data-kind=submit]') as HTMLButtonElement).click();
    await settled(q);
    expect(getComputedStyle(q).getPropertyValue('--ck-color-accent').trim()).toBe('#8ab4f8');
    await expectAccessible(container);
  });
});
