import type { GroupDimension } from '@competence-kit/scoring';
import { GROUP_DIMENSIONS } from '@competence-kit/scoring';
import type { CheckedPlan } from './plan.js';

/** The format tag of a ledger: a ledger of another format is refused, not guessed at. */
export const LEDGER_FORMAT = 'competence-kit/release-ledger@1';

/**
 * What a city keeps of a release so that later releases of the same population can be checked
 * against it. It is not for publication: it lists digests of who contributed to which finest
 * cell, not names and not answers (each digest is a SHA-256 of the population, the respondent's
 * pseudonym, the phase, the submission time and the scores, cut to 128 bits). JSON as it is.
 */
export interface ReleaseLedger {
  format: typeof LEDGER_FORMAT;
  population: string;
  /** 1 for the first release of the population, then 2, 3…: every earlier ledger must be given. */
  sequence: number;
  /** The plan's tables and threshold: every release of a population shares them. */
  breakdowns: GroupDimension[][];
  minGroupSize: number;
  /** For a release with noise: its ε, and the budget of the population. */
  noise?: { epsilon: number; budget: number };
  /**
   * Per table, the keys (as `keyText`) of the cells whose count the release let anyone know:
   * those shown, and hidden ones that the shown ones give away (a hidden cell that protects
   * nobody and is the difference of shown ones).
   */
  determined: string[][];
  /** Per finest cell (key as `keyText` over every dimension the plan uses), sorted digests. */
  contributions: Record<string, string[]>;
  /** The same for the wave comparison's people in both waves, per finest cell without phase. */
  pairs?: Record<string, string[]>;
  /** Per table of the wave comparison, the keys of the comparisons whose count is known. */
  pairsDetermined?: string[][];
  /**
   * The phases the wave comparison compared, and per finest cell of those phases (keys as in
   * `contributions`) the digests of `contributions` that were in a pair: the answers the
   * comparison's earlier and later sides summed. A comparison's side and a phase cell are sums
   * over the same answers; later releases difference one kind against the other with it. Absent
   * in ledgers of releases without a comparison, and in those made before it was kept (their
   * comparisons are then not checked against later cells).
   */
  waves?: { from: string; to: string; paired: Record<string, string[]> };
}

/** Why a release is not published: the reason is for the coordinator, and says what to do. */
export class ReleaseRefused extends Error {
  override name = 'ReleaseRefused';
  constructor(
    /** `plan-differs`, `ledger-missing`, `budget-spent` or `nothing-left`. */
    readonly reason: 'plan-differs' | 'ledger-missing' | 'budget-spent' | 'nothing-left',
    message: string,
  ) {
    super(message);
  }
}

const bad = (path: string, expected: string): never => {
  throw new TypeError(`Invalid release ledger at ${path}: expected ${expected}.`);
};

const isRecordOfDigests = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => Array.isArray(v) && v.every((d) => typeof d === 'string'));

const isKeyLists = (value: unknown) =>
  Array.isArray(value) &&
  value.every((keys) => Array.isArray(keys) && keys.every((k) => typeof k === 'string'));

/**
 * Checks a ledger read back from storage: a ledger that is not one throws a `TypeError` naming
 * the path and what was expected, so that a damaged file is never taken for an empty history.
 */
