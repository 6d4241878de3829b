import { describe, expect, it } from 'vitest';
import type { ParseResult } from '@competence-kit/schemas';
import {
  parseActionPlan,
  parseKnowledgeBase,
  parseMultiplierEvent,
  parseNetwork,
} from './parse.js';
import {
  exampleEvent,
  exampleKnowledgeBase,
  exampleNetwork,
  examplePlan,
  miniCatalogue,
  miniFramework,
} from './test-support/fixtures.js';

/** The issues' paths and codes, in order (messages checked where they matter). */
const found = (result: ParseResult<unknown>) =>
  result.ok ? [] : result.issues.map(({ path, code }) => ({ path, code }));

describe('parseNetwork', () => {
  it('accepts the schema example', () => {
    const result = parseNetwork(exampleNetwork());
    expect(found(result)).toEqual([]);
    expect(result.ok && result.value.stakeholders).toHaveLength(6);
  });

  it('reports a schema issue with its path', () => {
    const doc = exampleNetwork();
    (doc.stakeholders[2] as { type: string }).type = 'charity';
    expect(found(parseNetwork(doc))).toEqual([
      { path: '/stakeholders/2/type', code: 'invalid-value' },
    ]);
  });

  it('names a missing consent record at the consent, as a missing property', () => {
    const doc = exampleNetwork();
    delete doc.stakeholders[1]!.contact!.consent;
    expect(parseNetwork(doc)).toEqual({
      ok: false,
      issues: [
        {
          path: '/stakeholders/1/contact/consent',
          code: 'required',
          message: 'Required property "consent" is missing: "person" is given only with it.',
        },
      ],
    });
  });

  it('checks ids, references, two different stakeholders, consent and translations', () => {
    const doc = exampleNetwork();
    doc.defaultLocale = 'it';
    doc.cooperations[1]!.stakeholders = ['jobcenter', 'ghost'];
    doc.cooperations[2]!.stakeholders = ['brueckenhaus', 'brueckenhaus'];
    doc.cooperations[3]!.id = 'c1';
    doc.stakeholders[1]!.contact!.consent!.withdrawn = '2026-03-01';
    delete doc.stakeholders[0]!.description!.en;
    const result = parseNetwork(doc);
    expect(found(result)).toEqual([
      { path: '/defaultLocale', code: 'unknown-reference' },
      { path: '/cooperations/3/id', code: 'duplicate-id' },
      { path: '/stakeholders/1/contact/person', code: 'consent-withdrawn' },
      { path: '/cooperations/1/stakeholders/1', code: 'unknown-reference' },
      { path: '/cooperations/2/stakeholders/1', code: 'same-stakeholder' },
      { path: '/stakeholders/0/description/en', code: 'missing-translation' },
    ]);
    expect(!result.ok && result.issues[2]!.message).toMatch(/remove the name/);
  });

  it('accepts a withdrawn consent once the name is gone, but not one withdrawn before it was given', () => {
    const doc = exampleNetwork();
    const contact = doc.stakeholders[1]!.contact!;
    delete contact.person;
    contact.consent!.withdrawn = '2026-03-01';
    expect(found(parseNetwork(doc))).toEqual([]);
    contact.consent!.withdrawn = '2026-01-01';
    expect(found(parseNetwork(doc))).toEqual([
      { path: '/stakeholders/1/contact/consent/withdrawn', code: 'invalid-period' },
    ]);
  });

  it('with options.today, reports a consent dated after it', () => {
    // The contact's consent is dated 2026-02-10.
    expect(found(parseNetwork(exampleNetwork(), { today: '2026-02-10' }))).toEqual([]);
    const result = parseNetwork(exampleNetwork(), { today: '2026-02-09' });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: '/stakeholders/1/contact/consent/date',
          code: 'consent-in-future',
          message:
            'The consent is dated 2026-02-10, after today (2026-02-09); expected the day it was given, on or before 2026-02-09.',
        },
      ],
    });
  });

  it('throws a TypeError for options that are not an object, or a today that is no date', () => {
    expect(() => parseNetwork(exampleNetwork(), 'strict' as never)).toThrow(TypeError);
    expect(() => parseNetwork(exampleNetwork(), { today: '2026-13-01' })).toThrow(
      new TypeError(
        'parseNetwork: the argument "options.today" must be a real date written YYYY-MM-DD; got "2026-13-01".',
      ),
    );
  });
});

