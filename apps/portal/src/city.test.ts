import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import type { City } from '@competence-kit/schemas';
import { aggregate } from '@competence-kit/scoring';
import { hostileDocuments, issueContractViolations } from '@competence-kit/schemas/testing';
import citySchema from '@competence-kit/schemas/city.schema.json' with { type: 'json' };
import { afterAll, describe, expect, it } from 'vitest';
import { cityTexts, parseCity } from './city.js';
import { cityFileNames, loadCities, loadCity } from './city-files.js';

const citiesDir = join(import.meta.dirname, '..', 'cities');
const examples = join(import.meta.dirname, '..', '..', '..', 'schemas', 'examples', 'city');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const clone = <T>(value: T): T => structuredClone(value);
const ravenna = readJson(join(citiesDir, 'ravenna.json')) as City;

describe('the shipped cities', () => {
  it('are the three pilot territories, one file each', async () => {
    const ids = (await cityFileNames(citiesDir)).map((f) => basename(f, '.json'));
    expect(ids).toEqual(expect.arrayContaining(['cartagena', 'landkreis-offenbach', 'ravenna']));
  });

  it('every file in cities/ parses and resolves (adding a city is adding a file)', async () => {
    const results = await loadCities(citiesDir);
    expect(results.size).toBeGreaterThanOrEqual(3);
    for (const [file, result] of results) {
      expect(result.ok ? [] : result.issues, file).toEqual([]);
    }
  });

  it('resolve to the shipped framework, extended by each city, and their own programmes', async () => {
    for (const id of ['landkreis-offenbach', 'ravenna', 'cartagena']) {
      const result = await loadCity(join(citiesDir, `${id}.json`));
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      const { city, baseFramework, framework, instruments, catalogue, programme } = result.value;
      expect(city.demo).toBe(true);
      expect(baseFramework.id).toBe(
        'https://w3id.org/competence-kit/frameworks/intercultural-public-administration',
      );
      expect(framework.extends?.id).toBe(baseFramework.id);
      expect(framework.id).toBe(`https://w3id.org/competence-kit/cities/${id}/framework`);
      expect(instruments.map((i) => i.purpose)).toContain('self-assessment');
      expect(catalogue.modules.length).toBeGreaterThan(0);
      expect(programme?.territory).toBe(id);
      expect(city.languages).toContain('en');
    }
  });

  it('are complete in their own language and English, their placeholders marked DEMO', () => {
    const own: Record<string, string> = {
      'landkreis-offenbach': 'de',
      ravenna: 'it',
      cartagena: 'es',
    };
    for (const [id, language] of Object.entries(own)) {
      const city = readJson(join(citiesDir, `${id}.json`)) as City;
      expect(city.defaultLanguage).toBe(language);
      const texts = cityTexts(city);
      expect(texts.length).toBeGreaterThan(20);
      for (const { path, text } of texts) {
        expect(Object.keys(text).sort(), path.join('/')).toEqual([language, 'en'].sort());
      }
      const placeholders = [
        city.contact.organisation,
        city.contact.address,
        city.dataProtection.controller.name,
        city.dataProtection.controller.address,
        city.dataProtection.officer.address!,
      ];
      for (const text of placeholders) {
        for (const value of Object.values(text)) expect(value).toMatch(/demo/i);
      }
      const emails = JSON.stringify(city).match(/[^\s"@]+@[^\s"@]+/g) ?? [];
      for (const email of emails) expect(email).toMatch(/@example\.org$/);
    }
  });
});

describe('parseCity on the schema examples', () => {
  const expected = readJson(join(examples, 'invalid.expected.json')) as Record<
    string,
    { path: string; code: string }[]
  >;

  for (const file of readdirSync(join(examples, 'valid'))) {
    it(`accepts valid/${file}`, () => {
      const result = parseCity(readJson(join(examples, 'valid', file)));
      expect(result.ok ? [] : result.issues).toEqual([]);
    });
  }
  for (const file of readdirSync(join(examples, 'invalid'))) {
    it(`rejects invalid/${file} with the expected path and code`, () => {
      const result = parseCity(readJson(join(examples, 'invalid', file)));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(expected[file]?.length).toBeGreaterThan(0);
      for (const want of expected[file] ?? [])
        expect(result.issues).toContainEqual(expect.objectContaining(want));
    });
  }
});