export function checkLedger(value: unknown, path: string): ReleaseLedger {
  if (typeof value !== 'object' || value === null) bad(path, 'a release ledger object');
  const ledger = value as Partial<ReleaseLedger>;
  if (ledger.format !== LEDGER_FORMAT) bad(`${path}.format`, `"${LEDGER_FORMAT}"`);
  if (typeof ledger.population !== 'string') bad(`${path}.population`, 'a string');
  if (!Number.isInteger(ledger.sequence) || ledger.sequence! < 1)
    bad(`${path}.sequence`, 'a whole number of at least 1');
  if (
    !Array.isArray(ledger.breakdowns) ||
    !ledger.breakdowns.every(
      (b) =>
        Array.isArray(b) && b.every((d) => (GROUP_DIMENSIONS as readonly unknown[]).includes(d)),
    )
  )
    bad(`${path}.breakdowns`, `lists of ${GROUP_DIMENSIONS.join(', ')}`);
  if (!Number.isInteger(ledger.minGroupSize)) bad(`${path}.minGroupSize`, 'a whole number');
  if (
    ledger.noise !== undefined &&
    (typeof ledger.noise?.epsilon !== 'number' || typeof ledger.noise?.budget !== 'number')
  )
    bad(`${path}.noise`, '{ epsilon, budget } numbers');
  if (!isKeyLists(ledger.determined) || ledger.determined!.length !== ledger.breakdowns!.length)
    bad(`${path}.determined`, 'one list of cell keys per table');
  if (!isRecordOfDigests(ledger.contributions))
    bad(`${path}.contributions`, 'an object of digest lists');
  if (ledger.pairs !== undefined && !isRecordOfDigests(ledger.pairs))
    bad(`${path}.pairs`, 'an object of digest lists');
  if (ledger.pairsDetermined !== undefined && !isKeyLists(ledger.pairsDetermined))
    bad(`${path}.pairsDetermined`, 'one list of comparison keys per table');
  if (
    ledger.waves !== undefined &&
    (typeof ledger.waves !== 'object' ||
      ledger.waves === null ||
      typeof ledger.waves.from !== 'string' ||
      typeof ledger.waves.to !== 'string' ||
      !isRecordOfDigests(ledger.waves.paired))
  )
    bad(`${path}.waves`, '{ from, to, paired } with an object of digest lists');
  // Every key is the JSON list of a cell's values, one per dimension of its table.
  const used = new Set(ledger.breakdowns!.flat());
  const dims = GROUP_DIMENSIONS.filter((d) => used.has(d));
  const withoutPhase = dims.filter((d) => d !== 'phase');
  const checkKey = (key: string, length: number, at: string) => {
    let values: unknown;
    try {
      values = JSON.parse(key);
    } catch {
      values = undefined;
    }
    if (
      !Array.isArray(values) ||
      values.length !== length ||
      !values.every((v) => v === null || typeof v === 'string')
    )
      bad(
        at,
        `a JSON list of ${length} values (text or null), got ${JSON.stringify(key).slice(0, 60)}`,
      );
  };
  ledger.determined!.forEach((keys, t) =>
    keys.forEach((key, i) =>
      checkKey(key, ledger.breakdowns![t]!.length, `${path}.determined.${t}.${i}`),
    ),
  );
  for (const key of Object.keys(ledger.contributions!))
    checkKey(key, dims.length, `${path}.contributions[${JSON.stringify(key).slice(0, 60)}]`);
  for (const key of Object.keys(ledger.pairs ?? {}))
    checkKey(key, withoutPhase.length, `${path}.pairs[${JSON.stringify(key).slice(0, 60)}]`);
  for (const [key, paired] of Object.entries(ledger.waves?.paired ?? {})) {
    const at = `${path}.waves.paired[${JSON.stringify(key).slice(0, 60)}]`;
    checkKey(key, dims.length, at);
    // A paired answer is one of the cell's answers: anything else is not this release's ledger.
    const all = new Set(ledger.contributions![key] ?? []);
    if (!paired.every((d) => all.has(d))) bad(at, 'digests listed in contributions for that cell');
  }
  ledger.pairsDetermined?.forEach((keys, t) =>
    keys.forEach((key, i) =>
      checkKey(
        key,
        ledger.breakdowns![t]?.filter((d) => d !== 'phase').length ?? -1,
        `${path}.pairsDetermined.${t}.${i}`,
      ),
    ),
  );
  return ledger as ReleaseLedger;
}

const sameBreakdowns = (a: readonly (readonly string[])[], b: readonly (readonly string[])[]) =>
  a.length === b.length && a.every((x, i) => x.join(',') === b[i]!.join(','));

