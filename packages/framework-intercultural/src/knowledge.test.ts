import { describe, expect, it } from 'vitest';
import type {
  Framework,
  KnowledgeBase,
  KnowledgeEntry,
  LocalizedText,
  Network,
} from '@competence-kit/schemas';
import { toIssues } from '@competence-kit/schemas';
import { validateKnowledgeBase } from '@competence-kit/schemas/validators';
import { parseKnowledgeBase } from '@competence-kit/networks';
import {
  catalogue,
  compendium,
  framework,
  PILOT_LOCALES,
  sampleNetworks,
  toolkit,
} from './index.js';

// The checks are functions that return what is wrong, so that each test asserts an empty list
// and the last block shows, on broken copies, that every check does report problems.

const TERRITORIES = ['landkreis-offenbach', 'ravenna', 'cartagena'] as const;
/** Words per practice and language, over challenge, approach, result and transferability. */
const WORDS = { min: 120, max: 250 };
const PRACTICE_FIELDS = ['challenge', 'approach', 'result', 'transferability'] as const;
/** How an invented entry's summary begins in each language, so that no reader takes it as fact. */
const INVENTED: Record<string, RegExp> = {
  de: /^Erfundene[rs]? /,
  it: /^(Esempio|Testimonianza) inventat[oa]/,
  es: /^(Ejemplo|Testimonio) inventado/,
  en: /^Invented /,
};

/** How a practice's result begins, so that its figures are not read as measured facts. */
const ILLUSTRATIVE: Record<string, RegExp> = {
  de: /^Zahlen zur Veranschaulichung: /,
  it: /^Cifre a titolo illustrativo: /,
  es: /^Cifras ilustrativas: /,
  en: /^Illustrative figures: /,
};

const isText = (value: unknown): value is LocalizedText =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(([k, v]) => /^[a-z]{2}$/.test(k) && typeof v === 'string');

/** Every localized text in `value`, with its JSON pointer. */
function texts(value: unknown, path = ''): { path: string; text: LocalizedText }[] {
  if (Array.isArray(value)) return value.flatMap((v: unknown, i) => texts(v, `${path}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  if (isText(value)) return [{ path, text: value }];
  return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}/${k}`));
}

/** Entries not written in exactly the four pilot languages, and texts missing or blank in one. */
function missingLanguages(base: KnowledgeBase): string[] {
  const problems: string[] = [];
  base.entries.forEach((entry, i) => {
    if ([...entry.languages].sort().join() !== [...PILOT_LOCALES].sort().join())
      problems.push(`${entry.id}: languages ${entry.languages.join()}`);
    for (const { path, text } of texts(entry, `/entries/${i}`))
      for (const locale of PILOT_LOCALES) {
        if (!(text[locale] ?? '').trim()) problems.push(`${path} ${locale}`);
      }
  });
  return problems;
}

