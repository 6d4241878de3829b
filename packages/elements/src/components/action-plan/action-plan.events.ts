import type { ActionPlan } from '@competence-kit/schemas';

type MeasureStatus = ActionPlan['measures'][number]['status'];

/** A measure's new status, chosen in an editable `<ck-action-plan>`. */
export interface CkMeasureStatusDetail {
  /** The measure's id. */
  measure: string;
  status: MeasureStatus;
}

/**
 * `ck-measure-status`: the user chose another status for a measure of an editable
 * `<ck-action-plan>`. The element shows the change at once; save it (for example with a PATCH
 * to the portal) and pass the saved plan back, or pass the old plan back when saving failed.
 */
export type CkMeasureStatusEvent = CustomEvent<CkMeasureStatusDetail>;

/** A measurement added to an indicator in an editable `<ck-action-plan>`. */
export interface CkMeasurementAddDetail {
  /** The measure's id. */
  measure: string;
  /** The indicator's id within the measure. */
  indicator: string;
  /** The day measured, `YYYY-MM-DD`, within the measure's start and the plan's end. */
  date: string;
  value: number;
}

/**
 * `ck-measurement-add`: the user added a measurement to an indicator of an editable
 * `<ck-action-plan>`. Only valid input is sent (a number, a date within the plan); the element
 * shows it at once, as with `ck-measure-status`.
 */
export type CkMeasurementAddEvent = CustomEvent<CkMeasurementAddDetail>;

declare global {
  interface HTMLElementEventMap {
    'ck-measure-status': CkMeasureStatusEvent;
    'ck-measurement-add': CkMeasurementAddEvent;
  }
}
