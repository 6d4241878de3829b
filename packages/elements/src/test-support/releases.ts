// Releases as buildRelease of @competence-kit/disclosure writes them, by hand: the components'
// tests and stories use them without running the solver (WebAssembly) in the browser.
import type { Release } from '@competence-kit/disclosure';
import { framework } from '@competence-kit/framework-intercultural';

const [first, second] = framework.competences.map((c) => c.id);

/**
 * A release as `buildRelease` of `@competence-kit/disclosure` writes one: everyone, and by role,
 * with one role hidden and one whose second competence has too few scores for a mean.
 */
export function dashboardRelease(options: { noise?: boolean } = {}): Release {
  const noisy = options.noise ?? false;
  const figure = (mean: number | null, extra: object = {}) =>
    noisy ? { mean, ...(mean === null ? {} : { meanMargin: 0.04 }) } : { mean, ...extra };
  const cell = (
    key: Record<string, string>,
    n: number | null,
    competences: [number | null, number | null] | null,
    extra: object = {},
  ) => ({
    key,
    n,
    hidden: n === null,
    ...(noisy && n !== null && { nMargin: 3 }),
    competences:
      competences === null
        ? []
        : [
            { competence: first!, ...figure(competences[0], extra) },
            { competence: second!, ...figure(competences[1]) },
          ],
  });
  return {
    population: 'ravenna/staff-self-assessment/2027',
    minGroupSize: 5,
    competences: [first!, second!],
    hiddenNotice: 'Hidden to protect a small group.',
    tables: [
      {
        by: [],
        cells: [
          cell({}, 47, [0.61, 0.48], {
            sd: 0.12,
            quartiles: [0.52, 0.6, 0.7],
            levels: { foundation: 9, practitioner: 21, advanced: 17 },
            belowTarget: 0.34,
          }),
        ],
      },
      {
        by: ['roleProfile'],
        cells: [
          cell({ roleProfile: 'front-desk' }, 31, [0.58, 0.45], { belowTarget: 0.4 }),
          cell({ roleProfile: 'social-services' }, null, null),
          cell({ roleProfile: 'team-lead' }, 9, [0.7, null]),
        ],
      },
    ],
    ...(noisy && {
      noise: { epsilon: 1, spent: 1, budget: 3, mechanism: 'discrete-laplace', confidence: 0.9 },
    }),
  } as Release;
}

/** A release by phase with its comparisons: everyone (shown), front desk (hidden). */
export function wavesRelease(): Release {
  const wave = (phase: string, n: number) => ({
    key: { phase },
    n,
    hidden: false,
    competences: [
      { competence: first!, mean: 0.5 },
      { competence: second!, mean: 0.6 },
    ],
  });
  return {
    population: 'ravenna/staff-self-assessment/waves-2027',
    minGroupSize: 5,
    competences: [first!, second!],
    hiddenNotice: 'Hidden to protect a small group.',
    tables: [
      { by: ['phase'], cells: [wave('baseline', 30), wave('post', 26)] },
      {
        by: ['roleProfile', 'phase'],
        cells: [
          {
            key: { roleProfile: 'front-desk', phase: 'baseline' },
            n: null,
            hidden: true,
            competences: [],
          },
          {
            key: { roleProfile: 'front-desk', phase: 'post' },
            n: null,
            hidden: true,
            competences: [],
          },
        ],
      },
    ],
    changes: [
      {
        table: 0,
        key: {},
        from: 'baseline',
        to: 'post',
        confidence: 0.95,
        n: 24,
        hidden: false,
        competences: [
          {
            competence: first!,
            n: 24,
            meanFrom: 0.5,
            meanTo: 0.58,
            meanChange: 0.08,
            sdChange: 0.1,
            confidenceInterval: [0.038, 0.122],
            cohensDz: 0.8,
          },
          // Fewer than five with a score in both waves: not shown.
          { competence: second!, n: null, meanFrom: null, meanTo: null, meanChange: null },
        ],
      },
      {
        table: 1,
        key: { roleProfile: 'front-desk' },
        from: 'baseline',
        to: 'post',
        confidence: 0.95,
        n: null,
        hidden: true,
        competences: [],
      },
    ],
  } as Release;
}

/**
 * A module's release of a programme's evaluation, as the portal builds it (by phase, and by phase
 * and `group`: `participant` took the module, `other` did not), with the comparisons of everyone
 * and of each group.
 */
export function evaluationRelease(): Release {
  const base = wavesRelease();
  const [everyone] = base.changes!;
  const byGroup = (group: string) => ({ ...structuredClone(everyone!), table: 1, key: { group } });
  return {
    ...base,
    population: 'ravenna/programme-evaluation/intercultural-2027/basics',
    tables: [
      base.tables[0]!,
      {
        by: ['phase', 'group'],
        cells: ['participant', 'other'].flatMap((group) =>
          base.tables[0]!.cells.map((cell) => ({ ...cell, key: { ...cell.key, group } })),
        ),
      },
    ],
    changes: [everyone!, byGroup('participant'), byGroup('other')],
  } as Release;
}
