/**
 * `@competence-kit/disclosure`: published results that protect small groups across every figure
 * of a release, not just within one table (statistical disclosure control of linked tables).
 *
 * @packageDocumentation
 */
export { buildRelease, HIDDEN_NOTICE } from './release.js';
export type {
  Release,
  ReleaseAudit,
  ReleaseCell,
  ReleaseChange,
  ReleaseCompetenceChange,
  ReleaseNoise,
  ReleaseOutcome,
  ReleaseTable,
} from './release.js';
export { MIN_GROUP_SIZE, checkPlan } from './plan.js';
export type { CheckedPlan, ReleaseOptions, ReleasePlan } from './plan.js';
export { describeCompetence } from './statistics.js';
export type { PublishedCompetence } from './statistics.js';
export { checkLedger, LEDGER_FORMAT, ReleaseRefused } from './ledger.js';
export type { ReleaseLedger } from './ledger.js';
export { discreteLaplace, noiseMargin } from './noise.js';
export { Auditor, CellAudit, type AuditedCell } from './audit.js';
export type { Interval, Published } from './audit.js';
export type { CellKey } from './cells.js';
