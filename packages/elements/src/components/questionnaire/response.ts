import {
  PHASES,
  type Answer,
  type Issue,
  type Phase,
  type Response,
} from '@competence-kit/schemas';
import { isAnswered, type InstrumentIndex } from './validation.js';

/** Who answered, where and when: the response's fields besides the answers. */
export interface ResponseContext {
  respondent: string;
  phase: Phase;
  roleProfile?: string;
  unit?: string;
  territory?: string;
  group?: string;
  locale?: string;
  startedAt?: string;
  submittedAt: string;
}

// The schema's locale pattern: the element's locale can carry extensions the schema rejects.
const schemaLocale = /^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?$/;

/**
 * The response to submit: every item of the instrument once, in order, answered or skipped
 * (`declined` when the respondent chose "Prefer not to answer", `missing` when they left it).
 * Built directly rather than checked with `parseResponse`, whose validators would weigh more
 * than the element; the tests check that it parses.
 */
export function buildResponse(
  index: InstrumentIndex,
  answers: ReadonlyMap<string, Answer>,
  context: ResponseContext,
): Response {
  const { instrument } = index;
  const response: Response = {
    instrument: { id: instrument.id, version: instrument.version },
    respondent: context.respondent,
  } as Response;
  // Optional fields only when given, so an empty attribute does not break the schema.
  for (const key of ['roleProfile', 'unit', 'territory', 'group'] as const) {
    const value = context[key];
    if (value) response[key] = value;
  }
  response.phase = context.phase;
  if (context.locale && schemaLocale.test(context.locale)) response.locale = context.locale;
  if (context.startedAt) response.startedAt = context.startedAt;
  response.submittedAt = context.submittedAt;
  response.answers = index.items.map(({ item }): Answer => {
    const answer = answers.get(item.id);
    if (!isAnswered(answer)) return { item: item.id, skipped: true, reason: 'missing' };
    return answer.skipped
      ? { item: item.id, skipped: true, reason: answer.reason ?? 'declined' }
      : { item: item.id, value: answer.value! };
  });
  return response;
}

const pseudonym = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const id = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Why the response's own fields (given as attributes) would not pass the response schema: a
 * missing or malformed pseudonym, an unknown phase, ids that are not kebab-case.
 */
export function contextIssues(
  context: Pick<ResponseContext, 'respondent' | 'phase' | 'roleProfile' | 'territory' | 'group'>,
): Issue[] {
  const issues: Issue[] = [];
  if (!pseudonym.test(context.respondent))
    issues.push({
      path: '/respondent',
      code: 'invalid-pseudonym',
      message: `Expected the respondent's pseudonym (letters, digits, ".", "_", "-"), got ${JSON.stringify(context.respondent)}.`,
    });
  if (!(PHASES as readonly string[]).includes(context.phase))
    issues.push({
      path: '/phase',
      code: 'invalid-phase',
      message: `Expected one of ${PHASES.join(', ')}, got ${JSON.stringify(context.phase)}.`,
    });
  for (const key of ['roleProfile', 'territory', 'group'] as const) {
    const value = context[key];
    if (value && !id.test(value))
      issues.push({
        path: `/${key}`,
        code: 'invalid-id',
        message: `Expected a kebab-case id, got ${JSON.stringify(value)}.`,
      });
  }
  return issues;
}
