import type { GroupDimension } from '@competence-kit/scoring';
import { differenceNarrows, narrowsAround, type AnswerSet } from './audit.js';
import { ledgerKey } from './cells.js';
import { protect, type LinkedCell, type Protection } from './protect.js';

/** A system of linked tables as the history check sees it. */
export interface HistorySystem {
  /** Each table's dimensions. */
  by: readonly (readonly GroupDimension[])[];
  /** The dimensions of the finest cells. */
  dims: readonly GroupDimension[];
  /** The finest cells of the new release (keys as {@link ledgerKey}). */
  finestKeys: readonly string[];
}

/** What one earlier release let anyone know: per table, the keys of the cells. */
export interface Known {
  determined: readonly (readonly string[])[];
  /** Per finest cell of this system that changed since then, how many contributions changed. */
  changes: ReadonlyMap<string, number>;
  /** Every finest cell the earlier release had (keys as {@link ledgerKey}). */
  finest: readonly string[];
}

/**
 * Protects the cells of a new release against the earlier releases as well as within itself.
 *
 * 1. A cell that an earlier release let anyone know and whose contributions changed since by
 *    1..k−1 (people who joined, left or answered again) is primary: hidden, and protected like a
 *    small cell.
 * 2. The result is then proved: for each finest cell that changed by fewer than k, no
 *    combination of the figures known from the earlier release may equal a combination of those
 *    known from the new one that weighs that cell and holds fewer than k changed contributions in
 *    all (a mixed-integer program, decided exactly). Where one does, every new cell that holds
 *    that finest cell becomes primary, and the protection runs again; once no known figure of the
 *    new release holds the cell, no difference reaches it.
 *
 * Returns the protection and which cells were made primary by the history.
 */
export async function protectOverTime(
  cells: readonly LinkedCell[],
  system: HistorySystem,
  primary: readonly boolean[],
  history: readonly Known[],
  k: number,
  random: () => number,
): Promise<{ protection: Protection; primary: boolean[] }> {
  const { by, dims, finestKeys } = system;
  // The finest cells of every release in one space: this release's, then earlier ones' (an
  // earlier release may hold cells that everyone has left since).
  const space = new Map<string, number>(finestKeys.map((key, i) => [key, i]));
  for (const { finest, changes } of history)
    for (const key of [...finest, ...changes.keys()])
      if (!space.has(key)) space.set(key, space.size);
  const parsed = [...space].map(([key, index]) => [JSON.parse(key) as unknown[], index] as const);
  // A figure sums every finest cell its key holds, in every release: those everyone has left
  // since (or that nobody had before) hold nobody there, but their change is the figure's.
  const holds = (table: number, cell: readonly unknown[]) => {
    const at = by[table]!.map((d) => dims.indexOf(d));
    return parsed.flatMap(([values, index]) =>
      at.every((position, i) => values[position] === cell[i]) ? [index] : [],
    );
  };
  const earlierRows = history.map(({ determined }) =>
    determined.flatMap((keys, table) =>
      keys.map((key) => holds(table, JSON.parse(key) as unknown[])),
    ),
  );
  const allParts = cells.map((c) =>
    holds(
      c.table,
      by[c.table]!.map((d) => c.key[d] ?? null),
    ),
  );
  // Per earlier release, the finest cells empty in it or in the new one (nobody's there).
  const emptyNow = new Set([...space.values()].filter((index) => index >= finestKeys.length));
  const emptyBefore = history.map(({ finest }) => {
    const had = new Set(finest.map((key) => space.get(key)!));
    return new Set([...space.values()].filter((index) => !had.has(index)));
  });

  const keyOf = (c: LinkedCell) => ledgerKey(c.key, by[c.table]!);
  const changed = history.map(
    ({ changes }) => new Map([...changes].map(([key, n]) => [space.get(key)!, n] as const)),
  );
  const marked = primary.slice();
  history.forEach(({ determined }, j) => {
    const known = determined.map((keys) => new Set(keys));
    cells.forEach((c, i) => {
      if (!known[c.table]!.has(keyOf(c))) return;
      const count = allParts[i]!.reduce((sum, p) => sum + (changed[j]!.get(p) ?? 0), 0);
      if (count > 0 && count < k) marked[i] = true;
    });
  });

  for (;;) {
    const protection = await protect(cells, by, marked, k, random);
    const laterRows = allParts.filter((_, i) => protection.determined[i]);
    const reached = new Set<number>();
    for (let j = 0; j < history.length; j++)
      for (const [f, n] of changed[j]!)
        if (
          n < k &&
          !reached.has(f) &&
          (await differenceNarrows(earlierRows[j]!, laterRows, changed[j]!, f, k, {
            now: emptyNow,
            before: emptyBefore[j]!,
          }))
        )
          reached.add(f);
    if (reached.size === 0) return { protection, primary: marked };
    let more = false;
    cells.forEach((_, i) => {
      if (!marked[i] && allParts[i]!.some((p) => reached.has(p))) marked[i] = more = true;
    });
    // Every cell that holds a reached finest cell is primary already and still known: the
    // protection could not hide it. Nothing safe is left to publish.
    if (!more)
      return {
        protection: {
          ...protection,
          hidden: cells.map(() => true),
          determined: cells.map(() => false),
        },
        primary: marked,
      };
  }
}

