import { getCompetence } from '@competence-kit/model/read';
import type { Framework, Issue } from '@competence-kit/schemas';
import type { Release, ReleaseNoise, ReleaseTable } from '@competence-kit/disclosure';
import type { Aggregate, GroupAggregate, GroupDimension } from '@competence-kit/scoring';

/**
 * A statistic as the dashboard shows it, from `aggregate()` or from a release. A release shows
 * only what its size rules allow, so every figure but the mean may be missing; a release with
 * noise gives margins.
 */
export interface ViewStats {
  /** People behind the figure; null when the release does not say (its cell's n is shown). */
  n: number | null;
  mean: number | null;
  sd?: number | null;
  quartiles?: [number, number, number];
  levels?: Record<string, number>;
  /** Share below target: null for "no target", undefined for "not shown". */
  belowTarget?: number | null;
  meanMargin?: number;
}

/** One competence of one column. */
export interface ViewCell {
  competence: string;
  stats: ViewStats | null;
  /** Hidden: for `aggregate()` why (below the threshold, or secondary); for a release, just hidden. */
  hidden: 'below-threshold' | 'secondary' | 'release' | null;
}

/** One column: a group of the chosen table, or the total. */
export interface ViewGroup {
  key: Partial<Record<GroupDimension, string | null>>;
  label: string;
  n: number | null;
  nMargin?: number;
  competences: ViewCell[];
}

/** What the dashboard draws, whatever it was given. */
export interface DashboardView {
  minGroupSize: number;
  groups: ViewGroup[];
  /** The total column; absent when the release has no table of everyone, or shows it. */
  total?: ViewGroup;
  /** Competences, in row order. */
  rows: string[];
  fromRelease: boolean;
  noise?: ReleaseNoise;
}

/** The dashboard's view of `aggregate()`'s result: every statistic, and why a cell is hidden. */
export function viewOfAggregate(aggregate: Aggregate): DashboardView {
  const group = (g: GroupAggregate): ViewGroup => ({
    key: g.key,
    label: g.label,
    n: g.n,
    competences: g.competences.map((c) => ({
      competence: c.competence,
      stats: c.stats && { ...c.stats },
      hidden: c.suppressed?.reason ?? null,
    })),
  });
  return {
    minGroupSize: aggregate.minGroupSize,
    groups: aggregate.groups.map(group),
    total: group(aggregate.total),
    rows: aggregate.total.competences.map((c) => c.competence),
    fromRelease: false,
  };
}

/** The table a release is shown by default: the first with a dimension, else the first. */
export function defaultTable(release: Release): number {
  const found = release.tables.findIndex((t) => t.by.length > 0);
  return found < 0 ? 0 : found;
}

/** A label for a key, as `aggregate()` writes it (for tests and fallbacks). */
const labelOf = (key: Partial<Record<string, string | null>>) =>
  Object.entries(key)
    .map(([d, v]) => `${d}=${v ?? '—'}`)
    .join(', ') || 'total';

/**
 * What is wrong with a release for the dashboard: not a release (`invalid-type`: nothing can be
 * shown), a table index that does not exist (`out-of-range`: the default table is shown), or
 * competences the framework does not have (`unknown-reference`: shown by their ids).
 */
export function checkRelease(
  release: unknown,
  table: number | undefined,
  framework: Framework | undefined,
): Issue[] {
  if (release === undefined) return [];
  const r = release as Partial<Release>;
  if (
    typeof release !== 'object' ||
    release === null ||
    !Array.isArray(r.tables) ||
    r.tables.length === 0 ||
    !Array.isArray(r.competences) ||
    !r.tables.every(
      (t) =>
        Array.isArray(t?.by) &&
        Array.isArray(t?.cells) &&
        t.cells.every(
          (c) =>
            typeof c === 'object' &&
            c !== null &&
            typeof c.key === 'object' &&
            c.key !== null &&
            Array.isArray(c.competences) &&
            (c.n === null || typeof c.n === 'number'),
        ),
    ) ||
    typeof r.minGroupSize !== 'number'
  )
    return [
      {
        path: '/release',
        code: 'invalid-type',
        message: 'Expected a release from buildRelease() of @competence-kit/disclosure.',
      },
    ];
  const issues: Issue[] = [];
  if (table !== undefined && !(Number.isInteger(table) && table >= 0 && table < r.tables.length))
    issues.push({
      path: '/table',
      code: 'out-of-range',
      message: `Expected the index of one of the release's ${r.tables.length} tables (0 to ${r.tables.length - 1}); the first table by a dimension is shown.`,
    });
  if (framework)
    r.competences.forEach((id, i) => {
      if (!getCompetence(framework, id))
        issues.push({
          path: `/release/competences/${i}`,
          code: 'unknown-reference',
          message: `Competence "${id}" does not exist in the framework.`,
        });
    });
  return issues;
}

function groupOf(release: Release, table: ReleaseTable, index: number): ViewGroup {
  const cell = table.cells[index]!;
  return {
    key: cell.key,
    label: labelOf(cell.key),
    n: cell.n,
    ...(cell.nMargin !== undefined && { nMargin: cell.nMargin }),
    competences: release.competences.map((competence) => {
      if (cell.hidden) return { competence, stats: null, hidden: 'release' };
      const c = cell.competences.find((x) => x.competence === competence);
      if (!c) return { competence, stats: null, hidden: null };
      const stats: ViewStats = { n: null, mean: c.mean };
      if (c.sd !== undefined) stats.sd = c.sd;
      if (c.quartiles) stats.quartiles = c.quartiles;
      if (c.levels) stats.levels = c.levels;
      if (c.belowTarget !== undefined) stats.belowTarget = c.belowTarget;
      if (c.meanMargin !== undefined) stats.meanMargin = c.meanMargin;
      return { competence, stats, hidden: null };
    }),
  };
}

/**
 * The dashboard's view of one table of a release: its cells as columns and, when the release
 * has a table of everyone and another table is shown, everyone as the total column.
 */
export function viewOfRelease(release: Release, table: number): DashboardView {
  const chosen = release.tables[table]!;
  const overall = release.tables.findIndex((t) => t.by.length === 0);
  const everyone =
    overall >= 0 && overall !== table && release.tables[overall]!.cells.length > 0
      ? groupOf(release, release.tables[overall]!, 0)
      : undefined;
  const view: DashboardView = {
    minGroupSize: release.minGroupSize,
    groups: chosen.cells.map((_, i) => groupOf(release, chosen, i)),
    rows: [...release.competences],
    fromRelease: true,
  };
  if (everyone) view.total = everyone;
  if (release.noise) view.noise = release.noise;
  return view;
}
