/**
 * `@competence-kit/scoring`: from instruments and responses to scores, levels, gaps, group
 * statistics with anonymity rules, wave comparisons and reliability. Pure functions, no I/O.
 *
 * @packageDocumentation
 */
export { parseInstrument } from './parse-instrument.js';
export { parseResponse } from './parse-response.js';
export { roleItems, instrumentForRole } from './role-view.js';
export type { RoleItems } from './role-view.js';
export { answerMisfit, answerFits, LIMIT_MISFITS } from './answers.js';
export type { AnswerMisfit } from './answers.js';
export { scoreResponse, levelFor } from './score.js';
export { BELOW_SCALE } from './levels.js';
export {
  scoreBatch,
  encodeResponses,
  codeArrayFor,
  batchColumns,
  toLehmer,
  NONE,
  MAX_CELLS_PER_CALL,
} from './batch.js';
export { scoreBatchChunks } from './batch-chunks.js';
export type { BatchChunk, BatchChunkOptions } from './batch-chunks.js';
export type { AnswerMatrix, BatchScores, CodeArray } from './batch.js';
export { itemKeys, itemKey, itemsOf, scoreItem } from './items.js';
export type { ItemKey, ItemScore } from './items.js';
export { instrumentTexts } from './texts.js';
export { aggregate, GROUP_DIMENSIONS } from './aggregate.js';
export type {
  Aggregate,
  AggregateOptions,
  GroupAggregate,
  CompetenceCell,
  CompetenceStats,
  GroupDimension,
  Suppression,
} from './aggregate.js';
export { compareWaves } from './waves.js';
export type {
  WaveComparison,
  CompareWavesOptions,
  CompetenceChange,
  PairedChange,
  UnpairedSummary,
  WaveCell,
  WaveSuppression,
} from './waves.js';
export { reliability } from './reliability.js';
export type {
  ReliabilityReport,
  ReliabilityOptions,
  ScaleReliability,
  ItemAnalysis,
  AlphaUnavailable,
} from './reliability.js';
export {
  mean,
  variance,
  standardDeviation,
  covariance,
  pearson,
  quantile,
  quartiles,
  studentTCdf,
  studentTQuantile,
} from './stats.js';
export type { BatchBuffers } from './batch.js';
