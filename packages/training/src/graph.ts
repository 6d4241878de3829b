import type { Module } from '@competence-kit/schemas';

/**
 * Prerequisite cycles among modules, each as the list of module ids that form it (the first id
 * repeated at the end), found by depth-first search in catalogue order. Unknown prerequisites
 * are ignored here (parseCatalogue reports them separately).
 */
export function prerequisiteCycles(modules: readonly Module[]): string[][] {
  const byId = new Map(modules.map((m) => [m.id, m]));
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (id: string): void => {
    state.set(id, 'active');
    stack.push(id);
    for (const next of byId.get(id)?.prerequisites ?? []) {
      if (!byId.has(next)) continue;
      const s = state.get(next);
      if (s === 'active') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const m of modules) if (!state.has(m.id)) visit(m.id);
  return cycles;
}

/**
 * Orders the given module ids so that every module comes after its prerequisites among them
 * (Kahn's algorithm). Among modules that are ready at the same time, the one earlier in
 * `ids` comes first, so the order is deterministic and keeps the caller's preference.
 * Modules caught in a cycle are left out; the caller checks for cycles first.
 */
export function topologicalOrder(
  ids: readonly string[],
  prerequisitesOf: (id: string) => readonly string[],
): string[] {
  const wanted = new Set(ids);
  const rank = new Map(ids.map((id, i) => [id, i]));
  const waiting = new Map<string, number>();
  const dependants = new Map<string, string[]>();
  for (const id of ids) {
    const prereqs = prerequisitesOf(id).filter((p) => wanted.has(p) && p !== id);
    waiting.set(id, prereqs.length);
    for (const p of prereqs) dependants.set(p, [...(dependants.get(p) ?? []), id]);
  }
  const ready = ids.filter((id) => waiting.get(id) === 0);
  const order: string[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => rank.get(a)! - rank.get(b)!);
    const id = ready.shift()!;
    order.push(id);
    for (const d of dependants.get(id) ?? []) {
      const left = waiting.get(d)! - 1;
      waiting.set(d, left);
      if (left === 0) ready.push(d);
    }
  }
  return order;
}

/**
 * Every prerequisite of `id`, transitively, not counting `id` itself. Returns `undefined` when a
 * prerequisite is unknown or the chain loops back, so the module cannot be taken.
 */
export function prerequisiteClosure(
  id: string,
  byId: ReadonlyMap<string, Module>,
): Set<string> | undefined {
  const seen = new Set<string>();
  const walk = (current: string, trail: Set<string>): boolean => {
    for (const p of byId.get(current)?.prerequisites ?? []) {
      if (!byId.has(p) || trail.has(p)) return false;
      if (seen.has(p)) continue;
      seen.add(p);
      if (!walk(p, new Set([...trail, p]))) return false;
    }
    return true;
  };
  return walk(id, new Set([id])) ? seen : undefined;
}
