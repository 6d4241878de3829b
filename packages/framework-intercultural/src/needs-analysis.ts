import type { Guide, Instrument } from '@competence-kit/schemas';
import staffNeeds from '../content/needs-analysis/staff-needs-questionnaire.json' with { type: 'json' };
import tcn from '../content/needs-analysis/tcn-questionnaire.json' with { type: 'json' };
import stakeholders from '../content/needs-analysis/stakeholder-questionnaire.json' with { type: 'json' };
import guideStaff from '../content/needs-analysis/interview-guide-staff.json' with { type: 'json' };
import guideTcn from '../content/needs-analysis/interview-guide-tcn.json' with { type: 'json' };
import guideStakeholders from '../content/needs-analysis/interview-guide-stakeholders.json' with { type: 'json' };
import focusGroup from '../content/needs-analysis/focus-group-protocol.json' with { type: 'json' };
import deskResearch from '../content/needs-analysis/desk-research-checklist.json' with { type: 'json' };

/**
 * The needs-analysis questionnaire for administration staff (VOPI's four levels), de/it/es/en.
 * @example
 * ```ts
 * parseResponse(json, staffNeedsQuestionnaire, framework);
 * ```
 */
export const staffNeedsQuestionnaire: Instrument = staffNeeds as unknown as Instrument;

/**
 * The questionnaire for third-country nationals who use the services, in plain language, in
 * German, Italian, Spanish, English, Arabic, Ukrainian, Turkish, French, Persian (one text for
 * Farsi and Dari readers), Pashto, Tigrinya and Urdu (Arabic, Persian, Pashto and Urdu right to
 * left). A question that assumes a need (an appointment, an interpreter, a letter …) follows an
 * unscored question whether there was one, with the answer "No, I did not need this".
 * @example
 * ```ts
 * tcnQuestionnaire.locales; // ['de', 'it', 'es', 'en', 'ar', 'uk', 'tr', 'fr', 'fa', 'ps', 'ti', 'ur']
 * ```
 */
export const tcnQuestionnaire: Instrument = tcn as unknown as Instrument;

/**
 * The questionnaire for NGOs, migrant organisations and other stakeholders, de/it/es/en.
 * @example
 * ```ts
 * stakeholderQuestionnaire.audience; // 'stakeholders'
 * ```
 */
export const stakeholderQuestionnaire: Instrument = stakeholders as unknown as Instrument;

/**
 * The method guides of a needs review: interview guides for staff, third-country nationals
 * (also in ar, uk, tr, fr) and stakeholders, the focus-group protocol for validating findings,
 * and the desk-research checklist.
 * @example
 * ```ts
 * needsAnalysisGuides.focusGroupProtocol.duration; // minutes
 * ```
 */
export const needsAnalysisGuides: Readonly<{
  interviewStaff: Guide;
  interviewThirdCountryNationals: Guide;
  interviewStakeholders: Guide;
  focusGroupProtocol: Guide;
  deskResearchChecklist: Guide;
}> = Object.freeze({
  interviewStaff: guideStaff as unknown as Guide,
  interviewThirdCountryNationals: guideTcn as unknown as Guide,
  interviewStakeholders: guideStakeholders as unknown as Guide,
  focusGroupProtocol: focusGroup as unknown as Guide,
  deskResearchChecklist: deskResearch as unknown as Guide,
});
