import type {
  ActionPlan,
  Catalogue,
  ConsentRecord,
  CountsByStakeholderType,
  Framework,
  KnowledgeBase,
  KnowledgeEntry,
  LocalizedText,
  MultiplierEvent,
  Network,
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
import { dayNumber } from './dates.js';
import {
  validateActionPlan,
  validateKnowledgeBase,
  validateMultiplierEvent,
  validateNetwork,
} from '@competence-kit/schemas/validators';

/** What an action plan is checked against. */
export interface ActionPlanContext {
  /** The network whose stakeholders own and carry out the plan's measures. */
  network: Network;
  /** The framework whose competences the goals' `needs` name (checked when given). */
  framework?: Framework;
}

/** What a knowledge base is checked against, when given. */
export interface KnowledgeBaseContext {
  /** The framework whose competences the entries' tags name. */
  framework?: Framework;
  /** The catalogue whose modules the toolkit entries serve. */
  catalogue?: Catalogue;
}

/** What a multiplier event is checked against, when given. */
export interface MultiplierEventContext {
  /** The knowledge base whose entries the event presents. */
  knowledgeBase?: KnowledgeBase;
}

type Report = (path: string, code: string, message: string) => void;

/** A context document's list the rules read (`context.network.stakeholders`) is an array. */
function checkListArgument(fn: string, name: string, value: unknown, expected: string): void {
  if (!Array.isArray(value))
    throw new TypeError(
      `${fn}: the argument "${name}" must be an array of ${expected}; got ${describeValue(value)}.`,
    );
}

/** One text of a document and where it is. */
type TextAt = [path: string, text: LocalizedText | undefined];

function uniqueIds(
  list: readonly { id: string }[],
  at: readonly (string | number)[],
  what: string,
  report: Report,
): void {
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    if (seen.has(entry.id))
      report(
        pointer(...at, i, 'id'),
        'duplicate-id',
        `${what} id "${entry.id}" is used twice; ids must be unique.`,
      );
    seen.add(entry.id);
  });
}

/** The default locale is one of the document's locales. */
function checkDefaultLocale(doc: { locales: string[]; defaultLocale: string }, report: Report) {
  if (!doc.locales.includes(doc.defaultLocale))
    report(
      '/defaultLocale',
      'unknown-reference',
      `The default locale "${doc.defaultLocale}" must be one of the document's locales (${doc.locales.join(', ')}).`,
    );
}

/** Every text is written in every one of `locales` (`what` names whose locales they are). */
function checkTranslations(
  texts: Iterable<TextAt>,
  locales: readonly string[],
  what: string,
  report: Report,
): void {
  for (const [path, text] of texts) {
    if (text === undefined) continue;
    for (const locale of locales) {
      if (typeof text[locale] !== 'string')
        report(
          `${path}${pointer(locale)}`,
          'missing-translation',
          `The text has no "${locale}" version; every text must be written in each of ${what} (${locales.join(', ')}).`,
        );
    }
  }
}

/**
 * Options of the parsers whose documents hold consent records: the usual limits, and `today`
 * (`YYYY-MM-DD`), the day against which consent dates are checked. Parsers have no clock, so
 * without it a consent dated in the future is not noticed.
 */
export interface ConsentParseOptions extends ParseOptions {
  today?: string;
}

/** The `today` of the options: undefined, or a real date (else a TypeError naming it). */
function todayOf(fn: string, options: ConsentParseOptions | undefined): string | undefined {
  const today = options?.today;
  if (today === undefined) return undefined;
  if (typeof today !== 'string' || dayNumber(today) === undefined)
    throw new TypeError(
      `${fn}: the argument "options.today" must be a real date written YYYY-MM-DD; got ${typeof today === 'string' ? JSON.stringify(today) : describeValue(today)}.`,
    );
  return today;
}

/**
 * A consent cannot be withdrawn before it was given, nor (when `today` is known) be given after
 * today: a record dated in the future was not given yet.
 */
function checkConsentDates(
  consent: ConsentRecord,
  at: string,
  today: string | undefined,
  report: Report,
): void {
  if (today !== undefined && consent.date > today)
    report(
      `${at}/date`,
      'consent-in-future',
      `The consent is dated ${consent.date}, after today (${today}); expected the day it was given, on or before ${today}.`,
    );
  if (consent.withdrawn !== undefined && consent.withdrawn < consent.date)
    report(
      `${at}/withdrawn`,
      'invalid-period',
      `The consent is withdrawn on ${consent.withdrawn}, before it was given on ${consent.date}; expected a day on or after ${consent.date}.`,
    );
}

