import type { Framework, Guide, ParseOptions, ParseResult } from '@competence-kit/schemas';
import {
  checkObjectArgument,
  collectIssues,
  parseSafely,
  pointer,
  resolveParseOptions,
  validateWithLimits,
} from '@competence-kit/schemas';
import { validateGuide } from '@competence-kit/schemas/validators';
import { getCompetence } from '@competence-kit/model';

type Report = (path: string, code: string, message: string) => void;

/**
 * Validates a method guide of a needs review (interview guide, focus-group protocol,
 * desk-research checklist): its structure, then unique section and step ids, the default locale
 * among the required ones, every text in every required locale, section minutes that do not
 * exceed the stated duration and, given the framework, competences that exist. Never throws.
 *
 * @example
 * ```ts
 * const result = parseGuide(json, framework);
 * if (result.ok) render(result.value);
 * ```
 */
export function parseGuide(
  input: unknown,
  framework?: Framework,
  options?: ParseOptions,
): ParseResult<Guide> {
  checkObjectArgument('parseGuide', 'framework', framework, 'a Framework', { optional: true });
  const limits = resolveParseOptions(options);
  return parseSafely(() => {
    const checked = validateWithLimits(validateGuide, input, limits);
    if (!checked.ok) return checked;
    const guide = checked.value;
    const issues = collectIssues(limits.maxIssues, (add) => {
      const report: Report = (path, code, message) => add({ path, code, message });
      if (!guide.locales.includes(guide.defaultLocale)) {
        report(
          '/defaultLocale',
          'unknown-reference',
          `The default locale "${guide.defaultLocale}" must be one of the required locales.`,
        );
      }
      const texts: { path: string; text: Record<string, string | undefined> }[] = [
        { path: '/title', text: guide.title },
      ];
      if (guide.description) texts.push({ path: '/description', text: guide.description });
      const sectionIds = new Set<string>();
      const stepIds = new Set<string>();
      let minutes = 0;
      guide.sections.forEach((section, s) => {
        if (sectionIds.has(section.id))
          report(
            pointer('sections', s, 'id'),
            'duplicate-id',
            `Section id "${section.id}" is used twice.`,
          );
        sectionIds.add(section.id);
        minutes += section.minutes ?? 0;
        texts.push({ path: pointer('sections', s, 'title'), text: section.title });
        if (section.description)
          texts.push({ path: pointer('sections', s, 'description'), text: section.description });
        section.steps.forEach((step, i) => {
          if (stepIds.has(step.id))
            report(
              pointer('sections', s, 'steps', i, 'id'),
              'duplicate-id',
              `Step id "${step.id}" is used twice.`,
            );
          stepIds.add(step.id);
          texts.push({ path: pointer('sections', s, 'steps', i, 'text'), text: step.text });
          step.competences?.forEach((c, j) => {
            if (framework && !getCompetence(framework, c)) {
              report(
                pointer('sections', s, 'steps', i, 'competences', j),
                'unknown-reference',
                `Competence "${c}" does not exist in the framework.`,
              );
            }
          });
        });
      });
      if (guide.duration !== undefined && minutes > guide.duration) {
        report(
          '/duration',
          'count-mismatch',
          `The sections take ${minutes} minutes, more than the guide's ${guide.duration}.`,
        );
      }
      for (const { path, text } of texts) {
        for (const locale of guide.locales) {
          if (typeof text[locale] !== 'string')
            report(
              `${path}${pointer(locale)}`,
              'missing-translation',
              `The text has no "${locale}" version.`,
            );
        }
      }
    });
    return issues.length === 0 ? { ok: true, value: guide } : { ok: false, issues };
  });
}