describe('parseActionPlan', () => {
  const framework = miniFramework(
    'plain-language-communication',
    'partnership-with-migrant-organisations',
    'target-group-outreach',
  );
  const context = () => ({ network: exampleNetwork(), framework });

  it('accepts the schema example against the example network', () => {
    expect(found(parseActionPlan(examplePlan(), context()))).toEqual([]);
  });

  it('checks the network, needs, goals, owners, partners and dates', () => {
    const doc = examplePlan();
    doc.network = 'other-network';
    doc.goals[1]!.needs[1] = 'juggling';
    doc.measures[0]!.partners = ['kreis-auslaenderbehoerde'];
    doc.measures[0]!.indicators[0]!.measurements[0]!.date = '2026-01-15';
    doc.measures[1]!.goal = 'nope';
    doc.measures[1]!.partners[1] = 'ghost';
    doc.measures[1]!.end = '2028-01-31';
    const result = parseActionPlan(doc, context());
    expect(found(result)).toEqual([
      { path: '/network', code: 'network-mismatch' },
      { path: '/goals/1/needs/1', code: 'unknown-reference' },
      { path: '/measures/0/partners/0', code: 'owner-is-partner' },
      { path: '/measures/0/indicators/0/measurements/0/date', code: 'outside-period' },
      { path: '/measures/1/goal', code: 'unknown-reference' },
      { path: '/measures/1/partners/1', code: 'unknown-reference' },
      { path: '/measures/1/end', code: 'outside-period' },
    ]);
    expect(!result.ok && result.issues[3]!.message).toBe(
      'Indicator "staff-trained" of measure "letter-workshops" is measured on 2026-01-15; expected a day from the measure\'s start 2026-02-01 to the plan\'s end 2027-12-31.',
    );
  });

  it('checks periods, ids and translations', () => {
    const doc = examplePlan();
    doc.period = { start: '2026-01-01', end: '2025-12-31' };
    doc.measures[1]!.id = 'letter-workshops';
    doc.measures[0]!.start = '2026-12-01';
    doc.measures[0]!.end = '2026-11-30';
    doc.measures[0]!.indicators.push({
      ...structuredClone(doc.measures[0]!.indicators[0]!),
      measurements: [],
    });
    delete doc.measures[0]!.indicators[0]!.unit.en;
    const issues = found(parseActionPlan(doc, context()));
    expect(issues).toEqual([
      { path: '/period/end', code: 'invalid-period' },
      { path: '/measures/1/id', code: 'duplicate-id' },
      { path: '/measures/0/end', code: 'invalid-period' },
      { path: '/measures/0/start', code: 'outside-period' },
      { path: '/measures/0/end', code: 'outside-period' },
      { path: '/measures/0/indicators/1/id', code: 'duplicate-id' },
      // Measured 2026-04-30 and 2026-06-30: before the (moved) start and after the plan's end.
      { path: '/measures/0/indicators/0/measurements/0/date', code: 'outside-period' },
      { path: '/measures/0/indicators/0/measurements/1/date', code: 'outside-period' },
      { path: '/measures/1/start', code: 'outside-period' },
      { path: '/measures/1/end', code: 'outside-period' },
      { path: '/measures/0/indicators/0/unit/en', code: 'missing-translation' },
    ]);
  });

  it('leaves needs unchecked without a framework', () => {
    const doc = examplePlan();
    doc.goals[0]!.needs = ['juggling'];
    expect(found(parseActionPlan(doc, { network: exampleNetwork() }))).toEqual([]);
  });

  it('throws a TypeError naming a wrong context', () => {
    expect(() => parseActionPlan(examplePlan(), undefined as never)).toThrow(
      new TypeError(
        'parseActionPlan: the argument "context" must be { network, framework? } (an object); got undefined.',
      ),
    );
    expect(() => parseActionPlan(examplePlan(), { network: {} } as never)).toThrow(
      /"context.network.stakeholders" must be an array of Stakeholders; got undefined/,
    );
    expect(() =>
      parseActionPlan(examplePlan(), { network: exampleNetwork(), framework: [] } as never),
    ).toThrow(/"context.framework" must be the Framework \(an object or undefined\); got an array/);
  });
});

