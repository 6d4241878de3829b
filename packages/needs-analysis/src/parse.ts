import type {
  Evidence,
  Framework,
  Instrument,
  NeedsStudy,
  ParseLimits,
  ParseOptions,
  ParseResult,
} from '@competence-kit/schemas';
import {
  checkObjectArgument,
  collectIssues,
  describeValue,
  parseSafely,
  pointer,
  resolveParseOptions,
  validateWithLimits,
} from '@competence-kit/schemas';
import { validateNeedsStudy } from '@competence-kit/schemas/validators';
import { getCompetence } from '@competence-kit/model';
import { itemsOf, parseResponse } from '@competence-kit/scoring';

/** What a needs study is checked against. */
export interface NeedsStudyContext {
  /** The framework the study's findings and questionnaires refer to. */
  framework: Framework;
  /** The instruments of the study's questionnaires. */
  instruments: readonly Instrument[];
}

/** The instrument a questionnaire answers, by id and exact version. */
export function instrumentOf(
  instruments: readonly Instrument[],
  ref: { id: string; version: string },
): Instrument | undefined {
  return instruments.find((i) => i.id === ref.id && i.version === ref.version);
}

type Report = (path: string, code: string, message: string) => void;

function uniqueIds(
  list: readonly { id: string }[],
  at: string | readonly string[],
  what: string,
  report: Report,
): Map<string, number> {
  const seen = new Map<string, number>();
  list.forEach((entry, i) => {
    if (seen.has(entry.id))
      report(
        pointer(...[at].flat(), i, 'id'),
        'duplicate-id',
        `${what} id "${entry.id}" is used twice; ids must be unique.`,
      );
    else seen.set(entry.id, i);
  });
  return seen;
}

function checkSessions(study: NeedsStudy, report: Report): void {
  if (study.period.start > study.period.end)
    report('/period/end', 'invalid-period', 'The review ends before it starts.');
  study.sessions.forEach((session, i) => {
    if (!session.consent.recorded) {
      report(
        pointer('sessions', i, 'consent', 'recorded'),
        'consent-missing',
        `Session "${session.id}": informed consent must be recorded before its content is used.`,
      );
    }
    if (session.date < study.period.start || session.date > study.period.end) {
      report(
        pointer('sessions', i, 'date'),
        'outside-period',
        `Session "${session.id}" on ${session.date} lies outside the review period ${study.period.start} to ${study.period.end}.`,
      );
    }
    const groups = new Set<string>();
    session.participants.forEach((p, j) => {
      if (groups.has(p.group))
        report(
          pointer('sessions', i, 'participants', j, 'group'),
          'duplicate-group',
          `Group "${p.group}" is counted twice in session "${session.id}"; give one count per group.`,
        );
      groups.add(p.group);
    });
    if (session.kind === 'interview' && session.purpose !== undefined) {
      report(
        pointer('sessions', i, 'purpose'),
        'invalid-purpose',
        'Only focus groups have a purpose (exploration or validation).',
      );
    }
  });
}

function checkQuestionnaires(
  study: NeedsStudy,
  context: NeedsStudyContext,
  report: Report,
  limits: ParseLimits,
): void {
  study.questionnaires.forEach((q, i) => {
    const instrument = instrumentOf(context.instruments, q.instrument);
    if (!instrument) {
      report(
        pointer('questionnaires', i, 'instrument'),
        'unknown-instrument',
        `The instrument ${q.instrument.id} version ${q.instrument.version} was not provided.`,
      );
      return;
    }
    if (q.invited !== undefined && q.invited < q.responses.length) {
      report(
        pointer('questionnaires', i, 'invited'),
        'count-mismatch',
        `${q.responses.length} responses cannot come from ${q.invited} people invited.`,
      );
    }
    const respondents = new Map<string, number>();
    q.responses.forEach((response, j) => {
      const at = pointer('questionnaires', i, 'responses', j);
      const earlier = respondents.get(response.respondent);
      if (earlier !== undefined)
        report(
          `${at}/respondent`,
          'duplicate-respondent',
          `Respondent "${response.respondent}" already answered (response ${earlier}).`,
        );
      respondents.set(response.respondent, j);
      const parsed = parseResponse(response, instrument, context.framework, { limits });
      if (!parsed.ok)
        for (const issue of parsed.issues) report(`${at}${issue.path}`, issue.code, issue.message);
    });
  });
}

/** The study's sessions, sources and questionnaires by id, for evidence checks. */
interface Lookup {
  sessions: Map<string, NeedsStudy['sessions'][number]>;
  sources: Set<string>;
  questionnaires: Map<string, NeedsStudy['questionnaires'][number]>;
}

