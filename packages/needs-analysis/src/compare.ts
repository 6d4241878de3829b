import type { NeedsReport } from './report.js';

/** One competence across territories. */
export interface TerritoryComparisonRow {
  competence: string;
  title: string;
  /** Per territory, in the order of `territories`: its rank and priority, or null where it is not among that report's priorities. */
  cells: ({ rank: number; priority: number } | null)[];
  /** Mean priority over all territories, counting a missing one as 0. */
  meanPriority: number;
  /** In how many territories it is among the priorities. */
  territoriesRaising: number;
}

/** The same needs, side by side across territories. */
export interface TerritoryComparison {
  territories: { id: string; name: string }[];
  rows: TerritoryComparisonRow[];
}

/**
 * Puts the prioritised needs of several territories side by side, for a partnership's shared
 * programme: one row per competence that is a priority anywhere, with each territory's rank and
 * priority, sorted by the mean priority (then by how many territories raise it).
 *
 * @throws TypeError when two reports are of the same territory (a programmer error).
 * @example
 * ```ts
 * const table = compareTerritories([offenbach, ravenna, cartagena].map((s) => buildNeedsReport(s, framework, 'en', { instruments })));
 * table.rows[0]; // the need the partnership shares most
 * ```
 */
export function compareTerritories(reports: readonly NeedsReport[]): TerritoryComparison {
  const ids = reports.map((r) => r.territory.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new TypeError(`compareTerritories: territory "${twice}" appears twice.`);
  const titles = new Map<string, string>();
  for (const r of reports)
    for (const p of r.priorities) if (!titles.has(p.competence)) titles.set(p.competence, p.title);
  const rows = [...titles].map(([competence, title]) => {
    const cells = reports.map((r) => {
      const p = r.priorities.find((x) => x.competence === competence);
      return p ? { rank: p.rank, priority: p.priority } : null;
    });
    const present = cells.filter((c) => c !== null);
    return {
      competence,
      title,
      cells,
      meanPriority:
        reports.length === 0 ? 0 : present.reduce((s, c) => s + c.priority, 0) / reports.length,
      territoriesRaising: present.length,
    };
  });
  rows.sort(
    (a, b) =>
      b.meanPriority - a.meanPriority ||
      b.territoriesRaising - a.territoriesRaising ||
      (a.competence < b.competence ? -1 : 1),
  );
  return {
    territories: reports.map((r) => ({ id: r.territory.id, name: r.territory.name })),
    rows,
  };
}