describe('parseKnowledgeBase', () => {
  const context = () => ({
    framework: miniFramework('plain-language-communication', 'access-barrier-reduction'),
    catalogue: miniCatalogue('plain-language-letters-and-forms'),
  });

  it('accepts the schema example with and without its context', () => {
    expect(found(parseKnowledgeBase(exampleKnowledgeBase(), context()))).toEqual([]);
    expect(found(parseKnowledgeBase(exampleKnowledgeBase()))).toEqual([]);
  });

  it('checks ids, competences, modules and each entry in its own languages', () => {
    const doc = exampleKnowledgeBase();
    doc.entries[1]!.id = 'appointment-reminders';
    doc.entries[0]!.tags.competences![1] = 'juggling';
    const toolkit = doc.entries[1]!;
    if (toolkit.kind !== 'toolkit') throw new Error('the example changed');
    toolkit.modules[0] = 'no-such-module';
    doc.entries[2]!.languages = ['de', 'en', 'it'];
    const result = parseKnowledgeBase(doc, context());
    expect(found(result)).toEqual([
      { path: '/entries/1/id', code: 'duplicate-id' },
      { path: '/entries/0/tags/competences/1', code: 'unknown-reference' },
      { path: '/entries/1/modules/0', code: 'unknown-reference' },
      { path: '/entries/2/title/it', code: 'missing-translation' },
      { path: '/entries/2/body/it', code: 'missing-translation' },
      { path: '/entries/2/principles/0/it', code: 'missing-translation' },
    ]);
    expect(!result.ok && result.issues[3]!.message).toBe(
      'The text has no "it" version; every text must be written in each of the entry\'s languages (de, en, it).',
    );
  });

  it("checks the base's title in the base's locales", () => {
    const doc = exampleKnowledgeBase();
    doc.locales = ['de', 'en', 'es'];
    expect(found(parseKnowledgeBase(doc))).toEqual([
      { path: '/title/es', code: 'missing-translation' },
    ]);
  });

  it('keeps a testimonial whose consent is withdrawn (hidden later), with its media', () => {
    const doc = exampleKnowledgeBase();
    const testimonial = doc.entries[3]!;
    if (testimonial.kind !== 'testimonial') throw new Error('the example changed');
    testimonial.consent.withdrawn = '2026-07-01';
    const result = parseKnowledgeBase(doc, context());
    expect(found(result)).toEqual([]);
    expect(result.ok && result.value.entries[3]).toMatchObject({ media: { kind: 'photo' } });
    testimonial.consent.withdrawn = '2026-05-01';
    expect(found(parseKnowledgeBase(doc))).toEqual([
      { path: '/entries/3/consent/withdrawn', code: 'invalid-period' },
    ]);
    // Given on 2026-06-02: not yet on 2026-06-01.
    expect(found(parseKnowledgeBase(exampleKnowledgeBase(), {}, { today: '2026-06-01' }))).toEqual([
      { path: '/entries/3/consent/date', code: 'consent-in-future' },
    ]);
  });

  it('throws a TypeError naming a wrong context', () => {
    expect(() => parseKnowledgeBase(exampleKnowledgeBase(), null as never)).toThrow(
      /"context" must be \{ framework\?, catalogue\? \} \(an object\); got null/,
    );
    expect(() =>
      parseKnowledgeBase(exampleKnowledgeBase(), { catalogue: { modules: 3 } } as never),
    ).toThrow(/"context.catalogue.modules" must be an array of Modules; got a number/);
  });
});

describe('parseMultiplierEvent', () => {
  const context = () => ({ knowledgeBase: exampleKnowledgeBase() });

  it('accepts the schema example against the example knowledge base', () => {
    expect(found(parseMultiplierEvent(exampleEvent(), context()))).toEqual([]);
  });

  it('checks outputs, programme times, capacity and translations', () => {
    const doc = exampleEvent();
    doc.outputs[2] = 'ghost';
    doc.programme[1]!.end = '10:20';
    doc.programme[2]!.outputs = ['nope'];
    doc.registrations.ngo = 40;
    delete doc.audience.en;
    const result = parseMultiplierEvent(doc, context());
    expect(found(result)).toEqual([
      { path: '/outputs/2', code: 'unknown-reference' },
      { path: '/programme/1/end', code: 'invalid-period' },
      { path: '/programme/2/outputs/0', code: 'unknown-reference' },
      { path: '/registrations', code: 'over-capacity' },
      { path: '/audience/en', code: 'missing-translation' },
    ]);
    // 31 + 40 + 7 + 4 + 3 = 85 registrations for 80 places.
    expect(!result.ok && result.issues[3]!.message).toBe(
      '85 registrations exceed the capacity of 80 places; expected at most 80.',
    );
  });

  it('leaves outputs unchecked without a knowledge base, translations without locales', () => {
    const doc = exampleEvent();
    doc.outputs[0] = 'elsewhere';
    delete doc.locales;
    delete doc.place.en;
    expect(found(parseMultiplierEvent(doc))).toEqual([]);
  });

  it('throws a TypeError naming a wrong context', () => {
    expect(() =>
      parseMultiplierEvent(exampleEvent(), { knowledgeBase: { entries: {} } } as never),
    ).toThrow(/"context.knowledgeBase.entries" must be an array of KnowledgeEntries; got object/);
  });
});