function* networkTexts(network: Network): Generator<TextAt> {
  yield ['/title', network.title];
  yield ['/description', network.description];
  for (const [i, s] of network.stakeholders.entries()) {
    yield [pointer('stakeholders', i, 'description'), s.description];
    yield [pointer('stakeholders', i, 'contact', 'role'), s.contact?.role];
  }
  for (const [i, c] of network.cooperations.entries())
    yield [pointer('cooperations', i, 'topic'), c.topic];
}

function checkNetwork(network: Network, today: string | undefined, report: Report): void {
  checkDefaultLocale(network, report);
  uniqueIds(network.stakeholders, ['stakeholders'], 'Stakeholder', report);
  uniqueIds(network.cooperations, ['cooperations'], 'Cooperation', report);
  const ids = new Set(network.stakeholders.map((s) => s.id));
  network.stakeholders.forEach((s, i) => {
    const contact = s.contact;
    if (!contact?.consent) return;
    const at = pointer('stakeholders', i, 'contact');
    checkConsentDates(contact.consent, `${at}/consent`, today, report);
    if (contact.person !== undefined && contact.consent.withdrawn !== undefined)
      report(
        `${at}/person`,
        'consent-withdrawn',
        `The contact person of "${s.id}" withdrew their consent on ${contact.consent.withdrawn}: remove the name (and the consent record), and keep the role and functional address.`,
      );
  });
  network.cooperations.forEach((c, i) => {
    c.stakeholders.forEach((id, j) => {
      if (!ids.has(id))
        report(
          pointer('cooperations', i, 'stakeholders', j),
          'unknown-reference',
          `Cooperation "${c.id}" names stakeholder "${id}", which the network does not have; expected the id of one of its stakeholders.`,
        );
    });
    if (c.stakeholders[0] === c.stakeholders[1])
      report(
        pointer('cooperations', i, 'stakeholders', 1),
        'same-stakeholder',
        `Cooperation "${c.id}" names "${c.stakeholders[0]}" twice; expected two different stakeholders.`,
      );
  });
  checkTranslations(networkTexts(network), network.locales, "the network's locales", report);
}

/**
 * Validates a network: its structure, then the rules: unique stakeholder and cooperation ids;
 * every cooperation between two different stakeholders of the network; the default locale among
 * the locales, and every text in each of them (`missing-translation`); a named contact person
 * whose consent is withdrawn is an issue (`consent-withdrawn`: remove the name), never kept
 * silently; a consent cannot be withdrawn before it was given, nor, when `options.today` is
 * given, be dated after it (`consent-in-future`). Never throws for bad input.
 *
 * @example
 * ```ts
 * const result = parseNetwork(json);
 * if (!result.ok) console.table(result.issues);
 * ```
 */
export function parseNetwork(input: unknown, options?: ConsentParseOptions): ParseResult<Network> {
  const limits = resolveParseOptions(options);
  const today = todayOf('parseNetwork', options);
  return parseSafely(() => {
    const checked = validateWithLimits(validateNetwork, input, limits);
    if (!checked.ok) return checked;
    const network = checked.value;
    const issues = collectIssues(limits.maxIssues, (add) =>
      checkNetwork(network, today, (path, code, message) => add({ path, code, message })),
    );
    return issues.length === 0 ? { ok: true, value: network } : { ok: false, issues };
  });
}

function* planTexts(plan: ActionPlan): Generator<TextAt> {
  yield ['/title', plan.title];
  yield ['/description', plan.description];
  for (const [i, g] of plan.goals.entries()) {
    yield [pointer('goals', i, 'title'), g.title];
    yield [pointer('goals', i, 'description'), g.description];
  }
  for (const [i, m] of plan.measures.entries()) {
    yield [pointer('measures', i, 'title'), m.title];
    yield [pointer('measures', i, 'description'), m.description];
    for (const [k, indicator] of m.indicators.entries()) {
      const at = ['measures', i, 'indicators', k] as const;
      yield [pointer(...at, 'title'), indicator.title];
      yield [pointer(...at, 'unit'), indicator.unit];
      for (const [n, measurement] of indicator.measurements.entries())
        yield [pointer(...at, 'measurements', n, 'note'), measurement.note];
    }
  }
}

