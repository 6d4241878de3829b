import type {
  Framework,
  Instrument,
  LevelThreshold,
  ParseOptions,
  ParseResult,
} from '@competence-kit/schemas';
import {
  checkObjectArgument,
  collectIssues,
  parseSafely,
  pointer,
  resolveParseOptions,
  validateWithLimits,
} from '@competence-kit/schemas';
import { validateInstrument } from '@competence-kit/schemas/validators';
import { getCompetence } from '@competence-kit/model';
import satisfies from 'semver/functions/satisfies.js';
import { BELOW_SCALE } from './levels.js';
import { instrumentTexts } from './texts.js';

type Report = (path: string, code: string, message: string) => void;

function duplicates(ids: string[], at: (i: number) => string, what: string, report: Report) {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    if (seen.has(id))
      report(at(i), 'duplicate-id', `${what} id "${id}" is used twice; ids must be unique.`);
    else seen.set(id, i);
  });
}

function checkStructure(instrument: Instrument, report: Report): void {
  const scales = new Map<string, { min: number; max: number }>();
  duplicates(
    (instrument.likertScales ?? []).map((s) => s.id),
    (i) => pointer('likertScales', i, 'id'),
    'Scale',
    report,
  );
  instrument.likertScales?.forEach((scale, i) => {
    scales.set(scale.id, scale);
    if (scale.min >= scale.max) {
      report(
        pointer('likertScales', i, 'max'),
        'invalid-scale',
        `The scale must run upwards: max (${scale.max}) must exceed min (${scale.min}).`,
      );
    }
    for (const key of Object.keys(scale.labels)) {
      if (Number(key) < scale.min || Number(key) > scale.max) {
        report(
          pointer('likertScales', i, 'labels', key),
          'invalid-scale',
          `Label for ${key} lies outside the scale ${scale.min}..${scale.max}.`,
        );
      }
    }
    for (const end of [scale.min, scale.max]) {
      if (!(String(end) in scale.labels)) {
        report(
          pointer('likertScales', i, 'labels', String(end)),
          'missing-scale-label',
          `Both ends of a scale need a label; ${end} has none.`,
        );
      }
    }
  });

  duplicates(
    instrument.sections.map((s) => s.id),
    (i) => pointer('sections', i, 'id'),
    'Section',
    report,
  );
  const itemPaths: string[] = [];
  const itemIds: string[] = [];
  instrument.sections.forEach((section, s) =>
    section.items.forEach((item, i) => {
      itemIds.push(item.id);
      itemPaths.push(pointer('sections', s, 'items', i));
      const at = (...tokens: (string | number)[]) => pointer('sections', s, 'items', i, ...tokens);
      if (item.type === 'likert' && !scales.has(item.scale)) {
        report(
          at('scale'),
          'unknown-reference',
          `Scale "${item.scale}" is not declared in likertScales.`,
        );
      }
      if (!('options' in item)) return;
      const options = item.options.map((o) => o.id);
      duplicates(options, (o) => at('options', o, 'id'), 'Option', report);
      const scored =
        item.type === 'ranking'
          ? item.key !== undefined
          : item.options.some((o) => o.points !== undefined);
      if (scored && item.competence === undefined) {
        report(
          at(),
          'missing-competence',
          'A scored item (with points or a key) must name the competence it measures.',
        );
      }
      if (!scored && item.competence !== undefined && item.type !== 'ranking') {
        report(
          at(),
          'unscored-item',
          `The item names competence "${item.competence}" but none of its options has points.`,
        );
      }
      if (!scored && item.competence !== undefined && item.type === 'ranking') {
        report(
          at(),
          'unscored-item',
          `The ranking names competence "${item.competence}" but has no key.`,
        );
      }
      if (scored && item.type !== 'ranking') {
        const points = new Set(item.options.map((o) => o.points ?? 0));
        if (points.size < 2)
          report(
            at('options'),
            'undiscriminating-item',
            'All options have the same points, so the item cannot tell answers apart.',
          );
      }
      if (item.type === 'ranking' && item.key) {
        const sorted = [...item.key].sort().join(' ');
        if (sorted !== [...options].sort().join(' ')) {
          report(at('key'), 'invalid-key', 'The key must list every option id exactly once.');
        }
      }
      if (item.type === 'multiple-choice') {
        const min = item.minSelected ?? 0;
        const max = item.maxSelected ?? options.length;
        if (min > max || max > options.length) {
          report(
            at('maxSelected'),
            'invalid-limits',
            `Expected 0 ≤ minSelected (${min}) ≤ maxSelected (${max}) ≤ number of options (${options.length}).`,
          );
        }
      }
    }),
  );
  duplicates(itemIds, (i) => `${itemPaths[i]}/id`, 'Item', report);
}

