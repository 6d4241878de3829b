/**
 * `@competence-kit/elements`: Lit web components over the Competence Kit engines. This entry
 * exports the element classes and types and registers nothing; register an element by
 * importing `@competence-kit/elements/define/<name>`.
 *
 * @packageDocumentation
 */
export { CkLevelBadge } from './components/level-badge/level-badge.js';
export { levelBadgeKinds } from './components/level-badge/level-badge.types.js';
export type { LevelBadgeKind } from './components/level-badge/level-badge.types.js';

export type { CkEventMap, CkEventDetail } from './events/event-map.js';
export type { CkDataErrorEvent, CkDataErrorDetail } from './events/ck-data-error.js';

export { registerMessages, bundledLocales } from './internal/localize.js';
export type { Catalogue, MessageKey, Messages } from './internal/localize.js';

export { CkLearningPath } from './components/learning-path/learning-path.js';
export { moduleFormats, openGapReasons } from './components/learning-path/learning-path.types.js';
export type { EnrolmentState } from './components/learning-path/learning-path.types.js';
export type { CkEnrolEvent, CkEnrolDetail } from './events/ck-enrol.js';
export type { CkUnenrolEvent, CkUnenrolDetail } from './events/ck-unenrol.js';

export { CkQuestionnaire } from './components/questionnaire/questionnaire.js';
export {
  questionnaireModes,
  questionnairePhases,
} from './components/questionnaire/questionnaire.types.js';
export type {
  QuestionnaireMode,
  QuestionnaireDraft,
} from './components/questionnaire/questionnaire.types.js';
export type { CkDraftChangeEvent, CkDraftChangeDetail } from './events/ck-draft-change.js';
export type { CkSubmitEvent, CkSubmitDetail } from './events/ck-submit.js';

export { CkCompetenceRadar } from './components/competence-radar/competence-radar.js';
export { CkCompetenceProfile } from './components/competence-profile/competence-profile.js';
export {
  profileFilters,
  profileSorts,
} from './components/competence-profile/competence-profile.types.js';
export type {
  ProfileFilter,
  ProfileSort,
} from './components/competence-profile/competence-profile.types.js';
export { CkWaveComparison } from './components/wave-comparison/wave-comparison.js';

export { CkFrameworkBrowser } from './components/framework-browser/framework-browser.js';
export {
  parseSelection,
  serializeSelection,
} from './components/framework-browser/framework-browser.selection.js';
export type {
  FrameworkSelection,
  ParsedSelection,
} from './components/framework-browser/framework-browser.selection.js';
export type { CkSelectEvent, CkSelectDetail } from './events/ck-select.js';

export { CkGroupDashboard } from './components/group-dashboard/group-dashboard.js';
export { dashboardMetrics } from './components/group-dashboard/group-dashboard.types.js';
export type { DashboardMetric } from './components/group-dashboard/group-dashboard.types.js';

export { CkNeedsReport } from './components/needs-report/needs-report.js';
export { filterReport } from './components/needs-report/needs-report.filter.js';
export type {
  ReportFilter,
  FilteredReport,
} from './components/needs-report/needs-report.filter.js';

export { CkActionPlan } from './components/action-plan/action-plan.js';
export type {
  CkMeasureStatusEvent,
  CkMeasureStatusDetail,
  CkMeasurementAddEvent,
  CkMeasurementAddDetail,
} from './components/action-plan/action-plan.events.js';
export { CkStakeholderMap } from './components/stakeholder-map/stakeholder-map.js';
export type { StakeholderMapView } from './components/stakeholder-map/stakeholder-map.js';
export { CkKnowledgeSearch } from './components/knowledge-search/knowledge-search.js';
