import highsModule from 'highs';
import type { Highs } from 'highs';

// `highs` types its ES module build as a CommonJS module with a default export; at run time the
// ES module's default export is the loader itself. Take whichever the runtime gives.
type Loader = () => Promise<Highs>;
const highsLoader: Loader =
  (highsModule as unknown as { default?: Loader }).default ?? (highsModule as unknown as Loader);

/** What the published figures leave open about a hidden cell: its smallest and largest value. */
export interface Interval {
  low: number;
  high: number;
}

/** A published figure: the sum of some finest cells, and its value. */
export interface Published {
  parts: readonly number[];
  value: number;
}

let loading: Promise<Highs> | undefined;

/** HiGHS, compiled to WebAssembly, loaded once per process. */
const solver = (): Promise<Highs> => (loading ??= highsLoader());

/**
 * Bounds a hidden cell by linear programming, as an attacker who knows every published figure
 * would: the finest cells are unknown counts, at least 0, and every published cell is the sum of
 * its finest cells. The smallest and largest value the hidden cell's finest cells can then sum
 * to is the interval the release leaves open (`Infinity` when nothing published bounds it).
 *
 * The bounds are those of the linear relaxation, as tau-ARGUS audits: exact for a two-way table
 * with its margins (the constraint matrix is totally unimodular), possibly wider than the integer
 * bounds with three or more dimensions. The tests check releases with an exact integer search.
 */
export class Auditor {
  readonly #highs: Highs;
  #constraints = '';
  #published: readonly Published[] = [];

  private constructor(highs: Highs) {
    this.#highs = highs;
  }

  /** Loads the solver (once per process) and returns an auditor. */
  static async create(): Promise<Auditor> {
    return new Auditor(await solver());
  }

  /**
   * The published figures the next bounds rest on, and the hidden cells: a hidden cell is listed,
   * so everyone knows at least one person is in it.
   */
  publish(published: readonly Published[], listed: readonly (readonly number[])[] = []): void {
    this.#published = published;
    const sum = (parts: readonly number[]) => parts.map((f) => `x${f}`).join(' + ');
    this.#constraints = [
      ...published.map((p, i) => ` p${i}: ${sum(p.parts)} = ${p.value}`),
      ...listed.map((parts, i) => ` h${i}: ${sum(parts)} >= 1`),
    ].join('\n');
  }

  /** The interval the published figures leave open for the sum of the finest cells `parts`. */
  bounds(parts: readonly number[]): Interval {
    if (parts.length === 0) return { low: 0, high: 0 };
    return { low: this.#solve('Minimize', parts), high: this.#solve('Maximize', parts) };
  }

  #solve(sense: 'Minimize' | 'Maximize', parts: readonly number[]): number {
    const objective = parts.map((f) => `x${f}`).join(' + ');
    // Variables are at least 0 by default in the LP format; nothing else bounds them.
    const text = `${sense}\n obj: ${objective}\nSubject To\n${this.#constraints || ' dummy: 0 x0 >= 0'}\nEnd\n`;
    const result = this.#highs.solve(text, { presolve: 'on' });
    if (result.Status === 'Optimal') return Math.round(result.ObjectiveValue * 1e6) / 1e6;
    if (result.Status === 'Unbounded') return sense === 'Maximize' ? Infinity : -Infinity;
    throw new Error(
      `The audit's linear program is ${result.Status} for ${this.#published.length} published figures: the published counts contradict each other, which a release never publishes.`,
    );
  }
}

/** A cell of the system {@link CellAudit} keeps: the finest cells it sums and its count. */
export interface AuditedCell {
  parts: readonly number[];
  n: number;
}

/**
 * The audit of one system of linked tables, kept as one linear program for the whole of a
 * protection: a row per cell (the sum of its finest cells), a column per finest cell (a count, at
 * least 0). A shown cell's row is fixed at its count; a hidden cell's row is at least 1 (it is
 * listed, so everyone knows someone is in it). Hiding or showing a cell changes its row's bounds,
 * and a bound is found by changing the objective alone, so HiGHS starts each solve from the last
 * basis instead of reading, presolving and solving the program from nothing (decision 0031).
 * The bounds are the same as {@link Auditor}'s for the same figures: a linear program's optimum
 * does not depend on how it was reached.
 *
 * Holds native memory: call {@link CellAudit.dispose} when done.
 */
export class CellAudit {
  readonly #highs: Highs;
  readonly #model: ReturnType<Highs['createModel']>;
  readonly #cells: readonly AuditedCell[];
  readonly #hidden: boolean[];
  /** The columns whose cost is 1 in the current objective. */
  #costed: number[] = [];

