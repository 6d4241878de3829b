// Participants' feedback on the programme, published as releases with the same rules as the
// results (`@competence-kit/disclosure`): a module's figures and comments appear only when at
// least `minGroupSize` people gave feedback on it, and a later release hides a module whose
// feedback changed by fewer than that many people since a release that showed it (otherwise the
// difference of two releases gives the newcomers' answers). The table has one row per module and
// no total, so that no hidden row follows from the others by subtraction.
import type { SessionFeedback } from '../store/evaluation.js';

/** One module's row of a feedback release. */
export interface FeedbackRow {
  module: string;
  /** Why the row is hidden; absent when it is shown. */
  hidden?: 'small-group' | 'small-change';
  /** How many gave feedback (0 is shown: nobody answered). */
  n?: number;
  satisfaction?: { mean: number; counts: [number, number, number, number, number] };
  usefulness?: { mean: number; counts: [number, number, number, number, number] };
  /** The comments, in alphabetical order (never the order they came in). */
  comments?: string[];
}

export interface FeedbackRelease {
  format: 'competence-kit/feedback-release';
  sequence: number;
  programme: string;
  minGroupSize: number;
  rows: FeedbackRow[];
}

/** What the city keeps to check the next release: the feedback behind each shown row. */
export interface FeedbackLedger {
  sequence: number;
  programme: string;
  shown: Record<string, string[]>;
}

function isLedger(value: unknown): value is FeedbackLedger {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Number.isInteger(v.sequence) &&
    typeof v.programme === 'string' &&
    typeof v.shown === 'object' &&
    v.shown !== null &&
    Object.values(v.shown).every(
      (ids) => Array.isArray(ids) && ids.every((id) => typeof id === 'string'),
    )
  );
}

const summary = (values: number[]) => {
  const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const v of values) counts[v - 1]! += 1;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return { mean: Math.round(mean * 10) / 10, counts };
};

/**
 * The next feedback release of a programme from all its feedback. `modules` lists every module
 * of the programme (a module without feedback is a row with n = 0); `previous` are the ledgers
 * of the earlier releases, in order.
 */
export function buildFeedbackRelease(
  feedback: readonly SessionFeedback[],
  options: {
    programme: string;
    modules: readonly string[];
    minGroupSize: number;
    previous: readonly unknown[];
  },
): { release: FeedbackRelease; ledger: FeedbackLedger } {
  const k = options.minGroupSize;
  if (!Number.isInteger(k) || k < 2)
    throw new RangeError('minGroupSize must be an integer of at least 2');
  const previous = options.previous.map((ledger, i) => {
    if (!isLedger(ledger))
      throw new TypeError(`The ledger of feedback release ${i + 1} is damaged`);
    return ledger;
  });
  const sequence = previous.length + 1;
  const rows: FeedbackRow[] = [];
  const shown: Record<string, string[]> = {};
  for (const module of [...new Set(options.modules)].sort()) {
    const mine = feedback.filter(
      (f) => f.programmeId === options.programme && f.moduleId === module,
    );
    const ids = mine.map((f) => f.feedbackId).sort();
    if (ids.length > 0 && ids.length < k) {
      rows.push({ module, hidden: 'small-group' });
      continue;
    }
    const now = new Set(ids);
    const changedTooLittle = previous.some((ledger) => {
      const before = ledger.programme === options.programme ? ledger.shown[module] : undefined;
      if (!before) return false;
      const was = new Set(before);
      const changed =
        before.filter((id) => !now.has(id)).length + ids.filter((id) => !was.has(id)).length;
      return changed > 0 && changed < k;
    });
    if (changedTooLittle) {
      rows.push({ module, hidden: 'small-change' });
      continue;
    }
    shown[module] = ids;
    if (ids.length === 0) {
      rows.push({ module, n: 0 });
      continue;
    }
    rows.push({
      module,
      n: ids.length,
      satisfaction: summary(mine.map((f) => f.satisfaction)),
      usefulness: summary(mine.map((f) => f.usefulness)),
      comments: mine
        .map((f) => f.comment)
        .filter((c): c is string => Boolean(c))
        .sort((a, b) => a.localeCompare(b)),
    });
  }
  return {
    release: {
      format: 'competence-kit/feedback-release',
      sequence,
      programme: options.programme,
      minGroupSize: k,
      rows,
    },
    ledger: { sequence, programme: options.programme, shown },
  };
}
