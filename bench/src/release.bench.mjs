// Issue 14: a release (every table of a publication, protected together and audited by linear
// programming) against `aggregate` of the same tables, on 10,000 scored staff self-assessments
// (the shipped 103-item instrument, 28 competences) of a city with 6 roles, 12 units and 3
// territories, and a plan of five breakdowns: everyone, by role, by unit, by territory, by role ×
// unit. Both are timed in the same process, alternating (harness.mjs); the release's first call,
// which loads HiGHS, is timed on its own as the cold figure. Target: release / aggregate < 10 ×.
import {
  framework,
  staffSelfAssessment as instrument,
} from '@competence-kit/framework-intercultural';
import { aggregate, scoreResponse } from '@competence-kit/scoring';
import { buildRelease } from '@competence-kit/disclosure';
import { seededRandom } from '@competence-kit/schemas/testing';
import { formatMs } from './harness.mjs';
import { realisticAnswer, rng } from './generate-cohort.mjs';

export const name = 'release';

const PEOPLE = 10_000;
const BREAKDOWNS = [[], ['roleProfile'], ['unit'], ['territory'], ['roleProfile', 'unit']];

/** Scored results of `count` people; roles and units uneven, as in a city (some small groups). */
function cohort(count, seed) {
  const random = rng(seed);
  const items = instrument.sections.flatMap((s) => s.items);
  const scales = new Map((instrument.likertScales ?? []).map((s) => [s.id, s]));
  const roles = framework.roleProfiles.map((r) => r.id);
  return Array.from({ length: count }, (_, i) => {
    const tendency = random();
    // Roles and units drawn with skewed weights: the last ones are small.
    const role = roles[Math.min(roles.length - 1, Math.floor(-Math.log(1 - random()) * 1.6))];
    const unit = `unit-${Math.min(11, Math.floor(-Math.log(1 - random()) * 3))}`;
    return scoreResponse(instrument, framework, {
      instrument: { id: instrument.id, version: instrument.version },
      respondent: `p-${i}`,
      roleProfile: role,
      unit,
      territory: ['landkreis-offenbach', 'ravenna', 'cartagena'][i % 3],
      phase: 'baseline',
      submittedAt: '2027-03-02T09:24:31+01:00',
      answers: items.map((item) => realisticAnswer(item, scales, tendency, random)),
    });
  });
}

export async function run() {
  const results = cohort(PEOPLE, 17);
  const plan = { population: 'bench/staff/2027', breakdowns: BREAKDOWNS };
  const started = performance.now();
  const first = await buildRelease(results, plan, { framework, random: seededRandom(3) });
  const cold = performance.now() - started;
  // The harness's compare() times synchronous calls; buildRelease is asynchronous, so the two
  // are timed here, alternating, seven rounds each.
  const times = { release: [], aggregate: [] };
  for (let round = 0; round < 7; round++) {
    let t = performance.now();
    await buildRelease(results, plan, { framework, random: seededRandom(3 + round) });
    times.release.push(performance.now() - t);
    t = performance.now();
    for (const by of BREAKDOWNS) aggregate(results, { by, framework });
    times.aggregate.push(performance.now() - t);
  }
  const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
  const release = median(times.release);
  const agg = median(times.aggregate);
  const ratio = release / agg;
  const cells = first.release.tables.reduce((n, t) => n + t.cells.length, 0);
  return {
    name: `Release: ${PEOPLE.toLocaleString('en')} people, 28 competences, five breakdowns (issue 14)`,
    rows: [
      ['cells in the release (all tables)', `${cells}`],
      [
        'hidden: small cells (primary) / to protect them (secondary)',
        `${first.audit.primary} / ${first.audit.secondary}`,
      ],
      ['buildRelease, first call (loads HiGHS)', formatMs(cold)],
      ['buildRelease, warm (median of 7)', formatMs(release)],
      ['aggregate of the same five tables (median of 7), baseline', formatMs(agg)],
      ['ratio release / aggregate', `${ratio.toFixed(2)} × (target < 10 ×)`],
    ],
    checks: [
      {
        label: 'release / aggregate, warm',
        value: ratio,
        unit: '×',
        target: '< 10',
        pass: ratio < 10,
      },
      {
        label: 'release / aggregate, first call',
        value: cold / agg,
        unit: '×',
        target: '< 10',
        pass: cold / agg < 10,
      },
    ],
  };
}