function checkPlan(plan: ActionPlan, context: ActionPlanContext, report: Report): void {
  const { network, framework } = context;
  if (plan.network !== network.id)
    report(
      '/network',
      'network-mismatch',
      `The plan refers to network "${plan.network}", but network "${network.id}" was given; expected "${network.id}".`,
    );
  checkDefaultLocale(plan, report);
  const { start, end } = plan.period;
  if (start > end)
    report(
      '/period/end',
      'invalid-period',
      `The plan ends on ${end}, before it starts on ${start}; expected a day on or after ${start}.`,
    );
  const needsReport = plan.needsReport;
  if (needsReport && needsReport.period.start > needsReport.period.end)
    report(
      '/needsReport/period/end',
      'invalid-period',
      `The needs report's period ends on ${needsReport.period.end}, before it starts on ${needsReport.period.start}.`,
    );
  uniqueIds(plan.goals, ['goals'], 'Goal', report);
  uniqueIds(plan.measures, ['measures'], 'Measure', report);
  const competences = framework && new Set(framework.competences.map((c) => c.id));
  if (competences)
    plan.goals.forEach((goal, i) =>
      goal.needs.forEach((need, j) => {
        if (!competences.has(need))
          report(
            pointer('goals', i, 'needs', j),
            'unknown-reference',
            `Goal "${goal.id}" names need "${need}", which is not a competence of the framework "${framework.id}".`,
          );
      }),
    );
  const goals = new Set(plan.goals.map((g) => g.id));
  const stakeholders = new Set(network.stakeholders.map((s) => s.id));
  plan.measures.forEach((m, i) => {
    const at = (...tokens: (string | number)[]) => pointer('measures', i, ...tokens);
    if (!goals.has(m.goal))
      report(
        at('goal'),
        'unknown-reference',
        `Measure "${m.id}" serves goal "${m.goal}", which the plan does not have; expected the id of one of its goals.`,
      );
    if (!stakeholders.has(m.owner))
      report(
        at('owner'),
        'unknown-reference',
        `Measure "${m.id}" is owned by "${m.owner}", which is not a stakeholder of network "${network.id}".`,
      );
    m.partners.forEach((partner, j) => {
      if (!stakeholders.has(partner))
        report(
          at('partners', j),
          'unknown-reference',
          `Measure "${m.id}" names partner "${partner}", which is not a stakeholder of network "${network.id}".`,
        );
      else if (partner === m.owner)
        report(
          at('partners', j),
          'owner-is-partner',
          `"${partner}" owns measure "${m.id}" and cannot also be listed as its partner; remove it from the partners.`,
        );
    });
    if (m.start > m.end)
      report(
        at('end'),
        'invalid-period',
        `Measure "${m.id}" ends on ${m.end}, before it starts on ${m.start}; expected a day on or after ${m.start}.`,
      );
    if (m.start < start || m.start > end)
      report(
        at('start'),
        'outside-period',
        `Measure "${m.id}" starts on ${m.start}, outside the plan's period ${start} to ${end}.`,
      );
    if (m.end < start || m.end > end)
      report(
        at('end'),
        'outside-period',
        `Measure "${m.id}" ends on ${m.end}, outside the plan's period ${start} to ${end}.`,
      );
    uniqueIds(m.indicators, ['measures', i, 'indicators'], `Measure "${m.id}": indicator`, report);
    m.indicators.forEach((indicator, k) =>
      indicator.measurements.forEach((measurement, n) => {
        if (measurement.date < m.start || measurement.date > end)
          report(
            at('indicators', k, 'measurements', n, 'date'),
            'outside-period',
            `Indicator "${indicator.id}" of measure "${m.id}" is measured on ${measurement.date}; expected a day from the measure's start ${m.start} to the plan's end ${end}.`,
          );
      }),
    );
  });
  checkTranslations(planTexts(plan), plan.locales, "the plan's locales", report);
}

/**
 * Validates an action plan against its network (and the framework, when given): the structure,
 * then the rules: the plan names the given network; unique goal, measure and (per measure)
 * indicator ids; goals' needs that are competences of the framework; every measure's goal,
 * owner and partners resolve, the owner not also a partner; periods that do not end before
 * they start; measures within the plan's period; measurements not before their measure's start
 * and not after the plan's end; the default locale among the locales, every text in each of
 * them. Throws a TypeError only for a wrong `context`; bad input gives issues.
 *
 * @example
 * ```ts
 * const result = parseActionPlan(json, { network });
 * if (!result.ok) console.table(result.issues);
 * ```
 */
