import type { ActionPlan, Network, StakeholderType } from '@competence-kit/schemas';
import { STAKEHOLDER_TYPES, checkObjectArgument } from '@competence-kit/schemas';
import type { NetworkAnalysis, NetworkFinding, StakeholderCentrality } from './types.js';

/** The graph of a network: stakeholders by index, distinct neighbours by index. */
interface Graph {
  ids: string[];
  neighbours: number[][];
  edges: number;
}

/**
 * The undirected graph of the cooperations: parallel cooperations between the same two count
 * once; a cooperation naming an unknown stakeholder or the same one twice adds nothing (parsing
 * reports those).
 */
function graphOf(network: Network): Graph {
  const ids = network.stakeholders.map((s) => s.id);
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  const sets = ids.map(() => new Set<number>());
  let edges = 0;
  for (const c of network.cooperations) {
    const a = index.get(c.stakeholders[0]!);
    const b = index.get(c.stakeholders[1]!);
    if (a === undefined || b === undefined || a === b || sets[a]!.has(b)) continue;
    sets[a]!.add(b);
    sets[b]!.add(a);
    edges += 1;
  }
  return { ids, neighbours: sets.map((s) => [...s]), edges };
}

/**
 * Brandes' betweenness on the unweighted, undirected graph: for each stakeholder, the share of
 * shortest paths between two others that pass through it, summed over all pairs, normalised by
 * the number of pairs of the others, (n − 1)(n − 2) / 2.
 */
function betweenness({ neighbours }: Graph): number[] {
  const n = neighbours.length;
  const total = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++) {
    const stack: number[] = [];
    const predecessors: number[][] = Array.from({ length: n }, () => []);
    const paths = new Array<number>(n).fill(0);
    const distance = new Array<number>(n).fill(-1);
    paths[s] = 1;
    distance[s] = 0;
    const queue = [s];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      stack.push(v);
      for (const w of neighbours[v]!) {
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          queue.push(w);
        }
        if (distance[w] === distance[v]! + 1) {
          paths[w]! += paths[v]!;
          predecessors[w]!.push(v);
        }
      }
    }
    const dependency = new Array<number>(n).fill(0);
    while (stack.length > 0) {
      const w = stack.pop()!;
      for (const v of predecessors[w]!)
        dependency[v]! += (paths[v]! / paths[w]!) * (1 + dependency[w]!);
      if (w !== s) total[w]! += dependency[w]!;
    }
  }
  // Each unordered pair was counted from both ends: halve, then divide by the pairs of others.
  const pairs = ((n - 1) * (n - 2)) / 2;
  return total.map((t) => (n < 3 ? 0 : t / 2 / pairs));
}

/** Connected components, members in the network's order, largest first (ties: first seen). */
function componentsOf({ ids, neighbours }: Graph): string[][] {
  const seen = new Array<boolean>(ids.length).fill(false);
  const found: number[][] = [];
  for (let start = 0; start < ids.length; start++) {
    if (seen[start]) continue;
    seen[start] = true;
    const members = [start];
    for (let head = 0; head < members.length; head++)
      for (const w of neighbours[members[head]!]!)
        if (!seen[w]) {
          seen[w] = true;
          members.push(w);
        }
    found.push(members.sort((a, b) => a - b));
  }
  // Array.prototype.sort is stable: equal sizes keep the order of their first member.
  return found.sort((a, b) => b.length - a.length).map((c) => c.map((i) => ids[i]!));
}

function checkArguments(network: Network, plan: ActionPlan | undefined): void {
  checkObjectArgument('analyseNetwork', 'network', network, 'the Network');
  if (!Array.isArray(network.stakeholders) || !Array.isArray(network.cooperations))
    throw new TypeError(
      'analyseNetwork: the argument "network" must be a Network with "stakeholders" and "cooperations" arrays; parse it with parseNetwork first.',
    );
  checkObjectArgument('analyseNetwork', 'plan', plan, 'the ActionPlan', { optional: true });
  if (plan && (!Array.isArray(plan.goals) || !Array.isArray(plan.measures)))
    throw new TypeError(
      'analyseNetwork: the argument "plan" must be an ActionPlan with "goals" and "measures" arrays; parse it with parseActionPlan first.',
    );
}