/**
 * The levels an instrument's thresholds and anchors refer to: its own scale when it has one,
 * else the framework's (`undefined` without a framework: nothing to check against).
 */
interface Scale {
  /** Position of each level id, from 0 for the lowest. */
  index: ReadonlyMap<string, number>;
  ids: readonly string[];
  /** How a message names it. */
  name: string;
}

function scaleOf(instrument: Instrument, framework?: Framework): Scale | undefined {
  const own = instrument.scoring.scale;
  const ids = own
    ? own.levels.map((l) => l.id)
    : framework
      ? framework.scale.levels.map((l) => l.id)
      : undefined;
  if (!ids) return undefined;
  return {
    ids,
    index: new Map(ids.map((id, i) => [id, i])),
    name: own ? "the instrument's own scale (scoring.scale)" : "the framework's scale",
  };
}

function checkThresholds(
  thresholds: readonly LevelThreshold[],
  at: (...tokens: (string | number)[]) => string,
  report: Report,
  scale?: Scale,
): void {
  if (thresholds[0] && thresholds[0].min !== 0) {
    report(
      at(0, 'min'),
      'thresholds-not-ordered',
      'The first threshold must start at 0, so that every score reaches a level.',
    );
  }
  duplicates(
    thresholds.map((t) => t.level),
    (i) => at(i, 'level'),
    'Threshold level',
    report,
  );
  thresholds.forEach((t, i) => {
    const before = thresholds[i - 1];
    if (before && t.min <= before.min) {
      report(
        at(i, 'min'),
        'thresholds-not-ordered',
        `Threshold ${t.min} must be higher than the one before it (${before.min}).`,
      );
    }
    if (scale) {
      const index = scale.index.get(t.level) ?? -1;
      if (index < 0)
        report(
          at(i, 'level'),
          'unknown-reference',
          `Level "${t.level}" is not on ${scale.name}; expected one of ${scale.ids.join(', ')}.`,
        );
      else if (before && (scale.index.get(before.level) ?? -1) >= index) {
        report(
          at(i, 'level'),
          'thresholds-not-ordered',
          `Thresholds must follow the order of the levels on ${scale.name}.`,
        );
      }
    }
  });
}

/**
 * The rules of levels: an own scale's ids are unique; with the method `anchored`, every scored
 * item names a level on the scale, every competence with scored items has at least one item at
 * every level (else its higher levels could not be reached honestly), and no thresholds are
 * given (they would not be used); with `thresholds`, no item names a level (it would not be used
 * for scoring, yet role views would hide the item from roles whose target is below it).
 */
function checkLevels(instrument: Instrument, report: Report, scale?: Scale): void {
  const { scoring } = instrument;
  if (scoring.scale) {
    duplicates(
      scoring.scale.levels.map((l) => l.id),
      (i) => pointer('scoring', 'scale', 'levels', i, 'id'),
      'Scale level',
      report,
    );
    scoring.scale.levels.forEach((l, i) => {
      if (l.id === BELOW_SCALE)
        report(
          pointer('scoring', 'scale', 'levels', i, 'id'),
          'reserved-id',
          `"${BELOW_SCALE}" is reserved: level distributions count scores below the lowest level under it. Choose another id.`,
        );
    });
  }
  const anchored = scoring.method === 'anchored';
  if (anchored) {
    if (scoring.thresholds)
      report(
        '/scoring/thresholds',
        'unused-thresholds',
        'With the method "anchored" levels come from the anchored items; remove the thresholds, which would not be used.',
      );
    if (scoring.competenceThresholds)
      report(
        '/scoring/competenceThresholds',
        'unused-thresholds',
        'With the method "anchored" levels come from the anchored items; remove competenceThresholds, which would not be used.',
      );
  }
  // Per competence with scored items: the path of its first item and the levels it covers.
  const covered = new Map<string, { path: string; levels: Set<string> }>();
  instrument.sections.forEach((section, s) =>
    section.items.forEach((item, i) => {
      const at = (...tokens: string[]) => pointer('sections', s, 'items', i, ...tokens);
      const scored = item.competence !== undefined && item.type !== 'free-text';
      if (!anchored) {
        if (item.level !== undefined)
          report(
            at('level'),
            'unused-level',
            'Items are anchored to a level only with scoring.method "anchored"; with thresholds the level would not be used. Remove it, or score the instrument with the method "anchored".',
          );
        return;
      }
      if (!scored) {
        if (item.level !== undefined)
          report(
            at('level'),
            'unused-level',
            'Only a scored item (one that measures a competence) is anchored to a level.',
          );
        return;
      }
      if (item.level === undefined) {
        report(
          at(),
          'missing-level',
          `With scoring.method "anchored" every scored item needs the level it is anchored to${scale ? `: one of ${scale.ids.join(', ')}` : ''}.`,
        );
        return;
      }
      if (scale && !scale.index.has(item.level)) {
        report(
          at('level'),
          'unknown-reference',
          `Level "${item.level}" is not on ${scale.name}; expected one of ${scale.ids.join(', ')}.`,
        );
        return;
      }
      const entry = covered.get(item.competence!);
      if (entry) entry.levels.add(item.level);
      else covered.set(item.competence!, { path: at(), levels: new Set([item.level]) });
    }),
  );
  if (!anchored || !scale) return;
  for (const [competence, { path, levels }] of covered) {
    const missing = scale.ids.filter((id) => !levels.has(id));
    if (missing.length > 0)
      report(
        path,
        'missing-level-items',
        `Competence "${competence}" has no item anchored at ${missing.map((id) => `"${id}"`).join(', ')}; with scoring.method "anchored" each competence needs at least one item at every level of ${scale.name}, or those levels could not be reached.`,
      );
  }
}