export function parseActionPlan(
  input: unknown,
  context: ActionPlanContext,
  options?: ParseOptions,
): ParseResult<ActionPlan> {
  checkObjectArgument('parseActionPlan', 'context', context, '{ network, framework? }');
  checkObjectArgument('parseActionPlan', 'context.network', context.network, 'the Network');
  checkListArgument(
    'parseActionPlan',
    'context.network.stakeholders',
    context.network.stakeholders,
    'Stakeholders',
  );
  checkObjectArgument('parseActionPlan', 'context.framework', context.framework, 'the Framework', {
    optional: true,
  });
  if (context.framework)
    checkListArgument(
      'parseActionPlan',
      'context.framework.competences',
      context.framework.competences,
      'Competences',
    );
  const limits = resolveParseOptions(options);
  return parseSafely(() => {
    const checked = validateWithLimits(validateActionPlan, input, limits);
    if (!checked.ok) return checked;
    const plan = checked.value;
    const issues = collectIssues(limits.maxIssues, (add) =>
      checkPlan(plan, context, (path, code, message) => add({ path, code, message })),
    );
    return issues.length === 0 ? { ok: true, value: plan } : { ok: false, issues };
  });
}

function* entryTexts(entry: KnowledgeEntry, i: number): Generator<TextAt> {
  const at = (...tokens: (string | number)[]) => pointer('entries', i, ...tokens);
  yield [at('title'), entry.title];
  yield [at('summary'), entry.summary];
  switch (entry.kind) {
    case 'practice':
      yield [at('challenge'), entry.challenge];
      yield [at('approach'), entry.approach];
      yield [at('result'), entry.result];
      yield [at('transferability'), entry.transferability];
      for (const [j, contact] of (entry.contacts ?? []).entries())
        yield [at('contacts', j), contact];
      break;
    case 'toolkit':
      yield [at('body'), entry.body];
      yield [at('trainerNotes'), entry.trainerNotes];
      break;
    case 'manifesto':
      yield [at('body'), entry.body];
      for (const [j, principle] of (entry.principles ?? []).entries())
        yield [at('principles', j), principle];
      break;
    case 'testimonial':
      yield [at('text'), entry.text];
      yield [at('speaker'), entry.speaker];
      yield [at('media', 'alt'), entry.media?.alt];
      break;
  }
}

function checkKnowledgeBase(
  base: KnowledgeBase,
  context: KnowledgeBaseContext,
  today: string | undefined,
  report: Report,
): void {
  uniqueIds(base.entries, ['entries'], 'Entry', report);
  checkTranslations([['/title', base.title]], base.locales, "the knowledge base's locales", report);
  const { framework, catalogue } = context;
  const competences = framework && new Set(framework.competences.map((c) => c.id));
  const modules = catalogue && new Set(catalogue.modules.map((m) => m.id));
  base.entries.forEach((entry, i) => {
    if (competences)
      entry.tags.competences?.forEach((c, j) => {
        if (!competences.has(c))
          report(
            pointer('entries', i, 'tags', 'competences', j),
            'unknown-reference',
            `Entry "${entry.id}" is tagged with "${c}", which is not a competence of the framework "${framework.id}".`,
          );
      });
    if (entry.kind === 'toolkit' && modules)
      entry.modules.forEach((m, j) => {
        if (!modules.has(m))
          report(
            pointer('entries', i, 'modules', j),
            'unknown-reference',
            `Entry "${entry.id}" serves module "${m}", which is not a module of the catalogue "${catalogue.id}".`,
          );
      });
    // A withdrawn testimonial is kept (visibleEntries hides it), so only its dates are checked.
    if (entry.kind === 'testimonial')
      checkConsentDates(entry.consent, pointer('entries', i, 'consent'), today, report);
    checkTranslations(entryTexts(entry, i), entry.languages, "the entry's languages", report);
  });
}

/**
 * Validates a knowledge base (and, when given, its tags against the framework and its toolkit
 * entries against the catalogue): the structure, then the rules: unique entry ids; competences
 * of the framework; modules of the catalogue; a consent not withdrawn before it was given, nor
 * dated after `options.today` when that is given (`consent-in-future`); the base's title in each
 * of its locales and every entry's texts in each of the entry's `languages`. A testimonial whose consent is withdrawn is valid: it is kept, and
 * `visibleEntries` hides it everywhere. Never throws for bad input.
 *
 * @example
 * ```ts
 * const result = parseKnowledgeBase(json, { framework, catalogue });
 * if (result.ok) console.log(result.value.entries.length);
 * ```
 */
