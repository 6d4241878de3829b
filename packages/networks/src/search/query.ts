// Answering a query on the index of build.ts: the words' postings, AND between words, then the
// facet filters as one bit per facet, the facet counts, and the best hits by score.
import { describeValue } from '@competence-kit/schemas';
import type { FacetName, KnowledgeHit, KnowledgeQuery, KnowledgeResult } from '../types.js';
import { FACETS, INDEX_DATA, PREFIX_WEIGHT, SHORT_PREFIX } from './build.js';
import type { IndexData, IndexWithData, KnowledgeIndex, Scratch } from './build.js';
import { words } from './text.js';

/** Hits returned when the query sets no limit. */
export const DEFAULT_LIMIT = 20;
/** Words other than the last match longer words only from this many letters on. */
export const MIN_PREFIX = 4;

const ALL = (1 << FACETS.length) - 1;
const FIELDS = new Set(['text', ...FACETS, 'limit', 'offset']);

/** The value itself when it is short and plain (-1, "2"), else its kind (an array, null…). */
function shown(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string' && value.length <= 40) return JSON.stringify(value);
  return describeValue(value);
}

function fail(path: string, expected: string, value: unknown): never {
  throw new TypeError(`searchKnowledge: ${path} must be ${expected}; got ${shown(value)}.`);
}

interface Checked {
  text: string;
  /** Per facet in FACETS' order: the values chosen, or undefined for no filter. */
  filters: (readonly string[] | undefined)[];
  limit: number;
  offset: number;
}

function count(value: unknown, path: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    fail(path, 'a whole number ≥ 0', value);
  return value as number;
}

function checkQuery(query: unknown): Checked {
  if (query === null || typeof query !== 'object' || Array.isArray(query))
    fail('the argument "query"', 'a KnowledgeQuery (an object)', query);
  const q = query as Record<string, unknown>;
  // A misspelt field ("territory") would otherwise filter nothing without anyone noticing.
  for (const key of Object.keys(q))
    if (!FIELDS.has(key))
      throw new TypeError(
        `searchKnowledge: query.${key.slice(0, 40)} is not a field of a KnowledgeQuery (${[...FIELDS].join(', ')}).`,
      );
  if (q.text !== undefined && typeof q.text !== 'string') fail('query.text', 'a string', q.text);
  const filters = FACETS.map((facet) => {
    const list = q[facet];
    if (list === undefined) return undefined;
    if (!Array.isArray(list))
      fail(`query.${facet}`, `an array of ${facet === 'levels' ? 'levels' : 'strings'}`, list);
    const values = (list as unknown[]).map((value, i) => {
      if (facet === 'levels') {
        if (!Number.isInteger(value)) fail(`query.levels[${i}]`, 'a whole number', value);
        return String(value);
      }
      if (typeof value !== 'string') fail(`query.${facet}[${i}]`, 'a string', value);
      return value as string;
    });
    // An empty list filters nothing, like an absent one (no box ticked).
    return values.length > 0 ? values : undefined;
  });
  return {
    text: (q.text as string | undefined) ?? '',
    filters,
    limit: count(q.limit, 'query.limit', DEFAULT_LIMIT),
    offset: count(q.offset, 'query.offset', 0),
  };
}

function dataOf(index: unknown): IndexData {
  const data =
    index !== null && typeof index === 'object'
      ? (index as Partial<IndexWithData>)[INDEX_DATA]
      : undefined;
  if (data === undefined)
    fail('the argument "index"', 'a KnowledgeIndex made by indexKnowledge', index);
  return data as IndexData;
}