function checkTexts(instrument: Instrument, report: Report): void {
  if (!instrument.locales.includes(instrument.defaultLocale)) {
    report(
      '/defaultLocale',
      'unknown-reference',
      `The default locale "${instrument.defaultLocale}" must be one of the required locales.`,
    );
  }
  for (const { path, text } of instrumentTexts(instrument)) {
    for (const locale of instrument.locales) {
      if (typeof text[locale] !== 'string') {
        report(
          `${path}${pointer(locale)}`,
          'missing-translation',
          `The text has no "${locale}" version; every text must be present in each required locale.`,
        );
      }
    }
  }
}

function checkAgainstFramework(instrument: Instrument, framework: Framework, report: Report): void {
  if (instrument.framework.id !== framework.id) {
    report(
      '/framework/id',
      'framework-mismatch',
      `The instrument measures "${instrument.framework.id}", not "${framework.id}".`,
    );
    return;
  }
  if (!satisfies(framework.version, instrument.framework.version, { includePrerelease: true })) {
    report(
      '/framework/version',
      'framework-version-mismatch',
      `The instrument needs framework version ${instrument.framework.version}; this is ${framework.version}.`,
    );
  }
  instrument.sections.forEach((section, s) =>
    section.items.forEach((item, i) => {
      if (item.competence !== undefined && !getCompetence(framework, item.competence)) {
        report(
          pointer('sections', s, 'items', i, 'competence'),
          'unknown-reference',
          `Competence "${item.competence}" does not exist in the framework.`,
        );
      }
    }),
  );
  for (const competence of Object.keys(instrument.scoring.competenceThresholds ?? {})) {
    if (!getCompetence(framework, competence)) {
      report(
        pointer('scoring', 'competenceThresholds', competence),
        'unknown-reference',
        `Competence "${competence}" does not exist in the framework.`,
      );
    }
  }
}

/**
 * Validates an instrument: its structure, then its own rules (unique ids, declared scales with
 * labelled ends, ranking keys that list every option, scored items that name a competence,
 * ordered thresholds starting at 0, every text in every required locale, the levels of the
 * method `anchored`: see `checkLevels`) and, given the framework, the references into it
 * (framework id and version range, competences, levels). Levels are checked against the
 * instrument's own scale (`scoring.scale`) when it has one, else against the framework's.
 * Never throws.
 *
 * @example
 * ```ts
 * const result = parseInstrument(json, framework);
 * if (!result.ok) console.table(result.issues);
 * ```
 */
export function parseInstrument(
  input: unknown,
  framework?: Framework,
  options?: ParseOptions,
): ParseResult<Instrument> {
  checkObjectArgument('parseInstrument', 'framework', framework, 'a Framework', { optional: true });
  const limits = resolveParseOptions(options);
  return parseSafely(() => {
    const checked = validateWithLimits(validateInstrument, input, limits);
    if (!checked.ok) return checked;
    const instrument = checked.value;
    const issues = collectIssues(limits.maxIssues, (add) => {
      const report: Report = (path, code, message) => add({ path, code, message });
      checkStructure(instrument, report);
      const scale = scaleOf(instrument, framework);
      checkLevels(instrument, report, scale);
      checkThresholds(
        instrument.scoring.thresholds ?? [],
        (...t) => pointer('scoring', 'thresholds', ...t),
        report,
        scale,
      );
      for (const [competence, thresholds] of Object.entries(
        instrument.scoring.competenceThresholds ?? {},
      )) {
        if (thresholds)
          checkThresholds(
            thresholds,
            (...t) => pointer('scoring', 'competenceThresholds', competence, ...t),
            report,
            scale,
          );
      }
      checkTexts(instrument, report);
      if (framework) checkAgainstFramework(instrument, framework, report);
    });
    return issues.length === 0 ? { ok: true, value: instrument } : { ok: false, issues };
  });
}
