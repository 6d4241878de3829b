import type { Catalogue, Framework, Instrument } from '@competence-kit/schemas';
import {
  catalogue,
  framework,
  organisationalSelfCheck,
  stakeholderQuestionnaire,
  staffNeedsQuestionnaire,
  staffSelfAssessment,
  tcnQuestionnaire,
} from '@competence-kit/framework-intercultural';

/** Published documents a city may refer to by id and version range. */
export interface PublishedDocuments {
  frameworks: readonly Framework[];
  instruments: readonly Instrument[];
  catalogues: readonly Catalogue[];
}

/**
 * What `@competence-kit/framework-intercultural` ships: the framework, its staff
 * self-assessment, organisational self-check and three needs-analysis questionnaires, and the
 * module catalogue. A portal that installs more content packages lists their documents too.
 */
export const SHIPPED_DOCUMENTS: PublishedDocuments = {
  frameworks: [framework],
  instruments: [
    staffSelfAssessment,
    organisationalSelfCheck,
    staffNeedsQuestionnaire,
    tcnQuestionnaire,
    stakeholderQuestionnaire,
  ],
  catalogues: [catalogue],
};
