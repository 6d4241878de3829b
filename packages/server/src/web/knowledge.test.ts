// The public knowledge base, the city's page "together" and the multiplier events (issue 19),
// through their routes as browsers use them: what the search finds and counts, how an entry's
// plain text becomes elements (and hostile text stays text), that a withdrawn testimonial is
// gone everywhere, registrations that count once and never past the capacity, and the
// coordinators' attendance form and CSV. Every change is read back from the store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  KnowledgeBase,
  KnowledgeEntry,
  MultiplierEvent,
  TestimonialEntry,
} from '@competence-kit/schemas';
import type { JsonValue } from '../store/database.js';
import { hashPassword } from './auth/password.js';
import { Browser, startApp, TEST_COST, type TestApp } from './test-support/app.js';
import { registrationKey, sampleEvent } from './test-support/matrix-knowledge.js';

const CITY = 'alpha-town';
const A = `/${CITY}`;
/** The pages' clock: events before it have taken place. */
const NOW = new Date('2026-12-06T10:00:00Z');
const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const FORMULA = "=cmd|' /C calc'!A0";

let t: TestApp;
let coordinator: Browser;
let staff: Browser;
let visitor: Browser;

const en = (text: string) => ({ en: text });
const base = { languages: ['en'], published: '2026-05-04', tags: {} };

const practice = (id: string, title: string, extra: Partial<KnowledgeEntry> = {}) =>
  ({
    ...base,
    kind: 'practice',
    id,
    title: en(title),
    challenge: en('A challenge.'),
    approach: en('An approach.'),
    result: en('A result.'),
    transferability: en('Transferable.'),
    ...extra,
  }) as KnowledgeEntry;

const testimonial = (id: string, text: string, extra: Partial<TestimonialEntry> = {}) =>
  ({
    ...base,
    kind: 'testimonial',
    id,
    territory: CITY,
    title: en(`Testimonial ${id}`),
    text: en(text),
    consent: { date: '2026-02-01', purpose: 'Publication on the portal' },
    licence: 'CC-BY-4.0',
    ...extra,
  }) as KnowledgeEntry;

/**
 * 17 visible entries (2 practices, the manifesto, 2 testimonials, 12 handouts) and one testimonial
 * whose consent was withdrawn before: the counts below are worked out from this list.
 */
const KNOWLEDGE: KnowledgeBase = {
  id: 'alpha-knowledge',
  title: en('Knowledge'),
  locales: ['en'],
  entries: [
    practice('practice-interpreters', 'Interpreters on call', {
      territory: CITY,
      synthetic: true,
      tags: { competences: ['valuing-diversity'], levels: [2] },
      summary: en(HOSTILE),
      challenge: en(
        'Nobody at the desk spoke Tigrinya.\nSo people waited.\n\n- a phone line\n- a video call\n\n1. book the call\n2. hold the meeting\n\nAfter that: ' +
          HOSTILE,
      ),
    }),
    practice('practice-letters', 'Plain letters', {
      territory: 'ravenna',
      languages: ['en', 'de'],
      title: { en: 'Plain letters', de: 'Klare Briefe' },
      tags: { competences: ['tolerance-of-ambiguity'], levels: [1, 2] },
    }),
    {
      ...base,
      kind: 'manifesto',
      id: 'manifesto-cities',
      title: en('The cities’ manifesto'),
      body: en('We commit ourselves.'),
      principles: [en('Every person is welcome at every desk.')],
    } as KnowledgeEntry,
    testimonial('testimonial-alpha-1', 'They listened to me.', {
      speaker: en('A nurse from Eritrea'),
      media: { kind: 'photo', uri: 'https://media.example/nurse.jpg', alt: en('A woman smiles') },
    }),
    testimonial('testimonial-alpha-2', 'The zebracrossing story.', {
      consent: { date: '2026-02-01', purpose: 'Publication', withdrawn: '2026-06-01' },
    }),
    testimonial('testimonial-alpha-3', 'A quokka in the waiting room.', {
      media: {
        kind: 'video',
        uri: 'https://media.example/quokka.mp4',
        alt: en('A waiting room'),
        captions: 'https://media.example/quokka.vtt',
      },
    }),
    ...Array.from(
      { length: 12 },
      (_x, i) =>
        ({
          ...base,
          kind: 'toolkit',
          id: `handout-${String(i + 1).padStart(2, '0')}`,
          title: en(`Handout number ${i + 1}`),
          material: 'handout',
          modules: ['intercultural-basics-online'],
          body: en('Read this.'),
        }) as KnowledgeEntry,
    ),
  ],
};

