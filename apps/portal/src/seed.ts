import {
  compendium,
  sampleActionPlans,
  sampleEvents,
  sampleNetworks,
  toolkit,
} from '@competence-kit/framework-intercultural';
import type {
  ActionPlan,
  Answer,
  Instrument,
  KnowledgeBase,
  MultiplierEvent,
  Network,
  Response,
} from '@competence-kit/schemas';
import {
  hashPassword,
  type JsonValue,
  type NetworkDocumentKind,
  type PasswordCost,
  type Store,
} from '@competence-kit/server';
import type { ResolvedCity } from './city-resolve.js';

/** A demo account created on first start, printed on the console. */
export interface DemoAccount {
  city: string;
  role: 'staff' | 'coordinator' | 'admin' | 'stakeholder-representative';
  email: string;
  password: string;
}

/**
 * The content of issue 19 shipped with the framework package (decision 0029): the pilot
 * territories' synthetic networks, action plans and multiplier events, keyed by territory id
 * (a city file's id), and the knowledge bases every city starts with.
 */
const content: {
  sampleNetworks: Readonly<Record<string, Network | undefined>>;
  sampleActionPlans: Readonly<Record<string, ActionPlan | undefined>>;
  sampleEvents: Readonly<Record<string, MultiplierEvent | undefined>>;
  knowledgeBases: readonly KnowledgeBase[];
} = {
  sampleNetworks,
  sampleActionPlans,
  sampleEvents,
  knowledgeBases: [compendium, toolkit],
};

/** What {@link seedDemoData} did. */
export interface SeedReport {
  /** Cities that were seeded by this call (those not in the database yet, and marked `demo`). */
  seeded: string[];
  accounts: DemoAccount[];
  /** Synthetic staff who answered the self-assessment, per seeded city. */
  syntheticResponses: number;
}

/** How many synthetic staff per city have answered the self-assessment. */
export const SYNTHETIC_STAFF = 24;

/** A small seeded generator (mulberry32), so every first start seeds the same data. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The framework's levels, in order, as anchored items name them (the shipped scale). */
const LEVEL_ORDER = ['foundation', 'practitioner', 'advanced', 'expert'];

/**
 * One synthetic response: a tendency per person, ratings scattered around it, a few items
 * declined, a random option of every choice, rankings as listed. Clearly invented: the
 * respondent pseudonyms start with `synthetic-`.
 *
 * Items anchored to a level (an anchored instrument) are answered as a person at one level
 * would: per competence a level drawn around the tendency, its statements and those below it
 * endorsed (4 or 5, reversed ones 1 or 2; the best option of a scenario), those above it not
 * (1 to 3, reversed 3 to 5; another option), so that the seeded people spread over the levels
 * as real ones would rather than land below the scale by chance.
 */
