import type { NeedsStudy, ParticipantGroup, VopiLevel } from '@competence-kit/schemas';
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
  findingCount: number;
}

/**
 * The participant groups behind each finding of a study, as prioritisation counts them: the
 * groups an evidence names, else the participants of its session, else its questionnaire's group.
 */
export function findingGroups(study: NeedsStudy): Map<string, Set<ParticipantGroup>> {
  const sessions = new Map(study.sessions.map((s) => [s.id, s]));
  const questionnaires = new Map(study.questionnaires.map((q) => [q.id, q]));
  const byFinding = new Map<string, Set<ParticipantGroup>>();
  for (const finding of study.findings) {
    const groups = new Set<ParticipantGroup>();
    for (const e of finding.evidence) {
      if (e.groups) for (const g of e.groups) groups.add(g);
      else if (e.session)
        for (const p of sessions.get(e.session)?.participants ?? []) groups.add(p.group);
      else if (e.questionnaire) {
        const q = questionnaires.get(e.questionnaire);
        if (q) groups.add(q.group);
      }
    }
    byFinding.set(finding.id, groups);
  }
  return byFinding;
}

/**
 * Narrows a report to a VOPI level and a participant group. Findings are kept when they are on
 * the level and some of their evidence comes from the group (`groups` says whose; without it the
 * group is not filtered on). A need is kept when one of its findings is kept, or, for the group
 * filter, when the group's questionnaire feeds it: staff for the gap and the share below target,
 * the other questionnaires' groups for the perception.
 */
export function filterReport(
  report: NeedsReport,
  filter: ReportFilter,
  groups: Map<string, Set<ParticipantGroup>> | undefined,
): FilteredReport {
  const byGroup = filter.group !== '' && groups !== undefined;
  const fromGroup = (id: string) =>
    !byGroup || (groups.get(id)?.has(filter.group as ParticipantGroup) ?? false);
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
  return {
    levels,
    priorities,
    recommendations: report.recommendations.filter((r) => kept.has(r.competence)),
    findingCount,
  };
}
