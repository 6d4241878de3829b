// A city's needs review as the portal edits it: the `needs-study` document of
// `@competence-kit/schemas` (the package format, so that a study downloaded from the portal opens
// in the needs-analysis package and the CLI unchanged) and its plan. Every change is a pure
// function from a form's fields to a new study, or to the problems that stop it; the routes store
// the result (src/web/routes/needs.ts).
import { createHash } from 'node:crypto';
import type { Framework, Guide, Instrument, NeedsStudy, Response } from '@competence-kit/schemas';

/** One thing to do in the review, with its date and status. */
export interface PlanItem {
  id: string;
  kind: PlanKind;
  title: string;
  date?: string;
  status: PlanStatus;
}
export const PLAN_KINDS = ['desk-research', 'interview', 'focus-group', 'questionnaire'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const PLAN_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const SOURCE_KINDS = [
  'strategy',
  'policy',
  'legal',
  'statistics',
  'report',
  'evaluation',
  'web',
  'other',
] as const;
export const GROUPS = [
  'staff',
  'third-country-nationals',
  'ngos',
  'migrant-organisations',
  'stakeholders',
] as const;
export const CONSENT_METHODS = [
  'written',
  'oral-recorded',
  'oral-witnessed',
  'online-form',
] as const;
export const FINDING_KINDS = ['strength', 'weakness', 'opportunity', 'threat', 'need'] as const;
export const VOPI_LEVELS = [
  'organisation',
  'services-and-access',
  'personnel',
  'cooperation',
] as const;
export const OUTCOMES = ['confirmed', 'amended', 'rejected'] as const;

/** A field that stops a form, and why: the page says it next to the field. */
export interface Problem {
  field: string;
  code: 'required' | 'invalid';
}

/** The fields of a posted form, each a string or a list of strings. */
export type Form = Record<string, string | string[] | undefined>;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MAX_TEXT = 4000;
const MAX_TITLE = 300;

function one(form: Form, name: string): string {
  const value = form[name];
  return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();
}
function many(form: Form, name: string): string[] {
  const value = form[name];
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => v.trim());
}
function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}
function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Whether a text holds a control character other than tab, line feed and carriage return. */
function hasControl(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return true;
  }
  return false;
}

/** Reads fields by the rules they follow; collects every problem rather than the first. */
class Reader {
  readonly problems: Problem[] = [];
  constructor(private readonly form: Form) {}
  text(name: string, max = MAX_TEXT, optional = false): string {
    const value = one(this.form, name);
    if (!value && !optional) this.problems.push({ field: name, code: 'required' });
    else if (value.length > max || hasControl(value))
      this.problems.push({ field: name, code: 'invalid' });
    return value;
  }
  date(name: string, optional = false): string {
    const value = one(this.form, name);
    if (!value) {
      if (!optional) this.problems.push({ field: name, code: 'required' });
    } else if (!isDate(value)) this.problems.push({ field: name, code: 'invalid' });
    return value;
  }
  choice<T extends string>(name: string, list: readonly T[], optional = false): T | undefined {
    const value = one(this.form, name);
    if (!value) {
      if (!optional) this.problems.push({ field: name, code: 'required' });
      return undefined;
    }
    if (!isOneOf(list, value)) {
      this.problems.push({ field: name, code: 'invalid' });
      return undefined;
    }
    return value;
  }
  count(name: string, max = 10_000): number {
    const value = one(this.form, name);
    if (!/^[1-9]\d{0,4}$/.test(value) || Number(value) > max) {
      this.problems.push({ field: name, code: value ? 'invalid' : 'required' });
      return 0;
    }
    return Number(value);
  }
}

