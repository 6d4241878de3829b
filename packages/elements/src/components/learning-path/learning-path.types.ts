import { MODULE_FORMATS, OPEN_GAP_REASONS } from '@competence-kit/schemas';

/**
 * The formats a training module comes in, each with a localised name: `MODULE_FORMATS` of
 * `@competence-kit/schemas`, generated from `module.schema.json`.
 */
export const moduleFormats = MODULE_FORMATS;

/**
 * Why a gap stays open, each with a localised explanation: `OPEN_GAP_REASONS` of
 * `@competence-kit/schemas`, generated from `learning-path.schema.json`.
 */
export const openGapReasons = OPEN_GAP_REASONS;

/**
 * Where a person stands with a module or a session, from their enrolments: `enrolled` and
 * `waitlisted` can be cancelled, `completed` is final; `undefined` (never enrolled, withdrawn,
 * no-show) offers enrolment.
 */
export type EnrolmentState = 'enrolled' | 'waitlisted' | 'completed';
