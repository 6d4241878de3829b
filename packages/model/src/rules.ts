import type { Framework, Issue } from '@competence-kit/schemas';
import { pointer } from '@competence-kit/schemas';
import validRange from 'semver/ranges/valid.js';
import { canonicalLocale } from './locales.js';
import { collectTexts } from './texts.js';

/**
 * The rules JSON Schema cannot say. Each pushes issues with the JSON pointer of the offending
 * value; they run only on documents that passed structural validation, so shapes are known.
 */
type Rule = (framework: Framework, report: (issue: Issue) => void) => void;

/** Reports ids that repeat within one list, at the later occurrence. */
function uniqueIds(
  list: readonly { id: string }[],
  at: readonly string[],
  what: string,
  report: (issue: Issue) => void,
): void {
  const first = new Map<string, number>();
  list.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else {
      report({
        path: pointer(...at, i, 'id'),
        code: 'duplicate-id',
        message: `${what} id "${item.id}" is already used by ${pointer(...at, earlier)}; ids must be unique.`,
      });
    }
  });
}

const identity: Rule = (fw, report) => {
  uniqueIds(fw.domains, ['domains'], 'Domain', report);
  uniqueIds(fw.competences, ['competences'], 'Competence', report);
  uniqueIds(fw.scale.levels, ['scale', 'levels'], 'Level', report);
  uniqueIds(fw.roleProfiles ?? [], ['roleProfiles'], 'Role profile', report);
  uniqueIds(fw.mappings ?? [], ['mappings'], 'Mapping', report);

  const uris = new Map<string, number>();
  fw.competences.forEach((c, i) => {
    const uri = c.uri ?? `${fw.id}#${c.id}`;
    const earlier = uris.get(uri);
    if (earlier === undefined) uris.set(uri, i);
    else {
      report({
        path: pointer('competences', i, c.uri ? 'uri' : 'id'),
        code: 'duplicate-uri',
        message: `Competence URI "${uri}" is already used by ${pointer('competences', earlier)}.`,
      });
    }
  });
};

const references: Rule = (fw, report) => {
  const domains = new Set(fw.domains.map((d) => d.id));
  const competences = new Set(fw.competences.map((c) => c.id));
  const levels = new Set(fw.scale.levels.map((l) => l.id));
  const levelList = fw.scale.levels.map((l) => `"${l.id}"`).join(', ');

  fw.competences.forEach((c, i) => {
    if (!domains.has(c.domain)) {
      report({
        path: pointer('competences', i, 'domain'),
        code: 'unknown-reference',
        message: `Domain "${c.domain}" does not exist; expected one of the framework's domain ids.`,
      });
    }
    for (const level of Object.keys(c.descriptors)) {
      if (!levels.has(level)) {
        report({
          path: pointer('competences', i, 'descriptors', level),
          code: 'unknown-reference',
          message: `Level "${level}" is not on the scale; expected one of ${levelList}.`,
        });
      }
    }
    for (const level of fw.scale.levels) {
      if (!Object.prototype.hasOwnProperty.call(c.descriptors, level.id)) {
        report({
          path: pointer('competences', i, 'descriptors', level.id),
          code: 'missing-descriptor',
          message: `Competence "${c.id}" has no descriptor for level "${level.id}"; every competence describes every level.`,
        });
      }
    }
  });

  fw.roleProfiles?.forEach((profile, i) => {
    for (const [competence, level] of Object.entries(profile.targets)) {
      if (!competences.has(competence)) {
        report({
          path: pointer('roleProfiles', i, 'targets', competence),
          code: 'unknown-reference',
          message: `Competence "${competence}" does not exist in this framework.`,
        });
      }
      if (level !== undefined && !levels.has(level)) {
        report({
          path: pointer('roleProfiles', i, 'targets', competence),
          code: 'unknown-reference',
          message: `Level "${level}" is not on the scale; expected one of ${levelList}.`,
        });
      }
    }
  });

  const mapped = new Map<string, number>();
  fw.mappings?.forEach((m, i) => {
    if (!competences.has(m.competence)) {
      report({
        path: pointer('mappings', i, 'competence'),
        code: 'unknown-reference',
        message: `Competence "${m.competence}" does not exist in this framework.`,
      });
    }
    const key = `${m.competence} ${m.scheme} ${m.target}`;
    const earlier = mapped.get(key);
    if (earlier === undefined) mapped.set(key, i);
    else {
      report({
        path: pointer('mappings', i),
        code: 'duplicate-mapping',
        message: `This maps "${m.competence}" to ${m.target} again (see ${pointer('mappings', earlier)}).`,
      });
    }
  });

  if (fw.extends && validRange(fw.extends.version) === null) {
    report({
      path: pointer('extends', 'version'),
      code: 'invalid-format',
      message: `Expected a semver version or range, such as "1.2.0" or "^1.2.0".`,
    });
  }
};

const scaleOrder: Rule = (fw, report) => {
  const levels = fw.scale.levels;
  for (let i = 1; i < levels.length; i++) {
    if (levels[i]!.rank <= levels[i - 1]!.rank) {
      report({
        path: pointer('scale', 'levels', i, 'rank'),
        code: 'levels-not-ordered',
        message: `Rank ${levels[i]!.rank} must be greater than the rank of the level before it (${levels[i - 1]!.rank}); list levels from lowest to highest.`,
      });
    }
  }
};

const localeRules: Rule = (fw, report) => {
  const canonical = (tag: string, path: string) => {
    const c = canonicalLocale(tag);
    if (c !== tag) {
      report({
        path,
        code: 'locale-not-canonical',
        message: c
          ? `Write the locale "${tag}" as "${c}".`
          : `"${tag}" is not a valid BCP 47 language tag.`,
      });
    }
  };
  fw.locales.forEach((l, i) => canonical(l, pointer('locales', i)));
  canonical(fw.defaultLocale, pointer('defaultLocale'));
  const required = fw.locales.join(', ');
  if (!fw.locales.includes(fw.defaultLocale)) {
    report({
      path: pointer('defaultLocale'),
      code: 'unknown-reference',
      message: `The default locale "${fw.defaultLocale}" must be one of the required locales (${required}).`,
    });
  }
  const checked = new Set<string>();
  for (const { path, text } of collectTexts(fw)) {
    for (const locale of fw.locales) {
      if (typeof text[locale] !== 'string') {
        report({
          path: `${path}${pointer(locale)}`,
          code: 'missing-translation',
          message: `The text has no "${locale}" version; every text must be present in each required locale (${required}).`,
        });
      }
    }
    for (const key of Object.keys(text)) {
      if (checked.has(key)) continue;
      checked.add(key);
      canonical(key, `${path}${pointer(key)}`);
    }
  }
};

/** The semantic rules, in the order their issues are reported. */
export const FRAMEWORK_RULES: readonly Rule[] = [identity, references, scaleOrder, localeRules];
