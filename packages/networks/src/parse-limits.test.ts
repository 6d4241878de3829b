// The parsers bound their work and keep the issue contract on hostile input: deep nesting,
// huge arrays, prototype keys, random mutations give issues with paths, never a crash.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type ParseResult } from '@competence-kit/schemas';
import { hostileDocuments, issueContractViolations } from '@competence-kit/schemas/testing';
import {
  parseActionPlan,
  parseKnowledgeBase,
  parseMultiplierEvent,
  parseNetwork,
} from './parse.js';
import {
  exampleEvent,
  exampleKnowledgeBase,
  exampleNetwork,
  examplePlan,
} from './test-support/fixtures.js';

const parsers: [string, () => unknown, (input: unknown) => ParseResult<unknown>][] = [
  ['parseNetwork', exampleNetwork, (input) => parseNetwork(input)],
  [
    'parseActionPlan',
    examplePlan,
    (input) => parseActionPlan(input, { network: exampleNetwork() }),
  ],
  [
    'parseKnowledgeBase',
    exampleKnowledgeBase,
    (input) => parseKnowledgeBase(input, { catalogue: { modules: [] } as never }),
  ],
  [
    'parseMultiplierEvent',
    exampleEvent,
    (input) => parseMultiplierEvent(input, { knowledgeBase: exampleKnowledgeBase() }),
  ],
];

describe.each(parsers)('%s on hostile input', (_, example, parse) => {
  it('keeps the issue contract on hostile documents up to 1 MB (property)', () => {
    for (const { name, document } of hostileDocuments(example(), { seed: 19, mutations: 20 })) {
      let result: ParseResult<unknown> | undefined;
      expect(() => (result = parse(document)), name).not.toThrow();
      expect(issueContractViolations(result!), name).toEqual([]);
    }
  });
});

describe('limits', () => {
  it('8,000 empty stakeholders: 100 issues, then too-many-issues', () => {
    const result = parseNetwork({
      ...exampleNetwork(),
      stakeholders: Array.from({ length: 8000 }, () => ({})),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(DEFAULT_LIMITS.maxIssues + 1);
    expect(result.issues.at(-1)!.code).toBe('too-many-issues');
  });

  it('2,000 duplicate measures: the rules stop at the issue limit too', () => {
    const plan = examplePlan();
    const copies = Array.from({ length: 2000 }, () => structuredClone(plan.measures[0]!));
    const result = parseActionPlan({ ...plan, measures: copies }, { network: exampleNetwork() });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(DEFAULT_LIMITS.maxIssues + 1);
    expect(result.issues[0]).toMatchObject({ path: '/measures/1/id', code: 'duplicate-id' });
    expect(result.issues.at(-1)!.code).toBe('too-many-issues');
  });

  it('a description nested 1,000 deep is cut off at the depth limit', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 1000; i++) deep = { en: deep };
    const result = parseNetwork({ ...exampleNetwork(), description: deep });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]!.code).toBe('depth-limit-exceeded');
  });

  it('a __proto__ key is an unknown property and pollutes nothing', () => {
    const input = JSON.parse(
      JSON.stringify(exampleEvent()).replace(
        '"registrations":{',
        '"registrations":{"__proto__":{"polluted":1},',
      ),
    ) as unknown;
    const result = parseMultiplierEvent(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toContainEqual(
      expect.objectContaining({ path: '/registrations/__proto__', code: 'unknown-property' }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('honours smaller limits from the options', () => {
    // 6 stakeholders and 4 cooperations, more than 3 items each.
    const result = parseNetwork(exampleNetwork(), { limits: { maxItems: 3 } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).toEqual([
      ['/stakeholders', 'items-limit-exceeded'],
      ['/cooperations', 'items-limit-exceeded'],
    ]);
  });
});
