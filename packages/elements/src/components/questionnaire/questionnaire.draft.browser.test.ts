import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import '../../define/questionnaire.js';
import type { CkDataErrorEvent } from '../../events/ck-data-error.js';
import type { CkDraftChangeEvent } from '../../events/ck-draft-change.js';
import { fixture, settled } from '../../test-support/fixture.js';
import { fixedNow, instrument } from '../../test-support/instrument.js';
import type { QuestionnaireDraft } from './questionnaire.types.js';
import type { CkQuestionnaire } from './questionnaire.js';

const $ = <T extends HTMLElement = HTMLInputElement>(q: CkQuestionnaire, selector: string) =>
  q.shadowRoot!.querySelector<T>(selector)!;
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();
const key = 'ck-test-draft';
const id = { id: 'https://example.org/instruments/test', version: '1.0.0' };

const draft: QuestionnaireDraft = {
  instrument: id,
  section: 'second',
  startedAt: '2026-03-01T09:00:00.000Z',
  answers: [
    { item: 'rate', value: 2 },
    { item: 'pick', skipped: true, reason: 'declined' },
    { item: 'wishes', value: 'Mentoring' },
    { item: 'order', value: ['act', 'listen', 'ask'] },
  ],
};

async function mount(options: { persistKey?: string; draft?: QuestionnaireDraft } = {}) {
  const errors: CkDataErrorEvent[] = [];
  const drafts: CkDraftChangeEvent[] = [];
  const container = document.createElement('div');
  container.addEventListener('ck-data-error', (e) => errors.push(e));
  container.addEventListener('ck-draft-change', (e) => drafts.push(e));
  // The draft before the instrument: it waits for it.
  const q = await fixture<CkQuestionnaire>(
    html`<ck-questionnaire
      .draft=${options.draft}
      .instrument=${instrument()}
      .now=${fixedNow}
      respondent="lko-1"
      persist-key=${options.persistKey ?? ''}
    ></ck-questionnaire>`,
    { container },
  );
  return { q, errors, drafts };
}

describe('<ck-questionnaire> drafts', () => {
  afterEach(() => localStorage.removeItem(key));

  it('reports a draft on every change', async () => {
    const { q, drafts } = await mount();
    $(q, '#item-rate input[value="3"]').click();
    $(q, '#item-many input[value=glossary]').click();
    await settled(q);
    expect(drafts.map((e) => e.detail.draft.answers.length)).toEqual([1, 2]);
    expect(drafts[1]!.detail.draft).toEqual({
      instrument: id,
      section: 'first',
      startedAt: '2026-03-01T09:30:00.000Z',
      answers: [
        { item: 'rate', value: 3 },
        { item: 'many', value: ['glossary'] },
      ],
    });
    $(q, '[data-kind=next]').click();
    await settled(q);
    expect(drafts.at(-1)!.detail.draft.section).toBe('second');
    expect(drafts[0]!.composed).toBe(true);
  });

  it('resumes a draft: the same answers and section', async () => {
    const { q, drafts } = await mount({ draft });
    expect(text($(q, '.section-title'))).toContain('Second section');
    expect($<HTMLTextAreaElement>(q, 'textarea').value).toBe('Mentoring');
    expect([...q.shadowRoot!.querySelectorAll('.rank-label')].map(text)).toEqual([
      'Act',
      'Listen',
      'Ask',
    ]);
    expect($(q, '[data-kind=confirm]').checked).toBe(true);
    expect(text($(q, '#progress-text'))).toBe('4 of 6 answered');
    expect(q.draft).toEqual(draft);
    // Setting a draft is not a change by the respondent.
    expect(drafts).toHaveLength(0);

    $(q, '[data-kind=previous]').click();
    await settled(q);
    expect($(q, '#item-rate input[value="2"]').checked).toBe(true);
    expect($(q, '#item-pick [data-kind=skip]').checked).toBe(true);
  });

  it('keeps the draft in localStorage and clears it on submit', async () => {
    const first = await mount({ persistKey: key });
    $(first.q, '#item-rate input[value="4"]').click();
    await settled(first.q);
    expect(JSON.parse(localStorage.getItem(key)!)).toEqual(first.q.draft);
    first.q.remove();

    localStorage.setItem(key, JSON.stringify(draft));
    const { q, errors } = await mount({ persistKey: key });
    expect(errors).toHaveLength(0);
    expect(q.draft).toEqual(draft);
    for (const [item, value] of [
      ['many', 'pictures'],
      ['scene', 'explain'],
    ]) {
      if (item === 'many') $(q, '[data-kind=previous]').click();
      await settled(q);
      $(q, `#item-${item} input[value=${value}]`).click();
      if (item === 'many') $(q, '[data-kind=next]').click();
      await settled(q);
    }
    $(q, '[data-kind=submit]').click();
    await settled(q);
    expect(text($(q, '[part=summary]'))).toBe('Thank you. Your answers have been submitted.');
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('ignores a stored draft that is not JSON, and says so', async () => {
    localStorage.setItem(key, '{"answers": [');
    const { q, errors } = await mount({ persistKey: key });
    expect(errors.flatMap((e) => e.detail.issues)).toEqual([
      {
        path: '/draft',
        code: 'invalid-json',
        message: `The draft stored in localStorage under "${key}" is not JSON; it was ignored.`,
      },
    ]);
    expect(q.draft!.answers).toEqual([]);
    expect(text($(q, '.section-title'))).toContain('First section');
  });

  it('ignores a stored draft of another instrument version, and says so', async () => {
    localStorage.setItem(
      key,
      JSON.stringify({ ...draft, instrument: { ...id, version: '0.9.0' } }),
    );
    const { q, errors } = await mount({ persistKey: key });
    expect(errors.flatMap((e) => e.detail.issues.map((i) => i.code))).toEqual(['wrong-instrument']);
    expect(q.draft!.answers).toEqual([]);
  });

  it('prefers a draft the page gives to the stored one', async () => {
    localStorage.setItem(key, JSON.stringify({ ...draft, answers: [] }));
    const { q } = await mount({ persistKey: key, draft });
    expect(q.draft).toEqual(draft);
  });
});
