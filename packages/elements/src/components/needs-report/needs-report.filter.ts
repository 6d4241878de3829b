import type { ParticipantGroup, VopiLevel } from '@competence-kit/schemas';
import type { NeedsReport, ReportFinding, ReportPriority } from '@competence-kit/needs-analysis';

/** What the report is narrowed to; `''` for all. */
export interface ReportFilter {
  level: VopiLevel | '';
  group: ParticipantGroup | '';
}

/** The part of a report a filter leaves. */
export interface FilteredReport {
  levels: NeedsReport['levels'];
  priorities: ReportPriority[];
  recommendations: NeedsReport['recommendations'];
  /** The quotes from the group, illustrating a finding on the level (all when unfiltered). */
  quotes: NonNullable<NeedsReport['quotes']>;
  findingCount: number;
}

/**
 * Narrows a report to a VOPI level and a participant group. Findings are kept when they are on
 * the level and the group is among those that raised them (each finding carries its `groups`). A need is kept when one of its findings is kept, or, for the group
 * filter, when the group's questionnaire feeds it: staff for the gap and the share below target,
 * the other questionnaires' groups for the perception. A quote is kept when its group is the
 * group filtered for, and, for the level filter, when it illustrates a finding on the level.
 */
export function filterReport(report: NeedsReport, filter: ReportFilter): FilteredReport {
  const byGroup = filter.group !== '';
  const groups = new Map<string, readonly ParticipantGroup[]>();
  for (const l of report.levels)
    for (const list of Object.values(l.findings)) for (const f of list) groups.set(f.id, f.groups);
  const fromGroup = (id: string) =>
    !byGroup || (groups.get(id)?.includes(filter.group as ParticipantGroup) ?? false);
  const levelOf = new Map<string, VopiLevel>();
  for (const l of report.levels)
    for (const list of Object.values(l.findings)) for (const f of list) levelOf.set(f.id, l.level);

  let findingCount = 0;
  const levels = report.levels
    .filter((l) => filter.level === '' || l.level === filter.level)
    .map((l) => {
      const findings = Object.fromEntries(
        Object.entries(l.findings).map(([kind, list]: [string, ReportFinding[]]) => {
          const kept = list.filter((f) => fromGroup(f.id));
          findingCount += kept.length;
          return [kind, kept];
        }),
      ) as (typeof l)['findings'];
      return { ...l, findings };
    });

  const perceivedBy = new Set(
    report.participation.questionnaires
      .filter((q) => q.group !== 'staff' && q.responses > 0)
      .map((q) => q.group),
  );
  const measured = (p: ReportPriority, ...factors: string[]) =>
    p.contributions.some((c) => factors.includes(c.factor) && c.value !== null);
  const priorities = report.priorities.filter((p) => {
    const findings = p.findings.filter(
      (id) => levelOf.has(id) && (filter.level === '' || levelOf.get(id) === filter.level),
    );
    if (filter.level !== '' && findings.length === 0) return false;
    if (!byGroup) return true;
    if (findings.some(fromGroup)) return true;
    if (filter.level !== '') return false;
    return filter.group === 'staff'
      ? measured(p, 'gap-size', 'below-target')
      : perceivedBy.has(filter.group as ParticipantGroup) && measured(p, 'perception');
  });
  const kept = new Set(priorities.map((p) => p.competence));
  const quotes = (report.quotes ?? []).filter(
    (q) =>
      (!byGroup || q.group === filter.group) &&
      (filter.level === '' || q.findings.some((id) => levelOf.get(id) === filter.level)),
  );
  return {
    levels,
    priorities,
    recommendations: report.recommendations.filter((r) => kept.has(r.competence)),
    quotes,
    findingCount,
  };
}
