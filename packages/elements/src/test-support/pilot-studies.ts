import {
  framework,
  staffSelfAssessment,
  stakeholderQuestionnaire,
  tcnQuestionnaire,
} from '@competence-kit/framework-intercultural';
import type { NeedsStudy } from '@competence-kit/schemas';
// The synthetic pilot studies are not among the package's exports: they are read from the
// workspace, for tests and stories only (neither is published).
import landkreisOffenbach from '../../../framework-intercultural/content/samples/landkreis-offenbach.json' with { type: 'json' };
import ravenna from '../../../framework-intercultural/content/samples/ravenna.json' with { type: 'json' };
import cartagena from '../../../framework-intercultural/content/samples/cartagena.json' with { type: 'json' };

/**
 * The real framework, the instruments of the pilot studies' questionnaires, and the synthetic
 * needs studies of the three pilot territories (questionnaire responses, sessions, findings),
 * for the tests and stories of the group dashboard and the needs report.
 */
export { framework };

/** The instruments the pilot studies' questionnaires answer. */
export const instruments = [staffSelfAssessment, tcnQuestionnaire, stakeholderQuestionnaire];

export const territories = ['landkreis-offenbach', 'ravenna', 'cartagena'] as const;
export type Territory = (typeof territories)[number];

export const studies: Record<Territory, NeedsStudy> = {
  'landkreis-offenbach': landkreisOffenbach as unknown as NeedsStudy,
  ravenna: ravenna as unknown as NeedsStudy,
  cartagena: cartagena as unknown as NeedsStudy,
};
