/**
 * `@competence-kit/needs-analysis`: a territory's needs review as data: parse a needs study,
 * prioritise training needs (each priority explains itself) and build the needs report in
 * Markdown, accessible HTML and CSV.
 *
 * @packageDocumentation
 */
export { parseNeedsStudy, instrumentOf, identifierIn } from './parse.js';
export type { NeedsStudyContext } from './parse.js';
export {
  prioritiseNeeds,
  scoreStudy,
  prioritiseScored,
  DEFAULT_WEIGHTS,
  VALIDATION_FACTOR,
  FINDINGS_SATURATION,
  PARTICIPANT_GROUPS,
  findingGroups,
} from './prioritise.js';
export type {
  NeedPriority,
  Contribution,
  PriorityFactor,
  PriorityWeights,
  PrioritiseOptions,
} from './prioritise.js';
export { buildNeedsReport, VOPI_LEVELS, FINDING_KINDS } from './report.js';
export type {
  NeedsReport,
  ReportFinding,
  ReportPriority,
  GroupRow,
  ReportRecommendation,
  ReportOptions,
  FindingKind,
  ReportEvidence,
  ReportProgrammeModule,
  ReportQuote,
  ReportReviewArea,
  ReportStrategyGoal,
} from './report.js';
export { parseNeedsReport, MAX_REPORT_LENGTH } from './parse-report.js';
export { renderNeedsReportMarkdown, escapeMarkdown } from './render-markdown.js';
export { renderNeedsReportHtml, escapeHtml } from './render-html.js';
export type { RenderOptions } from './render-html.js';
export { renderNeedsReportCsv } from './render-csv.js';
export {
  REPORT_MESSAGES,
  REPORT_LOCALES,
  reportWordsFor,
  reasonText,
  evidenceText,
  languageName,
  programmeModuleText,
  quoteAttribution,
  recommendationText,
  summaryText,
} from './messages/index.js';
export type {
  ReportCatalogue,
  ReportLocale,
  ReportMessageKey,
  ReportWords,
} from './messages/index.js';
export { compareTerritories } from './compare.js';
export type { TerritoryComparison, TerritoryComparisonRow } from './compare.js';
export { parseGuide } from './guide.js';
export { importResponses, RESPONSE_IMPORT_LIMITS } from './import-csv.js';
export type { ResponseImport, ResponseImportOptions, ImportIssue } from './import-csv.js';
export type {
  ResponseMapping,
  FieldMapping,
  TimestampMapping,
  ItemMapping,
  ColumnItemMapping,
  MarkedColumnsMapping,
  SeparatedValuesMapping,
  RankColumnsMapping,
  NotAskedMapping,
  ValueMap,
  SkipReason,
} from './import-csv-mapping.js';