/** First position in `sorted` whose word is ≥ `word` (UTF-16 code unit order). */
function lowerBound(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The terms a query word stands for, with their weights, and how many postings they have. */
interface Expansion {
  /** Posting lists: `docs[from]` … `docs[to - 1]` with their `scores`, times `weight`. */
  lists: { docs: Uint32Array; scores: Float32Array; from: number; to: number; weight: number }[];
  postings: number;
}

function expand(data: IndexData, word: string, prefix: boolean): Expansion {
  const out: Expansion = { lists: [], postings: 0 };
  const add = (t: number, weight: number) => {
    const { docs, scores, start } = data;
    out.lists.push({ docs, scores, from: start[t]!, to: start[t + 1]!, weight });
    out.postings += start[t + 1]! - start[t]!;
  };
  const merged = prefix && word.length === SHORT_PREFIX ? data.short.get(word) : undefined;
  if (merged) {
    const { docs, scores } = merged;
    out.lists.push({ docs, scores, from: 0, to: docs.length, weight: 1 });
    out.postings = docs.length;
    return out;
  }
  if (!prefix) {
    const t = data.termIds.get(word);
    if (t !== undefined) add(t, 1);
    return out;
  }
  const { sorted, sortedIds } = data;
  for (let i = lowerBound(sorted, word); i < sorted.length && sorted[i]!.startsWith(word); i++)
    add(sortedIds[i]!, sorted[i]!.length === word.length ? 1 : PREFIX_WEIGHT);
  return out;
}

/**
 * The entries having every word of the text (ascending) and their scores: per word, the best of
 * the terms it stands for (so a word does not score twice for "dolmetscher" and
 * "dolmetscherin" in one entry), added up over the words. Undefined when the text has no words.
 */
function matchText(
  data: IndexData,
  scratch: Scratch,
  text: string,
): { docs: Uint32Array; scores: Float64Array } | undefined {
  const list = words(text);
  if (list.length === 0) return undefined;
  // Each distinct word once; the last one typed is a prefix, the others from MIN_PREFIX letters.
  const prefixOf = new Map<string, boolean>();
  list.forEach((word, i) =>
    prefixOf.set(
      word,
      (prefixOf.get(word) ?? false) || i === list.length - 1 || word.length >= MIN_PREFIX,
    ),
  );
  const expansions = [...prefixOf].map(([word, prefix]) => expand(data, word, prefix));
  const n = data.n;
  const { scores, matched, stamp, best, touched } = scratch;
  if (expansions.some((e) => e.postings === 0)) return { docs: touched.subarray(0, 0), scores };
  // The rarest word first: fewer entries survive it, and later words skip the others quickly.
  expansions.sort((a, b) => a.postings - b.postings);
  scores.fill(0);
  matched.fill(0);
  stamp.fill(0);
  for (let w = 0; w < expansions.length; w++) {
    const { lists } = expansions[w]!;
    let found = 0;
    for (let k = 0; k < lists.length; k++) {
      const { docs, scores: termScores, from, to, weight } = lists[k]!;
      for (let p = from; p < to; p++) {
        const d = docs[p]!;
        if (matched[d] !== w) continue; // it lacks an earlier word
        const score = termScores[p]! * weight;
        if (stamp[d] !== w + 1) {
          stamp[d] = w + 1;
          best[d] = score;
          touched[found++] = d;
        } else if (score > best[d]!) best[d] = score;
      }
    }
    if (found === 0) return { docs: touched.subarray(0, 0), scores };
    for (let i = 0; i < found; i++) {
      const d = touched[i]!;
      matched[d] = w + 1;
      scores[d]! += best[d]!;
    }
  }
  const all = expansions.length;
  let hits = 0;
  for (let d = 0; d < n; d++) if (matched[d] === all) touched[hits++] = d;
  return { docs: touched.subarray(0, hits), scores };
}

/** Higher score first; on equal scores the earlier entry. */
const before = (a: number, b: number, scores: Float64Array): boolean =>
  scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);

/** The best `k` of `docs` (ascending), best first, with a heap whose root is the worst kept. */
function topHits(docs: Uint32Array, k: number, scores: Float64Array): number[] {
  if (k >= docs.length) return Array.from(docs).sort((a, b) => scores[b]! - scores[a]! || a - b);
  if (k === 0) return [];
  const heap: number[] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && before(heap[worst]!, heap[l]!, scores)) worst = l;
      if (r < heap.length && before(heap[worst]!, heap[r]!, scores)) worst = r;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
      i = worst;
    }
  };
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    if (heap.length < k) {
      heap.push(d);
      for (let j = heap.length - 1; j > 0;) {
        const parent = (j - 1) >> 1;
        if (!before(heap[parent]!, heap[j]!, scores)) break;
        [heap[parent], heap[j]] = [heap[j]!, heap[parent]!];
        j = parent;
      }
    } else if (scores[d]! > scores[heap[0]!]!) {
      // Entries come in ascending order: on an equal score the one kept came first and stays.
      heap[0] = d;
      down(0);
    }
  }
  return heap.sort((a, b) => scores[b]! - scores[a]! || a - b);
}

