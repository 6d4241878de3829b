import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as enums from './generated/enums.js';
import * as validators from './generated/validators.js';
import type { CompiledValidator } from './generated/validators.js';

const root = join(import.meta.dirname, '..');
const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

type Json = Record<string, unknown>;

/** `doc` with the value at `path` (keys and indices) replaced. */
function withValue(doc: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(doc) as Json;
  let node = copy as Json;
  for (const key of path.slice(0, -1)) node = node[key] as Json;
  node[path.at(-1)!] = value;
  return copy;
}

// Each array, a valid example document, and where in it a value of that enum sits.
const cases: [
  string,
  readonly string[],
  CompiledValidator<unknown>,
  string,
  (string | number)[],
][] = [
  [
    'DIMENSIONS',
    enums.DIMENSIONS,
    validators.validateFramework,
    'framework/valid/sample.json',
    ['competences', 0, 'dimension'],
  ],
  [
    'ENDORSEMENT_STATUSES',
    enums.ENDORSEMENT_STATUSES,
    validators.validateResult,
    'result/valid/anchored-case-worker.json',
    ['competences', 0, 'levels', 2, 'status'],
  ],
  [
    'FINDING_KINDS',
    enums.FINDING_KINDS,
    validators.validateNeedsStudy,
    'needs-study/valid/small-study.json',
    ['findings', 0, 'kind'],
  ],
  [
    'INSTRUMENT_PURPOSES',
    enums.INSTRUMENT_PURPOSES,
    validators.validateCity,
    'city/valid/minimal.json',
    ['instruments', 0, 'purpose'],
  ],
  [
    'LEGAL_BASIS_CODES',
    enums.LEGAL_BASIS_CODES,
    validators.validateCity,
    'city/valid/minimal.json',
    ['dataProtection', 'purposes', 0, 'legalBasis'],
  ],
  [
    'MODULE_FORMATS',
    enums.MODULE_FORMATS,
    validators.validateModule,
    'module/valid/plain-language.json',
    ['format'],
  ],
  [
    'OPEN_GAP_REASONS',
    enums.OPEN_GAP_REASONS,
    validators.validateLearningPath,
    'learning-path/valid/front-desk.json',
    ['open', 0, 'reason'],
  ],
  [
    'PARTICIPANT_GROUPS',
    enums.PARTICIPANT_GROUPS,
    validators.validateGuide,
    'guide/valid/example-interview.json',
    ['audience'],
  ],
  [
    'PRIORITY_FACTORS',
    enums.PRIORITY_FACTORS,
    validators.validateNeedsReport,
    'needs-report/valid/ravenna.json',
    ['priorities', 0, 'contributions', 0, 'factor'],
  ],
  [
    'REVIEW_AREAS',
    enums.REVIEW_AREAS,
    validators.validateNeedsStudy,
    'needs-study/valid/study-with-review.json',
    ['internalReview', 0, 'area'],
  ],
  [
    'PHASES',
    enums.PHASES,
    validators.validateResponse,
    'response/valid/front-desk-baseline.json',
    ['phase'],
  ],
  [
    'SKIP_REASONS',
    enums.SKIP_REASONS,
    validators.validateResponse,
    'response/valid/front-desk-baseline.json',
    ['answers', 5, 'reason'],
  ],
  [
    'SKOS_RELATIONS',
    enums.SKOS_RELATIONS,
    validators.validateFramework,
    'framework/valid/sample.json',
    ['mappings', 0, 'relation'],
  ],
  [
    'VOPI_LEVELS',
    enums.VOPI_LEVELS,
    validators.validateNeedsStudy,
    'needs-study/valid/small-study.json',
    ['findings', 0, 'level'],
  ],
  [
    'STAKEHOLDER_TYPES',
    enums.STAKEHOLDER_TYPES,
    validators.validateNetwork,
    'network/valid/lindenbach-network.json',
    ['stakeholders', 0, 'type'],
  ],
  [
    'COOPERATION_FREQUENCIES',
    enums.COOPERATION_FREQUENCIES,
    validators.validateNetwork,
    'network/valid/lindenbach-network.json',
    ['cooperations', 0, 'frequency'],
  ],
  [
    'MEASURE_STATUSES',
    enums.MEASURE_STATUSES,
    validators.validateActionPlan,
    'action-plan/valid/lindenbach-plan.json',
    ['measures', 0, 'status'],
  ],
  [
    'TOOLKIT_MATERIALS',
    enums.TOOLKIT_MATERIALS,
    validators.validateKnowledgeBase,
    'knowledge-base/valid/small-knowledge-base.json',
    ['entries', 1, 'material'],
  ],
];

