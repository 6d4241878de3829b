// Building the knowledge search index (decision 0030): an inverted index of our own, in typed
// arrays, because 10,000 entries must answer in well under 20 ms in a browser, facets included,
// and the libraries we measured either count no facets or index slower (see the decision).
import type { KnowledgeEntry, LocalizedText } from '@competence-kit/schemas';
import { KNOWLEDGE_ENTRY_KINDS, describeValue } from '@competence-kit/schemas';
import type { FacetName } from '../types.js';
import { words } from './text.js';

/**
 * Field weights: a word in the title counts three times, in the summary or the keywords twice,
 * in any other text (challenge, approach, body, principles, a testimonial's text…) once. The
 * weighted counts then go through BM25's saturation (below), so a title hit outweighs a body
 * hit of the same word in an entry of the same length, but ten body hits can still outweigh it.
 */
export const FIELD_WEIGHTS = { title: 3, summary: 2, keywords: 2, text: 1 } as const;

/**
 * A word matched only as the beginning of a longer word scores half: "integration" typed in
 * full ranks entries with "integration" above those with only "integrationskurs".
 */
export const PREFIX_WEIGHT = 0.5;
/** The length of the beginnings merged in advance (see `IndexData.short`). */
export const SHORT_PREFIX = 2;

/** BM25's usual constants: k1 saturates repeated words, b normalises by the entry's length. */
const K1 = 1.2;
const B = 0.75;

/** The facets, in the order of their bit in the pass masks of a query. */
export const FACETS: readonly FacetName[] = [
  'kinds',
  'competences',
  'levels',
  'vopiLevels',
  'territories',
  'languages',
];

export interface FacetData {
  /** Each value (as a string: levels "1" to "4") → its number. */
  ids: Map<string, number>;
  /** The values by number. */
  values: string[];
  /** Per value, the entries having it, ascending. */
  docs: Uint32Array[];
  /** Per entry d, its values are `valueIds[start[d]]` … `valueIds[start[d + 1] - 1]`. */
  start: Uint32Array;
  valueIds: Uint32Array;
}

export interface IndexData {
  /** Entries indexed. */
  n: number;
  /** Each word → its term number. */
  termIds: Map<string, number>;
  /** Every word, sorted by UTF-16 code units (the default sort), for prefix search. */
  sorted: string[];
  /** The term number of `sorted[i]`. */
  sortedIds: Uint32Array;
  /** Postings of term t: `docs[start[t]]` … `docs[start[t + 1] - 1]`, ascending entry numbers. */
  start: Uint32Array;
  docs: Uint32Array;
  /** BM25 score of the term in that entry, idf included, ready to add up. */
  scores: Float32Array;
  facets: FacetData[];
  /**
   * Every entry's values of all facets in one list, numbered across facets (facet f's value v is
   * `offsets[f] + v`): entry d's are `allIds[allStart[d]]` … `allIds[allStart[d + 1] - 1]`. A
   * hit counts in every facet, and one loop over this list counts it.
   */
  offsets: number[];
  allStart: Uint32Array;
  allIds: Uint32Array;
  /**
   * For each two-letter beginning shared by several words, the postings of all of them merged:
   * per entry the best of its words' scores, the word itself at full weight, longer ones at
   * `PREFIX_WEIGHT`. The first letters typed into a search field stand for hundreds of words;
   * merged once here, such a query reads one list instead of all of theirs.
   */
  short: Map<string, Postings>;
  /**
   * Work arrays of one entry each, reused by every query (made on the first): a query then
   * allocates only its result, and a burst of queries while someone types makes no garbage
   * that the collector would pause for. Safe because a query runs to its end synchronously.
   */
  scratch?: Scratch;
}

export interface Postings {
  docs: Uint32Array;
  scores: Float32Array;
}

export interface Scratch {
  scores: Float64Array;
  /** How many words (in processing order) the entry has so far. */
  matched: Uint32Array;
  /** w + 1 when word w already scored the entry. */
  stamp: Uint32Array;
  /** Word w's best score in the entry. */
  best: Float64Array;
  /** Entries touched by the current word; then the matching entries. */
  touched: Uint32Array;
  /** Bit f set when the entry passes facet f's filter. */
  pass: Uint8Array;
  hits: Uint32Array;
}

/** The internal data of an index, under a registered symbol so that copies of the module agree. */
export const INDEX_DATA: unique symbol = Symbol.for('competence-kit.knowledge-index');

