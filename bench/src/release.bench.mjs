// Issue 14: a release (every table of a publication, protected together and audited by linear
// programming) against `aggregate` of the same tables, on 10,000 scored staff self-assessments
// (the shipped instrument) of a city with 6 roles, 12 units and 3
// territories, and a plan of five breakdowns: everyone, by role, by unit, by territory, by role ×
// unit. Both are timed in the same process, alternating; each mode's first call is timed on its
// own as the cold figure (the first mode's also loads HiGHS). Modes: one release; the next
// release a year later, checked against the first's ledger; two waves by phase with their
// comparison; a release with noise. Target, for each mode warm and cold: release / aggregate of
// the same tables on the same data < 10 ×.
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

/**
 * The population a year later: 1 % left, 1.5 % joined, 0.5 % answered again (a realistic
 * turnover of a city's staff). Leavers and re-answerers are spread over every role and unit.
 */
function turnover(results, seed) {
  const random = rng(seed);
  const joined = cohort(Math.round(results.length * 0.015), seed + 1).map((r, i) => ({
    ...r,
    respondent: `joined-${i}`,
  }));
  const kept = results.filter(() => random() >= 0.01);
  const again = kept.map((r) =>
    random() < 0.005 ? { ...r, submittedAt: '2028-03-02T09:24:31+01:00' } : r,
  );
  return [...again, ...joined];
}

/** Two waves: everyone at baseline, 80 % again after training (their scores move a little). */
function twoWaves(results, seed) {
  const random = rng(seed);
  const post = results
    .filter(() => random() < 0.8)
    .map((r) => ({
      ...r,
      phase: 'post',
      submittedAt: '2027-10-02T09:24:31+02:00',
      competences: r.competences.map((c) =>
        c.score === null ? c : { ...c, score: Math.min(1, c.score + random() * 0.1) },
      ),
    }));
  return [...results, ...post];
}

const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];

/**
 * Times one mode: its first call on its own (cold: the first mode's first call also loads HiGHS),
 * then five rounds alternating with `aggregate` of the same tables on the same data.
 */
async function mode(label, data, plan, options, by) {
  let t = performance.now();
  const first = await buildRelease(data, plan, { framework, random: seededRandom(3), ...options });
  const cold = performance.now() - t;
  const times = { release: [], aggregate: [] };
  for (let round = 0; round < 5; round++) {
    t = performance.now();
    await buildRelease(data, plan, { framework, random: seededRandom(4 + round), ...options });
    times.release.push(performance.now() - t);
    t = performance.now();
    for (const breakdown of by) aggregate(data, { by: breakdown, framework });
    times.aggregate.push(performance.now() - t);
  }
  return { label, first, cold, warm: median(times.release), agg: median(times.aggregate) };
}

export async function run() {
  const results = cohort(PEOPLE, 17);
  const plan = { population: 'bench/staff/2027', breakdowns: BREAKDOWNS };
  const once = await mode('one release', results, plan, {}, BREAKDOWNS);
  const later = turnover(results, 23);
  const again = await mode(
    'the next release, checked against the first',
    later,
    plan,
    { previous: [once.first.ledger] },
    BREAKDOWNS,
  );
  const byPhase = BREAKDOWNS.map((b) => [...b, 'phase']);
  const waves = await mode(
    'two waves with their comparison',
    twoWaves(results, 29),
    {
      population: 'bench/staff/waves',
      breakdowns: byPhase,
      compare: { from: 'baseline', to: 'post' },
    },
    {},
    byPhase,
  );
  const noisy = await mode(
    'with noise (epsilon 1)',
    results,
    {
      population: 'bench/staff/noisy',
      breakdowns: BREAKDOWNS,
      noise: {
        epsilon: 1,
        budget: 4,
        values: {
          roleProfile: framework.roleProfiles.map((r) => r.id),
          unit: Array.from({ length: 12 }, (_, i) => `unit-${i}`),
          territory: ['landkreis-offenbach', 'ravenna', 'cartagena'],
        },
      },
    },
    {},
    BREAKDOWNS,
  );
  const modes = [once, again, waves, noisy];
  const cells = once.first.release.tables.reduce((n, t) => n + t.cells.length, 0);
  return {
    name: `Release: ${PEOPLE.toLocaleString('en')} people, ${framework.competences.length} competences, five breakdowns (issue 14)`,
    rows: [
      ['cells in the release (all tables)', `${cells}`],
      [
        'hidden: small cells (primary) / to protect them (secondary)',
        `${once.first.audit.primary} / ${once.first.audit.secondary}`,
      ],
      [
        'next release (1 % left, 1.5 % joined, 0.5 % answered again): hidden for the history',
        `${again.first.audit.differencing}`,
      ],
      ...modes.flatMap((m) => [
        [`${m.label}: first call`, formatMs(m.cold)],
        [`${m.label}: warm (median of 5)`, formatMs(m.warm)],
        [`${m.label}: aggregate of the same tables (median of 5), baseline`, formatMs(m.agg)],
        [
          `${m.label}: ratio warm / first call`,
          `${(m.warm / m.agg).toFixed(2)} × / ${(m.cold / m.agg).toFixed(2)} × (target < 10 ×)`,
        ],
      ]),
    ],
    checks: modes.flatMap((m) => [
      {
        label: `${m.label} / aggregate, warm`,
        value: m.warm / m.agg,
        unit: '×',
        target: '< 10',
        pass: m.warm / m.agg < 10,
      },
      {
        label: `${m.label} / aggregate, first call`,
        value: m.cold / m.agg,
        unit: '×',
        target: '< 10',
        pass: m.cold / m.agg < 10,
      },
    ]),
  };
}
