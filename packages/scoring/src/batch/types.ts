/** An integer typed array holding answer codes. */
export type CodeArray = Int8Array | Int16Array | Int32Array;

/**
 * A cohort's answers as a matrix: one row per respondent, one column per scored item (in the
 * order of `batchColumns`), row-major. Each cell holds a code:
 * - `-1` (or any negative code): skipped or missing;
 * - Likert: the rating;
 * - single choice and situational judgement: the option's index;
 * - multiple choice: the bitmask of the chosen options' indices (up to 30 options);
 * - ranking: the Lehmer code of the answer's permutation of the options (up to 12 options).
 */
export interface AnswerMatrix {
  /** Item ids of the columns; must equal `batchColumns(instrument)`. */
  items: readonly string[];
  respondents: number;
  codes: CodeArray;
  /** Per respondent, the index of the role profile in `roleProfiles`, or -1. */
  roles?: CodeArray;
  roleProfiles?: readonly string[];
}

/** Sentinel in {@link BatchScores.gaps} and `levels` where there is no value. */
export const NONE = -128;

/** Scores of a cohort, competence-major per respondent: cell `r * competences.length + c`. */
export interface BatchScores {
  competences: readonly string[];
  respondents: number;
  /** Normalised scores; NaN where the competence's score is not valid. */
  scores: Float64Array;
  /**
   * Index of the level reached on the scale (the framework's, or the instrument's own
   * `scoring.scale`); -1 below the scale (a valid score, the lowest level not reached); {@link NONE}
   * where the score is not valid.
   */
  levels: Int8Array;
  /**
   * Target index − level index (from -1 below the scale), or {@link NONE} without a valid score or
   * a target (there is none for an instrument's own levels).
   */
  gaps: Int8Array;
  /** Scored items answered per respondent and competence. */
  answered: Uint16Array;
  /** Cells whose code does not fit its item; they count as not answered. */
  invalidCells: number;
}

/** Result buffers to score into, each of at least `respondents × competences` cells. */
export type BatchBuffers = Pick<BatchScores, 'scores' | 'levels' | 'gaps' | 'answered'>;

/** Bytes of results per cell: a Float64 score, an Int8 level and gap, a Uint16 count. */
export const BYTES_PER_CELL = 12;

/**
 * The most result cells (respondents × competences) one call of `scoreBatch` without `into`
 * allocates: 2^24 cells, about 200 MB of results (1,000,000 respondents of an instrument with up
 * to 16 competences), so that a process with the codes and the results stays under 512 MB.
 * Larger cohorts are scored in chunks (`scoreBatchChunks`, or `into` buffers).
 */
export const MAX_CELLS_PER_CALL = 2 ** 24;