  private constructor(highs: Highs, cells: readonly AuditedCell[], hidden: readonly boolean[]) {
    this.#highs = highs;
    this.#cells = cells;
    this.#hidden = hidden.slice();
    let numCols = 0;
    for (const cell of cells) for (const f of cell.parts) if (f + 1 > numCols) numCols = f + 1;
    // Row-wise, each row's finest cells once (HiGHS refuses a column twice in a row).
    const starts: number[] = [0];
    const indices: number[] = [];
    for (const cell of cells) {
      for (const f of new Set(cell.parts)) indices.push(f);
      starts.push(indices.length);
    }
    const rowLower = cells.map((c, i) => this.#lower(c, this.#hidden[i]!));
    const rowUpper = cells.map((c, i) => this.#upper(c, this.#hidden[i]!));
    this.#model = highs.createModel({
      numCols,
      numRows: cells.length,
      colCost: new Float64Array(numCols),
      colLower: new Float64Array(numCols),
      colUpper: new Float64Array(numCols).fill(highs.infinity),
      rowLower,
      rowUpper,
      matrix: {
        format: 'csr',
        numRows: cells.length,
        numCols,
        starts,
        indices,
        values: new Float64Array(indices.length).fill(1),
      },
    });
    // Hot starts need the basis of the last solve; presolve would rebuild the program each time.
    // Primal simplex: most solves change only the objective, which keeps the last basis primal
    // feasible; the default dual simplex took 64 times the iterations on the release bench's
    // protections (388,149 against 6,043), and 4.4 times the time.
    this.#model.options.set({ presolve: 'off', output_flag: false, simplex_strategy: 4 });
  }

  /** Loads the solver (once per process) and builds the program, `hidden` cells hidden. */
  static async create(
    cells: readonly AuditedCell[],
    hidden: readonly boolean[],
  ): Promise<CellAudit> {
    return new CellAudit(await solver(), cells, hidden);
  }