/**
 * One release's figures as the check across kinds sees them: phase cells and wave comparisons'
 * sides, all sums over the answers of the finest cells.
 */
export interface AnswerView {
  /** Per finest cell (key as {@link ledgerKey} over every dimension), its answers' digests. */
  contributions: Readonly<Record<string, readonly string[]>>;
  /** Per finest cell, those of its digests that are in a pair of the wave comparison. */
  paired: Readonly<Record<string, readonly string[]>>;
  /**
   * The figures anyone knows: the finest cells each sums, and whether it is a comparison's side
   * (the earlier or the later wave of its pairs), which sums only their paired answers.
   */
  figures: readonly { finest: readonly string[]; side: boolean }[];
}

/**
 * Checks phase cells against wave comparisons across releases. A comparison's side (its pairs'
 * mean in one wave, with their number) is a sum over some of the answers a phase cell sums: six
 * at baseline shown in one release and five of them shown as a comparison's baseline side in the
 * next give the sixth away, although neither kind changed by fewer than the threshold on its
 * own. Here every answer is followed from the part of the earlier release it was in (a finest
 * cell's paired answers, or the rest) to its part now; answers that joined, left, answered
 * again or moved between the parts count, and so do the unchanged answers of the finest cells
 * that `anchorable` names (those of the compared phases): the sixth above changed nothing. For
 * every such set of fewer than `k` answers, a mixed-integer program looks for a combination of
 * the figures known from the earlier release and from `now` (those of the set's phase: every
 * figure is of one phase) that weighs it and holds fewer than `k` answers in all
 * ({@link narrowsAround}). A combination that one release gives alone is that release's
 * protection's business and is not reported here; one of phase cells only is (the unchanged
 * answers it isolates are outside {@link protectOverTime}'s reach).
 *
 * Returns, per combination found, the indices of the figures of `now` it uses.
 */
export async function narrowedAcrossKinds(
  now: AnswerView,
  history: readonly AnswerView[],
  anchorable: (finestKey: string) => boolean,
  phaseOf: (finestKey: string) => unknown,
  k: number,
): Promise<number[][]> {
  const found: number[][] = [];
  for (const before of history) {
    if (!now.figures.some((f) => f.side) && !before.figures.some((f) => f.side)) continue;
    const ids = new Map<string, number>();
    const finestOf: string[] = [];
    const id = (finest: string, paired: boolean) => {
      const name = `${paired ? 'p' : 'r'}${finest}`;
      let at = ids.get(name);
      if (at === undefined) {
        ids.set(name, (at = ids.size));
        finestOf.push(finest);
      }
      return at;
    };
    const partsOf = (view: AnswerView) => {
      const part = new Map<string, number>();
      for (const [finest, digests] of Object.entries(view.contributions)) {
        const paired = new Set(view.paired[finest] ?? []);
        for (const d of digests) part.set(d, id(finest, paired.has(d)));
      }
      return part;
    };
    const was = partsOf(before);
    const is = partsOf(now);
    const grouped = new Map<string, AnswerSet>();
    for (const d of new Set([...was.keys(), ...is.keys()])) {
      const set = { before: was.get(d) ?? -1, after: is.get(d) ?? -1 };
      const key = `${set.before}|${set.after}`;
      const known = grouped.get(key);
      if (known) known.count++;
      else
        grouped.set(key, {
          ...set,
          count: 1,
          counted: set.before !== set.after || anchorable(finestOf[set.before]!),
        });
    }
    const sets = [...grouped.values()];
    // Every figure is of one phase (every table is by phase), and so is every answer: a
    // combination's figures of other phases than the set's can only add answers. Each set is
    // looked at with the figures of its phase.
    const rows = (view: AnswerView) =>
      view.figures.flatMap((f, i) =>
        f.finest.length === 0
          ? []
          : [
              {
                figure: i,
                phase: phaseOf(f.finest[0]!),
                parts: f.finest.flatMap((finest) =>
                  f.side ? [id(finest, true)] : [id(finest, true), id(finest, false)],
                ),
              },
            ],
      );
    const [allEarlier, allLater] = [rows(before), rows(now)];
    const parts = (list: { parts: number[] }[]) => list.map((r) => r.parts);
    for (let s = 0; s < sets.length; s++) {
      const set = sets[s]!;
      if (!set.counted || set.count >= k) continue;
      const finest = finestOf[set.before >= 0 ? set.before : set.after]!;
      if (!anchorable(finest)) continue;
      const phase = phaseOf(finest);
      const earlier = allEarlier.filter((r) => r.phase === phase);
      const later = allLater.filter((r) => r.phase === phase);
      const joint = await narrowsAround(parts(earlier), parts(later), sets, s, k);
      if (!joint) continue;
      // What one release gives alone is that release's protection's business, not this check's.
      if (await narrowsAround(parts(earlier), [], sets, s, k)) continue;
      if (await narrowsAround([], parts(later), sets, s, k)) continue;
      found.push(later.flatMap((r, j) => (Math.abs(joint.later[j]!) > 1e-7 ? [r.figure] : [])));
    }
  }
  return found;
}