/**
 * Answers a query: the entries having every word of `text` (the last word also as the start of
 * a longer word, the others from four letters on) and, for each facet given, one of its values;
 * the best first (BM25 with field weights, decision 0030), equal scores in the entries' order;
 * without text every entry matches with score 0, in the entries' order. `facets` counts, per
 * facet, the matching entries for each value with that facet's own filter left out; every value
 * of the index is listed (0 when none matches), and so is every value chosen.
 *
 * @throws TypeError when `index` is not made by `indexKnowledge`, `query` is not an object, has
 *   a field a KnowledgeQuery does not have (a misspelling such as `territory`), or one of its
 *   fields has the wrong type (a negative `limit`, a level that is not a number…).
 * @example
 * ```ts
 * const index = indexKnowledge(base.entries);
 * const { hits, total, facets } = searchKnowledge(index, {
 *   text: 'dolmetsch',
 *   territories: ['landkreis-offenbach'],
 *   limit: 10,
 * });
 * facets.languages; // { de: 12, en: 9 }: what choosing a language would give
 * ```
 */
export function searchKnowledge(index: KnowledgeIndex, query: KnowledgeQuery): KnowledgeResult {
  const data = dataOf(index);
  const { text, filters, limit, offset } = checkQuery(query);
  const n = data.n;
  const scratch = (data.scratch ??= {
    scores: new Float64Array(n),
    matched: new Uint32Array(n),
    stamp: new Uint32Array(n),
    best: new Float64Array(n),
    touched: new Uint32Array(n),
    pass: new Uint8Array(n),
    hits: new Uint32Array(n),
  });
  const matched = matchText(data, scratch, text);

  // Bit f of pass[d] is set when entry d passes facet f's filter; `free` has the facets without one.
  const pass = scratch.pass;
  pass.fill(0);
  let free = 0;
  filters.forEach((values, f) => {
    const bit = 1 << f;
    if (values === undefined) {
      free |= bit;
      return;
    }
    const facet = data.facets[f]!;
    for (const value of values) {
      const id = facet.ids.get(value);
      if (id === undefined) continue;
      for (const d of facet.docs[id]!) pass[d]! |= bit;
    }
  });

  // Counts of every facet's values, numbered across facets (see IndexData.offsets).
  const { offsets, allStart, allIds } = data;
  const counts = new Uint32Array(offsets[FACETS.length]!);
  const hitDocs = scratch.hits;
  let total = 0;
  const starts = data.facets.map((facet) => facet.start);
  const valueIds = data.facets.map((facet) => facet.valueIds);
  // The text's matches, or every entry when there is no text; one loop, no call per entry.
  const candidates = matched?.docs;
  const size = candidates ? candidates.length : n;
  for (let i = 0; i < size; i++) {
    const d = candidates ? candidates[i]! : i;
    const failed = ALL ^ (pass[d]! | free);
    // Facet f counts the entry when every other facet's filter passes it: every facet when it
    // passes all filters (a hit), only f when f's is the one filter it fails, else none.
    if (failed === 0) {
      hitDocs[total++] = d;
      for (let p = allStart[d]!, end = allStart[d + 1]!; p < end; p++) counts[allIds[p]!]!++;
    } else if ((failed & (failed - 1)) === 0) {
      const f = 31 - Math.clz32(failed);
      const start = starts[f]!;
      const ids = valueIds[f]!;
      const base = offsets[f]!;
      for (let p = start[d]!, end = start[d + 1]!; p < end; p++) counts[base + ids[p]!]!++;
    }
  }

  const end = Math.min(total, offset + limit);
  const chosen =
    offset >= end
      ? []
      : matched
        ? topHits(hitDocs.subarray(0, total), end, matched.scores).slice(offset)
        : Array.from(hitDocs.subarray(offset, end));
  const hits: KnowledgeHit[] = chosen.map((d) => {
    const entry = index.entries[d]!;
    return { id: entry.id, kind: entry.kind, score: matched ? matched.scores[d]! : 0, entry };
  });

  const facets = {} as Record<FacetName, Record<string, number>>;
  FACETS.forEach((name, f) => {
    const facet = data.facets[f]!;
    const base = offsets[f]!;
    const pairs: [string, number][] = facet.values.map((value, id) => [value, counts[base + id]!]);
    for (const value of filters[f] ?? [])
      if (!facet.ids.has(value) && !pairs.some(([v]) => v === value)) pairs.push([value, 0]);
    pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    // fromEntries defines own properties, so a value such as "__proto__" stays a plain key.
    facets[name] = Object.fromEntries(pairs);
  });
  return { hits, total, facets };
}
