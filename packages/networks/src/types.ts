// The engine's result types: plain data, no closures and no words (reason codes with their
// parameters; renderers and elements bring the words). Fixed by decision 0029 before the work
// was split, so that the engine, the elements and the portal are built against the same names.
import type {
  KnowledgeEntry,
  KnowledgeEntryKind,
  StakeholderType,
  VopiLevel,
} from '@competence-kit/schemas';

// --- reviewActionPlan -------------------------------------------------------------------------

/** Why a measure is late. */
export type LateReason =
  /** Status `planned` (or `delayed` without having started) after its start date. */
  | 'not-started'
  /** Not `done` (nor `cancelled`) after its end date. */
  | 'not-done';

export interface LateMeasure {
  measure: string;
  goal: string;
  owner: string;
  reason: LateReason;
  /** Whole days from the date it should have started (or ended) to `today`, at least 1. */
  days: number;
}

export interface OffTrackIndicator {
  measure: string;
  goal: string;
  indicator: string;
  /** The latest measurement (by date; on a tie, the later one in the list). */
  measured: { date: string; value: number };
  /**
   * The value expected on that date: the straight line from `baseline` on the measure's start
   * to `target` on its end (clamped to the measure's period).
   */
  expected: number;
  /**
   * How far the measurement falls short of the expected value, in the indicator's unit,
   * always > 0 (for a falling target, expected − measured is negated so it stays positive).
   */
  shortfall: number;
  /** `shortfall` as a share of |target − baseline|, in (0, ∞). */
  shortfallShare: number;
}

export type UnaddressedReason =
  /** A priority of the needs report that no goal names in `needs`. */
  | 'no-goal'
  /** Named by goals, but none of their measures is planned, in progress, delayed or done. */
  | 'no-active-measure';

export interface UnaddressedNeed {
  /** The competence id (a priority of the needs report). */
  competence: string;
  /** Its rank in the report (1 = most pressing). */
  rank: number;
  reason: UnaddressedReason;
}

export interface ActionPlanReview {
  /** The day reviewed, `YYYY-MM-DD`. */
  today: string;
  late: LateMeasure[];
  offTrack: OffTrackIndicator[];
  /** Indicators whose measure has started but that have no measurement yet. */
  unmeasured: { measure: string; goal: string; indicator: string }[];
  unaddressed: UnaddressedNeed[];
  /** Measures by status, every status present (0 when none). */
  byStatus: Record<'planned' | 'in-progress' | 'done' | 'delayed' | 'cancelled', number>;
  /** Sum of budgets per currency (ISO 4217 code → amount), cancelled measures excluded. */
  budget: Record<string, number>;
}

/** The needs `reviewActionPlan` checks the plan against: the report's priorities, ranked. */
export interface ReviewNeeds {
  priorities: readonly { competence: string; rank: number }[];
}

// --- analyseNetwork ---------------------------------------------------------------------------

export interface StakeholderCentrality {
  stakeholder: string;
  type: StakeholderType;
  /** Distinct partners (parallel cooperations between the same two count once). */
  degree: number;
  /**
   * Brandes betweenness on the unweighted, undirected graph, normalised to [0, 1] by
   * (n − 1)(n − 2) / 2 (0 when n < 3).
   */
  betweenness: number;
}

export type NetworkFindingCode =
  /** A stakeholder without any cooperation. */
  | 'isolated'
  /** The most central stakeholder(s) by betweenness (ties all listed), when > 0. */
  | 'central'
  /** The network falls apart into `components` groups that do not work with each other. */
  | 'fragmented'
  /** A stakeholder type present in the territory's network but in none of a goal's measures. */
  | 'type-missing-from-goal'
  /** A stakeholder type absent from the whole network (for example no migrant organisation). */
  | 'type-missing-from-network'
  /** A goal none of whose measures has a partner besides its owner. */
  | 'goal-without-partners';

export interface NetworkFinding {
  code: NetworkFindingCode;
  /** Parameters for the message: ids, types, counts. */
  params: {
    stakeholders?: string[];
    goal?: string;
    type?: StakeholderType;
    components?: number;
  };
}

export interface NetworkAnalysis {
  /** Every stakeholder, in the network's order. */
  centrality: StakeholderCentrality[];
  /** Connected components, each a list of stakeholder ids, largest first. */
  components: string[][];
  isolated: string[];
  /** Per goal of the plan (when a plan is given): the stakeholder types none of its measures' owners and partners has. */
  missingTypesByGoal: { goal: string; missing: StakeholderType[] }[];
  /** The findings in words' order: fragmented, isolated, central, type-missing-*, goal-without-partners. */
  findings: NetworkFinding[];
  /** Graph density: edges / (n(n − 1) / 2), 0 when n < 2. */
  density: number;
}

// --- searchKnowledge --------------------------------------------------------------------------

/** A query: free text and facets. Every facet given must match (AND); values within a facet OR. */
export interface KnowledgeQuery {
  /** Words; each must match a word of the entry (prefix match for the last word typed). */
  text?: string;
  kinds?: readonly KnowledgeEntryKind[];
  competences?: readonly string[];
  levels?: readonly number[];
  vopiLevels?: readonly VopiLevel[];
  territories?: readonly string[];
  /** Entries written in one of these languages. */
  languages?: readonly string[];
  /** At most this many hits (default 20); `total` still counts all. */
  limit?: number;
  /** Skip this many hits first (paging, default 0). */
  offset?: number;
}

export interface KnowledgeHit {
  /** The entry's id. */
  id: string;
  kind: KnowledgeEntryKind;
  /** Higher is better; equal scores keep the entries' order. */
  score: number;
  /** The entry itself (the same object given to `indexKnowledge`). */
  entry: KnowledgeEntry;
}

export type FacetName =
  'kinds' | 'competences' | 'levels' | 'vopiLevels' | 'territories' | 'languages';

export interface KnowledgeResult {
  hits: KnowledgeHit[];
  /** All matching entries, before `limit`. */
  total: number;
  /**
   * Per facet, the count of matching entries for each value, computed with that facet's own
   * filter left out (so a user sees what choosing another value would give).
   */
  facets: Record<FacetName, Record<string, number>>;
}

// --- eventSummary -----------------------------------------------------------------------------

/** Who registered and who came, for one type of organisation (or people without one). */
export interface EventTypeCount {
  type: StakeholderType | 'unaffiliated';
  registered: number;
  attended: number;
}

/** A multiplier event's figures, as a funder's report asks for them. */
export interface EventSummary {
  capacity: number;
  /** All registrations. */
  registered: number;
  /** Places left: capacity − registered, never below 0. */
  remaining: number;
  /** All who came; `null` while no attendance is reported. */
  attended: number | null;
  /** attended / registered; `null` while no attendance is reported or when nobody registered. */
  attendanceRate: number | null;
  /** Every type with a registration or an attendee, in the schema's order, `unaffiliated` last. */
  byType: EventTypeCount[];
}