export function syntheticResponse(
  instrument: Instrument,
  respondent: string,
  roleProfile: string,
  random: () => number,
): Response {
  const scales = new Map((instrument.likertScales ?? []).map((s) => [s.id, s]));
  const tendency = random();
  /** Per competence, the rank of the level the person works at (-1: below the first). */
  const reached = new Map<string, number>();
  const rankOf = (competence: string) => {
    let rank = reached.get(competence);
    if (rank === undefined) {
      rank = Math.min(
        LEVEL_ORDER.length - 1,
        Math.max(-1, Math.floor(tendency * (LEVEL_ORDER.length + 0.6) + (random() - 0.5) * 1.6)),
      );
      reached.set(competence, rank);
    }
    return rank;
  };
  const answers = instrument.sections
    .flatMap((s) => s.items)
    .map((item): Answer => {
      if (!item.required && random() < 0.04)
        return { item: item.id, skipped: true, reason: 'declined' };
      const anchor = item.level === undefined ? -1 : LEVEL_ORDER.indexOf(item.level);
      const endorses =
        item.competence !== undefined && anchor >= 0
          ? anchor <= rankOf(item.competence)
          : undefined;
      switch (item.type) {
        case 'likert': {
          const scale = scales.get(item.scale)!;
          const span = scale.max - scale.min;
          if (endorses !== undefined) {
            // On 1..5: 4 or 5 when the level is reached, 1 to 3 when not; reversed for a
            // reverse-keyed statement.
            const agree = endorses
              ? scale.max - Math.floor(random() * 2)
              : scale.min + Math.floor(random() * Math.max(1, span - 1));
            return { item: item.id, value: item.reverse ? scale.max + scale.min - agree : agree };
          }
          const value = Math.round(
            scale.min + span * Math.min(1, Math.max(0, tendency + (random() - 0.5) * 0.5)),
          );
          return { item: item.id, value };
        }
        case 'single-choice':
        case 'situational-judgement': {
          if (endorses !== undefined && item.options.some((o) => o.points !== undefined)) {
            const best = Math.max(...item.options.map((o) => o.points ?? 0));
            const pool = item.options.filter((o) => ((o.points ?? 0) === best) === endorses);
            return { item: item.id, value: pool[Math.floor(random() * pool.length)]!.id };
          }
          return {
            item: item.id,
            value: item.options[Math.floor(random() * item.options.length)]!.id,
          };
        }
        case 'multiple-choice':
          return {
            item: item.id,
            value: item.options.slice(0, Math.max(item.minSelected ?? 1, 1)).map((o) => o.id),
          };
        case 'ranking':
          return { item: item.id, value: item.options.map((o) => o.id) };
        case 'free-text':
          return { item: item.id, skipped: true, reason: 'declined' };
      }
    });
  return {
    instrument: { id: instrument.id, version: instrument.version },
    respondent,
    roleProfile,
    phase: 'baseline',
    submittedAt: '2027-02-15T09:00:00Z',
    answers,
  };
}

/**
 * Seeds the demo data of every city marked `demo` that is not in the database yet: one demo
 * account per role (staff, coordinator, admin) with a password printed on the console, and
 * {@link SYNTHETIC_STAFF} synthetic staff with a submitted self-assessment (accounts that
 * cannot sign in). A city that is already in the database gets no more of these, and a city
 * whose file says `"demo": false` never does.
 *
 * Then the documents of networks and knowledge (decision 0029), at every start, adding only
 * what is missing: every city gets the shipped compendium and toolkit while it has no knowledge
 * base; a demo city its territory's synthetic network, action plan and multiplier event, and a
 * demo account of a stakeholder's representative with the network. A stored document is never
 * replaced, so what a city edited stays.
 */
export async function seedDemoData(
  store: Store,
  cities: readonly ResolvedCity[],
  options: { passwordCost?: PasswordCost } = {},
): Promise<SeedReport> {
  const report: SeedReport = { seeded: [], accounts: [], syntheticResponses: 0 };
  for (const [index, resolved] of cities.entries()) {
    if (resolved.city.demo && !(await store.cities.exists(resolved.city.id)))
      await seedDemoCity(store, resolved, index, report, options);
    await seedNetworkDocuments(store, resolved, report, options);
  }
  return report;
}

