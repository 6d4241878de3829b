import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { City, Programme } from '@competence-kit/schemas';
import { catalogue, framework, staffSelfAssessment } from '@competence-kit/framework-intercultural';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveCity, type CityFiles } from './city-resolve.js';
import { SHIPPED_DOCUMENTS } from './city-published.js';
import { cityFilesAt } from './city-files.js';

const citiesDir = join(import.meta.dirname, '..', 'cities');
const clone = <T>(value: T): T => structuredClone(value);

/** Every file below cities/, in memory, by its path relative to the folder. */
function filesBelow(dir: string, root = dir, out = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) filesBelow(full, root, out);
    else out.set(relative(root, full), readFileSync(full, 'utf8'));
  }
  return out;
}
const shipped = filesBelow(citiesDir);
const memoryFiles = (files: Map<string, string>): CityFiles => ({
  read: async (path) => files.get(path),
  exists: async (path) => files.has(path),
});
const ravenna = JSON.parse(shipped.get('ravenna.json')!) as City;
const ravennaProgramme = JSON.parse(shipped.get('ravenna/programme-2027.json')!) as Programme;

async function issuesOf(city: City, files = new Map(shipped)) {
  const result = await resolveCity(city, { files: memoryFiles(files) });
  return result.ok ? [] : result.issues;
}

