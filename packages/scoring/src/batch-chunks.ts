import type { Framework, Instrument } from '@competence-kit/schemas';
import { scoreBatch, type AnswerMatrix, type BatchBuffers, type BatchScores } from './batch.js';

/** One chunk of a cohort scored by {@link scoreBatchChunks}: respondents `from` … `from + respondents - 1`. */
export interface BatchChunk extends BatchScores {
  /** The row of the matrix this chunk starts at. */
  from: number;
}

/** Options of {@link scoreBatchChunks}. */
export interface BatchChunkOptions {
  /** Respondents per chunk (default 65,536). */
  chunkSize?: number;
}

/**
 * Scores a cohort of any size chunk by chunk, with the arithmetic of {@link scoreBatch}: the
 * way to score more respondents than one call holds (`MAX_CELLS_PER_CALL`), and the way to
 * keep memory flat (one chunk of results, whatever the cohort). The result arrays of a chunk
 * are reused for the next one: aggregate or copy what you need before taking the next chunk.
 *
 * @throws RangeError when the matrix does not match the instrument, or `chunkSize` is not a
 * positive whole number (a programmer error).
 * @example
 * ```ts
 * let below = 0;
 * for (const chunk of scoreBatchChunks(instrument, framework, matrix))
 *   for (const gap of chunk.gaps) if (gap > 0 && gap !== NONE) below++;
 * ```
 */
export function* scoreBatchChunks(
  instrument: Instrument,
  framework: Framework,
  matrix: AnswerMatrix,
  options: BatchChunkOptions = {},
): Generator<BatchChunk, void, undefined> {
  const chunkSize = options.chunkSize ?? 65_536;
  if (!Number.isInteger(chunkSize) || chunkSize < 1)
    throw new RangeError(`chunkSize must be a positive whole number, got ${String(chunkSize)}.`);
  const n = matrix.respondents;
  const m = matrix.items.length;
  if (matrix.codes.length !== n * m)
    throw new RangeError(`Expected ${n} × ${m} = ${n * m} codes, got ${matrix.codes.length}.`);
  if (matrix.roles && matrix.roles.length !== n)
    throw new RangeError(
      `Expected one role index per respondent (${n}), got ${matrix.roles.length}.`,
    );

  const rows = (from: number, count: number): AnswerMatrix => ({
    ...matrix,
    respondents: count,
    codes: matrix.codes.subarray(from * m, (from + count) * m),
    ...(matrix.roles ? { roles: matrix.roles.subarray(from, from + count) } : {}),
  });
  const k = scoreBatch(instrument, framework, rows(0, 0)).competences.length;
  const cells = Math.min(chunkSize, n) * k;
  const into: BatchBuffers = {
    scores: new Float64Array(cells),
    levels: new Int8Array(cells),
    gaps: new Int8Array(cells),
    answered: new Uint16Array(cells),
  };
  for (let from = 0; from < n; from += chunkSize) {
    const count = Math.min(chunkSize, n - from);
    yield { from, ...scoreBatch(instrument, framework, rows(from, count), into) };
  }
}