describe('parseCity: messages a person can act on', () => {
  it('say what a colour, country, time zone, e-mail address and phone number look like', () => {
    const city = clone(ravenna);
    city.branding!.colors!.light!['color-accent'] = 'terracotta';
    city.country = 'Italy';
    city.timezone = 'rome';
    city.contact.email = 'formazione at example.org';
    city.contact.phone = '0544 000000';
    const result = parseCity(city);
    const messages = Object.fromEntries(
      (result.ok ? [] : result.issues).map((i) => [i.path, i.message]),
    );
    expect(messages).toEqual({
      '/branding/colors/light/color-accent': expect.stringContaining('#rrggbb'),
      '/country': expect.stringContaining('ISO 3166-1'),
      '/timezone': expect.stringContaining('Europe/Rome'),
      '/contact/email': expect.stringContaining('e-mail address'),
      '/contact/phone': expect.stringContaining('international form'),
    });
  });
});

describe('parseCity: the rules the schema cannot express', () => {
  const issuesOf = (city: unknown) => {
    const result = parseCity(city);
    return result.ok ? [] : result.issues;
  };

  it('the default language must be one of the languages', () => {
    const city = clone(ravenna);
    city.defaultLanguage = 'de';
    expect(issuesOf(city)).toContainEqual(
      expect.objectContaining({ path: '/defaultLanguage', code: 'unknown-language' }),
    );
  });

  it('reports each missing translation at its path, however deep the text is', () => {
    const city = clone(ravenna);
    delete city.dataProtection.purposes[2]!.retention.en;
    delete city.branding!.logo!.alt.it;
    city.languages = ['it', 'en', 'de'];
    const issues = issuesOf(city);
    expect(issues).toContainEqual({
      path: '/dataProtection/purposes/2/retention/en',
      code: 'missing-translation',
      message: expect.stringContaining('"en"'),
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ path: '/branding/logo/alt/it', code: 'missing-translation' }),
    );
    // Adding German asks for German everywhere: the name, the contact, every notice text…
    expect(issues).toContainEqual(
      expect.objectContaining({ path: '/name/de', code: 'missing-translation' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: '/dataProtection/supervisoryAuthority/name/de',
        code: 'missing-translation',
      }),
    );
  });

  it('finds every localised text that the schema declares', () => {
    const declared = JSON.stringify(citySchema).split('localized-text/v1').length - 1;
    const fields = new Set(
      cityTexts(ravenna).map(({ path }) => path.filter((t) => typeof t === 'string').join('/')),
    );
    // Ravenna fills every text field but one: the supervisory authority's address.
    expect(fields.size).toBe(declared - 1);
    expect([...fields].sort()).toEqual([
      'branding/logo/alt',
      'contact/address',
      'contact/hours',
      'contact/organisation',
      'dataProtection/controller/address',
      'dataProtection/controller/name',
      'dataProtection/officer/address',
      'dataProtection/purposes/data',
      'dataProtection/purposes/description',
      'dataProtection/purposes/legalBasisDetail',
      'dataProtection/purposes/retention',
      'dataProtection/recipients',
      'dataProtection/rights',
      'dataProtection/supervisoryAuthority/name',
      'name',
    ]);
  });

  it('the country must exist and the time zone must be known', () => {
    const city = clone(ravenna);
    city.country = 'XX';
    city.timezone = 'Europe/Atlantis';
    const issues = issuesOf(city);
    expect(issues).toContainEqual(
      expect.objectContaining({ path: '/country', code: 'unknown-country' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ path: '/timezone', code: 'unknown-timezone' }),
    );
    city.country = 'EU';
    expect(issuesOf(city)).toContainEqual(expect.objectContaining({ path: '/country' }));
  });

  it('an instrument is listed once per purpose, a processing purpose once', () => {
    const city = clone(ravenna);
    city.instruments.push(clone(city.instruments[0]!));
    city.dataProtection.purposes.push(clone(city.dataProtection.purposes[0]!));
    const issues = issuesOf(city);
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: `/instruments/${city.instruments.length - 1}`,
        code: 'duplicate-item',
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: `/dataProtection/purposes/${city.dataProtection.purposes.length - 1}/id`,
        code: 'duplicate-id',
      }),
    );
  });

  it("a demo city's e-mail addresses are at reserved domains; a real city's need not be", () => {
    const city = clone(ravenna);
    city.dataProtection.officer.email = 'rpd@comune.ravenna.it';
    expect(issuesOf(city)).toEqual([
      expect.objectContaining({
        path: '/dataProtection/officer/email',
        code: 'demo-address-not-reserved',
      }),
    ]);
    city.demo = false;
    expect(issuesOf(city)).toEqual([]);
  });

  it('branding colours must keep their contrast', () => {
    const city = clone(ravenna);
    city.branding!.colors!.light!['color-accent'] = '#f0937c';
    expect(issuesOf(city)).toContainEqual(
      expect.objectContaining({
        path: '/branding/colors/light/color-accent',
        code: 'insufficient-contrast',
      }),
    );
  });

  it('the anonymity threshold cannot go below the scoring package default', () => {
    const packageDefault = aggregate([], { by: [] }).minGroupSize;
    expect(citySchema.$defs.anonymityRules.properties.minGroupSize.minimum).toBe(packageDefault);
    const city = clone(ravenna);
    city.anonymity.minGroupSize = packageDefault - 1;
    expect(issuesOf(city)).toContainEqual(
      expect.objectContaining({ path: '/anonymity/minGroupSize', code: 'out-of-range' }),
    );
  });

  it('bounds its work by the limits every parser takes', () => {
    const result = parseCity(ravenna, { limits: { maxStringLength: 100 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ code: 'string-limit-exceeded' });
    const many = clone(ravenna);
    many.languages = ['it', 'en', 'de', 'fr', 'ar', 'uk', 'tr'];
    const capped = parseCity(many, { limits: { maxIssues: 10 } });
    expect(capped.ok ? [] : capped.issues).toHaveLength(11);
    expect(capped.ok ? undefined : capped.issues[10]?.code).toBe('too-many-issues');
  });

  it('keeps the issue contract on hostile documents up to 1 MB (property)', () => {
    for (const { name, document } of hostileDocuments(ravenna, { seed: 13, mutations: 40 })) {
      let result: ReturnType<typeof parseCity> | undefined;
      expect(() => (result = parseCity(document)), name).not.toThrow();
      expect(issueContractViolations(result!), name).toEqual([]);
    }
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parseCity(value);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    const hostile = new Proxy(clone(ravenna), {
      get() {
        throw new Error('no');
      },
    });
    expect(parseCity(hostile)).toMatchObject({ ok: false });
  });
});