/**
 * Checks the earlier ledgers against the new plan: well formed, of this population, complete
 * (sequences 1…n), and made with the same tables, threshold and kind (noise or not). Returns
 * them in order. Different tables over the same people would be linked tables that no single
 * release was protected against; a city that needs other tables names a new population only
 * for different people, or asks for the tables it needs from the start.
 */
export function checkHistory(previous: unknown, plan: CheckedPlan): ReleaseLedger[] {
  if (previous === undefined) return [];
  if (!Array.isArray(previous)) bad('previous', 'a list of the earlier releases’ ledgers');
  const ledgers = (previous as unknown[]).map((l, i) => checkLedger(l, `previous.${i}`));
  ledgers.forEach((l, i) => {
    if (l.population !== plan.population)
      bad(
        `previous.${i}.population`,
        `"${plan.population}" (this ledger is of "${l.population}", another population)`,
      );
  });
  const sorted = [...ledgers].sort((a, b) => a.sequence - b.sequence);
  sorted.forEach((l, i) => {
    if (l.sequence !== i + 1)
      throw new ReleaseRefused(
        'ledger-missing',
        `The ledger of release ${i + 1} of "${plan.population}" is missing (or given twice): every earlier release must be checked, so pass all their ledgers.`,
      );
    if (!sameBreakdowns(l.breakdowns, plan.breakdowns) || l.minGroupSize !== plan.minGroupSize)
      throw new ReleaseRefused(
        'plan-differs',
        `Release ${l.sequence} of "${plan.population}" had other tables or another threshold. The releases of one population keep the tables and threshold of the first: tables that differ would give away hidden figures when read together.`,
      );
    if (
      (l.noise === undefined) !== (plan.noise === undefined) ||
      (l.noise && l.noise.budget !== plan.noise!.budget)
    )
      throw new ReleaseRefused(
        'plan-differs',
        `Release ${l.sequence} of "${plan.population}" was ${l.noise ? `made with noise and a budget of ${l.noise.budget}` : 'exact'}; every release of a population is of one kind with one budget.`,
      );
  });
  return sorted;
}

/** The Web Crypto API, in Node (20 and later) and in browsers alike. */
const subtle = (
  globalThis as unknown as {
    crypto: { subtle: { digest: (name: string, data: Uint8Array) => Promise<ArrayBuffer> } };
  }
).crypto.subtle;

/** UTF-8, from the TextEncoder of Node and browsers alike (this package has no DOM types). */
const encoder = new (
  globalThis as unknown as { TextEncoder: new () => { encode: (text: string) => Uint8Array } }
).TextEncoder();

/** SHA-256 digests, cut to 128 bits, as hexadecimal: one per text, in order. */
export async function digests(texts: readonly string[]): Promise<string[]> {
  const out = await Promise.all(texts.map((t) => subtle.digest('SHA-256', encoder.encode(t))));
  return out.map((buffer) => {
    let hex = '';
    for (const b of new Uint8Array(buffer, 0, 16)) hex += b.toString(16).padStart(2, '0');
    return hex;
  });
}

/** How many digests are in one sorted list and not the other (both ways). */
export function changeCount(a: readonly string[] = [], b: readonly string[] = []): number {
  let i = 0;
  let j = 0;
  let changed = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (a[i]! < b[j]!) {
      i++;
      changed++;
    } else {
      j++;
      changed++;
    }
  }
  return changed + (a.length - i) + (b.length - j);
}

/**
 * Per earlier ledger, how many contributions changed in each finest cell since (only cells that
 * changed are listed): who joined, left or answered again.
 */
export function changesSince(
  now: Record<string, string[]>,
  ledgers: readonly ReleaseLedger[],
  pick: (l: ReleaseLedger) => Record<string, string[]> | undefined,
): Map<string, number>[] {
  return ledgers.map((ledger) => {
    const before = pick(ledger) ?? {};
    const changed = new Map<string, number>();
    for (const key of new Set([...Object.keys(now), ...Object.keys(before)])) {
      const count = changeCount(now[key], before[key]);
      if (count > 0) changed.set(key, count);
    }
    return changed;
  });
}
