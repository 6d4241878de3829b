import type { Result } from '@competence-kit/schemas';
import type { Release } from '../release.js';

/**
 * The attacker: every published count and every listed hidden cell (at least one person), and an
 * exact search over the whole-number counts of the finest cells (role × unit) that fit them all.
 * Gives the smallest and largest count each hidden cell can have; independent of the release's
 * own linear-programming audit.
 */
export function attack(release: Pick<Release, 'tables'>, data: readonly Result[]) {
  const finest = [...new Set(data.map((r) => `${r.roleProfile ?? ''}|${r.unit ?? ''}`))];
  const partsOf = (key: Record<string, string | null | undefined>) =>
    finest.flatMap((f, i) => {
      const [role, unit] = f.split('|');
      const fits =
        (!('roleProfile' in key) || (key.roleProfile ?? '') === role) &&
        (!('unit' in key) || (key.unit ?? '') === unit);
      return fits ? [i] : [];
    });
  const equal: { parts: number[]; value: number }[] = [];
  const hidden: number[][] = [];
  for (const table of release.tables)
    for (const cell of table.cells)
      if (cell.hidden) hidden.push(partsOf(cell.key));
      else equal.push({ parts: partsOf(cell.key), value: cell.n! });
  // A cell no published count bounds could hold anyone; searching up to a few more than the
  // population is enough to show how far its size stays open.
  const cap = finest.map((_, f) =>
    Math.min(data.length + 5, ...equal.filter((e) => e.parts.includes(f)).map((e) => e.value)),
  );
  // Each published count is checked as soon as its last cell is set, and never passed before.
  const closing = finest.map((_, f) => equal.filter((e) => Math.max(...e.parts) === f));
  const x = finest.map(() => 0);
  const low = hidden.map(() => Infinity);
  const high = hidden.map(() => -Infinity);
  // The search stops once every hidden cell is seen to span the threshold: that is all an
  // assertion needs, and it keeps the search small.
  const open = () => hidden.every((_, i) => high[i]! - low[i]! >= 5);
  let visited = 0;
  const partial = (e: { parts: number[] }, upTo: number) =>
    e.parts.reduce((sum, p) => sum + (p <= upTo ? x[p]! : 0), 0);
  const search = (f: number): void => {
    if (++visited > 3_000_000) throw new Error('the exact attack is too large for this test');
    if (f === finest.length) {
      const sums = hidden.map((parts) => parts.reduce((s, p) => s + x[p]!, 0));
      if (sums.some((v) => v < 1)) return;
      sums.forEach((v, i) => {
        low[i] = Math.min(low[i]!, v);
        high[i] = Math.max(high[i]!, v);
      });
      return;
    }
    for (let v = 0; v <= cap[f]! && !open(); v++) {
      x[f] = v;
      if (!equal.every((e) => partial(e, f) <= e.value)) break;
      if (closing[f]!.every((e) => partial(e, f) === e.value)) search(f + 1);
    }
    x[f] = 0;
  };
  search(0);
  return hidden.map((parts, i) => ({ parts, low: low[i]!, high: high[i]! }));
}
