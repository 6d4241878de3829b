// Small documents for the engine's tests: the schema examples (read fresh for each test, so a
// test may change its copy) and builders of hand-checkable networks and plans.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  ActionPlan,
  Catalogue,
  Framework,
  KnowledgeBase,
  Measure,
  MultiplierEvent,
  Network,
  StakeholderType,
} from '@competence-kit/schemas';

const examples = join(import.meta.dirname, '..', '..', '..', '..', 'schemas', 'examples');
const read = <T>(...path: string[]): T =>
  JSON.parse(readFileSync(join(examples, ...path), 'utf8')) as T;

export const exampleNetwork = () => read<Network>('network', 'valid', 'lindenbach-network.json');
export const examplePlan = () => read<ActionPlan>('action-plan', 'valid', 'lindenbach-plan.json');
export const exampleKnowledgeBase = () =>
  read<KnowledgeBase>('knowledge-base', 'valid', 'small-knowledge-base.json');
export const exampleEvent = () =>
  read<MultiplierEvent>('multiplier-event', 'valid', 'lindenbach-event.json');

/** Just enough of a framework for the reference checks: its id and competence ids. */
export const miniFramework = (...competences: string[]): Framework =>
  ({ id: 'https://example.org/fw', competences: competences.map((id) => ({ id })) }) as never;

/** Just enough of a catalogue for the reference checks: its id and module ids. */
export const miniCatalogue = (...modules: string[]): Catalogue =>
  ({ id: 'https://example.org/catalogue', modules: modules.map((id) => ({ id })) }) as never;

/**
 * A network from stakeholder ids (`id:type`, type `ngo` when left out) and edges `a-b`.
 */
export function graph(stakeholders: string[], edges: string[]): Network {
  return {
    id: 'net',
    territory: { id: 't', name: 'T', country: 'DE' },
    title: { en: 'Net' },
    locales: ['en'],
    defaultLocale: 'en',
    stakeholders: stakeholders.map((s) => {
      const [id, type = 'ngo'] = s.split(':');
      return { id: id!, name: id!.toUpperCase(), type: type as StakeholderType };
    }),
    cooperations: edges.map((e, i) => {
      const [a, b] = e.split('-');
      return {
        id: `c${i}`,
        stakeholders: [a!, b!],
        topic: { en: e },
        frequency: 'monthly' as const,
      };
    }),
  };
}

/** A measure with defaults: in progress through 2026, owned by `a`, no partners, no indicators. */
export const measure = (fields: Partial<Measure> & { id: string }): Measure => ({
  goal: 'g1',
  title: { en: fields.id },
  owner: 'a',
  partners: [],
  start: '2026-01-01',
  end: '2026-12-31',
  status: 'in-progress',
  indicators: [],
  ...fields,
});

/** A plan for network `net` over 2026 with the given goals (id and needs) and measures. */
export function plan(goals: { id: string; needs?: string[] }[], measures: Measure[]): ActionPlan {
  return {
    id: 'plan',
    territory: { id: 't', name: 'T', country: 'DE' },
    title: { en: 'Plan' },
    locales: ['en'],
    defaultLocale: 'en',
    period: { start: '2026-01-01', end: '2026-12-31' },
    network: 'net',
    goals: goals.map((g) => ({ id: g.id, title: { en: g.id }, needs: g.needs ?? [] })),
    measures,
  };
}
