import type { ActionPlan, MultiplierEvent, Network } from '@competence-kit/schemas';
import offenbachNetwork from '../content/networks/landkreis-offenbach.network.json' with { type: 'json' };
import offenbachPlan from '../content/networks/landkreis-offenbach.action-plan.json' with { type: 'json' };
import offenbachEvent from '../content/networks/landkreis-offenbach.event.json' with { type: 'json' };
import ravennaNetwork from '../content/networks/ravenna.network.json' with { type: 'json' };
import ravennaPlan from '../content/networks/ravenna.action-plan.json' with { type: 'json' };
import ravennaEvent from '../content/networks/ravenna.event.json' with { type: 'json' };
import cartagenaNetwork from '../content/networks/cartagena.network.json' with { type: 'json' };
import cartagenaPlan from '../content/networks/cartagena.action-plan.json' with { type: 'json' };
import cartagenaEvent from '../content/networks/cartagena.event.json' with { type: 'json' };

/** The pilot territories that have a sample network, action plan and multiplier event. */
export type NetworkSampleTerritory = 'landkreis-offenbach' | 'ravenna' | 'cartagena';

/**
 * The pilot territories' integration networks: 23 to 26 invented organisations each (`synthetic:
 * true`; no name, address or person is real), in the territory's language and English, with a
 * hub, peripheral members, one member without any cooperation and, in Cartagena, a group of three
 * that works with nobody else. They pass `parseNetwork` with no issues (tested).
 *
 * @example
 * ```ts
 * import { sampleNetworks } from '@competence-kit/framework-intercultural';
 * import { analyseNetwork } from '@competence-kit/networks';
 * analyseNetwork(sampleNetworks.ravenna).isolated; // ['ra-agri-coop']
 * ```
 */
export const sampleNetworks: Readonly<Record<NetworkSampleTerritory, Network>> = {
  'landkreis-offenbach': offenbachNetwork as unknown as Network,
  ravenna: ravennaNetwork as unknown as Network,
  cartagena: cartagenaNetwork as unknown as Network,
};

/**
 * The pilot territories' action plans for 2026–2027, answering their sample needs reports (the
 * goals' `needs` are the reports' priority competences; `strategyGoal` the local strategy's goals)
 * and carried out by the sample networks' organisations. Reviewed on 2026-12-06 each shows late
 * measures, off-track indicators and two top-ten priorities no goal names, and one goal whose
 * measures involve no migrant organisation (tested).
 *
 * @example
 * ```ts
 * import { sampleActionPlans } from '@competence-kit/framework-intercultural';
 * import { reviewActionPlan } from '@competence-kit/networks';
 * reviewActionPlan(sampleActionPlans.cartagena, '2026-12-06').late.length; // 2
 * ```
 */
export const sampleActionPlans: Readonly<Record<NetworkSampleTerritory, ActionPlan>> = {
  'landkreis-offenbach': offenbachPlan as unknown as ActionPlan,
  ravenna: ravennaPlan as unknown as ActionPlan,
  cartagena: cartagenaPlan as unknown as ActionPlan,
};

/**
 * One multiplier event per pilot territory presenting the compendium, the trainers' toolkit and
 * the manifesto; Ravenna's (2026-11-12) has taken place and reports attendance, the other two are
 * open for registration.
 *
 * @example
 * ```ts
 * import { sampleEvents } from '@competence-kit/framework-intercultural';
 * sampleEvents.ravenna.attendance; // counts by stakeholder type
 * ```
 */
export const sampleEvents: Readonly<Record<NetworkSampleTerritory, MultiplierEvent>> = {
  'landkreis-offenbach': offenbachEvent as unknown as MultiplierEvent,
  ravenna: ravennaEvent as unknown as MultiplierEvent,
  cartagena: cartagenaEvent as unknown as MultiplierEvent,
};