export function parseKnowledgeBase(
  input: unknown,
  context: KnowledgeBaseContext = {},
  options?: ConsentParseOptions,
): ParseResult<KnowledgeBase> {
  checkObjectArgument('parseKnowledgeBase', 'context', context, '{ framework?, catalogue? }');
  checkObjectArgument(
    'parseKnowledgeBase',
    'context.framework',
    context.framework,
    'the Framework',
    { optional: true },
  );
  checkObjectArgument(
    'parseKnowledgeBase',
    'context.catalogue',
    context.catalogue,
    'the Catalogue',
    { optional: true },
  );
  if (context.framework)
    checkListArgument(
      'parseKnowledgeBase',
      'context.framework.competences',
      context.framework.competences,
      'Competences',
    );
  if (context.catalogue)
    checkListArgument(
      'parseKnowledgeBase',
      'context.catalogue.modules',
      context.catalogue.modules,
      'Modules',
    );
  const limits = resolveParseOptions(options);
  const today = todayOf('parseKnowledgeBase', options);
  return parseSafely(() => {
    const checked = validateWithLimits(validateKnowledgeBase, input, limits);
    if (!checked.ok) return checked;
    const base = checked.value;
    const issues = collectIssues(limits.maxIssues, (add) =>
      checkKnowledgeBase(base, context, today, (path, code, message) =>
        add({ path, code, message }),
      ),
    );
    return issues.length === 0 ? { ok: true, value: base } : { ok: false, issues };
  });
}

function* eventTexts(event: MultiplierEvent): Generator<TextAt> {
  yield ['/title', event.title];
  yield ['/description', event.description];
  yield ['/audience', event.audience];
  yield ['/place', event.place];
  for (const [i, item] of event.programme.entries()) {
    yield [pointer('programme', i, 'title'), item.title];
    yield [pointer('programme', i, 'speaker'), item.speaker];
  }
}

/** The sum of a counts object's values. */
function countTotal(counts: CountsByStakeholderType): number {
  const values = Object.values(counts as Record<string, number | undefined>);
  return values.reduce<number>((sum, n) => sum + (n ?? 0), 0);
}

function checkEvent(event: MultiplierEvent, context: MultiplierEventContext, report: Report) {
  const entries = context.knowledgeBase && new Set(context.knowledgeBase.entries.map((e) => e.id));
  const resolve = (id: string, path: string) => {
    if (entries && !entries.has(id))
      report(
        path,
        'unknown-reference',
        `Output "${id}" is not an entry of the knowledge base "${context.knowledgeBase!.id}"; expected the id of one of its entries.`,
      );
  };
  event.outputs.forEach((id, j) => resolve(id, pointer('outputs', j)));
  event.programme.forEach((item, i) => {
    if (item.end !== undefined && item.end <= item.start)
      report(
        pointer('programme', i, 'end'),
        'invalid-period',
        `The programme item ends at ${item.end}, not after it starts at ${item.start}; expected a time after ${item.start}.`,
      );
    item.outputs?.forEach((id, j) => resolve(id, pointer('programme', i, 'outputs', j)));
  });
  const registered = countTotal(event.registrations);
  if (registered > event.capacity)
    report(
      '/registrations',
      'over-capacity',
      `${registered} registrations exceed the capacity of ${event.capacity} places; expected at most ${event.capacity}.`,
    );
  if (event.locales)
    checkTranslations(eventTexts(event), event.locales, "the event's locales", report);
}

/**
 * Validates a multiplier event (and, when given, its outputs against the knowledge base): the
 * structure, then the rules: outputs of the event and of its programme items are entries of the
 * knowledge base; a programme item ends after it starts; registrations do not exceed the
 * capacity (`over-capacity`); when `locales` is given, every text in each of them. Never throws
 * for bad input.
 *
 * @example
 * ```ts
 * const result = parseMultiplierEvent(json, { knowledgeBase });
 * if (!result.ok) console.table(result.issues);
 * ```
 */
export function parseMultiplierEvent(
  input: unknown,
  context: MultiplierEventContext = {},
  options?: ParseOptions,
): ParseResult<MultiplierEvent> {
  checkObjectArgument('parseMultiplierEvent', 'context', context, '{ knowledgeBase? }');
  checkObjectArgument(
    'parseMultiplierEvent',
    'context.knowledgeBase',
    context.knowledgeBase,
    'the KnowledgeBase',
    { optional: true },
  );
  if (context.knowledgeBase)
    checkListArgument(
      'parseMultiplierEvent',
      'context.knowledgeBase.entries',
      context.knowledgeBase.entries,
      'KnowledgeEntries',
    );
  const limits = resolveParseOptions(options);
  return parseSafely(() => {
    const checked = validateWithLimits(validateMultiplierEvent, input, limits);
    if (!checked.ok) return checked;
    const event = checked.value;
    const issues = collectIssues(limits.maxIssues, (add) =>
      checkEvent(event, context, (path, code, message) => add({ path, code, message })),
    );
    return issues.length === 0 ? { ok: true, value: event } : { ok: false, issues };
  });
}
