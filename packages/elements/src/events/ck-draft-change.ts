import type { QuestionnaireDraft } from '../components/questionnaire/questionnaire.types.js';

/** The questionnaire's answers so far and the section the respondent is on. */
export interface CkDraftChangeDetail {
  draft: QuestionnaireDraft;
}

/**
 * `ck-draft-change`: the respondent answered, skipped or cleared an item, or changed section.
 * Keep `detail.draft` (on a server, in IndexedDB...) and assign it to the element's `draft`
 * to resume later.
 */
export type CkDraftChangeEvent = CustomEvent<CkDraftChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'ck-draft-change': CkDraftChangeEvent;
  }
}
