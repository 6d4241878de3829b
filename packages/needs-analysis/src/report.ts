import {
  FINDING_KINDS,
  VOPI_LEVELS,
  type Finding,
  type FindingKind,
  type Framework,
  type GroupRow as SchemaGroupRow,
  type NeedsReport as SchemaNeedsReport,
  type NeedsStudy,
  type ParticipantGroup,
  type ReportFinding as SchemaReportFinding,
  type ReportPriority as SchemaReportPriority,
  type ReportRecommendation as SchemaReportRecommendation,
} from '@competence-kit/schemas';
import { getCompetence, getDomain, getRoleProfile, localize } from '@competence-kit/model';
import { aggregate } from '@competence-kit/scoring';
import {
  findingGroups,
  prioritiseScored,
  scoreStudy,
  type PrioritiseOptions,
} from './prioritise.js';

// The schemas' arrays, re-exported where they were declared before.
export { FINDING_KINDS, VOPI_LEVELS, type FindingKind };

/**
 * The needs report of a territory as data (the `needs-report` schema): figures, codes and the
 * study's and framework's texts in `locale`, none of the report's own words. Save it as JSON,
 * reopen it with {@link parseNeedsReport}, render it in any language.
 */
export type NeedsReport = SchemaNeedsReport;
/** A finding as the report lists it, with the participant groups that raised it. */
export type ReportFinding = SchemaReportFinding;
/** A prioritised need as the report lists it. */
export type ReportPriority = SchemaReportPriority;
/** One row of the staff results by role: the mean score per top competence, or null when suppressed. */
export type GroupRow = SchemaGroupRow;
/** A recommendation: a competence, the share of staff below target and the roles concerned. */
export type ReportRecommendation = SchemaReportRecommendation;

/** Options of {@link buildNeedsReport}. */
export interface ReportOptions extends PrioritiseOptions {
  /** How many priorities to list (default 10) and to show in the group table (default 5). */
  top?: number;
  groupColumns?: number;
}

/**
 * Builds the needs report of a study as data: counts, methods and participation, findings per
 * VOPI level (with the groups that raised them), prioritised training needs with the reason of
 * each factor as a code (see prioritiseNeeds), staff results by role (with the anonymity
 * threshold) and recommendations. Texts from the study and the framework are taken in `locale`
 * (with fallback); the report's own words come from the renderers, in any language they ship.
 *
 * @example
 * ```ts
 * const report = buildNeedsReport(study, framework, 'it', { instruments });
 * writeFile('report.html', renderNeedsReportHtml(report));
 * ```
 */
export function buildNeedsReport(
  study: NeedsStudy,
  framework: Framework,
  locale: string,
  options: ReportOptions,
): NeedsReport {
  const k = options.minGroupSize ?? 5;
  const text = (t: Parameters<typeof localize>[0]) =>
    localize(t, locale, { defaultLocale: framework.defaultLocale }) ?? '';
  const competenceTitle = (id: string) => {
    const c = getCompetence(framework, id);
    return c ? text(c.title) : id;
  };

  const byGroup = scoreStudy(study, framework, options.instruments);
  const priorities = prioritiseScored(study, framework, byGroup, options).slice(
    0,
    options.top ?? 10,
  );
  const staff = byGroup.get('staff') ?? [];

  const interviews = study.sessions.filter((s) => s.kind === 'interview');
  const focusGroups = study.sessions.filter((s) => s.kind === 'focus-group');
  const groupsSeen = new Set(study.sessions.flatMap((s) => s.participants.map((p) => p.group)));
  const count = (sessions: typeof interviews, group: ParticipantGroup) =>
    sessions.reduce(
      (sum, s) => sum + (s.participants.find((p) => p.group === group)?.count ?? 0),
      0,
    );
  const responses = study.questionnaires.reduce((sum, q) => sum + q.responses.length, 0);

  const raisedBy = findingGroups(study);
  const findingView = (f: Finding): ReportFinding => ({
    id: f.id,
    statement: text(f.statement),
    validation: f.validation?.outcome ?? null,
    competences: f.competences.map((id) => ({ id, title: competenceTitle(id) })),
    groups: raisedBy.get(f.id) ?? [],
  });

  const columns = priorities.slice(0, options.groupColumns ?? 5).map((p) => p.competence);
  // Only the competences the table and the recommendations show.
  const shown = [...new Set([...columns, ...priorities.slice(0, 3).map((p) => p.competence)])];
  const byRole = aggregate(staff, {
    by: ['roleProfile'],
    minGroupSize: k,
    framework,
    competences: shown,
  });
  const rows: GroupRow[] = byRole.groups.map((g) => {
    const role = g.key.roleProfile ?? '';
    const profile = role ? getRoleProfile(framework, role) : undefined;
    return {
      role,
      label: profile ? text(profile.title) : role || '—',
      n: g.n,
      cells: columns.map((c) => g.competences.find((x) => x.competence === c)?.stats?.mean ?? null),
    };
  });

  const recommendations = priorities.slice(0, 3).map((p) => {
    const share = p.contributions.find((c) => c.factor === 'below-target')?.value ?? null;
    const roles = byRole.groups
      .filter(
        (g) =>
          g.n !== null &&
          (g.competences.find((x) => x.competence === p.competence)?.stats?.belowTarget ?? 0) > 0.5,
      )
      .map((g) => rows.find((r) => r.role === (g.key.roleProfile ?? ''))!.label);
    return { competence: p.competence, share, roles };
  });

  return {
    locale,
    territory: {
      id: study.territory.id,
      name: text(study.territory.name),
      country: study.territory.country,
    },
    period: study.period,
    synthetic: study.synthetic === true,
    minGroupSize: k,
    counts: {
      interviews: interviews.length,
      focusGroups: focusGroups.length,
      responses,
      findings: study.findings.length,
    },
    participation: {
      byGroup: [...groupsSeen].map((group) => ({
        group,
        interviews: count(interviews, group),
        focusGroups: count(focusGroups, group),
      })),
      questionnaires: study.questionnaires.map((q) => ({
        id: q.id,
        group: q.group,
        responses: q.responses.length,
        invited: q.invited ?? null,
        responseRate: q.invited ? q.responses.length / q.invited : null,
      })),
      sources: study.sources.map((s) => ({
        id: s.id,
        title: s.title,
        kind: s.kind,
        publisher: s.publisher ?? null,
        date: s.date ?? null,
        summary: text(s.summary),
      })),
    },
    levels: VOPI_LEVELS.map((level) => ({
      level,
      findings: Object.fromEntries(
        FINDING_KINDS.map((kind) => [
          kind,
          study.findings
            .filter(
              (f) => f.level === level && f.kind === kind && f.validation?.outcome !== 'rejected',
            )
            .map(findingView),
        ]),
      ) as Record<FindingKind, ReportFinding[]>,
    })),
    priorities: priorities.map((p) => {
      const c = getCompetence(framework, p.competence);
      const d = c ? getDomain(framework, c.domain) : undefined;
      return {
        rank: p.rank,
        competence: p.competence,
        title: competenceTitle(p.competence),
        domain: d ? text(d.title) : '',
        priority: p.priority,
        contributions: p.contributions,
        findings: p.findings,
      };
    }),
    groupResults: { competences: columns.map((id) => ({ id, title: competenceTitle(id) })), rows },
    recommendations,
  };
}
