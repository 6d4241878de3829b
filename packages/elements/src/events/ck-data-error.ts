import type { Issue } from '@competence-kit/schemas';

/** Why a component could not use the data it was given, as the parsers report it. */
export interface CkDataErrorDetail {
  /** Each with a JSON pointer `path` into the component's properties, a `code` and a `message`. */
  issues: Issue[];
}

/**
 * `ck-data-error`: a component was given data it cannot show (a level that is not on the
 * framework's scale, an instrument that does not parse...). It renders a "not available" state
 * instead of failing; listen for this event to log or report the problem.
 */
export type CkDataErrorEvent = CustomEvent<CkDataErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'ck-data-error': CkDataErrorEvent;
  }
}