describe('generated enum arrays', () => {
  it.each(cases)(
    '%s holds exactly the values the validator accepts',
    (_name, values, validate, example, path) => {
      const doc = read(join('examples', example));
      expect(values.length).toBeGreaterThan(1);
      for (const value of values) expect(validate(withValue(doc, path, value)), value).toBe(true);
      expect(validate(withValue(doc, path, 'not-a-value'))).toBe(false);
      expect(validate.errors?.[0]).toMatchObject({
        instancePath: `/${path.join('/')}`,
        keyword: 'enum',
        params: { allowedValues: values },
      });
    },
  );

  it('ITEM_TYPES lists the type of each item variant, in the order of the variants', () => {
    const schema = read('instrument.schema.json') as {
      $defs: Record<
        string,
        { oneOf?: { $ref: string }[]; properties?: { type?: { const?: string } } }
      >;
    };
    const variants = schema.$defs.item!.oneOf!.map(
      ({ $ref }) => schema.$defs[$ref.replace('#/$defs/', '')]!.properties!.type!.const,
    );
    expect(enums.ITEM_TYPES).toEqual(variants);
  });

  it('KNOWLEDGE_ENTRY_KINDS lists the kind of each entry variant, in the order of the variants', () => {
    const schema = read('knowledge-base.schema.json') as {
      $defs: Record<
        string,
        { oneOf?: { $ref: string }[]; properties?: { kind?: { const?: string } } }
      >;
    };
    const variants = schema.$defs.entry!.oneOf!.map(
      ({ $ref }) => schema.$defs[$ref.replace('#/$defs/', '')]!.properties!.kind!.const,
    );
    expect(enums.KNOWLEDGE_ENTRY_KINDS).toEqual(variants);
    const doc = read('examples/knowledge-base/valid/small-knowledge-base.json');
    expect(
      validators.validateKnowledgeBase(withValue(doc, ['entries', 0, 'kind'], 'not-a-kind')),
    ).toBe(false);
  });

  it('SCORING_METHODS: each method is accepted with what it requires, nothing else is', () => {
    expect(enums.SCORING_METHODS).toEqual(['thresholds', 'anchored']);
    const anchored = read('examples/instrument/valid/sample-anchored.json');
    const thresholds = read('examples/instrument/valid/sample-own-scale.json');
    const validate = validators.validateInstrument;
    expect(validate(withValue(anchored, ['scoring', 'method'], 'anchored'))).toBe(true);
    expect(validate(withValue(thresholds, ['scoring', 'method'], 'thresholds'))).toBe(true);
    expect(validate(withValue(thresholds, ['scoring', 'method'], 'anchored'))).toBe(false);
    expect(validate(withValue(anchored, ['scoring', 'method'], 'not-a-value'))).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({
        instancePath: '/scoring/method',
        keyword: 'enum',
        params: { allowedValues: enums.SCORING_METHODS },
      }),
    );
  });

  it('cover every titled enum in the schemas', () => {
    const titles: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      const n = node as Json;
      if (Array.isArray(n.enum) && typeof n.title === 'string') titles.push(n.title);
      for (const [key, value] of Object.entries(n)) if (key !== 'examples') walk(value);
    };
    for (const file of readdirSync(root).filter((f) => f.endsWith('.schema.json')))
      walk(read(file));
    expect(Object.keys(enums).sort()).toEqual(
      [
        ...cases.map(([name]) => name),
        'ITEM_TYPES',
        'KNOWLEDGE_ENTRY_KINDS',
        'SCORING_METHODS',
      ].sort(),
    );
    expect(titles).toHaveLength(Object.keys(enums).length);
  });
});