const NETWORK = {
  id: 'alpha-network',
  territory: { id: CITY, name: 'Alphastadt', country: 'DE' },
  title: en('Network'),
  locales: ['en'],
  defaultLocale: 'en',
  synthetic: true,
  stakeholders: [
    {
      id: 's-office',
      name: 'Office for Integration Alphastadt',
      type: 'public-authority',
      contact: {
        role: en('Head of office'),
        person: 'Erika Example',
        consent: { date: '2026-01-01', purpose: 'Named as contact' },
      },
    },
    { id: 's-club', name: 'Club of Many Tongues', type: 'migrant-organisation' },
  ],
  cooperations: [],
};

const PLAN = {
  id: 'alpha-plan',
  territory: { id: CITY, name: 'Alphastadt', country: 'DE' },
  title: en('Alphastadt acts together'),
  locales: ['en'],
  defaultLocale: 'en',
  synthetic: true,
  period: { start: '2026-01-01', end: '2027-12-31' },
  network: 'alpha-network',
  goals: [{ id: 'g1', title: en('Welcoming offices'), needs: ['valuing-diversity'] }],
  measures: [
    {
      id: 'm1',
      goal: 'g1',
      title: en('Rewrite the letters'),
      description: en('Internal note: ask the mayor first.'),
      owner: 's-office',
      partners: ['s-club'],
      start: '2026-02-01',
      end: '2027-06-30',
      status: 'in-progress',
      indicators: [
        {
          id: 'i1',
          title: en('Letters rewritten'),
          unit: en('letters'),
          baseline: 0,
          target: 40,
          measurements: [
            { date: '2026-09-01', value: 18 },
            { date: '2026-03-01', value: 5 },
          ],
        },
      ],
    },
  ],
};

/** Open (capacity 3, one registration counted before the portal), and one that has taken place. */
const OPEN = sampleEvent('open-day', {
  title: en(FORMULA),
  date: '2026-12-20',
  capacity: 3,
  registrations: { ngo: 1 },
  outputs: ['practice-interpreters', 'testimonial-alpha-2'],
  programme: [{ start: '09:00', end: '09:30', title: en('Welcome') }],
});
const PAST: MultiplierEvent = sampleEvent('past-day', {
  title: en('Last month'),
  date: '2026-11-01',
  capacity: 50,
  registrations: { business: 4 },
  attendance: { business: 3 },
});

const save = async (
  kind: 'knowledge-base' | 'network' | 'action-plan' | 'multiplier-event',
  doc: { id: string },
) => {
  const saved = await t.store.networkDocuments.save(
    CITY,
    kind,
    doc.id,
    doc as unknown as JsonValue,
  );
  expect(saved.ok).toBe(true);
};
const stored = async (kind: 'knowledge-base' | 'multiplier-event', id: string) =>
  (await t.store.networkDocuments.get(CITY, kind, id))!;
/** A page's text without tags, with white space collapsed. */
const textOf = (body: string) =>
  body
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
/** Markup with white space collapsed and none beside tags, as prettier may break lines there. */
const squash = (body: string) => body.replace(/\s+/g, ' ').replace(/> /g, '>').replace(/ </g, '<');
const listItems = (body: string) =>
  /<ol class="records"[^>]*>([\s\S]*?)<\/ol>/.exec(body)?.[1]?.match(/<li>/g)?.length ?? 0;

beforeAll(async () => {
  t = await startApp({ now: () => NOW });
  for (const [email, role] of [
    ['coordinator@alpha.example.org', 'coordinator'],
    ['worker@alpha.example.org', 'staff'],
  ] as const) {
    const created = await t.store.accounts.create(CITY, {
      email,
      role,
      passwordHash: await hashPassword('a long password', TEST_COST),
      roleProfile: 'front-desk',
    });
    if (!created.ok) throw new Error(created.code);
  }
  coordinator = new Browser(t.app, { 'accept-language': 'en' });
  staff = new Browser(t.app, { 'accept-language': 'en' });
  visitor = new Browser(t.app, { 'accept-language': 'en' });
  await coordinator.signIn(A, 'coordinator@alpha.example.org', 'a long password');
  await staff.signIn(A, 'worker@alpha.example.org', 'a long password');
  await save('knowledge-base', KNOWLEDGE);
  await save('network', NETWORK);
  await save('action-plan', PLAN);
  await save('multiplier-event', OPEN);
  await save('multiplier-event', PAST);
}, 60_000);
afterAll(async () => t?.close());

