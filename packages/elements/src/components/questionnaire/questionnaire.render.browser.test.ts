import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import type { Instrument } from '@competence-kit/schemas';
import '../../define/questionnaire.js';
import { fixture, settled } from '../../test-support/fixture.js';
import { fixedNow, instrument } from '../../test-support/instrument.js';
import type { CkQuestionnaire } from './questionnaire.js';

// Items are built from cloned nodes and later renders change only what the answer and the
// problem change: these check that what a render leaves matches the answers, every time.
const input = (q: CkQuestionnaire, selector: string) =>
  q.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
const checkedIn = (q: CkQuestionnaire, item: string) =>
  [...q.shadowRoot!.querySelectorAll<HTMLInputElement>(`#item-${item} input`)]
    .filter((i) => i.checked)
    .map((i) => `${i.dataset.kind}:${i.value}`);

async function mount(given: Instrument = instrument()) {
  return fixture<CkQuestionnaire>(
    html`<ck-questionnaire
      .instrument=${given}
      .now=${fixedNow}
      respondent="lko-0042"
      mode="all"
    ></ck-questionnaire>`,
  );
}

describe('<ck-questionnaire> re-rendering', () => {
  it('undoes a choice the answers did not take on the next render', async () => {
    const q = await mount();
    // Checked without a change event: the questionnaire never recorded it.
    input(q, '#item-rate input[value="2"]').checked = true;
    input(q, '#item-many input[value=glossary]').checked = true;
    input(q, '#item-pick input[data-kind=skip]').checked = true;
    // Another answer re-renders every item.
    input(q, '#item-scene input[value=read]').click();
    await settled(q);
    expect(checkedIn(q, 'rate')).toEqual([]);
    expect(checkedIn(q, 'many')).toEqual([]);
    expect(checkedIn(q, 'pick')).toEqual([]);
    expect(checkedIn(q, 'scene')).toEqual(['choice:read']);
    expect(q.draft!.answers).toEqual([{ item: 'scene', value: 'read' }]);
  });

  it('shows the answers of a draft, then of another, then none after a reset', async () => {
    const q = await mount();
    input(q, '#item-rate input[value="1"]').click();
    input(q, '#item-many input[value=pictures]').click();
    await settled(q);
    const draft = (answers: object[]) => ({ instrument: q.draft!.instrument, answers }) as never;
    q.draft = draft([
      { item: 'rate', value: 4 },
      { item: 'pick', skipped: true, reason: 'declined' },
      { item: 'many', value: ['glossary', 'none'] },
    ]);
    await settled(q);
    expect(checkedIn(q, 'rate')).toEqual(['likert:4']);
    expect(checkedIn(q, 'pick')).toEqual(['skip:on']);
    expect(checkedIn(q, 'many')).toEqual(['multi:glossary', 'multi:none']);

    q.draft = draft([{ item: 'pick', value: 'office' }]);
    await settled(q);
    expect(checkedIn(q, 'rate')).toEqual([]);
    expect(checkedIn(q, 'pick')).toEqual(['choice:office']);
    expect(checkedIn(q, 'many')).toEqual([]);

    q.draft = undefined;
    await settled(q);
    for (const item of ['rate', 'pick', 'many', 'scene']) expect(checkedIn(q, item)).toEqual([]);
  });

  it('points the group and its options at a problem while it is shown, and only then', async () => {
    const q = await mount();
    const group = q.shadowRoot!.querySelector('#item-many fieldset')!;
    const options = () => [...group.querySelectorAll('input')];
    expect(group.getAttribute('aria-describedby')).toBe('hint-many');
    expect(options().some((o) => o.hasAttribute('aria-describedby'))).toBe(false);

    (q.shadowRoot!.querySelector('[data-kind=submit]') as HTMLButtonElement).click();
    await settled(q);
    expect(group.getAttribute('aria-describedby')).toBe('hint-many error-many');
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(options().map((o) => o.getAttribute('aria-describedby'))).toEqual([
      'error-many',
      'error-many',
      'error-many',
    ]);
    // The message sits after the hint, before the options.
    const error = group.querySelector('#error-many')!;
    expect(error.previousElementSibling!.id).toBe('hint-many');
    expect(error.nextElementSibling!.className).toBe('options');

    // Another problem of the same item: the same message element, its text changed.
    for (const id of ['pictures', 'glossary', 'none'])
      input(q, `#item-many input[value=${id}]`).click();
    await settled(q);
    expect(group.querySelector('#error-many')).toBe(error);
    expect(error.textContent).toBe('Choose no more than 2.');

    input(q, '#item-many input[value=none]').click();
    await settled(q);
    expect(group.querySelector('.error')).toBeNull();
    expect(group.getAttribute('aria-describedby')).toBe('hint-many');
    expect(group.hasAttribute('aria-invalid')).toBe(false);
    expect(options().some((o) => o.hasAttribute('aria-describedby'))).toBe(false);
  });

  it('keeps the focused option, not a copy, when an answer re-renders its item', async () => {
    const q = await mount();
    const option = input(q, '#item-pick input[value=office]');
    option.focus();
    option.click();
    await settled(q);
    expect(q.shadowRoot!.activeElement).toBe(option);
    expect(input(q, '#item-pick input[value=office]')).toBe(option);
  });

  it('shows another instrument in place of the first, item for item', async () => {
    const q = await mount();
    input(q, '#item-pick input[value=desk]').click();
    await settled(q);
    const next = instrument();
    const pick = next.sections[0]!.items[1]!;
    if (pick.type !== 'single-choice') throw new Error('the test instrument changed');
    pick.prompt = { en: 'Where do you work now?' };
    pick.options = [...pick.options, { id: 'field', label: { en: 'In the field' } }];
    next.version = '1.1.0';
    q.instrument = next;
    await settled(q);
    const labels = [...q.shadowRoot!.querySelectorAll('#item-pick label')].map((l) =>
      l.textContent!.trim(),
    );
    expect(labels).toEqual(['Front desk', 'Back office', 'In the field', 'Prefer not to answer']);
    expect(q.shadowRoot!.querySelector('#item-pick .prompt-text')!.textContent).toBe(
      'Where do you work now?',
    );
    expect(checkedIn(q, 'pick')).toEqual([]);
  });

  it("shows a free text's answer and count, from typing, a draft and a reset", async () => {
    const q = await mount();
    const area = q.shadowRoot!.querySelector<HTMLTextAreaElement>('#item-wishes textarea')!;
    const counter = q.shadowRoot!.querySelector('#item-wishes .counter')!;
    expect(counter.textContent).toBe('0 of 200 characters');
    area.value = 'Plain';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await settled(q);
    expect(counter.textContent).toBe('5 of 200 characters');
    // Typed without an event: the next render puts back the answer.
    area.value = 'Not recorded';
    input(q, '#item-pick input[value=desk]').click();
    await settled(q);
    expect(area.value).toBe('Plain');

    q.draft = {
      instrument: q.draft!.instrument,
      answers: [{ item: 'wishes', value: 'Glossaries' }],
    };
    await settled(q);
    expect(q.shadowRoot!.querySelector('#item-wishes textarea')).toBe(area);
    expect([area.value, counter.textContent]).toEqual(['Glossaries', '10 of 200 characters']);
    q.draft = undefined;
    await settled(q);
    expect([area.value, counter.textContent]).toEqual(['', '0 of 200 characters']);
  });

  it("shows a ranking's order after each move, each button named after the option it moves", async () => {
    const q = await mount();
    const ranks = () =>
      [...q.shadowRoot!.querySelectorAll('#item-order li')].map((li) => {
        const [up, down] = [...li.querySelectorAll('button')];
        return [
          li.querySelector('.rank-label')!.textContent,
          up!.dataset.option,
          up!.getAttribute('aria-label'),
          up!.disabled,
          down!.getAttribute('aria-label'),
          down!.disabled,
        ];
      });
    expect(ranks()).toEqual([
      ['Listen', 'listen', 'Move up: Listen', true, 'Move down: Listen', false],
      ['Ask', 'ask', 'Move up: Ask', false, 'Move down: Ask', false],
      ['Act', 'act', 'Move up: Act', false, 'Move down: Act', true],
    ]);
    (q.shadowRoot!.querySelector('[data-option=act][data-delta="-1"]') as HTMLElement).click();
    await settled(q);
    expect(ranks().map((r) => r[0])).toEqual(['Listen', 'Act', 'Ask']);
    expect(ranks()[1]).toEqual(['Act', 'act', 'Move up: Act', false, 'Move down: Act', false]);
    expect(input(q, '#item-order [data-kind=confirm]').checked).toBe(true);

    q.draft = {
      instrument: q.draft!.instrument,
      answers: [{ item: 'order', value: ['ask', 'act', 'listen'] }],
    };
    await settled(q);
    expect(ranks().map((r) => r[1])).toEqual(['ask', 'act', 'listen']);
    q.draft = undefined;
    await settled(q);
    expect(ranks().map((r) => r[0])).toEqual(['Listen', 'Ask', 'Act']);
    expect(input(q, '#item-order [data-kind=confirm]').checked).toBe(false);
  });
});
