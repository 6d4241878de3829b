// Run by scripts/check-pack.mjs in an empty project where the packed tarball is installed: the
// published package parses a network, analyses it, and its messages put a finding into words.
import { analyseNetwork, parseNetwork, reviewActionPlan } from '@competence-kit/networks';
import { findingText, networkWordsFor } from '@competence-kit/networks/messages';

const stakeholder = (id, type) => ({ id, name: id.toUpperCase(), type });
const cooperation = (id, a, b) => ({
  id,
  stakeholders: [a, b],
  topic: { en: 'Advice' },
  frequency: 'monthly',
});
const parsed = parseNetwork({
  id: 'smoke',
  territory: { id: 'smoke', name: 'Smoke', country: 'DE' },
  title: { en: 'Smoke network' },
  locales: ['en'],
  defaultLocale: 'en',
  stakeholders: [stakeholder('a', 'ngo'), stakeholder('b', 'ngo'), stakeholder('c', 'university')],
  cooperations: [cooperation('ab', 'a', 'b'), cooperation('bc', 'b', 'c')],
});
if (!parsed.ok) throw new Error(`the network does not parse: ${JSON.stringify(parsed.issues)}`);
const analysis = analyseNetwork(parsed.value);
// A path a-b-c: b lies on the one pair of the others.
if (analysis.centrality[1].betweenness !== 1) throw new Error('b is not central');
const central = analysis.findings.find((f) => f.code === 'central');
const text = findingText(networkWordsFor('en'), central, {
  stakeholder: (id) => id.toUpperCase(),
});
if (!text.startsWith('B links')) throw new Error(`unexpected words: ${text}`);
try {
  reviewActionPlan({ goals: [], measures: [] }, '2026-02-30');
  throw new Error('an impossible date was accepted');
} catch (error) {
  if (!(error instanceof TypeError)) throw error;
}
console.log('networks pack smoke: ok');
