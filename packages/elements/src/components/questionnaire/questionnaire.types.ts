import { PHASES, type Answer, type Response } from '@competence-kit/schemas';

/** How the questionnaire pages: one section at a time with Previous and Next, or all at once. */
export const questionnaireModes = ['sections', 'all'] as const;
export type QuestionnaireMode = (typeof questionnaireModes)[number];

/**
 * When the instrument is answered relative to training (the response's `phase`): `PHASES` of
 * `@competence-kit/schemas`, generated from `response.schema.json`.
 */
export const questionnairePhases = PHASES;

/**
 * A questionnaire in progress: a partial response with the answers given so far (answered, or
 * skipped with "Prefer not to answer") and the section the respondent is on. Assign it to
 * `draft` to resume; `ck-draft-change` reports a new one on every change.
 */
export interface QuestionnaireDraft {
  /** The instrument answered: its id and exact version. A draft of another one is ignored. */
  instrument: Response['instrument'];
  /** The answers so far, in the instrument's order. Unanswered items are not listed. */
  answers: Answer[];
  /** The id of the section the respondent is on. */
  section?: string;
  /** When the first answer was given (ISO 8601). */
  startedAt?: string;
}
