import {
  FINDING_KINDS,
  REVIEW_AREAS,
  VOPI_LEVELS,
  type Evidence,
  type Finding,
  type FindingKind,
  type Framework,
  type Module,
  type Programme,
  type ReportEvidence,
  type ReportProgrammeModule,
  type ReportQuote,
  type ReportReviewArea,
  type ReportStrategyGoal,
  type GroupRow as SchemaGroupRow,
  type NeedsReport as SchemaNeedsReport,
  type NeedsStudy,
  type ParticipantGroup,
  type ReportFinding as SchemaReportFinding,
  type ReportPriority as SchemaReportPriority,
  type ReportRecommendation as SchemaReportRecommendation,
} from '@competence-kit/schemas';
import {
  getCompetence,
  getDomain,
  getRoleProfile,
  localize,
  resolveText,
} from '@competence-kit/model';
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

/** A module of the programme that trains a priority's competence, and when it runs. */
export type { ReportProgrammeModule, ReportQuote, ReportReviewArea, ReportEvidence };
export type { ReportStrategyGoal };

/** Options of {@link buildNeedsReport}. */
export interface ReportOptions extends PrioritiseOptions {
  /** How many priorities to list (default 10) and to show in the group table (default 5). */
  top?: number;
  groupColumns?: number;
  /**
   * The 12-month training programme (the `programme` schema, e.g. one planned from the
   * programme template): each priority then lists the programme's modules that train its
   * competence, with the months they run in. Without it, the report's `programme` is null and
   * the renderers say that the link to the programme is not made. Needs `modules`.
   */
  programme?: Programme;
  /**
   * The modules the programme's sessions refer to (a catalogue's `modules`): which competences
   * each one trains. Required with `programme`.
   */
  modules?: readonly Module[];
  /**
   * Which of the study's quotes the report lists: `all` (the default), or `with-findings`, only
   * those that illustrate at least one finding in the report (rejected findings are not in it).
   */
  quotes?: 'all' | 'with-findings';
}

/** Months of a date counted from a start date's month: 1 for the start's month. */
function monthOf(start: string, date: string): number {
  const [y0, m0] = start.split('-').map(Number) as [number, number];
  const [y, m] = date.split('-').map(Number) as [number, number];
  return (y - y0) * 12 + (m - m0) + 1;
}

/**
 * Per competence, the modules of a programme that train it: the module's sessions' first and
 * last day, the programme months they fall in (1 for its first month), and their number, in the
 * order the modules first run.
 */
export function programmeModulesByCompetence(
  programme: Programme,
  modules: readonly Module[],
  title: (module: Module) => string,
): Map<string, ReportProgrammeModule[]> {
  const byId = new Map(modules.map((m) => [m.id, m]));
  const runs = new Map<string, string[][]>();
  for (const session of programme.sessions) {
    if (!byId.has(session.module)) continue;
    const list = runs.get(session.module) ?? [];
    list.push([...session.dates].sort());
    runs.set(session.module, list);
  }
  const entries: ReportProgrammeModule[] = [...runs.entries()].map(([id, sessions]) => {
    const days = sessions.flat().sort();
    return {
      module: id,
      title: title(byId.get(id)!),
      months: [...new Set(days.map((d) => monthOf(programme.period.start, d)))].sort(
        (a, b) => a - b,
      ),
      start: days[0]!,
      end: days[days.length - 1]!,
      sessions: sessions.length,
    };
  });
  entries.sort((a, b) => a.start.localeCompare(b.start) || a.module.localeCompare(b.module));
  const byCompetence = new Map<string, ReportProgrammeModule[]>();
  for (const entry of entries)
    for (const { competence } of byId.get(entry.module)!.competences) {
      const list = byCompetence.get(competence) ?? [];
      list.push(entry);
      byCompetence.set(competence, list);
    }
  return byCompetence;
}

/**
 * Builds the needs report of a study as data: counts, methods and participation, findings per
 * VOPI level (with the groups that raised them), prioritised training needs with the reason of
 * each factor as a code (see prioritiseNeeds), staff results by role (with the anonymity
 * threshold) and recommendations; and from the study's optional parts: the local strategy, the
 * internal review by area with its evidence, anonymised quotes (all, or those illustrating a
 * finding of the report: `options.quotes`), the limitations, and per priority the strategy goals
 * its findings bear on and, when `options.programme` and `options.modules` are given, the
 * programme's modules that train it with the months they run in. Texts from the study, the
 * framework and the modules are taken in `locale` (with fallback); the report's own words come
 * from the renderers, in any language they ship.
 *
 * @example
 * ```ts
 * const report = buildNeedsReport(study, framework, 'it', {
 *   instruments,
 *   programme, // e.g. content/training/programme-template.json
 *   modules: catalogue.modules,
 *   quotes: 'with-findings',
 * });
 * writeFile('report.html', renderNeedsReportHtml(report));
 * ```
 * @throws TypeError when `programme` is given without `modules` (a programmer error).
 */
