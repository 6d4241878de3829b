// Run by scripts/check-pack.mjs in an empty project where the packed tarball is installed: the
// published package loads HiGHS's WebAssembly and builds a release.
import { buildRelease, MIN_GROUP_SIZE, ReleaseRefused } from '@competence-kit/disclosure';

const framework = {
  competences: [{ id: 'c' }],
  scale: { levels: [{ id: 'low' }, { id: 'high' }] },
};
const result = (i, unit) => ({
  respondent: `p-${i}`,
  unit,
  phase: 'baseline',
  competences: [{ competence: 'c', score: (i % 4) / 4, level: i % 2 ? 'high' : 'low', gap: null }],
});
const results = [
  ...Array.from({ length: 12 }, (_, i) => result(i, 'a')),
  ...Array.from({ length: 9 }, (_, i) => result(20 + i, 'b')),
  result(40, 'c'),
];
const { release, audit, ledger } = await buildRelease(
  results,
  { population: 'smoke', breakdowns: [[], ['unit']] },
  { framework },
);
const units = release.tables[1].cells;
if (MIN_GROUP_SIZE !== 5) throw new Error('MIN_GROUP_SIZE is not 5');
if (release.tables[0].cells[0].n !== 22) throw new Error('the total is not published');
if (!units.find((c) => c.key.unit === 'c').hidden) throw new Error('the small unit is shown');
if (units.filter((c) => c.hidden).length < 2) throw new Error('no secondary suppression');
if (audit.intervals.some((i) => i.primary && i.interval.high - i.interval.low < 5))
  throw new Error('a small unit is not protected');
// The next release, one person gone from unit a: checked against the ledger (Web Crypto digests).
const next = await buildRelease(
  results.slice(1),
  { population: 'smoke', breakdowns: [[], ['unit']] },
  { framework, previous: [JSON.parse(JSON.stringify(ledger))] },
).catch((error) => {
  if (error instanceof ReleaseRefused) return { refused: error.reason };
  throw error;
});
if (!next.refused && next.release.tables[0].cells[0].n === 21)
  throw new Error('the total is shown again after one person left');
console.log('disclosure pack smoke: ok');