function lookupOf(study: NeedsStudy): Lookup {
  return {
    sessions: new Map(study.sessions.map((s) => [s.id, s])),
    sources: new Set(study.sources.map((s) => s.id)),
    questionnaires: new Map(study.questionnaires.map((q) => [q.id, q])),
  };
}

/** One piece of evidence (of a finding or of the internal review), at the pointer `base`. */
function checkEvidence(
  e: Evidence,
  base: string,
  { sessions, sources, questionnaires }: Lookup,
  context: NeedsStudyContext,
  report: Report,
): void {
  const at = (token: string) => `${base}/${token}`;
  if (e.session !== undefined) {
    const session = sessions.get(e.session);
    if (!session) report(at('session'), 'unknown-reference', `There is no session "${e.session}".`);
    else {
      const total = session.participants.reduce((sum, p) => sum + p.count, 0);
      if (e.participants !== undefined && e.participants > total) {
        report(
          at('participants'),
          'count-mismatch',
          `${e.participants} participants cannot have raised it in session "${session.id}", which had ${total}.`,
        );
      }
      for (const g of e.groups ?? []) {
        if (!session.participants.some((p) => p.group === g))
          report(
            at('groups'),
            'count-mismatch',
            `Group "${g}" did not take part in session "${session.id}".`,
          );
      }
    }
  }
  if (e.source !== undefined && !sources.has(e.source))
    report(at('source'), 'unknown-reference', `There is no desk-research source "${e.source}".`);
  if (e.questionnaire !== undefined) {
    const q = questionnaires.get(e.questionnaire);
    if (!q)
      report(
        at('questionnaire'),
        'unknown-reference',
        `There is no questionnaire "${e.questionnaire}".`,
      );
    else if (e.item !== undefined) {
      const instrument = instrumentOf(context.instruments, q.instrument);
      if (instrument && !itemsOf(instrument).some((item) => item.id === e.item)) {
        report(at('item'), 'unknown-reference', `Questionnaire "${q.id}" has no item "${e.item}".`);
      }
    }
  }
  if (e.item !== undefined && e.questionnaire === undefined)
    report(at('item'), 'unknown-reference', 'An item needs the questionnaire it belongs to.');
}

function checkFindings(study: NeedsStudy, context: NeedsStudyContext, report: Report): void {
  const lookup = lookupOf(study);
  const { sessions } = lookup;
  const goals = new Set(study.strategy?.goals.map((g) => g.id) ?? []);
  study.findings.forEach((finding, i) => {
    finding.competences.forEach((c, j) => {
      if (!getCompetence(context.framework, c))
        report(
          pointer('findings', i, 'competences', j),
          'unknown-reference',
          `Competence "${c}" does not exist in the framework.`,
        );
    });
    finding.evidence.forEach((e, j) =>
      checkEvidence(e, pointer('findings', i, 'evidence', j), lookup, context, report),
    );
    finding.strategyGoals?.forEach((goal, j) => {
      if (!goals.has(goal))
        report(
          pointer('findings', i, 'strategyGoals', j),
          'unknown-reference',
          study.strategy
            ? `The local strategy has no goal "${goal}".`
            : `Goal "${goal}" needs the study's local strategy ("strategy") with that goal.`,
        );
    });
    if (finding.validation) {
      const session = sessions.get(finding.validation.session);
      if (!session)
        report(
          pointer('findings', i, 'validation', 'session'),
          'unknown-reference',
          `There is no session "${finding.validation.session}".`,
        );
      else if (session.kind !== 'focus-group') {
        report(
          pointer('findings', i, 'validation', 'session'),
          'not-a-focus-group',
          `Findings are validated in a focus group; "${session.id}" is an interview.`,
        );
      }
    }
  });
}

/**
 * What {@link identifierIn} looks for in a quote: an e-mail address, a web address, or a phone
 * number (a `+` and 7 or more digits, or 9 or more digits in a run where at most two spaces,
 * dots, dashes, slashes or brackets stand between digits; a date such as 2026-03-15 has 8 and
 * passes). A simple
 * check against the obvious slips, not a guarantee of anonymity: a person still reads each quote.
 */
const IDENTIFIERS: readonly [RegExp, string][] = [
  [/[^\s@]@[^\s@]+\.[a-z]{2,}/i, 'an e-mail address'],
  [/\b(?:https?:\/\/|www\.)\S+/i, 'a web address'],
  [/\+\s?\d(?:[\s./()-]{0,2}\d){6,}/, 'a phone number'],
  [/\d(?:[\s./()-]{0,2}\d){8,}/, 'a phone number'],
];

/** What kind of obvious identifier a text contains (see {@link IDENTIFIERS}), if any. */
export function identifierIn(text: string): string | undefined {
  return IDENTIFIERS.find(([pattern]) => pattern.test(text))?.[1];
}