describe('loading city files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ck-cities-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a fourth city is one more file, found and checked with the others', async () => {
    copyFileSync(join(examples, 'valid', 'minimal.json'), join(dir, 'sample-town.json'));
    const results = await loadCities(dir);
    expect([...results.keys()].map((f) => basename(f))).toEqual(['sample-town.json']);
    expect(results.get(join(dir, 'sample-town.json'))).toMatchObject({ ok: true });
  });

  it('the file is named after the city', async () => {
    copyFileSync(join(examples, 'valid', 'minimal.json'), join(dir, 'elsewhere.json'));
    expect(await loadCity(join(dir, 'elsewhere.json'))).toEqual({
      ok: false,
      issues: [expect.objectContaining({ path: '/id', code: 'file-name-mismatch' })],
    });
    rmSync(join(dir, 'elsewhere.json'));
  });

  it('a city cannot take the id of a path the portal answers itself (/healthz, /readyz)', async () => {
    for (const id of ['healthz', 'readyz']) {
      const json = JSON.parse(readFileSync(join(examples, 'valid', 'minimal.json'), 'utf8'));
      writeFileSync(join(dir, `${id}.json`), JSON.stringify({ ...json, id }));
      expect(await loadCity(join(dir, `${id}.json`))).toEqual({
        ok: false,
        issues: [expect.objectContaining({ path: '/id', code: 'reserved-id' })],
      });
      rmSync(join(dir, `${id}.json`));
    }
  });

  it('a file that is not JSON is an issue, not an exception', async () => {
    writeFileSync(join(dir, 'broken.json'), '{ "id": ');
    expect(await loadCity(join(dir, 'broken.json'))).toMatchObject({
      ok: false,
      issues: [{ path: '', code: 'invalid-json' }],
    });
    rmSync(join(dir, 'broken.json'));
  });
});
