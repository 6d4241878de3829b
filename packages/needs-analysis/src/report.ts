import type {
  Finding,
  Framework,
  NeedsStudy,
  ParticipantGroup,
  VopiLevel,
} from '@competence-kit/schemas';
import { getCompetence, getDomain, getRoleProfile, localize } from '@competence-kit/model';
import { aggregate } from '@competence-kit/scoring';
import { messagesFor, type ReportMessages } from './messages.js';
import {
  prioritiseScored,
  scoreStudy,
  type PrioritiseOptions,
  type PriorityFactor,
} from './prioritise.js';

export const VOPI_LEVELS: readonly VopiLevel[] = [
  'organisation',
  'services-and-access',
  'personnel',
  'cooperation',
];
export const FINDING_KINDS = ['strength', 'weakness', 'opportunity', 'threat', 'need'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** A finding as the report shows it. */
export interface ReportFinding {
  id: string;
  statement: string;
  /** Localised validation outcome, or "not validated". */
  validation: string;
  competences: string[];
}

/** A prioritised need as the report shows it. */
export interface ReportPriority {
  rank: number;
  competence: string;
  title: string;
  domain: string;
  priority: number;
  contributions: {
    factor: PriorityFactor;
    label: string;
    value: number | null;
    weight: number;
    contribution: number;
    detail: string;
  }[];
  findings: string[];
}

/** One row of the staff results by role: the mean score per top competence, or null when suppressed. */
export interface GroupRow {
  role: string;
  label: string;
  /** Respondents; null when the group is under the anonymity threshold. */
  n: number | null;
  cells: (number | null)[];
}

/** The needs report of a territory, in one locale: what the renderers print. */
export interface NeedsReport {
  locale: string;
  /** The locale of the report's own words (headings): de, it, es or en. */
  messagesLocale: 'de' | 'it' | 'es' | 'en';
  title: string;
  territory: { id: string; name: string; country: string };
  period: { start: string; end: string };
  synthetic: boolean;
  minGroupSize: number;
  summary: string;
  participation: {
    interviews: number;
    focusGroups: number;
    byGroup: { group: ParticipantGroup; label: string; interviews: number; focusGroups: number }[];
    questionnaires: {
      id: string;
      group: ParticipantGroup;
      label: string;
      responses: number;
      invited: number | null;
      responseRate: number | null;
    }[];
    sources: {
      id: string;
      title: string;
      kind: string;
      publisher: string | null;
      date: string | null;
      summary: string;
    }[];
  };
  levels: { level: VopiLevel; title: string; findings: Record<FindingKind, ReportFinding[]> }[];
  priorities: ReportPriority[];
  groupResults: { competences: { id: string; title: string }[]; rows: GroupRow[] };
  recommendations: { competence: string; text: string }[];
  /** The report's words, for renderers. */
  messages: ReportMessages;
}

/** Options of {@link buildNeedsReport}. */
export interface ReportOptions extends PrioritiseOptions {
  /** How many priorities to list (default 10) and to show in the group table (default 5). */
  top?: number;
  groupColumns?: number;
}

/**
 * Builds the needs report of a study in one locale: summary, methods and participation,
 * strengths and weaknesses per VOPI level, prioritised training needs with their evidence
 * (see prioritiseNeeds), staff results by role (with the anonymity threshold) and
 * recommendations. Texts come from the study and the framework in `locale` (with fallback), the
 * report's own words in German, Italian, Spanish or English.
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
  const { messages: m, locale: messagesLocale } = messagesFor(locale);
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

  const findingView = (f: Finding): ReportFinding => ({
    id: f.id,
    statement: text(f.statement),
    validation: f.validation ? m.validation[f.validation.outcome] : m.notValidated,
    competences: f.competences.map(competenceTitle),
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

  const percent = new Intl.NumberFormat(messagesLocale, {
    style: 'percent',
    maximumFractionDigits: 0,
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
    return {
      competence: p.competence,
      text: m.recommendation(
        competenceTitle(p.competence),
        share === null ? null : percent.format(share),
        roles.join(', '),
      ),
    };
  });

  const territoryName = text(study.territory.name);
  return {
    locale,
    messagesLocale,
    title: m.title(territoryName),
    territory: { id: study.territory.id, name: territoryName, country: study.territory.country },
    period: study.period,
    synthetic: study.synthetic === true,
    minGroupSize: k,
    summary: m.summaryText(interviews.length, focusGroups.length, responses, study.findings.length),
    participation: {
      interviews: interviews.length,
      focusGroups: focusGroups.length,
      byGroup: [...groupsSeen].map((group) => ({
        group,
        label: m.groups[group],
        interviews: count(interviews, group),
        focusGroups: count(focusGroups, group),
      })),
      questionnaires: study.questionnaires.map((q) => ({
        id: q.id,
        group: q.group,
        label: m.groups[q.group],
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
      title: m.levels[level],
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
        contributions: p.contributions.map((x) => ({ ...x, label: m.factors[x.factor] })),
        findings: p.findings,
      };
    }),
    groupResults: { competences: columns.map((id) => ({ id, title: competenceTitle(id) })), rows },
    recommendations,
    messages: m,
  };
}
