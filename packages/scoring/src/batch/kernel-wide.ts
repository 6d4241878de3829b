import { finishCell } from './cell.js';
import { normalisedOf } from './encode.js';
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

/**
 * One cell item by item, with the per-column tables (decoding codes of items too large for a
 * table): for competences too large to tabulate and for cells with a code that does not fit.
 * Returns the cell's codes that do not fit.
 */
function scoreItems(
  input: KernelInput,
  codes: Int32Array,
  row: number,
  i: number,
  role: number,
  out: BatchBuffers,
  cell: number,
): number {
  const { plan } = input;
  const { competenceStart, column, size, offset, flat, weight, keys } = plan;
  let invalid = 0;
  let weights = 0;
  let weighted = 0;
  let count = 0;
  for (let x = competenceStart[i]!; x < competenceStart[i + 1]!; x++) {
    const code = codes[row + column[x]!]!;
    if (code < 0) continue;
    const s = size[x]!;
    const value =
      code < s ? flat[offset[x]! + code]! : s < 0 ? normalisedOf(keys[column[x]!]!, code) : NaN;
    if (value !== value) {
      invalid++;
      continue;
    }
    const w = weight[x]!;
    weights += w;
    weighted += w * value;
    count++;
  }
  const target = targetOf(input.roleTargets, role, plan.competences.length, i);
  finishCell(plan, i, count, weights, weighted, target, out, cell);
  return invalid;
}

/**
 * Adds the digits of columns x and x + 1 (if before `end`) to `sums`. A code's entry in the
 * column's digits is `min(code, size) + 1` for codes from 0 (the last entry: too large to fit)
 * and 0 for negative codes (skipped), computed without a branch.
 */
function addDigits(
  sums: Int32Array,
  rows: number,
  codes: Int32Array,
  m: number,
  row: number,
  input: KernelInput,
  x: number,
  end: number,
): void {
  const { column, size } = input.plan;
  const { digitsWide: digits, wideStart } = input.plan.tables;
  const t0 = wideStart[x]!;
  const s0 = size[x]!;
  let a0 = row + column[x]!;
  if (end - x >= 2) {
    const t1 = wideStart[x + 1]!;
    const s1 = size[x + 1]!;
    let a1 = row + column[x + 1]!;
    for (let b = 0; b < rows; b++, a0 += m, a1 += m) {
      const c0 = codes[a0]!;
      const c1 = codes[a1]!;
      sums[b] =
        sums[b]! +
        digits[t0 + ((Math.min(c0, s0) + 1) & ~(c0 >> 31))]! +
        digits[t1 + ((Math.min(c1, s1) + 1) & ~(c1 >> 31))]!;
    }
  } else {
    for (let b = 0; b < rows; b++, a0 += m) {
      const c0 = codes[a0]!;
      sums[b] = sums[b]! + digits[t0 + ((Math.min(c0, s0) + 1) & ~(c0 >> 31))]!;
    }
  }
}

/**
 * The kernel for Int16Array and Int32Array codes (items with codes of 128 and more: multiple
 * choice of 8 options or more, rankings of 6 or more). Each block's codes are copied into an
 * Int32Array first (a native conversion), so the loops see one array type; then as the Int8
 * kernel, with a bounded index into each column's digits instead of a 256-entry table.
 */
export function scoreWide(input: KernelInput, codes: Int16Array | Int32Array): number {
  const { plan, n, roles } = input;
  const { competenceStart } = plan;
  const { comboStart } = plan.tables;
  const m = plan.column.length;
  const k = plan.competences.length;
  const sums = new Int32Array(BLOCK);
  const blockRoles = new Int32Array(BLOCK);
  const misses = new Int32Array(BLOCK);
  const local = blockBuffers(k);
  const direct = codes instanceof Int32Array;
  const copy = direct ? undefined : new Int32Array(BLOCK * m);
  let invalidCells = 0;
  for (let first = 0; first < n; first += BLOCK) {
    const rows = Math.min(BLOCK, n - first);
    rolesOf(roles, first, rows, blockRoles);
    let block: Int32Array;
    let base: number;
    if (copy) {
      copy.set(codes.subarray(first * m, (first + rows) * m));
      block = copy;
      base = 0;
    } else {
      block = codes as Int32Array;
      base = first * m;
    }
    for (let i = 0; i < k; i++) {
      if (comboStart[i]! < 0) {
        for (let b = 0; b < rows; b++)
          invalidCells += scoreItems(
            input,
            block,
            base + b * m,
            i,
            blockRoles[b]!,
            local,
            b * k + i,
          );
        continue;
      }
      const end = competenceStart[i + 1]!;
      sums.fill(0);
      for (let x = competenceStart[i]!; x < end; x += 2)
        addDigits(sums, rows, block, m, base, input, x, end);
      const missed = copyCombinations(input, local, i, sums, rows, blockRoles, misses);
      for (let q = 0; q < missed; q++) {
        const b = misses[q]!;
        invalidCells += scoreItems(input, block, base + b * m, i, blockRoles[b]!, local, b * k + i);
      }
    }
    copyBlock(local, input.out, first, rows, k);
  }
  return invalidCells;
}