/**
 * An index of the knowledge base's visible entries, built once by `indexKnowledge` and queried
 * by `searchKnowledge`. Treat it as opaque; it holds no closures, only arrays.
 */
export interface KnowledgeIndex {
  /** The entries indexed (the visible ones), in the order given; hits point into them. */
  readonly entries: readonly KnowledgeEntry[];
  /** Distinct words in the index. */
  readonly words: number;
}

export type IndexWithData = KnowledgeIndex & { readonly [INDEX_DATA]: IndexData };

function fail(path: string, expected: string, value: unknown): never {
  throw new TypeError(
    `indexKnowledge: the argument "entries" at ${path} must be ${expected}; got ${describeValue(value)}.`,
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * True unless the entry is a testimonial whose consent was withdrawn (or that has no consent
 * record at all: without one there is nothing that allows showing it).
 */
export function isVisible(entry: KnowledgeEntry): boolean {
  if (entry.kind !== 'testimonial') return true;
  const consent: unknown = entry.consent;
  return isObject(consent) && consent.withdrawn === undefined;
}

type Visit = (text: string, weight: number) => void;

function localized(value: unknown, path: string, weight: number, visit: Visit): void {
  if (value === undefined) return;
  if (!isObject(value)) fail(path, 'a text per language (an object)', value);
  for (const locale in value as LocalizedText) {
    const text = (value as LocalizedText)[locale];
    if (text === undefined) continue;
    if (typeof text !== 'string') fail(`${path}/${locale}`, 'a string', text);
    visit(text as string, weight);
  }
}

function localizedList(value: unknown, path: string, weight: number, visit: Visit): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) fail(path, 'an array of texts per language', value);
  (value as unknown[]).forEach((item, i) => localized(item, `${path}/${i}`, weight, visit));
}

/** Every text of an entry, in every language it has, with its field weight. */
function visitTexts(entry: KnowledgeEntry, path: string, visit: Visit): void {
  const { title, summary, keywords, text } = FIELD_WEIGHTS;
  if (entry.title === undefined)
    fail(`${path}/title`, 'a text per language (an object)', undefined);
  localized(entry.title, `${path}/title`, title, visit);
  localized(entry.summary, `${path}/summary`, summary, visit);
  const list: unknown = entry.tags.keywords;
  if (list !== undefined) {
    if (!Array.isArray(list)) fail(`${path}/tags/keywords`, 'an array of strings', list);
    list.forEach((word, i) => {
      if (typeof word !== 'string') fail(`${path}/tags/keywords/${i}`, 'a string', word);
      visit(word, keywords);
    });
  }
  switch (entry.kind) {
    case 'practice':
      localized(entry.challenge, `${path}/challenge`, text, visit);
      localized(entry.approach, `${path}/approach`, text, visit);
      localized(entry.result, `${path}/result`, text, visit);
      localized(entry.transferability, `${path}/transferability`, text, visit);
      localizedList(entry.contacts, `${path}/contacts`, text, visit);
      break;
    case 'toolkit':
      localized(entry.body, `${path}/body`, text, visit);
      localized(entry.trainerNotes, `${path}/trainerNotes`, text, visit);
      break;
    case 'manifesto':
      localized(entry.body, `${path}/body`, text, visit);
      localizedList(entry.principles, `${path}/principles`, text, visit);
      break;
    case 'testimonial':
      localized(entry.text, `${path}/text`, text, visit);
      localized(entry.speaker, `${path}/speaker`, text, visit);
      if (entry.media !== undefined) localized(entry.media.alt, `${path}/media/alt`, text, visit);
      break;
  }
}

function stringList(value: unknown, path: string, required: boolean): string[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value)) return fail(path, 'an array of strings', value);
  return value.map((item: unknown, i) =>
    typeof item === 'string' ? item : fail(`${path}/${i}`, 'a string', item),
  );
}

