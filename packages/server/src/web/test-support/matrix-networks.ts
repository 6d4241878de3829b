// The network pages' rows of the role matrix: coordinators, admins and the city's stakeholder
// representatives read the network and the action plan; a representative changes only its own
// organisation's entry and the measures it owns (403 elsewhere); staff get 403, strangers the
// sign-in. Forms are sent empty (no revision: 400; no name: 422): the matrix checks who gets
// in, networks.test.ts what the forms do. The fixtures here are shared with networks.test.ts.
import type { ActionPlan, Network } from '@competence-kit/schemas';
import type { TestApp } from './app.js';
import { networking, type MatrixArea } from './matrix.js';

/** A small invented network of city A: a hub, two partners and one organisation alone. */
export function alphaNetwork(): Network {
  return {
    id: 'alpha-network',
    territory: { id: 'alpha-town', name: 'Alphastadt', country: 'DE' },
    title: { de: 'Netzwerk Alphastadt', en: 'Alphastadt network' },
    locales: ['de', 'en'],
    defaultLocale: 'de',
    synthetic: true,
    stakeholders: [
      {
        id: 'integration-office',
        name: 'Integrationsbüro Alphastadt',
        type: 'public-authority',
        description: {
          de: 'Die Stelle der Stadt für Zugewanderte.',
          en: 'The town’s office for newcomers.',
        },
        contact: {
          role: { de: 'Empfang', en: 'Front desk' },
          email: 'integration@alpha-town.example',
        },
      },
      { id: 'harbour-help', name: 'Hafenhilfe Alpha', type: 'ngo' },
      { id: 'lantern-circle', name: 'Laternenkreis', type: 'migrant-organisation' },
      { id: 'glassmakers-guild', name: 'Zunft der Glasbläser', type: 'business' },
    ],
    cooperations: [
      {
        id: 'cooperation-1',
        stakeholders: ['integration-office', 'harbour-help'],
        topic: { de: 'Beratung', en: 'Advice' },
        frequency: 'monthly',
      },
      {
        id: 'cooperation-2',
        stakeholders: ['integration-office', 'lantern-circle'],
        topic: { de: 'Sprachcafé', en: 'Language café' },
        frequency: 'weekly',
        since: '2026-03-01',
      },
    ],
  };
}

/** Two competences of the shipped framework the plan's goal and the needs report name. */
export const NEEDS = ['plain-language-communication', 'valuing-diversity'] as const;

/**
 * The action plan of the network above. On 2027-05-01 (the tests' clock): the leaflet (planned,
 * from 2027-02-01 to 2027-03-31) is late; the training's indicator, 10 on 2027-03-31 on the way
 * from 0 (2027-01-01) to 100 (2027-06-30), is behind its line (expected 100 × 89 / 180 ≈ 49.4).
 */
export function alphaPlan(): ActionPlan {
  return {
    id: 'alpha-plan',
    territory: { id: 'alpha-town', name: 'Alphastadt', country: 'DE' },
    title: { de: 'Aktionsplan Alphastadt', en: 'Alphastadt action plan' },
    locales: ['de', 'en'],
    defaultLocale: 'de',
    synthetic: true,
    period: { start: '2027-01-01', end: '2027-12-31' },
    network: 'alpha-network',
    goals: [
      {
        id: 'goal-welcome',
        title: { de: 'Verständlich empfangen', en: 'A welcome people understand' },
        needs: [NEEDS[0]],
      },
    ],
    measures: [
      {
        id: 'measure-training',
        goal: 'goal-welcome',
        title: { de: 'Schulung in einfacher Sprache', en: 'Plain-language training' },
        owner: 'harbour-help',
        partners: ['integration-office'],
        start: '2027-01-01',
        end: '2027-06-30',
        status: 'in-progress',
        budget: { amount: 5000, currency: 'EUR' },
        indicators: [
          {
            id: 'staff-trained',
            title: { de: 'Geschulte Beschäftigte', en: 'Staff trained' },
            unit: { de: 'Personen', en: 'people' },
            baseline: 0,
            target: 100,
            measurements: [{ date: '2027-03-31', value: 10 }],
          },
        ],
      },
      {
        id: 'measure-leaflet',
        goal: 'goal-welcome',
        title: { de: 'Faltblatt zum Ankommen', en: 'Arrival leaflet' },
        owner: 'lantern-circle',
        partners: [],
        start: '2027-02-01',
        end: '2027-03-31',
        status: 'planned',
        indicators: [],
      },
    ],
  };
}

