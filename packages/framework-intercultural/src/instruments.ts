import type { Instrument } from '@competence-kit/schemas';
import staff from '../content/instruments/staff-self-assessment.json' with { type: 'json' };
import organisational from '../content/instruments/organisational-self-check.json' with { type: 'json' };

/**
 * The staff self-assessment: every competence of the framework measured by at least three items
 * (ratings of observable behaviour, some reverse-keyed, and situational-judgement scenes from a
 * city's front desk and case work), complete in German, Italian, Spanish and English.
 *
 * @example
 * ```ts
 * import { staffSelfAssessment, framework } from '@competence-kit/framework-intercultural';
 * import { scoreResponse } from '@competence-kit/scoring';
 * const result = scoreResponse(staffSelfAssessment, framework, response);
 * ```
 */
export const staffSelfAssessment: Instrument = staff as unknown as Instrument;

/**
 * The organisational self-check on VOPI's four levels (organisation, services and access,
 * personnel, cooperation), answered by a unit on behalf of its organisation.
 *
 * @example
 * ```ts
 * import { organisationalSelfCheck } from '@competence-kit/framework-intercultural';
 * organisationalSelfCheck.sections.map((s) => s.id); // ['organisation', 'services-and-access', 'personnel', 'cooperation']
 * ```
 */
export const organisationalSelfCheck: Instrument = organisational as unknown as Instrument;
