import type { Catalogue, Programme } from '@competence-kit/schemas';
import catalogueData from '../content/training/catalogue.json' with { type: 'json' };
import programmeData from '../content/training/programme-template.json' with { type: 'json' };

/**
 * The training catalogue: 23 modules in six formats (workshop, e-learning, job shadowing, peer
 * exchange, mentoring, study visit) that together develop every competence of the framework up
 * to the highest level any role profile targets, complete in German, Italian, Spanish and English.
 *
 * @example
 * ```ts
 * import { catalogue } from '@competence-kit/framework-intercultural';
 * import { localize } from '@competence-kit/model';
 * for (const m of catalogue.modules) console.log(m.format, m.hours, localize(m.title, 'es'));
 * ```
 */
export const catalogue: Catalogue = catalogueData as unknown as Catalogue;

/**
 * A 12-month programme template that schedules the catalogue for a cohort of 300 people in 2027:
 * online foundations first, prerequisites before the modules that build on them, peer exchanges
 * and study visits mid-year, follow-up mentoring late. Sessions are in German; a city changes the
 * dates, places, trainers, holidays and language to its own.
 *
 * @example
 * ```ts
 * import { programmeTemplate } from '@competence-kit/framework-intercultural';
 * const mine = { ...programmeTemplate, id: 'ravenna-2027', territory: 'ravenna' };
 * ```
 */
export const programmeTemplate: Programme = programmeData as unknown as Programme;