/** The first start of a demo city: its demo accounts and synthetic self-assessments. */
async function seedDemoCity(
  store: Store,
  resolved: ResolvedCity,
  index: number,
  report: SeedReport,
  options: { passwordCost?: PasswordCost },
): Promise<void> {
  const { city } = resolved;
  await store.cities.ensure(city.id);
  report.seeded.push(city.id);
  const roleProfile = city.roleProfiles[0]!;
  for (const role of ['staff', 'coordinator', 'admin'] as const) {
    const account: DemoAccount = {
      city: city.id,
      role,
      email: `${role}@${city.id}.demo.example`,
      password: `demo-${city.id}-${role}`,
    };
    await store.accounts.create(city.id, {
      email: account.email,
      role,
      passwordHash: await hashPassword(account.password, options.passwordCost),
      roleProfile: role === 'staff' ? roleProfile : null,
    });
    report.accounts.push(account);
  }
  const instrument = resolved.instruments.find((i) => i.purpose === 'self-assessment')?.instrument;
  if (!instrument) return;
  const random = rng(20_270 + index);
  for (let n = 0; n < SYNTHETIC_STAFF; n++) {
    const role = city.roleProfiles[n % city.roleProfiles.length]!;
    const created = await store.accounts.create(city.id, {
      email: `synthetic-${String(n + 1).padStart(2, '0')}@${city.id}.demo.example`,
      role: 'staff',
      // Not a hash of anything: no password verifies against it, so nobody signs in as them.
      passwordHash: 'disabled',
      roleProfile: role,
    });
    if (!created.ok) continue;
    const response = syntheticResponse(instrument, created.account.accountId, role, random);
    await store.responses.submit(city.id, created.account.accountId, {
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      response: response as never,
    });
    report.syntheticResponses++;
  }
}

/** Stores a document unless the city has one of that kind and id (an edited one stays). */
async function storeOnce(
  store: Store,
  cityId: string,
  kind: NetworkDocumentKind,
  document: { id: string } | undefined,
): Promise<boolean> {
  if (!document || (await store.networkDocuments.get(cityId, kind, document.id))) return false;
  const saved = await store.networkDocuments.save(
    cityId,
    kind,
    document.id,
    document as unknown as JsonValue,
  );
  return saved.ok;
}

/**
 * The documents of issue 19 (decision 0029). Every city, demo or not, gets the shipped
 * compendium and toolkit while it has no knowledge base of its own yet. A demo city gets its
 * territory's synthetic network, action plan and multiplier event, each only while the city has
 * no document of that id (so a document edited in the portal is never replaced), and with its
 * network a demo account for one stakeholder's representative.
 */
async function seedNetworkDocuments(
  store: Store,
  resolved: ResolvedCity,
  report: SeedReport,
  options: { passwordCost?: PasswordCost },
): Promise<void> {
  const { city } = resolved;
  await store.cities.ensure(city.id);
  if ((await store.networkDocuments.list(city.id, 'knowledge-base')).length === 0)
    for (const knowledgeBase of content.knowledgeBases)
      await storeOnce(store, city.id, 'knowledge-base', knowledgeBase);
  if (!city.demo) return;
  const network = content.sampleNetworks[city.id];
  const networkStored = await storeOnce(store, city.id, 'network', network);
  await storeOnce(store, city.id, 'action-plan', content.sampleActionPlans[city.id]);
  await storeOnce(store, city.id, 'multiplier-event', content.sampleEvents[city.id]);
  if (!networkStored || !network) return;
  const stakeholder = representedStakeholder(network, content.sampleActionPlans[city.id]);
  if (!stakeholder) return;
  const account: DemoAccount = {
    city: city.id,
    role: 'stakeholder-representative',
    email: `stakeholder-representative@${city.id}.demo.example`,
    password: `demo-${city.id}-stakeholder-representative`,
  };
  const created = await store.accounts.create(city.id, {
    email: account.email,
    role: account.role,
    passwordHash: await hashPassword(account.password, options.passwordCost),
    roleProfile: null,
  });
  if (!created.ok) return;
  await store.representatives.assign(city.id, created.account.accountId, {
    network: network.id,
    stakeholder,
  });
  report.accounts.push(account);
}

/**
 * The stakeholder the demo representative speaks for: the first one that is not an authority
 * and owns a measure of the plan (so the demo shows both what it may edit and what it may not),
 * else the first that is not an authority, else the first.
 */
export function representedStakeholder(
  network: Network,
  plan: ActionPlan | undefined,
): string | undefined {
  const owners = new Set((plan?.measures ?? []).map((m) => m.owner));
  const civil = network.stakeholders.filter((s) => s.type !== 'public-authority');
  return (civil.find((s) => owners.has(s.id)) ?? civil[0] ?? network.stakeholders[0])?.id;
}
