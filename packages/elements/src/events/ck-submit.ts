import type { Response } from '@competence-kit/schemas';

/** The submitted response. */
export interface CkSubmitDetail {
  /** Every item of the instrument, answered or skipped; it passes `parseResponse`. */
  response: Response;
}

/**
 * `ck-submit`: the respondent submitted a complete questionnaire, with its own Submit button
 * or by submitting the form it belongs to.
 */
export type CkSubmitEvent = CustomEvent<CkSubmitDetail>;

declare global {
  interface HTMLElementEventMap {
    'ck-submit': CkSubmitEvent;
  }
}