describe('resolveCity', () => {
  it('resolves a pilot city from files in memory as from disk', async () => {
    const result = await resolveCity(ravenna, { files: memoryFiles(shipped) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.framework.title.it).toContain('Comune di Ravenna');
    // The extension changed a target; the base framework is untouched.
    const target = (fw: typeof framework) =>
      fw.roleProfiles?.find((r) => r.id === 'social-services')?.targets[
        'partnership-with-migrant-organisations'
      ];
    expect(target(result.value.framework)).toBe('advanced');
    expect(target(framework)).toBe('practitioner');
    expect(result.value.instruments).toHaveLength(5);
    expect(result.value.programme?.sessions.length).toBe(ravennaProgramme.sessions.length);
  });

  it('reports a missing or broken extension at its reference', async () => {
    const files = new Map(shipped);
    files.delete('ravenna/framework-extension.json');
    expect(await issuesOf(ravenna, files)).toContainEqual(
      expect.objectContaining({ path: '/extension/path', code: 'missing-file' }),
    );
    files.set('ravenna/framework-extension.json', '{ not json');
    expect(await issuesOf(ravenna, files)).toContainEqual(
      expect.objectContaining({ path: '/extension/path', code: 'invalid-json' }),
    );
  });

  it("reports the extension's own issues, naming the file and the place in it", async () => {
    const files = new Map(shipped);
    const extension = JSON.parse(files.get('ravenna/framework-extension.json')!);
    extension.extends.version = '^2.0.0';
    files.set('ravenna/framework-extension.json', JSON.stringify(extension));
    expect(await issuesOf(ravenna, files)).toContainEqual({
      path: '/extension/path',
      code: 'base-version-mismatch',
      message: expect.stringMatching(
        /^ravenna\/framework-extension\.json, at "\/extends\/version": /,
      ),
    });
  });

  it('role profiles must exist in the city framework', async () => {
    const city = clone(ravenna);
    city.roleProfiles.push('harbour-master');
    expect(await issuesOf(city)).toEqual([
      expect.objectContaining({ path: '/roleProfiles/5', code: 'unknown-role-profile' }),
    ]);
  });

  it('published documents must be installed in a version of the range', async () => {
    const city = clone(ravenna);
    city.instruments[0]!.version = '^3.0.0';
    city.instruments[1]!.id = 'https://example.org/instruments/unknown';
    city.framework.version = '~1.2.0';
    expect(await issuesOf(city)).toEqual([
      expect.objectContaining({ path: '/framework/version', code: 'version-mismatch' }),
    ]);
    city.framework.version = '^1.0.0';
    expect(await issuesOf(city)).toEqual([
      expect.objectContaining({ path: '/instruments/0/version', code: 'version-mismatch' }),
      expect.objectContaining({ path: '/instruments/1', code: 'unknown-document' }),
    ]);
  });

  it("parses each instrument with scoring's parser, against the framework it names", async () => {
    const broken = clone(staffSelfAssessment);
    broken.sections[0]!.items[0]!.competence = 'no-such-competence';
    const result = await resolveCity(ravenna, {
      files: memoryFiles(shipped),
      published: {
        ...SHIPPED_DOCUMENTS,
        instruments: [broken, ...SHIPPED_DOCUMENTS.instruments.slice(1)],
      },
    });
    expect(result.ok ? [] : result.issues).toContainEqual(
      expect.objectContaining({ path: '/instruments/0', code: 'unknown-reference' }),
    );
  });

  it("takes a city's own catalogue from a file and parses it with training's parser", async () => {
    const files = new Map(shipped);
    const own = clone(catalogue);
    files.set('ravenna/catalogue.json', JSON.stringify(own));
    const city = clone(ravenna);
    city.catalogue = { path: 'ravenna/catalogue.json' };
    expect(await issuesOf(city, files)).toEqual([]);
    own.modules[0]!.competences[0]!.upTo = 'grandmaster';
    files.set('ravenna/catalogue.json', JSON.stringify(own));
    expect(await issuesOf(city, files)).toContainEqual(
      expect.objectContaining({ path: '/catalogue/path', code: 'unknown-level' }),
    );
  });

  it('checks the programme: this city, this catalogue, known modules in their languages', async () => {
    const files = new Map(shipped);
    const programme = clone(ravennaProgramme);
    programme.territory = 'cartagena';
    programme.sessions[0]!.module = 'juggling-for-beginners';
    const shadowing = programme.sessions.findIndex((s) => s.module.startsWith('job-shadowing'));
    programme.sessions[shadowing]!.language = 'en';
    files.set('ravenna/programme-2027.json', JSON.stringify(programme));
    const issues = await issuesOf(ravenna, files);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['/programme/path', 'territory-mismatch'],
      ['/programme/path', 'unknown-module'],
      ['/programme/path', 'language-not-offered'],
    ]);
    expect(issues[1]!.message).toContain('at "/sessions/0/module"');
    expect(issues[2]!.message).toContain(`at "/sessions/${shadowing}/language"`);

    programme.territory = 'ravenna';
    programme.sessions = [];
    programme.catalogue.version = '^3.0.0';
    files.set('ravenna/programme-2027.json', JSON.stringify(programme));
    expect(await issuesOf(ravenna, files)).toEqual([
      expect.objectContaining({ path: '/programme/path', code: 'catalogue-mismatch' }),
    ]);
    files.set('ravenna/programme-2027.json', JSON.stringify({ id: 'x' }));
    expect(await issuesOf(ravenna, files)).toContainEqual(
      expect.objectContaining({ path: '/programme/path', code: 'required' }),
    );
  });

  it('the logo file must exist beside the city file; a URL is not fetched', async () => {
    const files = new Map(shipped);
    files.delete('ravenna/logo.svg');
    expect(await issuesOf(ravenna, files)).toEqual([
      expect.objectContaining({ path: '/branding/logo/src', code: 'missing-file' }),
    ]);
    const city = clone(ravenna);
    city.branding!.logo!.src = 'https://example.org/logo.svg';
    expect(await issuesOf(city, files)).toEqual([]);
  });
});

describe('cityFilesAt', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ck-city-files-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads files beside the city file and nothing outside its folder', async () => {
    mkdirSync(join(dir, 'inner', 'town'), { recursive: true });
    writeFileSync(join(dir, 'secret.json'), '{}');
    writeFileSync(join(dir, 'inner', 'town', 'programme.json'), '{"a":1}');
    const files = cityFilesAt(join(dir, 'inner'));
    expect(await files.read('town/programme.json')).toBe('{"a":1}');
    expect(await files.exists('town/programme.json')).toBe(true);
    expect(await files.read('town/missing.json')).toBeUndefined();
    expect(await files.read('../secret.json')).toBeUndefined();
    expect(await files.exists('../secret.json')).toBe(false);
    expect(await files.read(join(dir, 'secret.json'))).toBeUndefined();
    expect(await files.read('town')).toBeUndefined();
  });
});