describe('the knowledge base', () => {
  it('lists every visible entry, ten a page, with links to the other page', async () => {
    const first = await visitor.get(`${A}/knowledge`);
    expect(first.statusCode).toBe(200);
    // 18 entries stored, one testimonial withdrawn: 17.
    expect(textOf(first.body)).toContain('Entries found: 17');
    expect(listItems(first.body)).toBe(10);
    expect(squash(first.body)).toContain('href="/alpha-town/knowledge?page=2" rel="next"');
    expect(textOf(first.body)).toContain('Page 1 of 2');
    expect(first.body).toContain(
      'Synthetic demonstration data: the organisations, people and figures shown here are invented.',
    );
    const second = await visitor.get(`${A}/knowledge?page=2`);
    // 17 − 10 = 7 on the second page, numbered from 11.
    expect(listItems(second.body)).toBe(7);
    expect(squash(second.body)).toContain('<ol class="records" start="11"');
    expect(second.body).toContain('rel="prev"');
    expect(second.body).not.toContain('rel="next"');
    expect(textOf(second.body)).toContain('Handout number 12');
  });

  it('answers words and facets, counting each facet with its own filter left out', async () => {
    const words = await visitor.get(`${A}/knowledge?q=interpreters`);
    expect(textOf(words.body)).toContain('Entries found: 1');
    expect(words.body).toContain('href="/alpha-town/knowledge/practice-interpreters"');
    // The text filter applies to every facet: one practice, nothing else.
    expect(textOf(words.body)).toContain('Good practice (1)');
    expect(textOf(words.body)).not.toContain('Testimonial (');

    const kind = await visitor.get(`${A}/knowledge?kind=practice`);
    const text = textOf(kind.body);
    expect(text).toContain('Entries found: 2');
    // Kinds without their own filter: 2 practices, 1 manifesto, 2 testimonials, 12 handouts.
    for (const count of [
      'Good practice (2)',
      'Manifesto (1)',
      'Testimonial (2)',
      "Trainers' material (12)",
    ])
      expect(text).toContain(count);
    // Territories with the kind filter: one practice from here, one from Ravenna.
    expect(text).toContain('Alphastadt (1)');
    expect(text).toContain('Ravenna (1)');
    expect(squash(kind.body)).toMatch(
      /<input type="checkbox" id="facet-kind-\d+" name="kind" value="practice" checked/,
    );

    const both = await visitor.get(`${A}/knowledge?kind=practice&territory=ravenna`);
    expect(textOf(both.body)).toContain('Entries found: 1');
    expect(textOf(both.body)).toContain('Plain letters');
    // Kinds with the territory filter: only Ravenna's practice is left.
    expect(textOf(both.body)).toContain('Good practice (1)');
    const german = await visitor.get(`${A}/knowledge?language=de`);
    expect(textOf(german.body)).toContain('Entries found: 1');
    const competence = await visitor.get(`${A}/knowledge?competence=valuing-diversity&level=2`);
    expect(textOf(competence.body)).toContain('Entries found: 1');
    expect(textOf(competence.body)).toContain(
      'Valuing diversity and a pluralistic city identity (1)',
    );
  });

  it('refuses a parameter it cannot read, naming it, and searches with the others', async () => {
    for (const [query, param] of [
      ['level=9', 'level'],
      ['kind=rumour', 'kind'],
      ['page=0', 'page'],
      ['territory=%3Cscript%3E', 'territory'],
      [`q=${'x'.repeat(201)}`, 'q'],
    ] as const) {
      const response = await visitor.get(`${A}/knowledge?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.body, query).toContain('role="alert"');
      expect(textOf(response.body), query).toContain(`The search could not read “${param}”`);
      expect(response.body).not.toContain('<script>');
    }
    const partly = await visitor.get(`${A}/knowledge?kind=practice&level=9`);
    expect(partly.statusCode).toBe(400);
    expect(textOf(partly.body)).toContain('Entries found: 2');
  });

  it('shows an entry’s plain text as paragraphs and lists, and hostile text as text', async () => {
    const page = await visitor.get(`${A}/knowledge/practice-interpreters`);
    expect(page.statusCode).toBe(200);
    const body = squash(page.body);
    expect(body).toContain('<p>Nobody at the desk spoke Tigrinya.<br />So people waited.</p>');
    expect(body).toContain('<ul><li>a phone line</li><li>a video call</li></ul>');
    expect(body).toContain('<ol><li>book the call</li><li>hold the meeting</li></ol>');
    expect(body).not.toContain('<img src=x');
    expect(body).not.toContain('<script>alert');
    expect(body).toContain(
      '&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;',
    );
    // Tags with the competence's title, linked to the framework.
    expect(body).toContain('href="/alpha-town/framework#competence-valuing-diversity"');
    expect(textOf(body)).toContain('Valuing diversity and a pluralistic city identity');
    expect(textOf(body)).toContain('Practitioner');
    // A photo with its text alternative, a video as a link with its captions.
    const photo = await visitor.get(`${A}/knowledge/testimonial-alpha-1`);
    expect(squash(photo.body)).toContain(
      '<img src="https://media.example/nurse.jpg" alt="A woman smiles"',
    );
    expect(textOf(photo.body)).toContain('A nurse from Eritrea');
    const video = await visitor.get(`${A}/knowledge/testimonial-alpha-3`);
    expect(video.body).toContain('href="https://media.example/quokka.mp4"');
    expect(video.body).toContain('href="https://media.example/quokka.vtt"');
    // The entry's texts fall back to English, marked as such, on a German page.
    const reader = new Browser(t.app);
    const german = await reader.get(`${A}/knowledge/practice-interpreters?lang=de`);
    expect(squash(german.body)).toContain('<div lang="en" dir="ltr"><p>An approach.</p></div>');
    expect((await visitor.get(`${A}/knowledge/no-such-entry`)).statusCode).toBe(404);
    expect((await visitor.get(`${A}/knowledge/Bad..Id`)).statusCode).toBe(404);
  });

  it('never shows a testimonial whose consent was withdrawn', async () => {
    expect((await visitor.get(`${A}/knowledge/testimonial-alpha-2`)).statusCode).toBe(404);
    expect(textOf((await visitor.get(`${A}/knowledge?q=zebracrossing`)).body)).toContain(
      'Entries found: 0',
    );
    expect((await visitor.get(`${A}/together`)).body).not.toContain('zebracrossing');
    // Nor as an output of the event that presents it.
    const event = await visitor.get(`${A}/events/open-day`);
    expect(event.body).toContain('href="/alpha-town/knowledge/practice-interpreters"');
    expect(event.body).not.toContain('testimonial-alpha-2');
  });

  it('lets coordinators withdraw a testimonial: saved with the day, gone from every page', async () => {
    const path = `${A}/knowledge/testimonial-alpha-3`;
    expect((await visitor.get(path)).body).not.toContain('/withdraw');
    expect((await staff.submit(path, `${path}/withdraw`)).statusCode).toBe(403);
    const anonymous = await visitor.submit(path, `${path}/withdraw`);
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toMatch(/\/sign-in/);
    const before = await stored('knowledge-base', 'alpha-knowledge');

    const withdrawn = await coordinator.submit(path, `${path}/withdraw`);
    expect(withdrawn.statusCode).toBe(303);
    expect(withdrawn.headers.location).toBe(`${A}/knowledge?done=testimonial-withdrawn`);
    const after = await stored('knowledge-base', 'alpha-knowledge');
    expect(after.revision).toBe(before.revision + 1);
    const entry = (after.document as unknown as KnowledgeBase).entries.find(
      (e) => e.id === 'testimonial-alpha-3',
    ) as TestimonialEntry;
    expect(entry.consent).toEqual({
      date: '2026-02-01',
      purpose: 'Publication on the portal',
      withdrawn: '2026-12-06',
    });
    expect((await visitor.get(path)).statusCode).toBe(404);
    expect(textOf((await visitor.get(`${A}/knowledge?q=quokka`)).body)).toContain(
      'Entries found: 0',
    );
    expect((await visitor.get(`${A}/together`)).body).not.toContain('quokka');
    expect(textOf((await visitor.get(`${A}/knowledge`)).body)).toContain('Entries found: 16');
    const audit = await t.store.audit.list(CITY);
    expect(audit.filter((e) => e.action === 'testimonial-withdrawn')).toEqual([
      expect.objectContaining({ subject: 'alpha-knowledge#testimonial-alpha-3' }),
    ]);
    // Once withdrawn, there is nothing left to withdraw.
    expect((await coordinator.submit(`${A}/knowledge`, `${path}/withdraw`)).statusCode).toBe(404);
  });
});

describe('the city’s page', () => {
  it('shows the manifesto, its own practices and testimonials, the plan and coming events', async () => {
    const page = await visitor.get(`${A}/together`);
    expect(page.statusCode).toBe(200);
    const text = textOf(page.body);
    expect(text).toContain('Working together in Alphastadt');
    expect(text).toContain('Synthetic demonstration data');
    expect(text).toContain('Every person is welcome at every desk.');
    expect(text).toContain('Interpreters on call');
    expect(text).not.toContain('Plain letters'); // Ravenna's, not this city's
    expect(text).toContain('They listened to me.');
    // The plan: the goal, the need it answers in words, who carries the measure, its status
    // and the latest measurement (September's 18, not March's 5, though listed first).
    expect(text).toContain('Welcoming offices');
    expect(text).toContain(
      'Answers these needs: Valuing diversity and a pluralistic city identity',
    );
    expect(text).toContain('Office for Integration Alphastadt');
    expect(text).toContain('Club of Many Tongues');
    expect(text).toContain('In progress');
    expect(text).toContain('last measured 18 letters on September 1, 2026');
    expect(text).toContain('target 40 letters');
    // No named person, no internal note.
    expect(text).not.toContain('Erika Example');
    expect(text).not.toContain('Internal note');
    // The coming event is linked; the one that has taken place is not listed.
    expect(page.body).toContain('href="/alpha-town/events/open-day"');
    expect(page.body).not.toContain('past-day');
    // Linked from the start page.
    expect((await visitor.get(`${A}/`)).body).toContain('href="/alpha-town/together"');
  });
});

describe('multiplier events', () => {
  const register = (browser: Browser, event: string, form: Record<string, string>) =>
    browser.submit(`${A}/events/${event}`, `${A}/events/${event}/registrations`, form);
  const counts = () => t.store.eventRegistrations.counts(CITY, 'open-day');

  it('refuses a registration the form would not send, storing nothing', async () => {
    const forms: Record<string, string>[] = [
      { type: 'alien', key: registrationKey() },
      { key: registrationKey() },
      { type: 'ngo' },
      { type: 'ngo', key: 'short' },
      { type: 'ngo', key: registrationKey(), name: 'Erika' },
    ];
    for (const form of forms) {
      const response = await register(visitor, 'open-day', form);
      expect(response.statusCode, JSON.stringify(form)).toBe(400);
    }
    expect(await counts()).toEqual({});
    const past = await register(visitor, 'past-day', { type: 'ngo', key: registrationKey() });
    expect(past.statusCode).toBe(409);
    expect(textOf(past.body)).toContain('This event has taken place');
    expect(await t.store.eventRegistrations.counts(CITY, 'past-day')).toEqual({});
    expect((await visitor.get(`${A}/events/no-such-event`)).statusCode).toBe(404);
  });

  it('counts a registration once, however often it is sent, and never past the capacity', async () => {
    const page = await visitor.get(`${A}/events/open-day`);
    // Capacity 3, one registration counted before the portal: 2 places free.
    expect(textOf(page.body)).toContain('2 of 3 places free');
    expect(page.body).toMatch(/name="key" value="[A-Za-z0-9_-]{16,}"/);
    const first = registrationKey();
    const once = await register(visitor, 'open-day', { type: 'ngo', key: first });
    expect(once.statusCode).toBe(200);
    expect(textOf(once.body)).toContain('Thank you, your place is booked');
    expect(textOf(once.body)).toContain('1 of 3 places free');
    const twice = await register(visitor, 'open-day', { type: 'ngo', key: first });
    expect(twice.statusCode).toBe(200);
    expect(await counts()).toEqual({ ngo: 1 });

    expect(
      (await register(staff, 'open-day', { type: 'university', key: registrationKey() }))
        .statusCode,
    ).toBe(200);
    expect(await counts()).toEqual({ ngo: 1, university: 1 });
    const full = await register(visitor, 'open-day', { type: 'business', key: registrationKey() });
    expect(full.statusCode).toBe(409);
    expect(textOf(full.body)).toContain('The event filled up before your registration arrived');
    expect(await counts()).toEqual({ ngo: 1, university: 1 });
    // The page says so and has no form; a repeated first submission is still answered.
    const now = await visitor.get(`${A}/events/open-day`);
    expect(textOf(now.body)).toContain('0 of 3 places free');
    expect(textOf(now.body)).toContain('This event is fully booked.');
    expect(now.body).not.toContain('/registrations"');
    expect((await register(visitor, 'open-day', { type: 'ngo', key: first })).statusCode).toBe(200);
    expect(await counts()).toEqual({ ngo: 1, university: 1 });
  });

  it('gives coordinators only the figures, the attendance form and the CSV', async () => {
    expect((await staff.get(`${A}/events`)).statusCode).toBe(403);
    expect((await staff.get(`${A}/events/open-day/report.csv`)).statusCode).toBe(403);
    const anonymous = await visitor.get(`${A}/events`);
    expect(anonymous.statusCode).toBe(303);

    const list = await coordinator.get(`${A}/events`);
    expect(list.statusCode).toBe(200);
    const text = textOf(list.body);
    // open-day: 1 NGO from the document + 1 NGO and 1 university through the portal.
    expect(text).toMatch(/NGO 2 0/);
    expect(text).toMatch(/University 1 0/);
    // past-day: 4 businesses registered, 3 came: 75 %.
    expect(text).toContain('3 (75%)');

    const before = await stored('multiplier-event', 'open-day');
    const form = (values: Record<string, string>) => ({
      revision: String(before.revision),
      ...values,
    });
    for (const bad of [
      { 'attended-ngo': '-1' },
      { 'attended-ngo': 'two' },
      { 'attended-ngo': '2.5' },
    ]) {
      const refused = await coordinator.submit(
        `${A}/events`,
        `${A}/events/open-day/attendance`,
        form(bad),
      );
      expect(refused.statusCode, JSON.stringify(bad)).toBe(422);
      expect(refused.body).toContain('role="alert"');
    }
    expect(
      (
        await staff.submit(
          `${A}/profile`,
          `${A}/events/open-day/attendance`,
          form({ 'attended-ngo': '2' }),
        )
      ).statusCode,
    ).toBe(403);
    expect((await stored('multiplier-event', 'open-day')).revision).toBe(before.revision);

    const saved = await coordinator.submit(
      `${A}/events`,
      `${A}/events/open-day/attendance`,
      form({ 'attended-ngo': '2', 'attended-unaffiliated': '1', 'attended-business': '0' }),
    );
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`${A}/events?done=attendance-saved`);
    const after = await stored('multiplier-event', 'open-day');
    expect((after.document as unknown as MultiplierEvent).attendance).toEqual({
      ngo: 2,
      unaffiliated: 1,
    });
    // The same (now stale) form again: refused, nothing changed.
    const stale = await coordinator.submit(
      `${A}/events`,
      `${A}/events/open-day/attendance`,
      form({ 'attended-ngo': '9' }),
    );
    expect(stale.statusCode).toBe(409);
    expect((await stored('multiplier-event', 'open-day')).revision).toBe(after.revision);
    expect(
      (await t.store.audit.list(CITY)).filter((e) => e.action === 'event-attendance-recorded'),
    ).toHaveLength(1);

    const csv = await coordinator.get(`${A}/events/open-day/report.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="event-open-day.csv"');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // A header, the nine types, the total.
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe('event,title,date,type,registered,attended');
    // The title a spreadsheet would run is written as text.
    expect(lines[2]).toBe(`open-day,"'${FORMULA}",2026-12-20,ngo,2,2`);
    expect(lines.at(-1)).toBe(`open-day,"'${FORMULA}",2026-12-20,total,3,3`);
    expect(csv.body).not.toMatch(/(^|,)=cmd/m);
  });
});
