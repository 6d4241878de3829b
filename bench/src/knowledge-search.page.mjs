// The page side of the knowledge search benchmark (knowledge-search.bench.mjs bundles it with
// esbuild and runs it in Chromium): it generates the seeded entries in the page, builds our
// index and MiniSearch's over the same visible entries, times queries one by one, and checks
// that both find the same entries and that our facet counts agree with a plain recount.
import MiniSearch from 'minisearch';
import {
  indexKnowledge,
  searchKnowledge,
  visibleEntries,
} from '../../packages/networks/src/search/index.ts';
import { words } from '../../packages/networks/src/search/text.ts';
import { generateKnowledge } from './generate-knowledge.mjs';

const FACETS = ['kinds', 'competences', 'levels', 'vopiLevels', 'territories', 'languages'];
const state = { entries: [], visible: [], ours: undefined, mini: undefined, withdrawn: 0 };

const joined = (text) => (text ? Object.values(text).join('\n') : '');
/** Every text of an entry besides title, summary and keywords, as our index reads them. */
function otherTexts(e) {
  const parts =
    e.kind === 'practice'
      ? [e.challenge, e.approach, e.result, e.transferability, ...(e.contacts ?? [])]
      : e.kind === 'toolkit'
        ? [e.body, e.trainerNotes]
        : e.kind === 'manifesto'
          ? [e.body, ...(e.principles ?? [])]
          : [e.text, e.speaker, e.media?.alt];
  return parts.map(joined).join('\n');
}
/** Per visible entry, its facet values as strings, in FACETS' order. */
let facetValues = [];

function generate(options) {
  const { entries, withdrawn } = generateKnowledge(options);
  state.entries = entries;
  state.withdrawn = withdrawn;
  state.visible = visibleEntries(entries);
  facetValues = state.visible.map((e) => [
    [e.kind],
    e.tags.competences ?? [],
    (e.tags.levels ?? []).map(String),
    e.tags.vopiLevels ?? [],
    e.territory === undefined ? [] : [e.territory],
    e.languages,
  ]);
  return { count: entries.length, visible: state.visible.length, withdrawn };
}

function buildOurs() {
  const start = performance.now();
  state.ours = indexKnowledge(state.entries);
  const ms = performance.now() - start;
  // The typed arrays' size (the word list and the facets' maps aside), for the decision record.
  const data = state.ours[Symbol.for('competence-kit.knowledge-index')];
  let bytes = data.docs.byteLength + data.scores.byteLength + data.start.byteLength;
  for (const merged of data.short.values())
    bytes += merged.docs.byteLength + merged.scores.byteLength;
  return { ms, words: state.ours.words, postings: data.docs.length, mb: bytes / 1e6 };
}

function buildMini() {
  const start = performance.now();
  const field = (entry, name) =>
    name === 'id'
      ? entry.id
      : name === 'title'
        ? joined(entry.title)
        : name === 'summary'
          ? joined(entry.summary)
          : name === 'keywords'
            ? (entry.tags.keywords ?? []).join('\n')
            : otherTexts(entry);
  // The same words as ours (our tokeniser, terms already normalised), the same AND and prefix
  // rule and field weights, so that both answer the same question.
  state.mini = new MiniSearch({
    fields: ['title', 'summary', 'keywords', 'text'],
    extractField: field,
    tokenize: words,
    processTerm: (term) => term,
    searchOptions: {
      tokenize: words,
      processTerm: (term) => term,
      combineWith: 'AND',
      prefix: (term, i, terms) => i === terms.length - 1 || term.length >= 4,
      boost: { title: 3, summary: 2, keywords: 2 },
    },
  });
  state.mini.addAll(state.visible);
  state.miniIds = new Map(state.visible.map((e, i) => [e.id, i]));
  return { ms: performance.now() - start };
}

/** The facet filters and counts over `docs`, as plainly as it can be written. */
function recount(docs, query) {
  const filters = FACETS.map((f) => (query[f]?.length ? new Set(query[f].map(String)) : null));
  const counts = FACETS.map(() => ({}));
  const hits = [];
  for (const d of docs) {
    const values = facetValues[d];
    const pass = filters.map((set, f) => !set || values[f].some((v) => set.has(v)));
    if (pass.every(Boolean)) hits.push(d);
    FACETS.forEach((_, f) => {
      if (!pass.every((p, g) => g === f || p)) return;
      for (const v of values[f]) counts[f][v] = (counts[f][v] ?? 0) + 1;
    });
  }
  return { hits, counts };
}

/** MiniSearch's answer to the query, with the facets counted over its results. */
function answerMini(query) {
  const docs = query.text
    ? state.mini.search(query.text).map((r) => state.miniIds.get(r.id))
    : state.visible.map((_, i) => i);
  const { hits, counts } = recount(docs, query);
  return { total: hits.length, first: hits.slice(0, query.limit ?? 20), counts };
}

/** Runs each query once and times it; returns the times (ms) and totals. */
function run(which, queries) {
  const times = [];
  const totals = [];
  for (const query of queries) {
    const start = performance.now();
    const result =
      which === 'ours'
        ? searchKnowledge(state.ours, query)
        : which === 'mini'
          ? answerMini(query)
          : { total: query.text ? state.mini.search(query.text).length : 0 }; // its search alone
    times.push(performance.now() - start);
    totals.push(result.total);
  }
  return { times, totals };
}

/**
 * For each query: ours and MiniSearch find the same number of entries, every hit of ours is one
 * MiniSearch found, and our facet counts equal the recount of MiniSearch's results (zeros aside).
 * Returns the disagreements (none expected).
 */
function agree(queries) {
  const problems = [];
  const visibleIds = new Set(state.visible.map((e) => e.id));
  for (const query of queries) {
    const ours = searchKnowledge(state.ours, query);
    const docs = query.text
      ? state.mini.search(query.text).map((r) => state.miniIds.get(r.id))
      : state.visible.map((_, i) => i);
    const { hits, counts } = recount(docs, query);
    const found = new Set(hits.map((d) => state.visible[d].id));
    const label = JSON.stringify(query);
    if (ours.total !== hits.length)
      problems.push(`${label}: ours found ${ours.total}, MiniSearch ${hits.length}`);
    for (const hit of ours.hits) {
      if (!found.has(hit.id)) problems.push(`${label}: ours returned ${hit.id}, MiniSearch not`);
      if (!visibleIds.has(hit.id)) problems.push(`${label}: ours returned hidden ${hit.id}`);
    }
    FACETS.forEach((f, i) => {
      const mine = Object.fromEntries(Object.entries(ours.facets[f]).filter(([, c]) => c > 0));
      const theirs = counts[i];
      const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
      for (const k of keys)
        if (mine[k] !== theirs[k])
          problems.push(`${label}: facet ${f} "${k}": ours ${mine[k]}, recount ${theirs[k]}`);
    });
  }
  return problems;
}

globalThis.ckKnowledge = { generate, buildOurs, buildMini, run, agree };