/**
 * Checks phase cells against wave comparisons within one release. A comparison's side sums the
 * paired answers of its finest cells, a phase cell all their answers: where everyone of a cell
 * is in a pair, the cell is the comparison's side, and a comparison hidden for its pairs'
 * protection comes back as a cell minus the other comparisons. For each part (a finest cell's
 * paired answers, or the rest) of fewer than `k` answers in a finest cell that `anchorable`
 * names, a mixed-integer program looks for a combination of the figures known that weighs that
 * part 1, the finest cell's other part 0 (phase cells alone weigh both parts alike, which their
 * own protection answers for), and holds fewer than `k` answers in all.
 *
 * Returns, per combination found, the indices of the figures it uses.
 */
export async function narrowedWithin(
  now: AnswerView,
  anchorable: (finestKey: string) => boolean,
  phaseOf: (finestKey: string) => unknown,
  k: number,
): Promise<number[][]> {
  if (!now.figures.some((f) => f.side)) return [];
  const ids = new Map<string, number>();
  const id = (finest: string, paired: boolean) => {
    const name = `${paired ? 'p' : 'r'}${finest}`;
    let at = ids.get(name);
    if (at === undefined) ids.set(name, (at = ids.size));
    return at;
  };
  // Both parts of every finest cell, an empty one too: a combination that weighs the part it
  // isolates 1 and the other part 0 cannot be one of phase cells alone, even where the other
  // part holds nobody.
  const sets: (AnswerSet & { finest: string; paired: boolean })[] = [];
  for (const [finest, digests] of Object.entries(now.contributions)) {
    const paired = (now.paired[finest] ?? []).length;
    for (const [isPaired, count] of [
      [true, paired],
      [false, digests.length - paired],
    ] as const)
      if (count > 0 || anchorable(finest))
        sets.push({
          before: -1,
          after: id(finest, isPaired),
          count,
          counted: true,
          finest,
          paired: isPaired,
        });
  }
  const rows = now.figures.map((f) =>
    f.finest.flatMap((finest) =>
      f.side ? [id(finest, true)] : [id(finest, true), id(finest, false)],
    ),
  );
  const phases = now.figures.map((f) => (f.finest.length > 0 ? phaseOf(f.finest[0]!) : null));
  // Only a comparison's side weighs a finest cell's two parts apart: none, no combination.
  const onSides = new Set(now.figures.flatMap((f) => (f.side ? f.finest : [])));
  const part = new Map(sets.map((set, s) => [`${set.paired ? 'p' : 'r'}${set.finest}`, s]));
  const found: number[][] = [];
  for (let s = 0; s < sets.length; s++) {
    const set = sets[s]!;
    if (set.count === 0 || set.count >= k || !anchorable(set.finest)) continue;
    if (!onSides.has(set.finest)) continue;
    const other = part.get(`${set.paired ? 'r' : 'p'}${set.finest}`) ?? -1;
    const phase = phaseOf(set.finest);
    const inPhase = rows.flatMap((_, j) => (phases[j] === phase ? [j] : []));
    const combination = await narrowsAround(
      [],
      inPhase.map((j) => rows[j]!),
      sets,
      s,
      k,
      other >= 0 ? [other] : [],
    );
    if (combination) found.push(inPhase.filter((_, i) => Math.abs(combination.later[i]!) > 1e-7));
  }
  return found;
}
