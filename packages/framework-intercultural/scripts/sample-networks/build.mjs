#!/usr/bin/env node
// Writes content/networks/<territory>.{network,action-plan,event}.json from the compact tables in
// this folder (one module per pilot territory). The tables hold every sentence; this file only
// expands them into the schemas' shape, so that a text is written once per language and the ids
// that tie the three documents together are typed once. Deterministic: no randomness, no clock.
// Usage: node packages/framework-intercultural/scripts/sample-networks/build.mjs
// The files are formatted with the repository's prettier settings, so that lint agrees.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import landkreisOffenbach from './landkreis-offenbach.mjs';
import ravenna from './ravenna.mjs';
import cartagena from './cartagena.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const OUTPUT_DIR = join(here, '..', '..', 'content', 'networks');
export const TERRITORY_TABLES = { 'landkreis-offenbach': landkreisOffenbach, ravenna, cartagena };

/** The plan period every pilot territory uses. */
const PLAN_PERIOD = { start: '2026-01-01', end: '2027-12-31' };
/** The needs reports the plans answer: the sample studies' period, the first report. */
const REPORT_PERIOD = { start: '2021-03-01', end: '2021-06-30' };

/** A text in the territory's language and English. */
const text = (t, local, en) => ({ [t.locale]: local, en });

function network(t) {
  return {
    $schema: 'https://w3id.org/competence-kit/schemas/network/v1',
    id: `${t.id}-network`,
    territory: t.territory,
    title: text(t, ...t.network.title),
    description: text(t, ...t.network.description),
    locales: [t.locale, 'en'],
    defaultLocale: t.locale,
    synthetic: true,
    updated: t.network.updated,
    stakeholders: t.stakeholders.map((s) => {
      const contact = { role: text(t, ...s.role), email: s.email };
      if (s.person) Object.assign(contact, s.person);
      return {
        id: s.id,
        name: s.name,
        type: s.type,
        ...(s.place ? { territory: s.place } : {}),
        description: text(t, ...s.description),
        contact,
        ...(s.competences ? { competences: s.competences } : {}),
      };
    }),
    cooperations: t.cooperations.map(([a, b, topic, frequency, since], i) => {
      const words = t.topics[topic];
      if (!words) throw new Error(`${t.id}: unknown topic ${topic}`);
      return {
        id: `coop-${String(i + 1).padStart(2, '0')}`,
        stakeholders: [a, b],
        topic: text(t, ...words),
        frequency,
        since,
      };
    }),
  };
}

function actionPlan(t) {
  const units = t.units;
  return {
    $schema: 'https://w3id.org/competence-kit/schemas/action-plan/v1',
    id: `${t.id}-action-plan-2026`,
    territory: t.territory,
    title: text(t, ...t.plan.title),
    description: text(t, ...t.plan.description),
    locales: [t.locale, 'en'],
    defaultLocale: t.locale,
    synthetic: true,
    period: PLAN_PERIOD,
    network: `${t.id}-network`,
    needsReport: { territory: t.id, period: REPORT_PERIOD, sequence: 1 },
    goals: t.goals.map((g) => ({
      id: g.id,
      title: text(t, ...g.title),
      description: text(t, ...g.description),
      needs: g.needs,
      strategyGoal: g.strategyGoal,
    })),
    measures: t.measures.map((m) => ({
      id: m.id,
      goal: m.goal,
      title: text(t, ...m.title),
      description: text(t, ...m.description),
      owner: m.owner,
      partners: m.partners,
      start: m.start,
      end: m.end,
      budget: { amount: m.budget[0], currency: 'EUR', source: m.budget[1] },
      status: m.status,
      ...(m.modules ? { modules: m.modules } : {}),
      indicators: (m.indicators ?? []).map((ind) => {
        const unit = units[ind.unit];
        if (!unit) throw new Error(`${t.id}: unknown unit ${ind.unit}`);
        return {
          id: ind.id,
          title: text(t, ...ind.title),
          unit: text(t, ...unit),
          baseline: ind.baseline,
          target: ind.target,
          measurements: (ind.measured ?? []).map(([date, value]) => ({ date, value })),
        };
      }),
    })),
  };
}

function event(t) {
  const e = t.event;
  return {
    $schema: 'https://w3id.org/competence-kit/schemas/multiplier-event/v1',
    id: e.id,
    territory: t.id,
    title: text(t, ...e.title),
    description: text(t, ...e.description),
    locales: [t.locale, 'en'],
    synthetic: true,
    audience: text(t, ...e.audience),
    date: e.date,
    place: text(t, ...e.place),
    online: e.online,
    programme: e.programme.map((p) => ({
      start: p.start,
      end: p.end,
      title: text(t, ...p.title),
      ...(p.speaker ? { speaker: text(t, ...p.speaker) } : {}),
      ...(p.outputs ? { outputs: p.outputs } : {}),
    })),
    outputs: [...new Set(e.programme.flatMap((p) => p.outputs ?? []))],
    capacity: e.capacity,
    registrations: e.registrations,
    ...(e.attendance ? { attendance: e.attendance } : {}),
  };
}

/** The three documents of a territory, as objects. */
export function buildTerritory(t) {
  return { network: network(t), actionPlan: actionPlan(t), event: event(t) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { format, resolveConfig } = await import('prettier');
  mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const [id, t] of Object.entries(TERRITORY_TABLES)) {
    const docs = buildTerritory(t);
    const write = async (kind, doc) => {
      const path = join(OUTPUT_DIR, `${id}.${kind}.json`);
      const options = (await resolveConfig(path)) ?? {};
      writeFileSync(path, await format(JSON.stringify(doc), { ...options, filepath: path }));
    };
    await write('network', docs.network);
    await write('action-plan', docs.actionPlan);
    await write('event', docs.event);
  }
}