/** The entry's value(s) for each facet, as strings, in FACETS' order; checks their types. */
function facetValues(entry: KnowledgeEntry, path: string): string[][] {
  const tags = entry.tags;
  const levels =
    tags.levels === undefined
      ? []
      : Array.isArray(tags.levels)
        ? tags.levels.map((level: unknown, i) =>
            Number.isInteger(level)
              ? String(level)
              : fail(`${path}/tags/levels/${i}`, 'a whole number', level),
          )
        : fail(`${path}/tags/levels`, 'an array of whole numbers', tags.levels);
  const territory: unknown = entry.territory;
  if (territory !== undefined && typeof territory !== 'string')
    fail(`${path}/territory`, 'a string', territory);
  return [
    [entry.kind],
    stringList(tags.competences, `${path}/tags/competences`, false),
    levels,
    stringList(tags.vopiLevels, `${path}/tags/vopiLevels`, false),
    territory === undefined ? [] : [territory as string],
    stringList(entry.languages, `${path}/languages`, true),
  ];
}

function checkEntry(entry: unknown, path: string): asserts entry is KnowledgeEntry {
  if (!isObject(entry)) fail(path, 'a knowledge entry (an object)', entry);
  const e = entry as Record<string, unknown>;
  if (!(KNOWLEDGE_ENTRY_KINDS as readonly unknown[]).includes(e.kind))
    fail(`${path}/kind`, `one of ${KNOWLEDGE_ENTRY_KINDS.join(', ')}`, e.kind);
  if (typeof e.id !== 'string') fail(`${path}/id`, 'a string', e.id);
  if (!isObject(e.tags)) fail(`${path}/tags`, 'the tags (an object)', e.tags);
}

/** A growable Uint32Array. */
class Uint32Buffer {
  array = new Uint32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.array.length) {
      const bigger = new Uint32Array(this.array.length * 2);
      bigger.set(this.array);
      this.array = bigger;
    }
    this.array[this.length++] = value;
  }
}

function buildFacet(perDoc: string[][]): FacetData {
  const n = perDoc.length;
  const ids = new Map<string, number>();
  const values: string[] = [];
  const start = new Uint32Array(n + 1);
  const valueIds = new Uint32Buffer();
  const counts: number[] = [];
  for (let d = 0; d < n; d++) {
    const seen = valueIds.length;
    for (const value of perDoc[d]!) {
      let id = ids.get(value);
      if (id === undefined) {
        id = values.length;
        ids.set(value, id);
        values.push(value);
        counts.push(0);
      }
      // A value listed twice counts once (the schema forbids it; the counts stay right anyway).
      let repeated = false;
      for (let p = seen; p < valueIds.length; p++) if (valueIds.array[p] === id) repeated = true;
      if (repeated) continue;
      valueIds.push(id);
      counts[id]!++;
    }
    start[d + 1] = valueIds.length;
  }
  const docs = counts.map((count) => new Uint32Array(count));
  const fill = new Uint32Array(values.length);
  for (let d = 0; d < n; d++)
    for (let p = start[d]!; p < start[d + 1]!; p++) {
      const id = valueIds.array[p]!;
      docs[id]![fill[id]!++] = d;
    }
  return { ids, values, docs, start, valueIds: valueIds.array.slice(0, valueIds.length) };
}

/**
 * Builds the index of `visible` (already filtered), checking each entry's shape on the way;
 * `positions[d]` is entry d's position in the caller's array, for the error paths.
 */
