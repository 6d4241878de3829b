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
    // Aᵀa = Bᵀb on every finest cell: the two combinations are one vector v.
    constraints.push(
      ` e${f}: ${[...plus, ...minus.map((b) => `- ${b}`)].join(' + ').replace(/\+ -/g, '-')} = 0`,
    );
    const weight = changes.get(f) ?? 0;
    if (weight === 0 && f !== anchor) continue;
    // v_f = (Aᵀa)_f; a changed cell's weight is non-zero only when its switch is on.
    const v = plus.length > 0 ? plus.join(' + ') : '0 a0';
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