export function buildNeedsReport(
  study: NeedsStudy,
  framework: Framework,
  locale: string,
  options: ReportOptions,
): NeedsReport {
  if (options.programme !== undefined && !Array.isArray(options.modules))
    throw new TypeError(
      'buildNeedsReport: options.programme needs options.modules, the modules its sessions refer to (a catalogue\'s "modules").',
    );
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

  const findingsById = new Map(study.findings.map((f) => [f.id, f]));
  const inReport = (id: string) => {
    const f = findingsById.get(id);
    return f !== undefined && f.validation?.outcome !== 'rejected';
  };
  const goals: ReportStrategyGoal[] = (study.strategy?.goals ?? []).map((g) => ({
    id: g.id,
    title: text(g.title),
  }));
  const modulesFor = options.programme
    ? programmeModulesByCompetence(options.programme, options.modules!, (m) => text(m.title))
    : undefined;

  const sessionsById = new Map(study.sessions.map((s) => [s.id, s]));
  const evidenceView = (e: Evidence): ReportEvidence[] => {
    if (e.session !== undefined) {
      const s = sessionsById.get(e.session);
      if (!s) return [];
      return [
        {
          type: 'session',
          id: s.id,
          kind: s.kind,
          date: s.date,
          groups: e.groups ?? [...new Set(s.participants.map((p) => p.group))],
        },
      ];
    }
    if (e.source !== undefined) {
      const s = study.sources.find((x) => x.id === e.source);
      return s ? [{ type: 'source', id: s.id, title: s.title }] : [];
    }
    const q = study.questionnaires.find((x) => x.id === e.questionnaire);
    return q ? [{ type: 'questionnaire', id: q.id, group: q.group, item: e.item ?? null }] : [];
  };
  const internalReview: ReportReviewArea[] = REVIEW_AREAS.flatMap((area) =>
    (study.internalReview ?? [])
      .filter((r) => r.area === area)
      .slice(0, 1)
      .map((r) => ({
        area,
        assessment: text(r.assessment),
        evidence: r.evidence.flatMap(evidenceView),
      })),
  );

  const language = (tag: string) => tag.split('-')[0]!.toLowerCase();
  const quotes: ReportQuote[] = (study.quotes ?? []).flatMap((q) => {
    const findings = (q.findings ?? []).filter(inReport);
    if (options.quotes === 'with-findings' && findings.length === 0) return [];
    const shown = resolveText(q.text, locale, { defaultLocale: framework.defaultLocale })!;
    const originalKey = Object.keys(q.text).find((key) => language(key) === language(q.language));
    const original =
      originalKey !== undefined && language(shown.locale) !== language(q.language)
        ? (q.text[originalKey] ?? null)
        : null;
    return [
      {
        id: q.id,
        group: q.group,
        sessionKind: sessionsById.get(q.session)?.kind ?? 'interview',
        language: q.language,
        text: shown.value,
        textLanguage: shown.locale,
        original,
        findings,
      },
    ];
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
        // Copies, so that the report shares no object between its parts.
        strategyGoals: goals
          .filter((g) =>
            p.findings.some(
              (id) => inReport(id) && findingsById.get(id)!.strategyGoals?.includes(g.id),
            ),
          )
          .map((g) => ({ ...g })),
        programme: modulesFor
          ? (modulesFor.get(p.competence) ?? []).map((m) => ({ ...m, months: [...m.months] }))
          : null,
      };
    }),
    groupResults: { competences: columns.map((id) => ({ id, title: competenceTitle(id) })), rows },
    recommendations,
    strategy: study.strategy
      ? {
          title: study.strategy.title,
          publisher: study.strategy.publisher ?? null,
          date: study.strategy.date ?? null,
          uri: study.strategy.uri ?? null,
          goals,
        }
      : null,
    internalReview,
    quotes,
    limitations: (study.limitations ?? []).map(text),
    programme: options.programme
      ? {
          id: options.programme.id,
          title: options.programme.title ? text(options.programme.title) : null,
          period: { start: options.programme.period.start, end: options.programme.period.end },
        }
      : null,
  };
}
