// Where the stakeholder map draws each organisation and cooperation: a circle, organisations
// grouped by type in the schema's order, so that the same network always looks the same.
import type { CooperationFrequency, Network, StakeholderType } from '@competence-kit/schemas';

/** The stakeholder types in the schema's order, each with the letter that marks it on the map. */
export const TYPE_LETTERS: Readonly<Record<StakeholderType, string>> = {
  'public-authority': 'A',
  ngo: 'N',
  'migrant-organisation': 'M',
  'vocational-school': 'S',
  university: 'U',
  business: 'B',
  'volunteers-group': 'V',
  other: 'O',
};

export const STAKEHOLDER_TYPE_ORDER = Object.keys(TYPE_LETTERS) as StakeholderType[];

/** How often two organisations work together, more often first. */
const FREQUENCY_ORDER: readonly CooperationFrequency[] = [
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
  'occasional',
];

/** The stroke width of a cooperation: thicker for more frequent work together. */
export const FREQUENCY_WIDTH: Readonly<Record<CooperationFrequency, number>> = {
  weekly: 5,
  monthly: 3.5,
  quarterly: 2.5,
  yearly: 1.5,
  occasional: 1,
};

export const VIEW_SIZE = 400;
export const NODE_RADIUS = 14;
const RING = 160;

export interface PlacedNode {
  id: string;
  type: StakeholderType;
  x: number;
  y: number;
}

export interface PlacedEdge {
  a: string;
  b: string;
  frequency: CooperationFrequency;
}

/**
 * The organisations in map order (by type, then as listed) on a circle, the first at the top,
 * going clockwise (counter-clockwise right to left, so that "next" follows the reading order).
 */
export function placeNodes(network: Network, rtl: boolean): PlacedNode[] {
  const rank = (type: StakeholderType) => {
    const index = STAKEHOLDER_TYPE_ORDER.indexOf(type);
    return index < 0 ? STAKEHOLDER_TYPE_ORDER.length : index;
  };
  const ordered = network.stakeholders
    .map((s, index) => ({ s, index }))
    .sort((a, b) => rank(a.s.type) - rank(b.s.type) || a.index - b.index)
    .map(({ s }) => s);
  const n = ordered.length;
  const centre = VIEW_SIZE / 2;
  return ordered.map((s, i) => {
    if (n === 1) return { id: s.id, type: s.type, x: centre, y: centre };
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    const x = RING * Math.cos(angle);
    return {
      id: s.id,
      type: s.type,
      x: round(centre + (rtl ? -x : x)),
      y: round(centre + RING * Math.sin(angle)),
    };
  });
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Each pair of organisations that work together once, with their most frequent cooperation;
 * cooperations naming an unknown organisation, or the same one twice, are left out.
 */
export function partnersOf(network: Network): Map<string, Map<string, CooperationFrequency>> {
  const known = new Set(network.stakeholders.map((s) => s.id));
  const partners = new Map<string, Map<string, CooperationFrequency>>(
    network.stakeholders.map((s) => [s.id, new Map()]),
  );
  for (const c of network.cooperations) {
    const [a, b] = c.stakeholders;
    if (!a || !b || a === b || !known.has(a) || !known.has(b)) continue;
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const previous = partners.get(from)!.get(to);
      if (
        previous === undefined ||
        FREQUENCY_ORDER.indexOf(c.frequency) < FREQUENCY_ORDER.indexOf(previous)
      ) {
        partners.get(from)!.set(to, c.frequency);
      }
    }
  }
  return partners;
}

/** The lines to draw: one per pair, in the order of the network's stakeholders. */
export function edgesOf(partners: Map<string, Map<string, CooperationFrequency>>): PlacedEdge[] {
  const ids = [...partners.keys()];
  const edges: PlacedEdge[] = [];
  for (const [a, others] of partners) {
    for (const [b, frequency] of others) {
      if (ids.indexOf(a) < ids.indexOf(b)) edges.push({ a, b, frequency });
    }
  }
  return edges;
}
