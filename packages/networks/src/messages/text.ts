import type {
  ActionPlan,
  CooperationFrequency,
  KnowledgeEntryKind,
  LocalizedText,
  MeasureStatus,
  Network,
  StakeholderType,
  ToolkitMaterial,
} from '@competence-kit/schemas';
import type { LateMeasure, NetworkFinding, OffTrackIndicator, UnaddressedNeed } from '../types.js';
import { pluralOf, type NetworkWords } from './catalogue.js';

/**
 * How a renderer names what the engine's results refer to by id. Each function may return
 * `undefined`, and then the id itself is shown.
 */
export interface NameLookup {
  stakeholder?: (id: string) => string | undefined;
  goal?: (id: string) => string | undefined;
  measure?: (id: string) => string | undefined;
  /** An indicator's ids are unique within its measure only. */
  indicator?: (measure: string, indicator: string) => string | undefined;
  competence?: (id: string) => string | undefined;
}

/**
 * A text in `locale` (by exact tag, then by language), else in `fallback`, else the first
 * one written; `''` when there is none.
 */
export function localized(
  text: LocalizedText | undefined,
  locale: string,
  fallback?: string,
): string {
  if (!text) return '';
  const language = locale.split('-')[0]!.toLowerCase();
  const byLanguage = Object.keys(text).find((tag) => tag.split('-')[0]!.toLowerCase() === language);
  const found =
    text[locale] ??
    (byLanguage === undefined ? undefined : text[byLanguage]) ??
    (fallback === undefined ? undefined : text[fallback]) ??
    Object.values(text).find((value) => value !== undefined);
  return found ?? '';
}

/**
 * Names from the documents themselves: stakeholders by their own name, goals, measures and
 * indicators by their title in `locale` (else the document's default locale).
 */
export function namesFrom(
  documents: { network?: Network; plan?: ActionPlan },
  locale: string,
): NameLookup {
  const { network, plan } = documents;
  const stakeholders = new Map(network?.stakeholders.map((s) => [s.id, s.name]) ?? []);
  const goals = new Map(plan?.goals.map((g) => [g.id, g.title]) ?? []);
  const measures = new Map(plan?.measures.map((m) => [m.id, m]) ?? []);
  const fallback = plan?.defaultLocale;
  return {
    stakeholder: (id) => stakeholders.get(id),
    goal: (id) => {
      const title = goals.get(id);
      return title && localized(title, locale, fallback);
    },
    measure: (id) => {
      const measure = measures.get(id);
      return measure && localized(measure.title, locale, fallback);
    },
    indicator: (measure, id) => {
      const indicator = measures.get(measure)?.indicators.find((i) => i.id === id);
      return indicator && localized(indicator.title, locale, fallback);
    },
  };
}

const name = (lookup: ((id: string) => string | undefined) | undefined, id: string): string =>
  lookup?.(id) || id;

/** A stakeholder type in words (`NGO`, `Migrantenorganisation`). */
export function stakeholderTypeName(words: NetworkWords, type: StakeholderType): string {
  return words.text(`stakeholderType.${type}`);
}

/** A measure's status in words. */
export function measureStatusName(words: NetworkWords, status: MeasureStatus): string {
  return words.text(`measureStatus.${status}`);
}

/** How often two stakeholders cooperate, in words. */
export function frequencyName(words: NetworkWords, frequency: CooperationFrequency): string {
  return words.text(`frequency.${frequency}`);
}

/** A knowledge entry's kind in words. */
export function entryKindName(words: NetworkWords, kind: KnowledgeEntryKind): string {
  return words.text(`entryKind.${kind}`);
}

/** A toolkit material in words. */
export function materialName(words: NetworkWords, material: ToolkitMaterial): string {
  return words.text(`material.${material}`);
}

/** A number in the words' locale, at most two decimals. */
export function numberText(words: NetworkWords, value: number): string {
  return new Intl.NumberFormat(words.locale, { maximumFractionDigits: 2 }).format(value);
}

/** A `YYYY-MM-DD` day in the words' locale (read in UTC, so the day never shifts). */
export function dateText(words: NetworkWords, date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return date;
  return new Intl.DateTimeFormat(words.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    day,
  );
}

/** A network finding of `analyseNetwork` in words. */
export function findingText(
  words: NetworkWords,
  finding: NetworkFinding,
  names: NameLookup = {},
): string {
  const { params } = finding;
  const type = params.type === undefined ? '' : stakeholderTypeName(words, params.type);
  const goal = params.goal === undefined ? '' : name(names.goal, params.goal);
  switch (finding.code) {
    case 'isolated':
    case 'central': {
      const ids = params.stakeholders ?? [];
      return words.text(`finding.${finding.code}.${pluralOf(words.locale, ids.length)}`, {
        stakeholders: words.list(ids.map((id) => name(names.stakeholder, id))),
      });
    }
    case 'fragmented':
      return words.text('finding.fragmented', {
        components: numberText(words, params.components ?? 0),
      });
    case 'type-missing-from-goal':
      return words.text('finding.type-missing-from-goal', { goal, type });
    case 'type-missing-from-network':
      return words.text('finding.type-missing-from-network', { type });
    case 'goal-without-partners':
      return words.text('finding.goal-without-partners', { goal });
  }
}

/** A late measure of `reviewActionPlan` in words. */
export function lateText(words: NetworkWords, late: LateMeasure, names: NameLookup = {}): string {
  return words.text(`late.${late.reason}`, {
    measure: name(names.measure, late.measure),
    days: words.count('days', late.days),
  });
}

/** An off-track indicator of `reviewActionPlan` in words. */
export function offTrackText(
  words: NetworkWords,
  indicator: OffTrackIndicator,
  names: NameLookup = {},
): string {
  return words.text('offTrack', {
    indicator: names.indicator?.(indicator.measure, indicator.indicator) || indicator.indicator,
    measure: name(names.measure, indicator.measure),
    measured: numberText(words, indicator.measured.value),
    date: dateText(words, indicator.measured.date),
    expected: numberText(words, indicator.expected),
    shortfall: numberText(words, indicator.shortfall),
  });
}

/** An indicator without a measurement, of `reviewActionPlan`, in words. */
export function unmeasuredText(
  words: NetworkWords,
  unmeasured: { measure: string; indicator: string },
  names: NameLookup = {},
): string {
  return words.text('unmeasured', {
    indicator: names.indicator?.(unmeasured.measure, unmeasured.indicator) || unmeasured.indicator,
    measure: name(names.measure, unmeasured.measure),
  });
}

/** A need of the report that the plan does not address, in words. */
export function unaddressedText(
  words: NetworkWords,
  need: UnaddressedNeed,
  names: NameLookup = {},
): string {
  return words.text(`unaddressed.${need.reason}`, {
    rank: numberText(words, need.rank),
    competence: name(names.competence, need.competence),
  });
}
