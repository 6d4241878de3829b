// Differencing between the releases of a programme's evaluation. Each module's evaluation is a
// release of a population of its own (`<city>/programme-evaluation/<programme>/<module>`), and
// `@competence-kit/disclosure` checks a release only against the earlier releases of the same
// population. But the modules' releases describe the same people: module A's participants in the
// post wave may be module B's minus one person, or B's "others" plus one, or a group that A's
// release showed a year ago plus one. Subtracting the two figures (n × mean) gives that person's
// scores. This guard closes that gap: every figure a module release lets anyone know is a set of
// answers in one wave; a module release is published only if none of its figures differs by 1 to
// k − 1 answers from a figure of the same wave in another release of the programme's evaluation,
// published in the same batch or before.
import { createHash } from 'node:crypto';
import type { Release } from '@competence-kit/disclosure';
import type { Result } from '@competence-kit/schemas';

/** A figure a release lets anyone know: the answers (digests, sorted) it describes, in a wave. */
export interface EvaluationFigure {
  phase: string;
  answers: string[];
}

/** A module release's figures, for the guard. */
export interface ModuleFigures {
  module: string;
  figures: EvaluationFigure[];
}

/** Format tag of what is stored in the ledger column for a module's evaluation release. */
export const EVALUATION_LEDGER_FORMAT = 'competence-kit/programme-evaluation-ledger@1';

/** What the city keeps of a module's evaluation release (never published). */
export interface EvaluationLedger {
  format: typeof EVALUATION_LEDGER_FORMAT;
  /** The disclosure ledger (`ReleaseLedger`), passed as `previous` to the next release. */
  disclosure: unknown;
  /** The figures the release let anyone know, for the guard. */
  figures: EvaluationFigure[];
}

/**
 * One answer's digest: SHA-256 (cut to 128 bits) of the salt (the programme's evaluation, so that
 * digests compare across its modules), the respondent, the wave and the submission time (a new
 * answer is a change, as in the disclosure ledgers).
 */
