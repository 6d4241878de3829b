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

/**
 * Whether a combination of figures known from one release can equal a combination of figures
 * known from another with a non-zero weight on the finest cell `target`: then the difference of
 * the two combinations tells how that cell changed between them. Each figure is the list of the
 * finest cells it sums (indices in one space shared by both releases). Decided exactly, as the
 * feasibility of a linear system with free weights (HiGHS).
 */
export async function differenceReaches(
  earlier: readonly (readonly number[])[],
  later: readonly (readonly number[])[],
  target: number,
): Promise<boolean> {
  const touches = (rows: readonly (readonly number[])[]) => rows.some((r) => r.includes(target));
  if (!touches(earlier) || !touches(later)) return false;
  const terms = new Map<number, string[]>();
  const add = (rows: readonly (readonly number[])[], name: string, sign: string) =>
    rows.forEach((row, i) => {
      for (const f of row) {
        const list = terms.get(f) ?? [];
        list.push(`${list.length === 0 && sign === '+' ? '' : `${sign} `}${name}${i}`);
        terms.set(f, list);
      }
    });
  add(earlier, 'a', '+');
  add(later, 'b', '-');
  // Aᵀa = Bᵀb on every finest cell, and the combination's weight on the target is 1.
  const constraints = [...terms].map(
    ([f, list]) => ` c${f}: ${list.join(' ').replace(/^\+ /, '')} = 0`,
  );
  const onTarget = earlier.flatMap((row, i) => (row.includes(target) ? [`a${i}`] : []));
  constraints.push(` t: ${onTarget.join(' + ')} = 1`);
  const free = [...earlier.map((_, i) => ` a${i} free`), ...later.map((_, i) => ` b${i} free`)];
  const text = `Minimize\n obj:\nSubject To\n${constraints.join('\n')}\nBounds\n${free.join('\n')}\nEnd\n`;
  const result = (await solver()).solve(text, { presolve: 'on' });
  if (result.Status === 'Optimal') return true;
  if (result.Status === 'Infeasible') return false;
  throw new Error(`The history check's linear system ended as ${result.Status}.`);
}