  #lower(cell: AuditedCell, hidden: boolean): number {
    if (cell.parts.length === 0) return -this.#highs.infinity;
    return hidden ? 1 : cell.n;
  }

  #upper(cell: AuditedCell, hidden: boolean): number {
    if (cell.parts.length === 0) return this.#highs.infinity;
    return hidden ? this.#highs.infinity : cell.n;
  }

  /** Hides (`true`) or shows (`false`) cell `i`. */
  set(i: number, hidden: boolean): void {
    if (this.#hidden[i] === hidden) return;
    this.#hidden[i] = hidden;
    const cell = this.#cells[i]!;
    this.#model.changeRowBounds(i, this.#lower(cell, hidden), this.#upper(cell, hidden));
  }

  /** The interval the shown cells leave open for cell `i`'s count. */
  bounds(i: number): Interval {
    const parts = [...new Set(this.#cells[i]!.parts)].sort((a, b) => a - b);
    if (parts.length === 0) return { low: 0, high: 0 };
    this.#cost(this.#costed, 0);
    this.#cost(parts, 1);
    this.#costed = parts;
    return { low: this.#solve('minimize'), high: this.#solve('maximize') };
  }

  #solve(sense: 'minimize' | 'maximize'): number {
    const senses = this.#highs.constants.objectiveSense;
    this.#model.changeObjectiveSense(senses[sense]);
    let status = this.#model.run().modelStatus;
    // A hot start can end undecided (HiGHS's status "unknown", seen on an unbounded maximum, in
    // cell-audit.test.ts): solve again from nothing before concluding anything.
    if (status !== 7 && status !== 10) {
      this.#model.clearSolver();
      status = this.#model.run().modelStatus;
    }
    if (status === 7) return Math.round(this.#model.getObjectiveValue() * 1e6) / 1e6;
    // Unbounded; or "unbounded or infeasible", told apart by solving for feasibility alone.
    if (status === 10 || (status === 9 && this.#feasible()))
      return sense === 'maximize' ? Infinity : -Infinity;
    if (status === 8)
      throw new Error(
        `The audit's linear program is infeasible for ${this.#cells.length} cells: the published counts contradict each other, which a release never publishes.`,
      );
    throw new Error(
      `HiGHS could not solve the audit's linear program for ${this.#cells.length} cells (model status ${status}), even from a fresh start.`,
    );
  }

  #feasible(): boolean {
    this.#cost(this.#costed, 0);
    const status = this.#model.run().modelStatus;
    this.#cost(this.#costed, 1);
    return status === 7;
  }

  #cost(columns: readonly number[], cost: number): void {
    if (columns.length === 0) return;
    this.#model.changeColsCost(
      { kind: 'set', indices: columns },
      new Float64Array(columns.length).fill(cost),
    );
  }

  /** Frees the program's native memory; the audit cannot be used afterwards. */
  dispose(): void {
    this.#model.dispose();
  }
}

/** How far a combination may weigh a finest cell, relative to the cell it is centred on. */
const MAX_WEIGHT = 16;

/**
 * Whether the difference between two releases can be narrowed to fewer than `k` changed people
 * around the finest cell `anchor`: a combination of figures known from the earlier release equal
 * to one of figures known from the later, weighing the anchor 1, whose support holds fewer than
 * `k` changed contributions (`changes`: per finest cell, how many changed; cells not listed did
 * not change and cost nothing). Each figure is the list of the finest cells it sums, indices in
 * one space shared by both releases. Decided exactly as a mixed-integer program (HiGHS): weights
 * free, one switch per changed cell that lets its weight be non-zero (up to ±16).
 */
export async function differenceNarrows(
  earlier: readonly (readonly number[])[],
  later: readonly (readonly number[])[],
  changes: ReadonlyMap<number, number>,
  anchor: number,
  k: number,
  empty: { now: ReadonlySet<number>; before: ReadonlySet<number> } = {
    now: new Set(),
    before: new Set(),
  },
): Promise<boolean> {
  const touches = (rows: readonly (readonly number[])[]) => rows.some((r) => r.includes(anchor));
  if (!touches(earlier) || !touches(later)) return false;
  const inEarlier = new Map<number, string[]>();
  const inLater = new Map<number, string[]>();
  earlier.forEach((row, i) =>
    row.forEach((f) => (inEarlier.get(f) ?? inEarlier.set(f, []).get(f)!).push(`a${i}`)),
  );
  later.forEach((row, i) =>
    row.forEach((f) => (inLater.get(f) ?? inLater.set(f, []).get(f)!).push(`b${i}`)),
  );
  const constraints: string[] = [];
  const cells = new Set([...inEarlier.keys(), ...inLater.keys()]);
  for (const f of cells) {
    const plus = inEarlier.get(f) ?? [];
    const minus = inLater.get(f) ?? [];
    // Aᵀa = Bᵀb on every finest cell: the two combinations are one vector v. Not on a cell
    // empty in one of the releases: its weight there multiplies nobody.
    const gone = empty.now.has(f);
    const fresh = empty.before.has(f);
    if (!gone && !fresh)
      constraints.push(
        ` e${f}: ${[...plus, ...minus.map((b) => `- ${b}`)].join(' + ').replace(/\+ -/g, '-')} = 0`,
      );
    const weight = changes.get(f) ?? 0;
    if (weight === 0 && f !== anchor) continue;
    // v_f = (Aᵀa)_f, or (Bᵀb)_f for a cell empty before; a changed cell's weight is non-zero
    // only when its switch is on.
    const side = fresh ? minus : plus;
    const v = side.length > 0 ? side.join(' + ') : '0 a0';
    if (f === anchor) {
      constraints.push(` t: ${v} = 1`);
    } else {
      constraints.push(` u${f}: ${v} - ${MAX_WEIGHT} z${f} <= 0`);
      constraints.push(` l${f}: ${v} + ${MAX_WEIGHT} z${f} >= 0`);
    }
  }
  const switches = [...changes.keys()].filter((f) => f !== anchor && cells.has(f));
  const cost = switches.map((f) => `${changes.get(f)} z${f}`);
  // The anchor's own changes count too: the narrowed difference must hold fewer than k in all.
  const budget = k - 1 - (changes.get(anchor) ?? 0);
  if (budget < 0) return false;
  if (cost.length > 0) constraints.push(` w: ${cost.join(' + ')} <= ${budget}`);
  const free = [...earlier.map((_, i) => ` a${i} free`), ...later.map((_, i) => ` b${i} free`)];
  const text = [
    'Minimize',
    ` obj: ${cost.length > 0 ? cost.join(' + ') : '0 a0'}`,
    'Subject To',
    ...constraints,
    'Bounds',
    ...free,
    ...(switches.length > 0 ? ['Binary', ...switches.map((f) => ` z${f}`)] : []),
    'End',
    '',
  ].join('\n');
  const result = (await solver()).solve(text, { presolve: 'on' });
  if (result.Status === 'Optimal') return true;
  if (result.Status === 'Infeasible') return false;
  throw new Error(`The history check's program ended as ${result.Status}.`);
}

/**
 * A set of answers that are treated alike by every figure of two releases: those in one part
 * (`before`, -1 for none) of the earlier release and one part (`after`) of the later. Parts are
 * the pieces each release's figures are sums of; an answer that moved between parts (into a
 * wave comparison's pairs, say) is in its own set.
 */
export interface AnswerSet {
  before: number;
  after: number;
  /** How many answers. */
  count: number;
  /**
   * Whether a combination may weigh it, at the cost of its count (`false`: its weight must be
   * zero, as for the unchanged answers of a part whose every figure both releases see alike).
   */
  counted: boolean;
}

/**
 * Whether figures known from an earlier release (`earlier`, each the parts it sums) and from a
 * later one (`later`) combine to a sum that weighs the answer set `anchor` 1 and holds fewer than
 * `k` answers in all: a combination Σaᵢ·earlierᵢ − Σbⱼ·laterⱼ whose weight on each set (the
 * weight of its earlier part minus that of its later part) is zero outside fewer than `k`
 * answers. The sets `apart` must weigh zero. Decided exactly as a mixed-integer program (HiGHS),
 * weights up to ±16. Returns the combination's weights when one exists, else `null`.
 */
export async function narrowsAround(
  earlier: readonly (readonly number[])[],
  later: readonly (readonly number[])[],
  sets: readonly AnswerSet[],
  anchor: number,
  k: number,
  apart: readonly number[] = [],
): Promise<{ earlier: number[]; later: number[] } | null> {
  const inEarlier = new Map<number, string[]>();
  const inLater = new Map<number, string[]>();
  earlier.forEach((row, i) =>
    row.forEach((p) => (inEarlier.get(p) ?? inEarlier.set(p, []).get(p)!).push(`a${i}`)),
  );
  later.forEach((row, i) =>
    row.forEach((p) => (inLater.get(p) ?? inLater.set(p, []).get(p)!).push(`b${i}`)),
  );
  const weight = (set: AnswerSet) =>
    [...(inEarlier.get(set.before) ?? []), ...(inLater.get(set.after) ?? []).map((b) => `- ${b}`)]
      .join(' + ')
      .replace(/\+ -/g, '-');
  const budget = k - 1 - sets[anchor]!.count;
  const at = weight(sets[anchor]!);
  if (budget < 0 || at === '') return null;
  const constraints = [` t: ${at} = 1`];
  const cost: string[] = [];
  sets.forEach((set, s) => {
    if (s === anchor) return;
    const w = weight(set);
    // A set of nobody weighs nothing, whatever its weight, unless it is to stay apart.
    if (w === '' || (set.count === 0 && !apart.includes(s))) return;
    if (!set.counted || apart.includes(s)) {
      constraints.push(` e${s}: ${w} = 0`);
    } else if (set.count > budget) {
      // Too many answers to be in a narrowed sum at all: its weight is zero.
      constraints.push(` e${s}: ${w} = 0`);
    } else {
      constraints.push(` u${s}: ${w} - ${MAX_WEIGHT} z${s} <= 0`);
      constraints.push(` l${s}: ${w} + ${MAX_WEIGHT} z${s} >= 0`);
      cost.push(`${set.count} z${s}`);
    }
  });
  if (cost.length > 0) constraints.push(` w: ${cost.join(' + ')} <= ${budget}`);
  const variables = [...earlier.map((_, i) => `a${i}`), ...later.map((_, j) => `b${j}`)];
  const text = [
    'Minimize',
    ` obj: ${cost.length > 0 ? cost.join(' + ') : `0 ${variables[0]}`}`,
    'Subject To',
    ...constraints,
    'Bounds',
    ...variables.map((v) => ` ${v} free`),
    ...(cost.length > 0 ? ['Binary', ...cost.map((c) => ` ${c.split(' ')[1]}`)] : []),
    'End',
    '',
  ].join('\n');
  const result = (await solver()).solve(text, { presolve: 'on' });
  if (result.Status === 'Infeasible') return null;
  if (result.Status !== 'Optimal')
    throw new Error(`The check across kinds of figures ended as ${result.Status}.`);
  const value = (name: string) => result.Columns[name]?.Primal ?? 0;
  return {
    earlier: earlier.map((_, i) => value(`a${i}`)),
    later: later.map((_, j) => value(`b${j}`)),
  };
}
