/**
 * Issuing an Open Badges 3.0 credential for a completed training module. Pure and synchronous:
 * the clock (`completedAt`) and randomness (`id` or `random`) come in as data, so the same input
 * always gives the same credential.
 *
 * @packageDocumentation
 */
import type {
  Competence,
  Framework,
  Module,
  ModuleFormat,
  ParseResult,
} from '@competence-kit/schemas';
import { parseSafely } from '@competence-kit/schemas';
import { getDomain, resolveText } from '@competence-kit/model';
import type { TextReader } from './alignment.js';
import { competenceAlignment, DEFAULT_ESCO_RELATIONS, escoAlignments } from './alignment.js';
import { checkInput } from './credential-input.js';
import type {
  Achievement,
  AchievementType,
  IssueCredentialInput,
  IssuerInput,
  OpenBadgeCredential,
  IssuerProfile,
  AchievementResult,
  ResultDescription,
} from './credential.types.js';
import { CREDENTIAL_CONTEXT } from './credential.types.js';

/**
 * The OB 3.0 achievement type for each module format:
 * - workshops and e-learning are bounded courses with a completion: `Course`;
 * - peer exchange and mentoring are a series of learning opportunities over time: `LearningProgram`;
 * - job shadowing and study visits are practical activities away from one's own workplace:
 *   `Fieldwork` (OB 3.0: "practical activities that are done away school, college, or place of work").
 */
export const ACHIEVEMENT_TYPE_BY_FORMAT: Readonly<Record<ModuleFormat, AchievementType>> = {
  workshop: 'Course',
  'e-learning': 'Course',
  'peer-exchange': 'LearningProgram',
  mentoring: 'LearningProgram',
  'job-shadowing': 'Fieldwork',
  'study-visit': 'Fieldwork',
};

// OB 3.0's pattern for Achievement.inLanguage: language, optional script, optional region.
const IN_LANGUAGE = /^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;

