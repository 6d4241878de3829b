// The knowledge search: `indexKnowledge` once, `searchKnowledge` per query (decision 0030).
import type { KnowledgeEntry, VopiLevel } from '@competence-kit/schemas';
import { describeValue } from '@competence-kit/schemas';
import { INDEX_DATA, buildIndex, isVisible } from './build.js';
import type { IndexData, KnowledgeIndex } from './build.js';
import { searchKnowledge } from './query.js';

export type { KnowledgeIndex } from './build.js';
export { searchKnowledge };

function checkEntries(fn: string, entries: unknown): asserts entries is readonly unknown[] {
  if (!Array.isArray(entries))
    throw new TypeError(
      `${fn}: the argument "entries" must be an array of knowledge entries; got ${describeValue(entries)}.`,
    );
}

function checkObject(fn: string, entry: unknown, i: number): asserts entry is KnowledgeEntry {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
    throw new TypeError(
      `${fn}: the argument "entries" at /${i} must be a knowledge entry (an object); got ${describeValue(entry)}.`,
    );
}

/**
 * The entries that may be shown: all but testimonials whose consent was withdrawn (or that have
 * no consent record), in the same order. Every list of entries a person sees goes through it.
 *
 * @throws TypeError when `entries` is not an array or holds something that is not an object.
 * @example
 * ```ts
 * visibleEntries(base.entries).length; // the entries without the withdrawn testimonials
 * ```
 */
export function visibleEntries(entries: readonly KnowledgeEntry[]): KnowledgeEntry[] {
  checkEntries('visibleEntries', entries);
  return entries.filter((entry, i) => {
    checkObject('visibleEntries', entry, i);
    return isVisible(entry);
  });
}

/**
 * Indexes the visible entries (see {@link visibleEntries}: a withdrawn testimonial is never
 * found) for {@link searchKnowledge}: every text of an entry in every language it has (title,
 * summary, keywords and the kind's own texts), words normalised without accents or case, and
 * the facets (kind, competences, levels, VOPI levels, territory, languages). Build it once per
 * version of the knowledge base; entries are treated as immutable afterwards.
 *
 * @throws TypeError naming the path (`/3/title/de`) when `entries` is not an array or an entry
 *   does not have the shape of a knowledge entry.
 * @example
 * ```ts
 * const index = indexKnowledge(base.entries);
 * searchKnowledge(index, { text: 'educacion' }).hits[0]?.id; // an entry about "educación"
 * ```
 */
export function indexKnowledge(entries: readonly KnowledgeEntry[]): KnowledgeIndex {
  checkEntries('indexKnowledge', entries);
  const visible: KnowledgeEntry[] = [];
  const positions: number[] = [];
  entries.forEach((entry, i) => {
    checkObject('indexKnowledge', entry, i);
    if (isVisible(entry)) {
      visible.push(entry);
      positions.push(i);
    }
  });
  const data = buildIndex(visible, positions);
  const index = { entries: visible, words: data.termIds.size } as KnowledgeIndex;
  // Not enumerable: logging or serialising an index shows its entries, not megabytes of arrays.
  Object.defineProperty(index, INDEX_DATA, { value: data, enumerable: false });
  Object.freeze(index);
  warmUp(index, data);
  return index;
}

/**
 * Answers three throwaway queries on the new index — the commonest word, that word with the
 * two-letter beginning of it, and one value of every facet — so that the engine has compiled
 * the query code before a person's first query arrives: measured in Chromium on 10,000 entries,
 * the first query after indexing otherwise took up to 19 ms on a loaded machine, against under
 * 1 ms once warm (decision 0030). It costs what those three first queries cost, a small part of
 * building the index, and changes nothing in it (a query only reuses its work arrays).
 */
function warmUp(index: KnowledgeIndex, data: IndexData): void {
  if (data.n === 0 || data.termIds.size === 0) return;
  let commonest = 0;
  for (let t = 1; t < data.termIds.size; t++)
    if (data.start[t + 1]! - data.start[t]! > data.start[commonest + 1]! - data.start[commonest]!)
      commonest = t;
  const word = data.sorted[data.sortedIds.indexOf(commonest)]!;
  searchKnowledge(index, { text: word });
  searchKnowledge(index, { text: `${word} ${word.slice(0, 2)}` });
  const one = (f: number) => data.facets[f]!.values.slice(0, 1);
  searchKnowledge(index, {
    kinds: one(0) as KnowledgeEntry['kind'][],
    competences: one(1),
    levels: one(2).map(Number),
    vopiLevels: one(3) as VopiLevel[],
    territories: one(4),
    languages: one(5),
  });
}
