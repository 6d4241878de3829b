import type { Framework, Instrument, ParseOptions, ParseResult } from '@competence-kit/schemas';
import {
  checkObjectArgument,
  collectIssues,
  parseSafely,
  pointer,
  resolveParseOptions,
  validateWithLimits,
} from '@competence-kit/schemas';
import { validateInstrument } from '@competence-kit/schemas/validators';
import { getCompetence, levelIndex } from '@competence-kit/model';
import satisfies from 'semver/functions/satisfies.js';
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

function checkThresholds(
  thresholds: Instrument['scoring']['thresholds'],
  at: (...tokens: (string | number)[]) => string,
  report: Report,
  framework?: Framework,
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
    if (framework) {
      const index = levelIndex(framework, t.level);
      if (index < 0)
        report(
          at(i, 'level'),
          'unknown-reference',
          `Level "${t.level}" is not on the framework's scale.`,
        );
      else if (before && levelIndex(framework, before.level) >= index) {
        report(
          at(i, 'level'),
          'thresholds-not-ordered',
          "Thresholds must follow the order of the framework's levels.",
        );
      }
    }
  });
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
 * ordered thresholds starting at 0, every text in every required locale) and, given the
 * framework, the references into it (framework id and version range, competences, levels).
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
      checkThresholds(
        instrument.scoring.thresholds,
        (...t) => pointer('scoring', 'thresholds', ...t),
        report,
        framework,
      );
      for (const [competence, thresholds] of Object.entries(
        instrument.scoring.competenceThresholds ?? {},
      )) {
        if (thresholds)
          checkThresholds(
            thresholds,
            (...t) => pointer('scoring', 'competenceThresholds', competence, ...t),
            report,
            framework,
          );
      }
      checkTexts(instrument, report);
      if (framework) checkAgainstFramework(instrument, framework, report);
    });
    return issues.length === 0 ? { ok: true, value: instrument } : { ok: false, issues };
  });
}