/** A UUID v4 (RFC 9562 §5.4) from 16 random bytes: version and variant bits set. */
function uuidFromRandom(random: Uint8Array): string {
  const bytes = Uint8Array.from(random.subarray(0, 16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function profileOf(issuer: IssuerInput): IssuerProfile {
  const profile: IssuerProfile = { id: issuer.id, type: ['Profile'], name: issuer.name };
  if (issuer.url !== undefined) profile.url = issuer.url;
  if (issuer.email !== undefined) profile.email = issuer.email;
  return profile;
}

function resultsFor(
  framework: Framework,
  competences: readonly Competence[],
  levels: Record<string, string>,
  achievementId: string,
  read: TextReader,
): { descriptions: ResultDescription[]; results: AchievementResult[] } {
  const descriptions: ResultDescription[] = [];
  const results: AchievementResult[] = [];
  for (const competence of competences) {
    const reached = levels[competence.id];
    if (reached === undefined) continue;
    const id = `${achievementId}/results/${competence.id}`;
    descriptions.push({
      id,
      type: ['ResultDescription'],
      name: read(competence.title),
      resultType: 'RubricCriterionLevel',
      alignment: [competenceAlignment(framework, competence, read)],
      rubricCriterionLevel: framework.scale.levels.map((level) => {
        const descriptor = competence.descriptors[level.id] ?? level.description;
        return {
          id: `${id}/levels/${level.id}`,
          type: ['RubricCriterionLevel'] as ['RubricCriterionLevel'],
          name: read(level.title),
          ...(descriptor ? { description: read(descriptor) } : {}),
          level: level.id,
        };
      }),
    });
    results.push({
      type: ['Result'],
      resultDescription: id,
      achievedLevel: `${id}/levels/${reached}`,
    });
  }
  return { descriptions, results };
}

/** The achievement (the module, described in the requested locale) and the results reached. */
function achievementFor(
  input: IssueCredentialInput,
  module: Module,
  competences: readonly Competence[],
): { achievement: Achievement; results: AchievementResult[] } {
  const { framework, catalogue, locale } = input;
  const options = { defaultLocale: framework.defaultLocale };
  const read: TextReader = (text) => resolveText(text, locale, options)?.value ?? '';
  const id = `${catalogue.id.replace(/\/+$/, '')}/modules/${module.id}`;
  // Criteria: what participants can do afterwards, else what the module is.
  const texts = [module.title, module.description, module.outcomes ?? module.description];
  const resolved = texts.map((text) => resolveText(text, locale, options));
  const [name = '', description = '', narrative = ''] = resolved.map((r) => r?.value ?? '');
  const achievement: Achievement = {
    id,
    type: ['Achievement'],
    achievementType: ACHIEVEMENT_TYPE_BY_FORMAT[module.format],
    name,
    description,
    criteria: { narrative },
  };
  // inLanguage only when the three texts came from one locale that OB's pattern accepts.
  const used = new Set(resolved.map((r) => r?.locale));
  const language = used.size === 1 ? [...used][0] : undefined;
  if (language && IN_LANGUAGE.test(language)) achievement.inLanguage = language;
  achievement.humanCode = module.id;
  achievement.fieldOfStudy = read(framework.title);
  const tags = [...new Set(competences.map((c) => c.domain))].flatMap((domainId) => {
    const domain = getDomain(framework, domainId);
    return domain ? [read(domain.title)] : [];
  });
  if (tags.length > 0) achievement.tag = tags;
  achievement.version = catalogue.version;
  achievement.alignment = [
    ...competences.map((competence) => competenceAlignment(framework, competence, read)),
    ...escoAlignments(framework, competences, input.escoRelations ?? DEFAULT_ESCO_RELATIONS),
  ];
  const levels = input.levels ?? {};
  const { descriptions, results } = resultsFor(framework, competences, levels, id, read);
  if (descriptions.length > 0) achievement.resultDescription = descriptions;
  return { achievement, results };
}

/**
 * Issues an unsigned Open Badges 3.0 credential (`OpenBadgeCredential`) for a completed module
 * of a catalogue:
 * - `achievement.id` is `{catalogue id}/modules/{module id}`; its type follows the module's
 *   format ({@link ACHIEVEMENT_TYPE_BY_FORMAT});
 * - name, description and criteria are written in `locale`, falling back as `localize` does
 *   (to the framework's default locale, then any); `inLanguage` says which language was used.
 *   The schema holds one language per text, so other translations are not included: issue
 *   again in another locale for another language (the achievement keeps its id);
 * - one alignment per competence the module develops (to the competence's URI), then one per
 *   ESCO skill those competences map to by `exactMatch` or `closeMatch` (`escoRelations`);
 * - with `levels`, the level reached per competence as results against a rubric of the
 *   framework's scale, each level described by the competence's descriptor.
 *
 * Never throws: problems come back as issues with JSON pointers into the input (unknown
 * module or competence, invalid date, missing earner, …). Sign the result with `signCredential`.
 *
 * @example
 * ```ts
 * const result = issueCredential({
 *   framework, catalogue, module: 'de-escalation-at-the-counter',
 *   issuer: { id: 'did:key:z6Mk…', name: 'Stadt Offenbach am Main', url: 'https://www.offenbach.de' },
 *   earner: { identifier: [await hashIdentity('m.weber@offenbach.de', salt)] },
 *   completedAt: '2026-03-12T16:00:00+01:00', locale: 'de',
 *   random: crypto.getRandomValues(new Uint8Array(16)),
 * });
 * if (!result.ok) console.table(result.issues);
 * ```
 */
export function issueCredential(input: IssueCredentialInput): ParseResult<OpenBadgeCredential> {
  return parseSafely(() => {
    const checked = checkInput(input);
    if (!checked.ok) return checked;
    const { module, competences } = checked.value;
    const { achievement, results } = achievementFor(input, module, competences);
    const { earner } = input;
    const credential: OpenBadgeCredential = {
      '@context': [...CREDENTIAL_CONTEXT],
      id: input.id ?? uuidFromRandom(input.random!),
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: profileOf(input.issuer),
      validFrom: input.completedAt,
      name: achievement.name,
      credentialSubject: {
        ...(earner.id !== undefined ? { id: earner.id } : {}),
        type: ['AchievementSubject'],
        ...(earner.identifier?.length
          ? { identifier: earner.identifier.map((i) => ({ ...i })) }
          : {}),
        achievement,
        ...(results.length > 0 ? { result: results } : {}),
      },
    };
    return { ok: true, value: credential };
  });
}
