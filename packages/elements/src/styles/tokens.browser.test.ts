import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { staffSelfAssessment } from '@competence-kit/framework-intercultural';
import '../define/questionnaire.js';
import { darkContainer, fixture } from '../test-support/fixture.js';
import type { CkQuestionnaire } from '../components/questionnaire/questionnaire.js';

const native = (q: CkQuestionnaire) =>
  [q.shadowRoot!.querySelector('input[type=radio]')!, q.shadowRoot!.querySelector('progress')!].map(
    (control) => getComputedStyle(control).colorScheme,
  );

describe('color-scheme', () => {
  it('draws native controls dark in the dark theme (tokens.css)', async () => {
    const q = await fixture<CkQuestionnaire>(
      html`<ck-questionnaire .instrument=${staffSelfAssessment}></ck-questionnaire>`,
      { container: darkContainer() },
    );
    expect(native(q)).toEqual(['dark', 'dark']);
  });

  it('draws them light on a page that sets no theme, even one whose scheme is dark', async () => {
    const container = document.createElement('div');
    container.style.colorScheme = 'dark';
    const q = await fixture<CkQuestionnaire>(
      html`<ck-questionnaire .instrument=${staffSelfAssessment}></ck-questionnaire>`,
      { container },
    );
    // The element falls back to the light tokens, so its controls must be light too.
    expect(native(q)).toEqual(['light', 'light']);
  });
});
