import { describe, expect, it } from 'vitest';
import { analyseNetwork } from './analyse.js';
import { exampleNetwork, examplePlan, graph, measure, plan } from './test-support/fixtures.js';

const betweenness = (analysis: ReturnType<typeof analyseNetwork>) =>
  Object.fromEntries(analysis.centrality.map((c) => [c.stakeholder, c.betweenness]));

describe('analyseNetwork: graph measures', () => {
  it('a path a-b-c-d: b and c each lie on 2 of the 3 pairs of the others', () => {
    const analysis = analyseNetwork(graph(['a', 'b', 'c', 'd'], ['a-b', 'b-c', 'c-d']));
    // b: (a,c) and (a,d) pass through it, (c,d) does not: 2 / 3. c likewise; the ends 0.
    const b = betweenness(analysis);
    expect(b.a).toBe(0);
    expect(b.b).toBeCloseTo(2 / 3, 12);
    expect(b.c).toBeCloseTo(2 / 3, 12);
    expect(b.d).toBe(0);
    expect(analysis.centrality.map((c) => c.degree)).toEqual([1, 2, 2, 1]);
    // 3 cooperating pairs of 4 × 3 / 2 = 6.
    expect(analysis.density).toBe(0.5);
    expect(analysis.components).toEqual([['a', 'b', 'c', 'd']]);
    expect(analysis.isolated).toEqual([]);
    expect(analysis.findings).toContainEqual({
      code: 'central',
      params: { stakeholders: ['b', 'c'] },
    });
  });

  it('a star: the hub lies on every pair of leaves (6 of 6), the leaves on none', () => {
    const analysis = analyseNetwork(
      graph(['l1', 'hub', 'l2', 'l3', 'l4'], ['hub-l1', 'hub-l2', 'l3-hub', 'hub-l4']),
    );
    expect(betweenness(analysis)).toEqual({ l1: 0, hub: 1, l2: 0, l3: 0, l4: 0 });
    expect(analysis.centrality[1]).toEqual({
      stakeholder: 'hub',
      type: 'ngo',
      degree: 4,
      betweenness: 1,
    });
  });

  it('a square: each pair of opposite corners has two shortest paths, so each corner gets ½ of 1 pair', () => {
    const analysis = analyseNetwork(graph(['a', 'b', 'c', 'd'], ['a-b', 'b-c', 'c-d', 'd-a']));
    for (const value of Object.values(betweenness(analysis))) expect(value).toBeCloseTo(1 / 6, 12);
    expect(analysis.findings).toContainEqual({
      code: 'central',
      params: { stakeholders: ['a', 'b', 'c', 'd'] },
    });
  });

  it('two groups and an isolated one: components largest first, fragmented, isolated, central', () => {
    const analysis = analyseNetwork(graph(['z', 'x', 'a', 'b', 'c', 'y'], ['x-y', 'a-b', 'b-c']));
    // n = 6: pairs of the others 5 × 4 / 2 = 10; b lies on (a,c) only: 0.1.
    expect(betweenness(analysis).b).toBeCloseTo(0.1, 12);
    expect(analysis.components).toEqual([['a', 'b', 'c'], ['x', 'y'], ['z']]);
    expect(analysis.isolated).toEqual(['z']);
    // 3 pairs of 15.
    expect(analysis.density).toBeCloseTo(0.2, 12);
    expect(analysis.findings.slice(0, 3)).toEqual([
      { code: 'fragmented', params: { components: 2 } },
      { code: 'isolated', params: { stakeholders: ['z'] } },
      { code: 'central', params: { stakeholders: ['b'] } },
    ]);
  });

  it('equal-sized components keep the order of their first stakeholder', () => {
    const analysis = analyseNetwork(graph(['p', 'a', 'q', 'b'], ['b-a', 'q-p']));
    expect(analysis.components).toEqual([
      ['p', 'q'],
      ['a', 'b'],
    ]);
  });

  it('counts parallel cooperations once and ignores unknown or repeated stakeholders', () => {
    const network = graph(['a', 'b', 'c'], ['a-b', 'b-a', 'a-a', 'a-ghost']);
    const analysis = analyseNetwork(network);
    expect(analysis.centrality.map((c) => c.degree)).toEqual([1, 1, 0]);
    // 1 pair of 3.
    expect(analysis.density).toBeCloseTo(1 / 3, 12);
    // No one lies between others: no central finding.
    expect(analysis.findings.map((f) => f.code)).not.toContain('central');
  });

  it('an empty network has no measures to divide by zero', () => {
    const analysis = analyseNetwork(graph([], []));
    expect(analysis).toMatchObject({ centrality: [], components: [], isolated: [], density: 0 });
  });
});