export function answerDigest(
  salt: string,
  respondent: string,
  phase: string,
  submittedAt: string,
): string {
  return createHash('sha256')
    .update([salt, respondent, phase, submittedAt].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

/** One result per person and wave, the latest submitted: what a release by phase counts. */
function latestPerWave(results: readonly Result[]): Result[] {
  const latest = new Map<string, Result>();
  for (const r of results) {
    if (!r.respondent || !r.phase) continue;
    const who = `${r.respondent}\u0000${r.phase}`;
    const before = latest.get(who);
    if (!before || (r.submittedAt ?? '') >= (before.submittedAt ?? '')) latest.set(who, r);
  }
  return [...latest.values()];
}

type Key = Record<string, string | null | undefined>;
const matches = (r: Result, key: Key, skip: string) =>
  Object.entries(key).every(
    ([dimension, value]) =>
      dimension === skip || ((r as unknown as Key)[dimension] ?? null) === (value ?? null),
  );

/**
 * The figures a release lets anyone know, from the results it was built from (with their
 * `group`): every shown cell; a hidden cell that its table's shown cells and the total give back
 * by subtraction (the only hidden cell of its wave beside a shown total); and for every shown
 * wave comparison, the answers of its pairs in each wave (its means in the two waves).
 */
export function releaseFigures(
  release: Release,
  results: readonly Result[],
  salt: string,
): EvaluationFigure[] {
  const population = latestPerWave(results);
  const digest = (r: Result) => answerDigest(salt, r.respondent!, r.phase!, r.submittedAt ?? '');
  const members = (key: Key) =>
    population.filter((r) => r.phase === key.phase && matches(r, key, 'phase'));
  const figure = (phase: string, answers: readonly Result[]): EvaluationFigure => ({
    phase,
    answers: answers.map(digest).sort(),
  });
  const figures: EvaluationFigure[] = [];
  const cells = release.tables.flatMap((t) => t.cells);
  for (const cell of cells)
    if (!cell.hidden && typeof cell.key.phase === 'string')
      figures.push(figure(cell.key.phase, members(cell.key)));
  // A hidden cell given back by subtraction: the total of its wave is shown, and every other
  // cell of its table and wave is shown.
  for (const table of release.tables) {
    if (table.by.length < 2) continue;
    const phases = new Set(table.cells.map((c) => c.key.phase));
    for (const phase of phases) {
      const own = table.cells.filter((c) => c.key.phase === phase);
      const hidden = own.filter((c) => c.hidden);
      const total = cells.find(
        (c) => !c.hidden && c.key.phase === phase && Object.keys(c.key).length === 1,
      );
      if (hidden.length === 1 && total && typeof phase === 'string')
        figures.push(figure(phase, members(hidden[0]!.key)));
    }
  }
  for (const change of release.changes ?? []) {
    if (change.hidden) continue;
    const from = members({ ...change.key, phase: change.from });
    const to = new Map(members({ ...change.key, phase: change.to }).map((r) => [r.respondent, r]));
    const paired = from.filter((r) => to.has(r.respondent));
    figures.push(figure(change.from, paired));
    figures.push(
      figure(
        change.to,
        paired.map((r) => to.get(r.respondent)!),
      ),
    );
  }
  return figures;
}

/** How many answers are in one sorted list and not the other. */
function changed(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  let j = 0;
  let count = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (a[i]! < b[j]!) {
      i++;
      count++;
    } else {
      j++;
      count++;
    }
  }
  return count + (a.length - i) + (b.length - j);
}

/** Whether two figures of the same wave differ by 1 to k − 1 answers. */
export function differencing(a: EvaluationFigure, b: EvaluationFigure, k: number): boolean {
  if (a.phase !== b.phase) return false;
  const d = changed(a.answers, b.answers);
  return d > 0 && d < k;
}

/**
 * Which module releases of a batch may be published, in the order given: a module is published
 * when none of its figures differs by 1 to k − 1 answers from a figure of a module published
 * before it in the batch, or of an earlier release of the programme's evaluation (`earlier`,
 * with the module it was about). `closeTo` names the module whose figure it would give away.
 */
export function guardBatch(
  candidates: readonly ModuleFigures[],
  earlier: readonly ModuleFigures[],
  k: number,
): { module: string; publish: boolean; closeTo?: string }[] {
  const accepted: ModuleFigures[] = [...earlier];
  return candidates.map((candidate) => {
    const against = accepted.find((other) =>
      candidate.figures.some((mine) => other.figures.some((f) => differencing(mine, f, k))),
    );
    if (against) return { module: candidate.module, publish: false, closeTo: against.module };
    accepted.push(candidate);
    return { module: candidate.module, publish: true };
  });
}

/** What to store in the ledger column for a module's evaluation release. */
export function evaluationLedger(
  disclosure: unknown,
  figures: EvaluationFigure[],
): EvaluationLedger {
  return { format: EVALUATION_LEDGER_FORMAT, disclosure, figures };
}

function isEvaluationLedger(value: unknown): value is EvaluationLedger {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.format === EVALUATION_LEDGER_FORMAT &&
    Array.isArray(v.figures) &&
    v.figures.every(
      (f: unknown) =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as EvaluationFigure).phase === 'string' &&
        Array.isArray((f as EvaluationFigure).answers) &&
        (f as EvaluationFigure).answers.every((a) => typeof a === 'string'),
    )
  );
}

/**
 * A stored ledger read back: the disclosure ledger for `previous`, and the figures. Throws a
 * `TypeError` for anything else (a damaged ledger is never taken for an empty history).
 */
export function readEvaluationLedger(stored: unknown, path: string): EvaluationLedger {
  if (!isEvaluationLedger(stored))
    throw new TypeError(`The ledger at ${path} is not a programme evaluation ledger`);
  return stored;
}
