import { finishCell } from './cell.js';
import { scoreAnchoredCell } from './kernel-anchored.js';
import {
  BLOCK,
  blockBuffers,
  copyBlock,
  copyCombinations,
  rolesOf,
  targetOf,
  type KernelInput,
} from './kernel-shared.js';
import type { BatchBuffers } from './types.js';
import { SKIPPED } from './tabulate.js';

/**
 * One cell item by item, with the padded tables: for competences too large to tabulate and for
 * cells with a code that does not fit. Returns the cell's codes that do not fit.
 */
function scoreItems(
  input: KernelInput,
  codes: Int8Array,
  row: number,
  i: number,
  role: number,
  out: BatchBuffers,
  cell: number,
): number {
  const { plan } = input;
  if (plan.anchored) return scoreAnchoredCell(input, codes, row, i, role, out, cell);
  const { competenceStart, column, weight } = plan;
  const padded = plan.tables.padded;
  let invalid = 0;
  let weights = 0;
  let weighted = 0;
  let count = 0;
  for (let x = competenceStart[i]!; x < competenceStart[i + 1]!; x++) {
    const value = padded[(x << 8) | (codes[row + column[x]!]! & 255)]!;
    if (value >= 0) {
      const w = weight[x]!;
      weights += w;
      weighted += w * value;
      count++;
    } else if (value !== SKIPPED) invalid++;
  }
  const target = targetOf(input.roleTargets, role, plan.competences.length, i);
  finishCell(plan, i, count, weights, weighted, target, out, cell);
  return invalid;
}

/**
 * Adds the digits of columns x .. x + 3 (those before `end`) to `sums`, for the `rows`
 * respondents from the one whose codes start at `row`. Four columns per pass, because V8 checks
 * every typed array access: one pass per column would read and write `sums` four times as often.
 */
function addDigits(
  sums: Int32Array,
  rows: number,
  codes: Int8Array,
  m: number,
  row: number,
  column: Int32Array,
  digits: Int32Array,
  x: number,
  end: number,
): void {
  const t0 = x << 8;
  const t1 = t0 + 256;
  const t2 = t0 + 512;
  const t3 = t0 + 768;
  let a0 = row + column[x]!;
  const left = end - x;
  if (left >= 4) {
    let a1 = row + column[x + 1]!;
    let a2 = row + column[x + 2]!;
    let a3 = row + column[x + 3]!;
    for (let b = 0; b < rows; b++, a0 += m, a1 += m, a2 += m, a3 += m)
      sums[b] =
        sums[b]! +
        digits[t0 | (codes[a0]! & 255)]! +
        digits[t1 | (codes[a1]! & 255)]! +
        digits[t2 | (codes[a2]! & 255)]! +
        digits[t3 | (codes[a3]! & 255)]!;
  } else if (left === 3) {
    let a1 = row + column[x + 1]!;
    let a2 = row + column[x + 2]!;
    for (let b = 0; b < rows; b++, a0 += m, a1 += m, a2 += m)
      sums[b] =
        sums[b]! +
        digits[t0 | (codes[a0]! & 255)]! +
        digits[t1 | (codes[a1]! & 255)]! +
        digits[t2 | (codes[a2]! & 255)]!;
  } else if (left === 2) {
    let a1 = row + column[x + 1]!;
    for (let b = 0; b < rows; b++, a0 += m, a1 += m)
      sums[b] = sums[b]! + digits[t0 | (codes[a0]! & 255)]! + digits[t1 | (codes[a1]! & 255)]!;
  } else {
    for (let b = 0; b < rows; b++, a0 += m) sums[b] = sums[b]! + digits[t0 | (codes[a0]! & 255)]!;
  }
}

/**
 * The kernel for Int8Array codes (one byte per answer). Competence-major in blocks of
 * respondents: for a tabulated competence, passes over the block add up its items' digits, and
 * one pass copies each respondent's results from the tables, so every inner loop is long and
 * simple (short loops over a competence's few items, per respondent, measured 1.4 times as slow).
 */
export function scoreInt8(input: KernelInput, codes: Int8Array): number {
  const { plan, n, roles } = input;
  const { competenceStart, column } = plan;
  const { digits8, comboStart } = plan.tables;
  const m = column.length;
  const k = plan.competences.length;
  const sums = new Int32Array(BLOCK);
  const blockRoles = new Int32Array(BLOCK);
  const misses = new Int32Array(BLOCK);
  const local = blockBuffers(k);
  let invalidCells = 0;
  for (let first = 0; first < n; first += BLOCK) {
    const rows = Math.min(BLOCK, n - first);
    rolesOf(roles, first, rows, blockRoles);
    for (let i = 0; i < k; i++) {
      if (comboStart[i]! < 0) {
        for (let b = 0; b < rows; b++)
          invalidCells += scoreItems(
            input,
            codes,
            (first + b) * m,
            i,
            blockRoles[b]!,
            local,
            b * k + i,
          );
        continue;
      }
      const end = competenceStart[i + 1]!;
      sums.fill(0);
      for (let x = competenceStart[i]!; x < end; x += 4)
        addDigits(sums, rows, codes, m, first * m, column, digits8, x, end);
      const missed = copyCombinations(input, local, i, sums, rows, blockRoles, misses);
      for (let q = 0; q < missed; q++) {
        const b = misses[q]!;
        invalidCells += scoreItems(
          input,
          codes,
          (first + b) * m,
          i,
          blockRoles[b]!,
          local,
          b * k + i,
        );
      }
    }
    copyBlock(local, input.out, first, rows, k);
  }
  return invalidCells;
}