/** Texts where two languages say exactly the same thing: one was not translated. */
function untranslated(base: KnowledgeBase): string[] {
  return texts(base).flatMap(({ path, text }) => {
    const values = Object.values(text).map((v) => (v ?? '').trim());
    return new Set(values).size === values.length ? [] : [path];
  });
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Practices whose four texts together are too short or too long in some language. */
function badLengths(base: KnowledgeBase): string[] {
  const problems: string[] = [];
  for (const e of base.entries) {
    if (e.kind !== 'practice') continue;
    for (const locale of PILOT_LOCALES) {
      const n = PRACTICE_FIELDS.reduce((sum, f) => sum + words(e[f][locale] ?? ''), 0);
      if (n < WORDS.min || n > WORDS.max) problems.push(`${e.id} ${locale}: ${n} words`);
    }
  }
  return problems;
}

/** Practices per territory; practices and testimonials whose id does not name their territory. */
function territoryProblems(base: KnowledgeBase): string[] {
  const problems: string[] = [];
  for (const e of base.entries) {
    if (e.kind !== 'practice' && e.kind !== 'testimonial') continue;
    const pattern =
      e.kind === 'practice'
        ? new RegExp(`^practice-${e.territory ?? '-'}-[a-z0-9-]+$`)
        : new RegExp(`^testimonial-${e.territory ?? '-'}-[0-9]+$`);
    if (!TERRITORIES.includes(e.territory as (typeof TERRITORIES)[number]))
      problems.push(`${e.id}: territory ${e.territory}`);
    if (!pattern.test(e.id)) problems.push(`${e.id}: id does not name ${e.territory}`);
  }
  return problems;
}

const count = (base: KnowledgeBase, kind: KnowledgeEntry['kind'], territory?: string): number =>
  base.entries.filter(
    (e) => e.kind === kind && (territory === undefined || e.territory === territory),
  ).length;

/** An e-mail address, or a form of address that comes before a person's name. */
const PERSONAL =
  /@|(?:^|\s)(?:Herr|Frau|Sig\.(?:ra)?|Dott\.(?:ssa)?|Sr\.|Sra\.|Mr\.?|Mrs\.?|Ms\.?)(?=\s)/;

/** Contacts that look like a person's e-mail address or name a person rather than a role. */
function personalContacts(base: KnowledgeBase): string[] {
  const problems: string[] = [];
  for (const e of base.entries)
    if (e.kind === 'practice')
      (e.contacts ?? []).forEach((contact, j) => {
        for (const [locale, text] of Object.entries(contact))
          if (PERSONAL.test(text ?? '')) problems.push(`${e.id} contact ${j} ${locale}`);
      });
  return problems;
}

/**
 * Testimonials without a consent given before publication, a withdrawn consent (nothing shipped
 * may be withdrawn), no licence, or media without an alternative text on media.example.
 */
function testimonialProblems(base: KnowledgeBase): string[] {
  const problems: string[] = [];
  for (const e of base.entries) {
    if (e.kind !== 'testimonial') continue;
    if (!e.consent.date || !e.consent.purpose.trim()) problems.push(`${e.id}: no consent`);
    else if (e.consent.date > e.published) problems.push(`${e.id}: consent after publication`);
    if (e.consent.withdrawn) problems.push(`${e.id}: consent withdrawn`);
    if (e.licence !== 'CC-BY-4.0') problems.push(`${e.id}: licence ${e.licence}`);
    if (!e.speaker) problems.push(`${e.id}: no speaker`);
    if (e.media) {
      if (!e.media.uri.startsWith('https://media.example/')) problems.push(`${e.id}: media uri`);
      if (e.media.kind === 'video' && !e.media.captions) problems.push(`${e.id}: no captions`);
    }
  }
  return problems;
}

/** Invented entries whose summary does not say so, and practice results not labelled illustrative. */
function unmarkedInventions(base: KnowledgeBase): string[] {
  const problems: string[] = [];
  for (const e of base.entries) {
    if (!e.synthetic) continue;
    for (const locale of PILOT_LOCALES) {
      if (!INVENTED[locale]!.test(e.summary?.[locale] ?? '')) problems.push(`${e.id} ${locale}`);
      if (e.kind === 'practice' && !ILLUSTRATIVE[locale]!.test(e.result[locale] ?? ''))
        problems.push(`${e.id} result ${locale}`);
    }
  }
  return problems;
}

/** Tags naming a competence the framework lacks, and entries without competences, levels or VOPI levels. */
function tagProblems(base: KnowledgeBase, fw: Framework): string[] {
  const competences = new Set(fw.competences.map((c) => c.id));
  const problems: string[] = [];
  for (const e of base.entries) {
    const { competences: cs = [], levels = [], vopiLevels = [] } = e.tags;
    if (cs.length === 0 || levels.length === 0 || vopiLevels.length === 0)
      problems.push(`${e.id}: incomplete tags`);
    for (const c of cs) if (!competences.has(c)) problems.push(`${e.id}: unknown competence ${c}`);
  }
  return problems;
}

/** Practices without carrying stakeholders, or naming one that is not in their territory's sample network. */
function unknownStakeholders(base: KnowledgeBase): string[] {
  const problems: string[] = [];
  for (const e of base.entries) {
    if (e.kind !== 'practice') continue;
    const networks: Readonly<Record<string, Network | undefined>> = sampleNetworks;
    const network = networks[e.territory ?? ''];
    const ids = new Set(network?.stakeholders.map((s) => s.id));
    if (!e.stakeholders?.length) problems.push(`${e.id}: no stakeholders`);
    for (const s of e.stakeholders ?? []) if (!ids.has(s)) problems.push(`${e.id}: unknown ${s}`);
  }
  return problems;
}

const clone = (): KnowledgeBase => structuredClone(compendium);

describe('the knowledge base documents', () => {
  it('pass the knowledge-base schema', () => {
    for (const base of [compendium, toolkit]) {
      const valid = validateKnowledgeBase(base);
      expect(valid ? [] : toIssues(validateKnowledgeBase.errors), base.id).toEqual([]);
    }
  });

  it('parse without issues against the framework and the catalogue', () => {
    for (const base of [compendium, toolkit]) {
      const result = parseKnowledgeBase(base, { framework, catalogue });
      expect(result.ok ? [] : result.issues, base.id).toEqual([]);
    }
  });

  it('do not share an entry id, since a city stores and searches them together', () => {
    const ids = [...compendium.entries, ...toolkit.entries].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('the compendium', () => {
  it('is licensed CC-BY-4.0 and written in the four pilot languages', () => {
    expect(compendium.license).toBe('CC-BY-4.0');
    expect([...compendium.locales].sort()).toEqual([...PILOT_LOCALES].sort());
  });

  it('has at least 12 practices, at least 4 from each pilot territory', () => {
    expect(count(compendium, 'practice')).toBeGreaterThanOrEqual(12);
    for (const t of TERRITORIES)
      expect(count(compendium, 'practice', t), t).toBeGreaterThanOrEqual(4);
    expect(territoryProblems(compendium)).toEqual([]);
  });

  it('has every text of every entry in German, Italian, Spanish and English, each translated', () => {
    expect(missingLanguages(compendium)).toEqual([]);
    expect(untranslated(compendium)).toEqual([]);
  });

  it('tells each practice in 120 to 250 words per language', () => {
    expect(badLengths(compendium)).toEqual([]);
  });

  it("names the stakeholders of its territory's sample network that carry each practice", () => {
    expect(unknownStakeholders(compendium)).toEqual([]);
  });

  it('names roles as contacts, never persons or e-mail addresses', () => {
    expect(personalContacts(compendium)).toEqual([]);
  });

  it('tags every entry with competences of the framework, levels and VOPI levels', () => {
    expect(tagProblems(compendium, framework)).toEqual([]);
  });

  it('marks the invented practices and testimonials as such, in every language', () => {
    const invented = compendium.entries.filter((e) => e.kind !== 'manifesto');
    expect(invented.every((e) => e.synthetic === true)).toBe(true);
    expect(unmarkedInventions(compendium)).toEqual([]);
  });

  it('has the manifesto with 8 to 12 principles and a body', () => {
    const manifesto = compendium.entries.find((e) => e.id === 'manifesto-cities');
    expect(manifesto?.kind).toBe('manifesto');
    if (manifesto?.kind !== 'manifesto') return;
    expect(manifesto.principles?.length).toBeGreaterThanOrEqual(8);
    expect(manifesto.principles?.length).toBeLessThanOrEqual(12);
    // Blank lines between paragraphs, as the portal renders them.
    expect(manifesto.body.en?.split('\n\n').length).toBeGreaterThanOrEqual(2);
  });

  it('has two testimonials per territory, each with a consent and a licence', () => {
    for (const t of TERRITORIES) expect(count(compendium, 'testimonial', t), t).toBe(2);
    expect(testimonialProblems(compendium)).toEqual([]);
    const media = compendium.entries.flatMap((e) =>
      e.kind === 'testimonial' && e.media ? [e.media.kind] : [],
    );
    expect(media.sort()).toEqual(['photo', 'video']);
  });
});

describe('the checks', () => {
  it('report a broken copy', () => {
    const base = clone();
    const practice = base.entries.find((e) => e.kind === 'practice')!;
    const testimonial = base.entries.find((e) => e.kind === 'testimonial')!;
    if (practice.kind !== 'practice' || testimonial.kind !== 'testimonial') throw new Error();

    delete practice.title.it;
    practice.summary!.es = practice.summary!.en!;
    for (const f of PRACTICE_FIELDS) practice[f].de = 'Zu kurz.';
    practice.result.it = 'Circa 400 persone.';
    practice.contacts = [{ de: 'amt@example.org', it: 'a', es: 'b', en: 'Mr Smith' }];
    practice.tags.competences = ['no-such-competence'];
    testimonial.consent = { ...testimonial.consent, withdrawn: '2026-11-01' };
    testimonial.licence = 'CC0-1.0';
    testimonial.summary = {
      de: 'Ein Bericht',
      it: 'Una storia',
      es: 'Una historia',
      en: 'A story',
    };
    const moved = base.entries.find((e) => e.id === 'practice-ravenna-welcome-desk')!;
    moved.territory = 'cartagena';
    practice.stakeholders = [...(practice.stakeholders ?? []), 'no-such-stakeholder'];

    const i = base.entries.indexOf(practice);
    expect(missingLanguages(base)).toEqual([`/entries/${i}/title it`]);
    expect(untranslated(base)).toEqual([`/entries/${i}/summary`]);
    // 4 texts of 2 words each in German
    expect(badLengths(base)).toEqual([`${practice.id} de: 8 words`]);
    expect(personalContacts(base)).toEqual([
      `${practice.id} contact 0 de`,
      `${practice.id} contact 0 en`,
    ]);
    expect(tagProblems(base, framework)).toEqual([
      `${practice.id}: unknown competence no-such-competence`,
    ]);
    expect(testimonialProblems(base)).toEqual([
      `${testimonial.id}: consent withdrawn`,
      `${testimonial.id}: licence CC0-1.0`,
    ]);
    // The practice's Spanish summary is now the English one, which does not say "inventado".
    expect(unmarkedInventions(base)).toEqual([
      `${practice.id} result de`,
      `${practice.id} result it`,
      `${practice.id} es`,
      ...PILOT_LOCALES.map((l) => `${testimonial.id} ${l}`),
    ]);
    expect(territoryProblems(base)).toEqual([
      'practice-ravenna-welcome-desk: id does not name cartagena',
    ]);
    // The welcome desk's Ravenna stakeholders are not in Cartagena's network.
    expect(unknownStakeholders(base)).toEqual([
      `${practice.id}: unknown no-such-stakeholder`,
      ...(moved.kind === 'practice' ? (moved.stakeholders ?? []) : []).map(
        (s) => `practice-ravenna-welcome-desk: unknown ${s}`,
      ),
    ]);
    expect(parseKnowledgeBase(base, { framework, catalogue }).ok).toBe(false);
  });
});