/** Per goal: whether it has measures (not cancelled), which types take part, any partner. */
function goalsOf(plan: ActionPlan, typeOf: ReadonlyMap<string, StakeholderType>) {
  return plan.goals.map((goal) => {
    const measures = plan.measures.filter((m) => m.goal === goal.id && m.status !== 'cancelled');
    const types = new Set<StakeholderType>();
    for (const m of measures)
      for (const id of [m.owner, ...m.partners]) {
        const type = typeOf.get(id);
        if (type) types.add(type);
      }
    return {
      goal: goal.id,
      measures: measures.length,
      types,
      partnered: measures.some((m) => m.partners.some((p) => p !== m.owner)),
    };
  });
}

// Betweenness values equal but for floating point count as a tie for the most central.
const TIE = 1e-12;

/**
 * Analyses a network (and, when given, the plan its stakeholders carry out) with plain graph
 * measures on the undirected graph of cooperations:
 *
 * - per stakeholder, its `degree` (distinct partners) and `betweenness` (Brandes, unweighted,
 *   normalised to [0, 1] by (n − 1)(n − 2) / 2): how much it links others that would not reach
 *   each other otherwise;
 * - the connected `components` (largest first, ties in the network's order), the `isolated`
 *   stakeholders (no cooperation) and the `density` (cooperating pairs / all pairs);
 * - per goal of the plan, the stakeholder types present in the network that none of the owners
 *   and partners of its measures (cancelled ones left out) has (`missingTypesByGoal`);
 * - `findings`, in this order: `fragmented` (more than one group of at least two stakeholders
 *   that do not work with each other; isolated ones are reported on their own), `isolated`,
 *   `central` (the highest betweenness, ties all listed, when above 0),
 *   `type-missing-from-goal` (for goals with at least one measure),
 *   `type-missing-from-network` (every type but `other`), `goal-without-partners` (a goal with
 *   measures, none of which has a partner).
 *
 * Throws a TypeError naming a wrong argument.
 *
 * @example
 * ```ts
 * const { centrality, findings } = analyseNetwork(network, plan);
 * ```
 */
export function analyseNetwork(network: Network, plan?: ActionPlan): NetworkAnalysis {
  checkArguments(network, plan);
  const graph = graphOf(network);
  const between = betweenness(graph);
  const centrality: StakeholderCentrality[] = network.stakeholders.map((s, i) => ({
    stakeholder: s.id,
    type: s.type,
    degree: graph.neighbours[i]!.length,
    betweenness: between[i]!,
  }));
  const components = componentsOf(graph);
  const isolated = centrality.filter((c) => c.degree === 0).map((c) => c.stakeholder);
  const n = graph.ids.length;
  const density = n < 2 ? 0 : graph.edges / ((n * (n - 1)) / 2);

  const typeOf = new Map(network.stakeholders.map((s) => [s.id, s.type]));
  const present = STAKEHOLDER_TYPES.filter((t) => network.stakeholders.some((s) => s.type === t));
  const goals = plan ? goalsOf(plan, typeOf) : [];
  const missingTypesByGoal = goals.map((g) => ({
    goal: g.goal,
    missing: present.filter((t) => !g.types.has(t)),
  }));

  const findings: NetworkFinding[] = [];
  const groups = components.filter((c) => c.length >= 2).length;
  if (groups > 1) findings.push({ code: 'fragmented', params: { components: groups } });
  if (isolated.length > 0) findings.push({ code: 'isolated', params: { stakeholders: isolated } });
  const top = between.reduce((max, b) => Math.max(max, b), 0);
  if (top > 0)
    findings.push({
      code: 'central',
      params: {
        stakeholders: centrality
          .filter((c) => top - c.betweenness <= TIE)
          .map((c) => c.stakeholder),
      },
    });
  goals.forEach((g, i) => {
    if (g.measures === 0) return;
    for (const type of missingTypesByGoal[i]!.missing)
      findings.push({ code: 'type-missing-from-goal', params: { goal: g.goal, type } });
  });
  for (const type of STAKEHOLDER_TYPES)
    if (type !== 'other' && !present.includes(type))
      findings.push({ code: 'type-missing-from-network', params: { type } });
  for (const g of goals)
    if (g.measures > 0 && !g.partnered)
      findings.push({ code: 'goal-without-partners', params: { goal: g.goal } });

  return { centrality, components, isolated, missingTypesByGoal, findings, density };
}
