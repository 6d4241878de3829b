/** The formats a training module comes in (`module.schema.json`), each with a localised name. */
export const moduleFormats = [
  'workshop',
  'e-learning',
  'job-shadowing',
  'peer-exchange',
  'mentoring',
  'study-visit',
] as const;

/** Why a gap stays open (`learning-path.schema.json`), each with a localised explanation. */
export const openGapReasons = [
  'no-module',
  'no-module-in-language',
  'not-for-role',
  'budget',
  'no-score',
] as const;

/**
 * Where a person stands with a module or a session, from their enrolments: `enrolled` and
 * `waitlisted` can be cancelled, `completed` is final; `undefined` (never enrolled, withdrawn,
 * no-show) offers enrolment.
 */
export type EnrolmentState = 'enrolled' | 'waitlisted' | 'completed';
