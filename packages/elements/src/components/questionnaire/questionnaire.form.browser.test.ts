import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { parseResponse } from '@competence-kit/scoring';
import '../../define/questionnaire.js';
import type { CkDraftChangeEvent } from '../../events/ck-draft-change.js';
import type { CkSubmitEvent } from '../../events/ck-submit.js';
import { expectAccessible } from '../../test-support/axe.js';
import { fixture, settled } from '../../test-support/fixture.js';
import { fixedNow, instrument } from '../../test-support/instrument.js';
import type { QuestionnaireDraft } from './questionnaire.types.js';
import type { CkQuestionnaire } from './questionnaire.js';

const $ = (q: CkQuestionnaire, selector: string) =>
  q.shadowRoot!.querySelector<HTMLElement>(selector)!;
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

const complete: QuestionnaireDraft = {
  instrument: { id: 'https://example.org/instruments/test', version: '1.0.0' },
  section: 'second',
  startedAt: '2026-03-01T09:00:00Z',
  answers: [
    { item: 'rate', value: 4 },
    { item: 'many', value: ['pictures'] },
    { item: 'scene', value: 'read' },
    { item: 'order', value: ['listen', 'ask', 'act'] },
  ],
};

async function inForm(draft?: QuestionnaireDraft) {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <input name="city" value="Ravenna" />
      <ck-questionnaire
        name="response"
        respondent="rav-7"
        territory="ravenna"
        phase="post"
        .instrument=${instrument()}
        .draft=${draft}
        .now=${fixedNow}
      ></ck-questionnaire>
      <button>Send</button>
    </form>`,
  );
  const q = form.querySelector('ck-questionnaire')!;
  const submits: FormData[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits.push(new FormData(form));
  });
  const events: CkSubmitEvent[] = [];
  q.addEventListener('ck-submit', (e) => events.push(e));
  return { form, q, submits, events };
}

describe('<ck-questionnaire> in a form', () => {
  it('blocks the native submit while required answers are missing, and says where', async () => {
    const { form, q, submits, events } = await inForm();
    expect(q.form).toBe(form);
    expect(q.validity.valueMissing).toBe(true);
    expect(q.validationMessage).toBe('4 questions need an answer.');
    expect(q.checkValidity()).toBe(false);

    form.requestSubmit();
    await settled(q);
    expect(submits).toHaveLength(0);
    expect(events).toHaveLength(0);
    // The `invalid` event shows the problems and announces them, as the own Submit does.
    expect(text($(q, '[part=summary]'))).toBe('4 questions need an answer.');
    expect($(q, '#item-rate fieldset').getAttribute('aria-invalid')).toBe('true');
  });

  it('submits the response as JSON in the form data once complete', async () => {
    const { form, q, submits, events } = await inForm(complete);
    expect(q.validity.valid).toBe(true);
    form.querySelector('button')!.click();
    await settled(q);
    expect(submits).toHaveLength(1);
    expect(submits[0]!.get('city')).toBe('Ravenna');
    const response = JSON.parse(submits[0]!.get('response') as string);
    expect(parseResponse(response, instrument())).toEqual({ ok: true, value: response });
    expect(response).toMatchObject({
      respondent: 'rav-7',
      territory: 'ravenna',
      phase: 'post',
      startedAt: '2026-03-01T09:00:00Z',
      submittedAt: '2026-03-01T09:30:00.000Z',
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.detail.response).toEqual(response);
  });

  it('submits its form with its own Submit button, emitting ck-submit once', async () => {
    const { q, submits, events } = await inForm(complete);
    $(q, '[data-kind=submit]').click();
    await settled(q);
    expect(submits).toHaveLength(1);
    expect(events).toHaveLength(1);
  });

  it('starts over when the form is reset', async () => {
    const { form, q } = await inForm(complete);
    const drafts: CkDraftChangeEvent[] = [];
    q.addEventListener('ck-draft-change', (e) => drafts.push(e));
    form.reset();
    await settled(q);
    expect(q.draft!.answers).toEqual([]);
    expect(drafts.at(-1)!.detail.draft).toEqual({
      instrument: complete.instrument,
      answers: [],
      section: 'first',
    });
    expect(text($(q, '.section-title'))).toContain('First section');
    expect(q.validity.valueMissing).toBe(true);
  });

  it('is disabled with its fieldset', async () => {
    const fieldset = await fixture<HTMLFieldSetElement>(
      html`<fieldset disabled>
        <legend>Survey</legend>
        <ck-questionnaire .instrument=${instrument()} respondent="x"></ck-questionnaire>
      </fieldset>`,
    );
    const q = fieldset.querySelector('ck-questionnaire')!;
    await settled(fieldset);
    const frame = $(q, '.frame') as HTMLFieldSetElement;
    expect(frame.disabled).toBe(true);
    expect(($(q, '#item-rate input') as HTMLInputElement).matches(':disabled')).toBe(true);
    await expectAccessible(fieldset);
    fieldset.disabled = false;
    await settled(fieldset);
    expect(frame.disabled).toBe(false);
  });
});
