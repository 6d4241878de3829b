import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import type { Instrument } from '@competence-kit/schemas';
import '../../define/questionnaire.js';
import { fixture, settled } from '../../test-support/fixture.js';
import { fixedNow, instrument } from '../../test-support/instrument.js';
import type { CkQuestionnaire } from './questionnaire.js';

const ITEMS = 40;

/** One section of 40 required ratings: far longer than the viewport in mode="all". */
function longInstrument(): Instrument {
  const base = instrument();
  const items = Array.from({ length: ITEMS }, (_, i) => ({
    id: `r${i}`,
    type: 'likert' as const,
    competence: 'plain-language',
    scale: base.likertScales![0]!.id,
    required: true,
    prompt: { en: `Statement ${i + 1}` },
  }));
  return { ...base, sections: [{ ...base.sections[0]!, items }] };
}

describe('<ck-questionnaire> with more items than fit the viewport', () => {
  it('lays out only the items in view, and keeps the others in the page, findable and focusable', async () => {
    const q = await fixture<CkQuestionnaire>(
      html`<ck-questionnaire
        .instrument=${longInstrument()}
        .now=${fixedNow}
        respondent="lko-0042"
        mode="all"
      ></ck-questionnaire>`,
    );
    // content-visibility is decided at a rendering update: let two frames pass (on a busy
    // machine the first check could otherwise run before any layout).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const root = q.shadowRoot!;
    const last = root.getElementById(`item-r${ITEMS - 1}`)!;
    const lastInput = () => last.querySelector('input')!;
    // Out of view: its contents are skipped by layout, yet there with their text and controls.
    expect(lastInput().checkVisibility({ contentVisibilityAuto: true })).toBe(false);
    expect(root.getElementById(`item-r0`)!.querySelector('input')!.checkVisibility()).toBe(true);
    expect(last.querySelector('.prompt-text')!.textContent).toBe(`Statement ${ITEMS}`);
    const { min, max } = instrument().likertScales![0]!;
    expect(last.querySelectorAll('input[type=radio]')).toHaveLength(max - min + 1);

    // Answer all but the last: Submit takes the focus to it, and it is laid out and shown.
    for (let i = 0; i < ITEMS - 1; i++)
      (root.querySelector(`#item-r${i} input[value="3"]`) as HTMLInputElement).click();
    await settled(q);
    (root.querySelector('[data-kind=submit]') as HTMLButtonElement).click();
    await settled(q);
    expect(root.activeElement).toBe(lastInput());
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(lastInput().checkVisibility({ contentVisibilityAuto: true })).toBe(true);
    expect(last.querySelector('.error')!.textContent).toBe('Please answer this question.');
  });
});