type Outcome<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** The id of the next element of a list: `<prefix>-<n>`, n one more than the highest. */
function nextId(prefix: string, existing: readonly { id: string }[]): string {
  let highest = 0;
  for (const { id } of existing) {
    const n = id.startsWith(`${prefix}-`) ? Number(id.slice(prefix.length + 1)) : NaN;
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return `${prefix}-${highest + 1}`;
}

/** A new study for the city, over a period, with the plan seeded from the desk-research checklist. */
export function startReview(
  city: { id: string; name: NeedsStudy['territory']['name']; country: string },
  framework: Framework,
  checklist: Guide,
  form: Form,
  lang: string,
): Outcome<{ study: NeedsStudy; plan: PlanItem[] }> {
  const read = new Reader(form);
  const start = read.date('start');
  const end = read.date('end');
  if (start && end && isDate(start) && isDate(end) && end < start)
    read.problems.push({ field: 'end', code: 'invalid' });
  if (read.problems.length) return { ok: false, problems: read.problems };
  const study: NeedsStudy = {
    $schema: 'https://w3id.org/competence-kit/schemas/needs-study/v1',
    id: `https://w3id.org/competence-kit/cities/${city.id}/needs-reviews/${start}`,
    territory: { id: city.id, name: city.name, country: city.country },
    period: { start, end },
    framework: { id: framework.id, version: `^${framework.version}` },
    sources: [],
    sessions: [],
    questionnaires: [],
    findings: [],
  } as NeedsStudy;
  const plan: PlanItem[] = checklist.sections
    .flatMap((section) => section.steps)
    .filter((step) => step.kind === 'check')
    .map((step, i) => ({
      id: `plan-${i + 1}`,
      kind: 'desk-research' as const,
      title: textIn(step.text, lang),
      status: 'planned' as const,
    }));
  return { ok: true, value: { study, plan } };
}

/** A localized text in `lang`, else English, else its first. */
function textIn(text: Readonly<Record<string, string | undefined>>, lang: string): string {
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}

export function addPlanItem(plan: readonly PlanItem[], form: Form): Outcome<PlanItem[]> {
  const read = new Reader(form);
  const kind = read.choice('kind', PLAN_KINDS);
  const title = read.text('title', MAX_TITLE);
  const date = read.date('date', true);
  const status = read.choice('status', PLAN_STATUSES, true) ?? 'planned';
  if (read.problems.length || !kind) return { ok: false, problems: read.problems };
  const item: PlanItem = { id: nextId('plan', plan), kind, title, status, ...(date && { date }) };
  return { ok: true, value: [...plan, item] };
}

export function changePlanItem(
  plan: readonly PlanItem[],
  itemId: string,
  form: Form,
): Outcome<PlanItem[]> | undefined {
  const index = plan.findIndex((p) => p.id === itemId);
  if (index < 0) return undefined;
  const read = new Reader(form);
  const status = read.choice('status', PLAN_STATUSES);
  const date = read.date('date', true);
  if (read.problems.length || !status) return { ok: false, problems: read.problems };
  const { date: _old, ...rest } = plan[index]!;
  const next = [...plan];
  next[index] = { ...rest, status, ...(date && { date }) };
  return { ok: true, value: next };
}

export function addSource(study: NeedsStudy, form: Form, lang: string): Outcome<NeedsStudy> {
  const read = new Reader(form);
  const title = read.text('title', MAX_TITLE);
  const kind = read.choice('kind', SOURCE_KINDS);
  const publisher = read.text('publisher', MAX_TITLE, true);
  const date = read.date('date', true);
  const summary = read.text('summary');
  if (read.problems.length || !kind) return { ok: false, problems: read.problems };
  const source = {
    id: nextId('source', study.sources),
    title,
    kind,
    ...(publisher && { publisher }),
    ...(date && { date }),
    summary: { [lang]: summary },
  };
  return { ok: true, value: { ...study, sources: [...study.sources, source] } as NeedsStudy };
}

export function addSession(
  study: NeedsStudy,
  form: Form,
  lang: string,
  languages: readonly string[],
): Outcome<NeedsStudy> {
  const read = new Reader(form);
  const kind = read.choice('kind', ['interview', 'focus-group'] as const);
  const purpose = read.choice('purpose', ['exploration', 'validation'] as const, true);
  const date = read.date('date');
  const language = read.choice('language', languages);
  const facilitator = read.text('facilitator', MAX_TITLE);
  const group = read.choice('group', GROUPS);
  const count = read.count('count', kind === 'interview' ? 3 : 40);
  const consent = read.choice('consent', CONSENT_METHODS);
  const summary = read.text('summary');
  if (date && isDate(date) && (date < study.period.start || date > study.period.end))
    read.problems.push({ field: 'date', code: 'invalid' });
  // Only a focus group explores or validates; an interview has no purpose of its own.
  if (kind === 'interview' && purpose) read.problems.push({ field: 'purpose', code: 'invalid' });
  if (read.problems.length || !kind || !group || !consent || !language)
    return { ok: false, problems: read.problems };
  const session = {
    id: nextId(kind, study.sessions),
    kind,
    ...(purpose && { purpose }),
    date,
    language,
    facilitator,
    participants: [{ group, count }],
    consent: { recorded: true, method: consent, date },
    summary: { [lang]: summary },
  };
  return { ok: true, value: { ...study, sessions: [...study.sessions, session] } as NeedsStudy };
}

/** A question of a guide a finding can be coded with, with what it explores. */
export interface GuideCode {
  id: string;
  guide: string;
  text: Record<string, string>;
  level?: string;
  competences: readonly string[];
}

/** The questions of the study's guides that say which VOPI level or competences they explore. */
export function guideCodes(guides: readonly Guide[]): GuideCode[] {
  return guides.flatMap((guide) =>
    guide.sections.flatMap((section) =>
      section.steps
        .filter((s) => s.kind === 'question' && (s.level || s.competences?.length))
        .map((s) => ({
          id: `${guide.id}#${s.id}`,
          guide: guide.id,
          text: s.text as Record<string, string>,
          ...(s.level && { level: s.level }),
          competences: s.competences ?? [],
        })),
    ),
  );
}

export function addFinding(
  study: NeedsStudy,
  form: Form,
  lang: string,
  context: { competences: ReadonlySet<string>; codes: readonly GuideCode[] },
): Outcome<NeedsStudy> {
  const read = new Reader(form);
  const statement = read.text('statement', 2000);
  const kind = read.choice('kind', FINDING_KINDS);
  const codeId = one(form, 'code');
  const code = codeId ? context.codes.find((c) => c.id === codeId) : undefined;
  if (codeId && !code) read.problems.push({ field: 'code', code: 'invalid' });
  let level = read.choice('level', VOPI_LEVELS, true) as string | undefined;
  level ??= code?.level;
  if (!level && !read.problems.some((p) => p.field === 'level'))
    read.problems.push({ field: 'level', code: 'required' });
  let competences = many(form, 'competences').filter(Boolean);
  if (competences.some((c) => !context.competences.has(c)))
    read.problems.push({ field: 'competences', code: 'invalid' });
  if (competences.length === 0 && code) competences = [...code.competences];
  if (competences.length === 0) read.problems.push({ field: 'competences', code: 'required' });
  const evidence: Record<string, unknown>[] = [];
  const sessionId = one(form, 'session');
  const session = sessionId ? study.sessions.find((s) => s.id === sessionId) : undefined;
  if (sessionId && !session) read.problems.push({ field: 'session', code: 'invalid' });
  if (session) {
    const participants = one(form, 'participants') ? read.count('participants', 10_000) : 0;
    const present = session.participants.reduce((sum, p) => sum + p.count, 0);
    if (participants > present) read.problems.push({ field: 'participants', code: 'invalid' });
    evidence.push({
      session: session.id,
      ...(participants > 0 && {
        participants,
        groups: [...new Set(session.participants.map((p) => p.group))],
      }),
    });
  }
  const sourceId = one(form, 'source');
  const source = sourceId ? study.sources.find((s) => s.id === sourceId) : undefined;
  if (sourceId && !source) read.problems.push({ field: 'source', code: 'invalid' });
  if (source) evidence.push({ source: source.id });
  if (!sessionId && !sourceId) read.problems.push({ field: 'session', code: 'required' });
  const validationId = one(form, 'validation');
  const validation = validationId
    ? study.sessions.find((s) => s.id === validationId && s.kind === 'focus-group')
    : undefined;
  if (validationId && !validation) read.problems.push({ field: 'validation', code: 'invalid' });
  const outcome = validation ? read.choice('outcome', OUTCOMES) : undefined;
  if (read.problems.length || !kind) return { ok: false, problems: read.problems };
  const finding = {
    id: nextId('finding', study.findings),
    statement: { [lang]: statement },
    kind,
    level,
    competences: [...new Set(competences)],
    evidence,
    ...(validation && outcome && { validation: { session: validation.id, outcome } }),
  };
  return { ok: true, value: { ...study, findings: [...study.findings, finding] } as NeedsStudy };
}

/** The id of the questionnaire that holds a study's imported answers to an instrument. */
export function importedQuestionnaireId(instrument: Instrument): string {
  const tail = instrument.id
    .split('/')
    .pop()!
    .replace(/[^a-z0-9-]/g, '-');
  return `imported-${tail}`.slice(0, 60);
}

/**
 * Adds imported responses to the study's questionnaire for their instrument (one per
 * instrument and group): a respondent already there (same pseudonym and phase) is replaced, so
 * importing the same export twice does not count anyone twice.
 */
export function mergeImported(
  study: NeedsStudy,
  instrument: Instrument,
  group: (typeof GROUPS)[number],
  responses: readonly Response[],
): NeedsStudy {
  const id = importedQuestionnaireId(instrument);
  const existing = study.questionnaires.find((q) => q.id === id);
  const key = (r: Response) => `${r.respondent}\u0000${r.phase ?? ''}`;
  const incoming = new Map(responses.map((r) => [key(r), r]));
  const kept = (existing?.responses ?? []).filter((r) => !incoming.has(key(r as Response)));
  const questionnaire = {
    id,
    instrument: { id: instrument.id, version: instrument.version },
    group,
    responses: [...kept, ...incoming.values()],
  };
  const others = study.questionnaires.filter((q) => q.id !== id);
  return { ...study, questionnaires: [...others, questionnaire] } as NeedsStudy;
}

/**
 * The study as it is reported: the stored one, plus the staff self-assessments submitted in the
 * portal during the period, the latest of each person (their answers under a pseudonym derived
 * from the account, never the account id itself).
 */
export function studyForReport(
  study: NeedsStudy,
  selfAssessment: Instrument | undefined,
  submitted: readonly { accountId: string; response: unknown; submittedAt: Date }[],
  salt: string,
): NeedsStudy {
  if (!selfAssessment) return study;
  // One response per person, their latest in the period: a study counts each respondent once
  // (a person who answered before and after the training would otherwise make it invalid).
  const latest = new Map<string, (typeof submitted)[number]>();
  for (const s of submitted) {
    const day = s.submittedAt.toISOString().slice(0, 10);
    if (day < study.period.start || day > study.period.end) continue;
    const seen = latest.get(s.accountId);
    if (!seen || seen.submittedAt.getTime() <= s.submittedAt.getTime()) latest.set(s.accountId, s);
  }
  const inPeriod = [...latest.values()];
  if (inPeriod.length === 0) return study;
  const pseudonym = (accountId: string) =>
    `p-${createHash('sha256').update(`${salt}\u0000${accountId}`).digest('hex').slice(0, 16)}`;
  const responses = inPeriod.map((s) => ({
    ...(s.response as Record<string, unknown>),
    respondent: pseudonym(s.accountId),
    group: 'staff',
  }));
  return {
    ...study,
    questionnaires: [
      ...study.questionnaires,
      {
        id: 'portal-self-assessment',
        instrument: { id: selfAssessment.id, version: selfAssessment.version },
        group: 'staff',
        responses,
      },
    ],
  } as NeedsStudy;
}

/**
 * The study with the answers collected in the portal's own questionnaires (people without an
 * account, and interviewers' typed-in paper answers) given in the period: one questionnaire of
 * the study per opening, named `portal-questionnaire-<n>`.
 */
export function withPortalAnswers(
  study: NeedsStudy,
  openings: readonly {
    instrument: Instrument;
    answers: readonly { response: unknown; submittedAt: string }[];
  }[],
): NeedsStudy {
  const added = openings.flatMap(({ instrument, answers }, n) => {
    const inPeriod = answers.filter(
      (a) => a.submittedAt >= study.period.start && a.submittedAt <= study.period.end,
    );
    const group = (inPeriod[0]?.response as { group?: string } | undefined)?.group;
    if (inPeriod.length === 0 || !group) return [];
    return [
      {
        id: `portal-questionnaire-${n + 1}`,
        instrument: { id: instrument.id, version: instrument.version },
        group,
        responses: inPeriod.map((a) => a.response),
      },
    ];
  });
  if (added.length === 0) return study;
  return { ...study, questionnaires: [...study.questionnaires, ...added] } as NeedsStudy;
}

/**
 * What a needs report was built from (decision 0023), kept with it and never shown: per group the
 * report can describe (each questionnaire, each participant group, and each role profile within
 * a group), the digests of the answers in it. A digest is SHA-256 of the city's salt and the
 * answer without its respondent id (pseudonyms may change between processes), so the same
 * answer gives the same digest in every report; identical answers are kept as many times as
 * they occur.
 */
export interface NeedsLedger {
  format: 'competence-kit/needs-ledger';
  groups: Record<string, string[]>;
}

export function needsLedger(study: NeedsStudy, salt: string): NeedsLedger {
  const groups: Record<string, string[]> = {};
  const add = (key: string, digest: string) => (groups[key] ??= []).push(digest);
  for (const q of study.questionnaires)
    for (const response of q.responses as unknown as readonly Record<string, unknown>[]) {
      const { respondent: _respondent, ...answer } = response;
      const digest = createHash('sha256')
        .update(`${salt}\u0000${JSON.stringify(answer)}`)
        .digest('hex')
        .slice(0, 32);
      add(`questionnaire:${q.id}`, digest);
      add(`group:${q.group}`, digest);
      if (typeof response.roleProfile === 'string')
        add(`group:${q.group}/role:${response.roleProfile}`, digest);
    }
  for (const digests of Object.values(groups)) digests.sort();
  return { format: 'competence-kit/needs-ledger', groups };
}

/** How many answers are in one list and not the other (each digest counted as often as it occurs). */
function changed(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const d of a) counts.set(d, (counts.get(d) ?? 0) + 1);
  for (const d of b) counts.set(d, (counts.get(d) ?? 0) - 1);
  return [...counts.values()].reduce((sum, n) => sum + Math.abs(n), 0);
}

/**
 * Whether a report with `ledger` may follow reports with the `earlier` ledgers: no group may have
 * changed by one to `k` − 1 answers since any of them (joined, left or changed; a changed answer
 * counts twice). Otherwise the two reports' figures for that group, side by side, describe
 * those few answers. An earlier ledger that is not a needs ledger is ignored.
 */
export function mayFollow(ledger: NeedsLedger, earlier: readonly unknown[], k: number): boolean {
  for (const previous of earlier) {
    const groups = (previous as Partial<NeedsLedger> | null)?.groups;
    if ((previous as Partial<NeedsLedger> | null)?.format !== ledger.format || !groups) continue;
    for (const key of new Set([...Object.keys(groups), ...Object.keys(ledger.groups)])) {
      const d = changed(groups[key] ?? [], ledger.groups[key] ?? []);
      if (d > 0 && d < k) return false;
    }
  }
  return true;
}