function checkReview(study: NeedsStudy, context: NeedsStudyContext, report: Report): void {
  const lookup = lookupOf(study);
  if (study.strategy) uniqueIds(study.strategy.goals, ['strategy', 'goals'], 'Goal', report);
  const areas = new Map<string, number>();
  study.internalReview?.forEach((entry, i) => {
    const earlier = areas.get(entry.area);
    if (earlier !== undefined)
      report(
        pointer('internalReview', i, 'area'),
        'duplicate-area',
        `The area "${entry.area}" is already reviewed in entry ${earlier}; give one entry per area.`,
      );
    else areas.set(entry.area, i);
    entry.evidence.forEach((e, j) =>
      checkEvidence(e, pointer('internalReview', i, 'evidence', j), lookup, context, report),
    );
  });
  const findings = new Set(study.findings.map((f) => f.id));
  if (study.quotes) uniqueIds(study.quotes, 'quotes', 'Quote', report);
  study.quotes?.forEach((quote, i) => {
    const session = lookup.sessions.get(quote.session);
    if (!session)
      report(
        pointer('quotes', i, 'session'),
        'unknown-reference',
        `There is no session "${quote.session}".`,
      );
    else {
      if (!session.consent.recorded)
        report(
          pointer('quotes', i, 'session'),
          'consent-missing',
          `Quote "${quote.id}" comes from session "${session.id}", whose consent is not recorded; only quotes from sessions with recorded consent may be used.`,
        );
      if (!session.participants.some((p) => p.group === quote.group))
        report(
          pointer('quotes', i, 'group'),
          'count-mismatch',
          `Group "${quote.group}" did not take part in session "${session.id}".`,
        );
    }
    for (const [locale, text] of Object.entries(quote.text)) {
      const found = identifierIn(text ?? '');
      if (found)
        report(
          pointer('quotes', i, 'text', locale),
          'identifying-detail',
          `Quote "${quote.id}" contains ${found}; quotes must be anonymised, so remove it.`,
        );
    }
    quote.findings?.forEach((id, j) => {
      if (!findings.has(id))
        report(
          pointer('quotes', i, 'findings', j),
          'unknown-reference',
          `There is no finding "${id}".`,
        );
    });
  });
}

/**
 * Validates a needs study: its structure, then the cross-checks: unique ids; the period and
 * session dates; consent recorded for every session; one count per participant group; every
 * questionnaire's instrument provided and every response valid for it (with its path inside
 * the study); evidence that points at existing sessions, sources, questionnaires and items,
 * with participant counts and groups that fit the session; validations made in focus groups;
 * competences that exist. And for the review's optional parts: unique goal ids of the local
 * strategy, and findings that name only its goals; each internal-review area at most once, its
 * evidence checked as a finding's; quotes with unique ids, from an existing session whose
 * consent was recorded and in which the quote's group took part, naming existing findings, and
 * without an e-mail address, web address or phone number in any language (a simple pattern
 * check, see {@link identifierIn}). Never throws.
 *
 * @example
 * ```ts
 * const result = parseNeedsStudy(json, { framework, instruments: [staffQuestionnaire] });
 * if (!result.ok) console.table(result.issues);
 * ```
 */
export function parseNeedsStudy(
  input: unknown,
  context: NeedsStudyContext,
  options?: ParseOptions,
): ParseResult<NeedsStudy> {
  checkObjectArgument('parseNeedsStudy', 'context', context, '{ framework, instruments }');
  checkObjectArgument('parseNeedsStudy', 'context.framework', context.framework, 'the Framework');
  if (!Array.isArray(context.instruments)) {
    throw new TypeError(
      `parseNeedsStudy: the argument "context.instruments" must be an array of Instruments; got ${describeValue(context.instruments)}.`,
    );
  }
  const limits = resolveParseOptions(options);
  return parseSafely(() => {
    const checked = validateWithLimits(validateNeedsStudy, input, limits);
    if (!checked.ok) return checked;
    const study = checked.value;
    const issues = collectIssues(limits.maxIssues, (add) => {
      const report: Report = (path, code, message) => add({ path, code, message });
      if (study.framework.id !== context.framework.id) {
        report(
          '/framework/id',
          'framework-mismatch',
          `The study refers to "${study.framework.id}", not "${context.framework.id}".`,
        );
      }
      uniqueIds(study.sources, 'sources', 'Source', report);
      uniqueIds(study.sessions, 'sessions', 'Session', report);
      uniqueIds(study.questionnaires, 'questionnaires', 'Questionnaire', report);
      uniqueIds(study.findings, 'findings', 'Finding', report);
      checkSessions(study, report);
      checkQuestionnaires(study, context, report, limits);
      checkFindings(study, context, report);
      checkReview(study, context, report);
    });
    return issues.length === 0 ? { ok: true, value: study } : { ok: false, issues };
  });
}
