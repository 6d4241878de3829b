/** Which enrolment a person asked to cancel. */
export interface CkUnenrolDetail {
  /** The id of the module in the catalogue. */
  module: string;
  /** The id of the programme session the person is enrolled in, when known. */
  session?: string;
}

/**
 * `ck-unenrol`: the person asked to cancel an enrolment (the learning path's Cancel
 * enrolment button). The element does not change it: withdraw it, then pass the updated
 * `enrolments` back.
 */
export type CkUnenrolEvent = CustomEvent<CkUnenrolDetail>;

declare global {
  interface HTMLElementEventMap {
    'ck-unenrol': CkUnenrolEvent;
  }
}
