/** What `<ck-framework-browser>` shows: a domain, a competence and two levels side by side. */
export interface CkSelectDetail {
  /** The id of the competence whose detail is open, or `null`. */
  competence: string | null;
  /** The id of the domain whose competences are listed (the competence's domain), or `null` for all. */
  domain: string | null;
  /** The ids of the two levels being compared, or `null` when no comparison is open. */
  compare: readonly [string, string] | null;
}

/**
 * `ck-select`: the selection of a `<ck-framework-browser>` changed, because the user chose a
 * domain, a competence or two levels to compare, or because the URL hash changed (`sync-url`).
 * `detail` is the whole new selection.
 */
export type CkSelectEvent = CustomEvent<CkSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'ck-select': CkSelectEvent;
  }
}
