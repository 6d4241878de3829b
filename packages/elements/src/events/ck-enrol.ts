/** What a person asked to enrol in. */
export interface CkEnrolDetail {
  /** The id of the module in the catalogue. */
  module: string;
  /** The id of the programme session, when the element shows a programme. */
  session?: string;
}

/**
 * `ck-enrol`: the person asked to enrol in a module or in one session of it (the learning
 * path's Enrol button). The element does not record the enrolment: book it, then pass the
 * updated `enrolments` back.
 */
export type CkEnrolEvent = CustomEvent<CkEnrolDetail>;

declare global {
  interface HTMLElementEventMap {
    'ck-enrol': CkEnrolEvent;
  }
}