/**
 * The fixtures with every id and name marked by `mark` (`<mark>-harbour-help`,
 * `<mark>-cooperation-1`, `<mark>-measure-training` …): another city's objects in the
 * attack tests, which must never be found or shown from city A.
 */
export function markedDocuments(mark: string): { network: Network; plan: ActionPlan } {
  const id = (x: string) => `${mark}-${x}`;
  const network = alphaNetwork();
  const plan = alphaPlan();
  return {
    network: {
      ...network,
      id: id('network'),
      title: { de: `${mark} Netzwerk`, en: `${mark} network` },
      stakeholders: network.stakeholders.map((s) => ({
        ...s,
        id: id(s.id),
        name: `${mark} ${s.name}`,
      })),
      cooperations: network.cooperations.map((c) => ({
        ...c,
        id: id(c.id),
        stakeholders: c.stakeholders.map(id),
      })),
    },
    plan: {
      ...plan,
      id: id('plan'),
      network: id('network'),
      measures: plan.measures.map((m) => ({
        ...m,
        id: id(m.id),
        owner: id(m.owner),
        partners: m.partners.map(id),
      })),
    },
  };
}

/** Stores the network and the plan in city A (revision 1 each). */
export async function storeAlphaDocuments(t: TestApp): Promise<void> {
  await t.store.networkDocuments.save(
    'alpha-town',
    'network',
    'alpha-network',
    alphaNetwork() as never,
  );
  await t.store.networkDocuments.save(
    'alpha-town',
    'action-plan',
    'alpha-plan',
    alphaPlan() as never,
  );
}

export const networksMatrix: MatrixArea = {
  async setup(t, actors) {
    await storeAlphaDocuments(t);
    // The matrix's representative speaks for the training's owner.
    await t.store.representatives.assign(
      'alpha-town',
      actors.accountIdOf('stakeholder-representative@own'),
      { network: 'alpha-network', stakeholder: 'harbour-help' },
    );
  },
  registered: {
    '/network/stakeholders/harbour-help': '/network/stakeholders/:id',
    '/network/stakeholders/integration-office': '/network/stakeholders/:id',
    '/network/cooperations/no-such-cooperation/delete': '/network/cooperations/:id/delete',
    '/action-plan/measures/measure-training/status': '/action-plan/measures/:id/status',
    '/action-plan/measures/measure-leaflet/status': '/action-plan/measures/:id/status',
    '/action-plan/measures/measure-training/measurements': '/action-plan/measures/:id/measurements',
  },
  rows: [
    { method: 'GET', path: '/network', ...networking(200) },
    { method: 'GET', path: '/network/stakeholders/harbour-help', ...networking(200) },
    {
      method: 'POST',
      path: '/network/stakeholders/harbour-help',
      body: () => ({ form: {} }),
      ...networking(400),
    },
    {
      method: 'POST',
      path: '/network/stakeholders/integration-office',
      body: () => ({ form: {} }),
      ...networking(400, 403),
    },
    {
      method: 'POST',
      path: '/network/stakeholders',
      body: () => ({ form: {} }),
      ...networking(422, 403),
    },
    {
      method: 'POST',
      path: '/network/cooperations',
      body: () => ({ form: {} }),
      ...networking(422, 403),
    },
    {
      method: 'POST',
      path: '/network/cooperations/no-such-cooperation/delete',
      body: () => ({ form: {} }),
      ...networking(404, 403),
    },
    { method: 'GET', path: '/action-plan', ...networking(200) },
    {
      method: 'POST',
      path: '/action-plan/measures/measure-training/status',
      body: () => ({ form: {} }),
      ...networking(400),
    },
    {
      method: 'POST',
      path: '/action-plan/measures/measure-leaflet/status',
      body: () => ({ form: {} }),
      ...networking(400, 403),
    },
    {
      method: 'POST',
      path: '/action-plan/measures/measure-training/measurements',
      body: () => ({ form: {} }),
      ...networking(400),
    },
  ],
};