describe('analyseNetwork: types and goals', () => {
  // a public authority, b NGO, c migrant organisation, d business, in a path a-b-c-d.
  const network = graph(
    ['a:public-authority', 'b:ngo', 'c:migrant-organisation', 'd:business'],
    ['a-b', 'b-c', 'c-d'],
  );
  const p = plan(
    [{ id: 'g1' }, { id: 'g2' }, { id: 'g3' }, { id: 'g4' }],
    [
      measure({ id: 'm1', goal: 'g1', owner: 'a', partners: ['b'] }),
      measure({ id: 'm2', goal: 'g2', owner: 'c' }),
      measure({ id: 'm3', goal: 'g2', owner: 'd' }),
      measure({ id: 'm4', goal: 'g4', owner: 'a', partners: ['c', 'd'], status: 'cancelled' }),
    ],
  );

  it('lists per goal the types of the network none of its measures involves', () => {
    const all = ['public-authority', 'ngo', 'migrant-organisation', 'business'];
    expect(analyseNetwork(network, p).missingTypesByGoal).toEqual([
      { goal: 'g1', missing: ['migrant-organisation', 'business'] },
      { goal: 'g2', missing: ['public-authority', 'ngo'] },
      { goal: 'g3', missing: all },
      // Its only measure is cancelled.
      { goal: 'g4', missing: all },
    ]);
  });

  it('words the findings in order, goals without measures left to the review', () => {
    expect(analyseNetwork(network, p).findings).toEqual([
      { code: 'central', params: { stakeholders: ['b', 'c'] } },
      { code: 'type-missing-from-goal', params: { goal: 'g1', type: 'migrant-organisation' } },
      { code: 'type-missing-from-goal', params: { goal: 'g1', type: 'business' } },
      { code: 'type-missing-from-goal', params: { goal: 'g2', type: 'public-authority' } },
      { code: 'type-missing-from-goal', params: { goal: 'g2', type: 'ngo' } },
      { code: 'type-missing-from-network', params: { type: 'vocational-school' } },
      { code: 'type-missing-from-network', params: { type: 'university' } },
      { code: 'type-missing-from-network', params: { type: 'volunteers-group' } },
      { code: 'goal-without-partners', params: { goal: 'g2' } },
    ]);
  });

  it('without a plan there is nothing per goal', () => {
    const analysis = analyseNetwork(network);
    expect(analysis.missingTypesByGoal).toEqual([]);
    expect(analysis.findings.some((f) => f.params.goal !== undefined)).toBe(false);
  });

  it('analyses the schema examples', () => {
    const analysis = analyseNetwork(exampleNetwork(), examplePlan());
    // jobcenter links the authority, the NGO's side and the school: the most central.
    expect(analysis.findings).toContainEqual({
      code: 'isolated',
      params: { stakeholders: ['lesepaten'] },
    });
    expect(analysis.findings).toContainEqual({
      code: 'central',
      params: { stakeholders: ['jobcenter'] },
    });
    expect(analysis.components[0]).toHaveLength(5);
  });
});

describe('analyseNetwork: arguments', () => {
  it('throws a TypeError naming a wrong network or plan', () => {
    expect(() => analyseNetwork(null as never)).toThrow(
      new TypeError(
        'analyseNetwork: the argument "network" must be the Network (an object); got null.',
      ),
    );
    expect(() => analyseNetwork({ stakeholders: [] } as never)).toThrow(
      /"network" must be a Network with "stakeholders" and "cooperations" arrays/,
    );
    expect(() => analyseNetwork(graph([], []), 'plan' as never)).toThrow(
      /"plan" must be the ActionPlan \(an object or undefined\); got a string/,
    );
  });
});
