import type { KnowledgeBase } from '@competence-kit/schemas';
import compendiumData from '../content/knowledge/compendium.json' with { type: 'json' };
import toolkitData from '../content/knowledge/toolkit.json' with { type: 'json' };

/**
 * The best-practice compendium of the three pilot territories (Landkreis Offenbach, Ravenna,
 * Cartagena), the cities' manifesto (`manifesto-cities`) and testimonials, complete in German,
 * Italian, Spanish and English. The practices and testimonials are invented examples
 * (`synthetic: true`) of what such administrations do; every testimonial carries a consent record
 * and its licence. The manifesto is the project's own text for other cities to sign.
 *
 * @example
 * ```ts
 * import { compendium } from '@competence-kit/framework-intercultural';
 * const practices = compendium.entries.filter((e) => e.kind === 'practice' && e.territory === 'ravenna');
 * ```
 */
export const compendium: KnowledgeBase = compendiumData as unknown as KnowledgeBase;

/**
 * The trainers' toolkit for the catalogue's modules: session plans, a case bank rewritten from the
 * staff self-assessment's scenarios, handouts and plain-language letter templates, each tied to
 * the competences and levels it trains, in German, Italian, Spanish and English.
 *
 * @example
 * ```ts
 * import { toolkit } from '@competence-kit/framework-intercultural';
 * const letters = toolkit.entries.filter((e) => e.kind === 'toolkit' && e.material === 'letter-template');
 * ```
 */
export const toolkit: KnowledgeBase = toolkitData as unknown as KnowledgeBase;
