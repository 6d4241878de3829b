// The rows of the knowledge base, the city's page and the multiplier events (issue 19). The
// knowledge base, the city's page, an event and its registration are for anyone, signed in or
// not, from any city; the events' figures, the attendance form and the withdrawal of a
// testimonial are for the city's coordinators and admins. A small knowledge base and an event
// with known ids are stored before the rows; what the routes do is tested in knowledge.test.ts.
import { randomBytes } from 'node:crypto';
import type { KnowledgeBase, MultiplierEvent } from '@competence-kit/schemas';
import type { JsonValue } from '../../store/database.js';
import type { TestApp } from './app.js';
import { coordinating, everyone, type MatrixArea } from './matrix.js';

/**
 * A knowledge base of a practice and a testimonial, in de, it and en (the test cities'
 * languages); entry ids start with `prefix`, and every text with `mark` when one is given.
 */
export function sampleKnowledgeBase(
  id = 'matrix-knowledge',
  { prefix = 'matrix', mark = '' }: { prefix?: string; mark?: string } = {},
): KnowledgeBase {
  const text = (en: string) => ({
    de: `${mark}${en} (de)`,
    it: `${mark}${en} (it)`,
    en: `${mark}${en}`,
  });
  const common = {
    languages: ['de', 'it', 'en'],
    published: '2026-05-04',
    synthetic: true,
  };
  return {
    id,
    title: text('Matrix knowledge base'),
    locales: ['de', 'it', 'en'],
    entries: [
      {
        kind: 'practice',
        id: `${prefix}-practice`,
        title: text('A desk that answers in many languages'),
        territory: 'alpha-town',
        tags: {
          competences: ['valuing-diversity'],
          levels: [2],
          vopiLevels: ['services-and-access'],
        },
        challenge: text('People could not read the letters.'),
        approach: text('The office rewrote them.'),
        result: text('Fewer people came back with questions.'),
        transferability: text('Any office with letters can do it.'),
        ...common,
      },
      {
        kind: 'testimonial',
        id: `${prefix}-testimonial`,
        title: text('What changed for me'),
        territory: 'alpha-town',
        tags: {},
        text: text('The clerk explained the form slowly.'),
        consent: { date: '2026-03-01', purpose: 'Publication on the city portal' },
        licence: 'CC-BY-4.0',
        ...common,
      },
    ],
  } as KnowledgeBase;
}

/** An event far in the future with room for the whole matrix. */
export function sampleEvent(id = 'matrix-event', overrides: Partial<MultiplierEvent> = {}) {
  const text = (en: string) => ({ de: `${en} (de)`, it: `${en} (it)`, en });
  return {
    id,
    title: text('Presenting the toolkit'),
    audience: text('Administrations and their partners'),
    date: '2099-06-01',
    place: text('Town hall, room 1'),
    programme: [
      { start: '09:00', end: '09:30', title: text('Welcome'), outputs: ['matrix-practice'] },
    ],
    outputs: ['matrix-practice'],
    capacity: 1000,
    registrations: {},
    synthetic: true,
    ...overrides,
  } satisfies MultiplierEvent;
}

/** Stores a knowledge base and an event for a city, as the seed does. */
export async function storeKnowledge(
  t: TestApp,
  cityId: string,
  knowledgeBase: KnowledgeBase = sampleKnowledgeBase(),
  event: MultiplierEvent = sampleEvent(),
): Promise<void> {
  const kb = await t.store.networkDocuments.save(
    cityId,
    'knowledge-base',
    knowledgeBase.id,
    knowledgeBase as unknown as JsonValue,
  );
  const ev = await t.store.networkDocuments.save(
    cityId,
    'multiplier-event',
    event.id,
    event as unknown as JsonValue,
  );
  if (!kb.ok || !ev.ok) throw new Error('The knowledge fixtures were not stored.');
}

/** A registration key as the form carries one (random, 24 characters). */
export const registrationKey = () => randomBytes(18).toString('base64url');

export const knowledgeMatrix: MatrixArea = {
  async setup(t) {
    await storeKnowledge(t, 'alpha-town');
  },
  registered: {
    '/knowledge/matrix-practice': '/knowledge/:id',
    '/knowledge/no-such-entry/withdraw': '/knowledge/:id/withdraw',
    '/events/matrix-event': '/events/:id',
    '/events/matrix-event/registrations': '/events/:id/registrations',
    '/events/matrix-event/report.csv': '/events/:id/report.csv',
    '/events/matrix-event/attendance': '/events/:id/attendance',
  },
  rows: [
    // Public: the knowledge base, an entry, the city's page, an event and its registration.
    { method: 'GET', path: '/knowledge', ...everyone(200) },
    { method: 'GET', path: '/knowledge/matrix-practice', ...everyone(200) },
    { method: 'GET', path: '/together', ...everyone(200) },
    { method: 'GET', path: '/events/matrix-event', ...everyone(200) },
    {
      method: 'POST',
      path: '/events/matrix-event/registrations',
      body: () => ({ form: { type: 'ngo', key: registrationKey() } }),
      ...everyone(200),
    },
    // The coordinators' figures and forms.
    { method: 'GET', path: '/events', ...coordinating(200) },
    { method: 'GET', path: '/events/matrix-event/report.csv', ...coordinating(200) },
    // Without the revision the form carries, nothing is saved (400) — after the role is checked.
    {
      method: 'POST',
      path: '/events/matrix-event/attendance',
      body: () => ({ form: {} }),
      ...coordinating(400),
    },
    {
      method: 'POST',
      path: '/knowledge/no-such-entry/withdraw',
      body: () => ({ form: {} }),
      ...coordinating(404),
    },
  ],
};