export function buildIndex(visible: readonly KnowledgeEntry[], positions: number[]): IndexData {
  const n = visible.length;
  const termIds = new Map<string, number>();
  let weightOf = new Float64Array(4096); // per term: its weighted count in the current entry
  const touched: number[] = [];
  // Per entry, its (term, weighted count) pairs; entry d's are [pairEnd[d − 1], pairEnd[d]).
  const pairTerm = new Uint32Buffer();
  const pairWeight: number[] = [];
  const pairEnd = new Uint32Array(n);
  const lengths = new Float64Array(n);
  const facetValuesPerDoc: string[][][] = FACETS.map(() => []);
  let length = 0;
  const visit: Visit = (text, weight) => {
    for (const word of words(text)) {
      let t = termIds.get(word);
      if (t === undefined) {
        t = termIds.size;
        termIds.set(word, t);
        if (t === weightOf.length) {
          const bigger = new Float64Array(weightOf.length * 2);
          bigger.set(weightOf);
          weightOf = bigger;
        }
      }
      if (weightOf[t] === 0) touched.push(t);
      weightOf[t]! += weight;
      length++;
    }
  };
  let total = 0;
  for (let d = 0; d < n; d++) {
    const entry = visible[d]!;
    const path = `/${positions[d]}`;
    checkEntry(entry, path);
    const values = facetValues(entry, path);
    for (let f = 0; f < FACETS.length; f++) facetValuesPerDoc[f]!.push(values[f]!);
    length = 0;
    visitTexts(entry, path, visit);
    for (const t of touched) {
      pairTerm.push(t);
      pairWeight.push(weightOf[t]!);
      weightOf[t] = 0;
    }
    touched.length = 0;
    pairEnd[d] = pairTerm.length;
    lengths[d] = length;
    total += length;
  }

  const terms = termIds.size;
  const start = new Uint32Array(terms + 1);
  const pairs = pairTerm.array;
  for (let p = 0; p < pairTerm.length; p++) start[pairs[p]! + 1]!++;
  for (let t = 0; t < terms; t++) start[t + 1]! += start[t]!;
  const docs = new Uint32Array(pairTerm.length);
  const scores = new Float32Array(pairTerm.length);
  const fill = start.slice(0, terms);
  const idf = new Float64Array(terms);
  for (let t = 0; t < terms; t++) {
    const df = start[t + 1]! - start[t]!;
    // BM25's idf, in the form that never goes negative for words in most entries.
    idf[t] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
  const average = n > 0 && total > 0 ? total / n : 1;
  let p = 0;
  for (let d = 0; d < n; d++) {
    const norm = K1 * (1 - B + (B * lengths[d]!) / average);
    for (; p < pairEnd[d]!; p++) {
      const t = pairs[p]!;
      const w = pairWeight[p]!;
      const at = fill[t]!++;
      docs[at] = d;
      scores[at] = (idf[t]! * (w * (K1 + 1))) / (w + norm);
    }
  }
  const sorted = [...termIds.keys()].sort();
  const sortedIds = Uint32Array.from(sorted, (word) => termIds.get(word)!);
  const facets = facetValuesPerDoc.map(buildFacet);
  const offsets = [0];
  for (const facet of facets) offsets.push(offsets[offsets.length - 1]! + facet.values.length);
  const allStart = new Uint32Array(n + 1);
  for (let d = 0; d < n; d++)
    allStart[d + 1] =
      allStart[d]! + facets.reduce((sum, f) => sum + f.start[d + 1]! - f.start[d]!, 0);
  const allIds = new Uint32Array(allStart[n]!);
  for (let d = 0, k = 0; d < n; d++)
    facets.forEach((facet, f) => {
      for (let p = facet.start[d]!; p < facet.start[d + 1]!; p++)
        allIds[k++] = offsets[f]! + facet.valueIds[p]!;
    });
  const short = mergeShortPrefixes(sorted, sortedIds, start, docs, scores, n);
  return {
    n,
    termIds,
    sorted,
    sortedIds,
    start,
    docs,
    scores,
    facets,
    offsets,
    allStart,
    allIds,
    short,
  };
}

/** See `IndexData.short`: one merged list per two-letter beginning of several words. */
function mergeShortPrefixes(
  sorted: readonly string[],
  sortedIds: Uint32Array,
  start: Uint32Array,
  docs: Uint32Array,
  scores: Float32Array,
  n: number,
): Map<string, Postings> {
  const short = new Map<string, Postings>();
  const best = new Float32Array(n);
  const seen = new Uint8Array(n);
  for (let first = 0; first < sorted.length;) {
    const prefix = sorted[first]!.slice(0, SHORT_PREFIX);
    let last = first + 1;
    while (last < sorted.length && sorted[last]!.startsWith(prefix)) last++;
    if (last - first > 1 && prefix.length === SHORT_PREFIX) {
      let count = 0;
      for (let i = first; i < last; i++) {
        const t = sortedIds[i]!;
        const weight = sorted[i]!.length === SHORT_PREFIX ? 1 : PREFIX_WEIGHT;
        for (let p = start[t]!; p < start[t + 1]!; p++) {
          const d = docs[p]!;
          const score = scores[p]! * weight;
          if (!seen[d]) {
            seen[d] = 1;
            best[d] = score;
            count++;
          } else if (score > best[d]!) best[d] = score;
        }
      }
      const merged: Postings = { docs: new Uint32Array(count), scores: new Float32Array(count) };
      for (let d = 0, k = 0; k < count; d++) {
        if (!seen[d]) continue;
        merged.docs[k] = d;
        merged.scores[k++] = best[d]!;
        seen[d] = 0;
      }
      short.set(prefix, merged);
    }
    first = last;
  }
  return short;
}
