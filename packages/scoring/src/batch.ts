// The columnar path, in batch/: encode a cohort as a matrix of answer codes (encode.ts), build
// tables once per instrument (plan.ts, tabulate.ts), finish every cell one way (cell.ts), score
// with the kernels (kernel-*.ts), in one call (score-batch.ts) or chunk by chunk
// (../batch-chunks.ts).
export { batchColumns, codeArrayFor, encodeResponses, toLehmer } from './batch/encode.js';
export { scoreBatch } from './batch/score-batch.js';
export { NONE, MAX_CELLS_PER_CALL } from './batch/types.js';
export type { AnswerMatrix, BatchBuffers, BatchScores, CodeArray } from './batch/types.js';
