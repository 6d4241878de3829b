import type {
  Catalogue,
  City,
  Framework,
  Instrument,
  InstrumentPurpose,
  Issue,
  ParseResult,
  Programme,
  PublishedReference,
} from '@competence-kit/schemas';
import { pointer, toIssues } from '@competence-kit/schemas';
import { validateProgramme } from '@competence-kit/schemas/validators';
import { extendFramework, parseFramework } from '@competence-kit/model';
import { parseInstrument } from '@competence-kit/scoring';
import { parseCatalogue } from '@competence-kit/training';
import compareVersions from 'semver/functions/compare.js';
import satisfies from 'semver/functions/satisfies.js';
import { SHIPPED_DOCUMENTS, type PublishedDocuments } from './city-published.js';

/** The files beside a city file, by their path relative to it. */
export interface CityFiles {
  /** The file's text, or undefined when there is no such file. */
  read(path: string): Promise<string | undefined>;
  /** Whether the file exists (for the logo, which is not read). */
  exists(path: string): Promise<boolean>;
}

/** Options of {@link resolveCity}. */
export interface ResolveCityOptions {
  files: CityFiles;
  /** Documents referred to by id and version range. Default: {@link SHIPPED_DOCUMENTS}. */
  published?: PublishedDocuments;
}

/** A city with every document it refers to, each parsed by its own package's parser. */
export interface ResolvedCity {
  city: City;
  /** The published framework the city builds on. */
  baseFramework: Framework;
  /** The city's framework: the base with the city's extension applied, or the base itself. */
  framework: Framework;
  instruments: { purpose: InstrumentPurpose; instrument: Instrument }[];
  catalogue: Catalogue;
  programme?: Programme;
}

type Report = (path: string, code: string, message: string) => void;

/** The newest published document with the reference's id whose version is in its range. */
function pick<T extends { id: string; version: string }>(
  list: readonly T[],
  ref: PublishedReference,
  at: string,
  what: string,
  report: Report,
): T | undefined {
  const sameId = list.filter((doc) => doc.id === ref.id);
  const fitting = sameId
    .filter((doc) => satisfies(doc.version, ref.version, { includePrerelease: true }))
    .sort((a, b) => compareVersions(b.version, a.version));
  if (fitting[0]) return fitting[0];
  if (sameId.length === 0) {
    report(at, 'unknown-document', `No ${what} "${ref.id}" is installed.`);
  } else {
    report(
      pointer(...at.split('/').slice(1), 'version'),
      'version-mismatch',
      `No installed version of ${what} "${ref.id}" is in the range "${ref.version}" (installed: ${sameId.map((d) => d.version).join(', ')}).`,
    );
  }
  return undefined;
}

/** Reads and parses a JSON file of the city; reports a missing or unreadable file at `at`. */
async function readJson(
  files: CityFiles,
  path: string,
  at: string,
  report: Report,
): Promise<unknown> {
  const text = await files.read(path);
  if (text === undefined) {
    report(at, 'missing-file', `There is no file "${path}" beside the city file.`);
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    report(at, 'invalid-json', `"${path}" is not JSON: ${(error as Error).message}`);
    return undefined;
  }
}

/** Reports the issues of a referenced document at the city's reference, naming the document. */
function reportInside(report: Report, at: string, document: string, issues: readonly Issue[]) {
  for (const issue of issues) {
    report(at, issue.code, `${document}, at "${issue.path || '/'}": ${issue.message}`);
  }
}

async function resolveFramework(
  city: City,
  options: ResolveCityOptions,
  report: Report,
): Promise<{ base: Framework; framework: Framework } | undefined> {
  const published = options.published ?? SHIPPED_DOCUMENTS;
  const found = pick(published.frameworks, city.framework, '/framework', 'framework', report);
  if (!found) return undefined;
  const base = parseFramework(found);
  if (!base.ok) {
    reportInside(report, '/framework', found.id, base.issues);
    return undefined;
  }
  if (!city.extension) return { base: base.value, framework: base.value };
  const at = '/extension/path';
  const json = await readJson(options.files, city.extension.path, at, report);
  if (json === undefined) return undefined;
  const extended = extendFramework(base.value, json);
  if (!extended.ok) {
    reportInside(report, at, city.extension.path, extended.issues);
    return undefined;
  }
  return { base: base.value, framework: extended.value };
}

function checkRoleProfiles(city: City, framework: Framework, report: Report): void {
  const known = new Set((framework.roleProfiles ?? []).map((r) => r.id));
  city.roleProfiles.forEach((id, i) => {
    if (!known.has(id)) {
      report(
        pointer('roleProfiles', i),
        'unknown-role-profile',
        `Role profile "${id}" is not in the city's framework "${framework.id}" (it has ${[...known].join(', ')}).`,
      );
    }
  });
}

/** The framework a document names: the city's own when it names it, else the base. */
const frameworkFor = (ref: { id: string }, base: Framework, framework: Framework) =>
  ref.id === framework.id ? framework : base;

function resolveInstruments(
  city: City,
  frameworks: { base: Framework; framework: Framework },
  published: PublishedDocuments,
  report: Report,
): ResolvedCity['instruments'] {
  const resolved: ResolvedCity['instruments'] = [];
  city.instruments.forEach((ref, i) => {
    const at = pointer('instruments', i);
    const found = pick(published.instruments, ref, at, 'instrument', report);
    if (!found) return;
    const fw = frameworkFor(found.framework, frameworks.base, frameworks.framework);
    const parsed = parseInstrument(found, fw);
    if (parsed.ok) resolved.push({ purpose: ref.purpose, instrument: parsed.value });
    else reportInside(report, at, found.id, parsed.issues);
  });
  return resolved;
}

async function resolveCatalogue(
  city: City,
  frameworks: { base: Framework; framework: Framework },
  options: ResolveCityOptions,
  report: Report,
): Promise<Catalogue | undefined> {
  const ref = city.catalogue;
  let json: unknown;
  let at = '/catalogue';
  if ('path' in ref) {
    at = '/catalogue/path';
    json = await readJson(options.files, ref.path, at, report);
  } else {
    const published = options.published ?? SHIPPED_DOCUMENTS;
    json = pick(published.catalogues, ref, at, 'catalogue', report);
  }
  if (json === undefined) return undefined;
  const named = (json as { framework?: { id?: unknown } }).framework;
  const fw =
    typeof named?.id === 'string'
      ? frameworkFor({ id: named.id }, frameworks.base, frameworks.framework)
      : frameworks.framework;
  const parsed = parseCatalogue(json, fw);
  if (parsed.ok) return parsed.value;
  reportInside(report, at, 'path' in ref ? ref.path : ref.id, parsed.issues);
  return undefined;
}

function checkProgramme(
  city: City,
  programme: Programme,
  catalogue: Catalogue,
  report: Report,
): void {
  const at = '/programme/path';
  const name = city.programme!.path;
  const inside = (path: string, code: string, message: string) =>
    report(at, code, `${name}, at "${path}": ${message}`);
  if (programme.territory !== city.id) {
    inside(
      '/territory',
      'territory-mismatch',
      `The programme is for "${programme.territory}", not "${city.id}".`,
    );
  }
  if (
    programme.catalogue.id !== catalogue.id ||
    !satisfies(catalogue.version, programme.catalogue.version, { includePrerelease: true })
  ) {
    inside(
      '/catalogue',
      'catalogue-mismatch',
      `The programme schedules "${programme.catalogue.id}" ${programme.catalogue.version}, but the city's catalogue is "${catalogue.id}" ${catalogue.version}.`,
    );
  }
  const modules = new Map(catalogue.modules.map((m) => [m.id, m]));
  programme.sessions.forEach((session, i) => {
    const module = modules.get(session.module);
    if (!module) {
      inside(
        pointer('sessions', i, 'module'),
        'unknown-module',
        `Module "${session.module}" is not in the catalogue.`,
      );
    } else if (!module.languages.includes(session.language)) {
      inside(
        pointer('sessions', i, 'language'),
        'language-not-offered',
        `Module "${module.id}" is not given in "${session.language}" (only ${module.languages.join(', ')}).`,
      );
    }
  });
}

async function resolveProgramme(
  city: City,
  catalogue: Catalogue | undefined,
  files: CityFiles,
  report: Report,
): Promise<Programme | undefined> {
  if (!city.programme) return undefined;
  const at = '/programme/path';
  const json = await readJson(files, city.programme.path, at, report);
  if (json === undefined) return undefined;
  if (!validateProgramme(json)) {
    reportInside(report, at, city.programme.path, toIssues(validateProgramme.errors));
    return undefined;
  }
  if (catalogue) checkProgramme(city, json, catalogue, report);
  return json;
}

async function checkLogo(city: City, files: CityFiles, report: Report): Promise<void> {
  const src = city.branding?.logo?.src;
  if (src === undefined || src.startsWith('https://')) return;
  if (!(await files.exists(src))) {
    report(
      '/branding/logo/src',
      'missing-file',
      `There is no logo file "${src}" beside the city file.`,
    );
  }
}

/**
 * Loads and checks everything a parsed city refers to, with each package's own parser: the
 * framework (`parseFramework`) and the city's extension of it (`extendFramework`), the role
 * profiles (in the city's framework), each instrument (`parseInstrument`, against the framework
 * it names), the catalogue (`parseCatalogue`), the programme (its schema, then: for this city,
 * of this catalogue, modules that exist, in languages they are given in) and the logo file.
 * Issues point into the city file; an issue inside a referenced document names the document and
 * the place in it. Never throws on bad documents.
 *
 * @example
 * ```ts
 * const resolved = await resolveCity(city, { files: cityFilesAt('apps/portal/cities') });
 * if (resolved.ok) console.log(resolved.value.framework.roleProfiles?.length);
 * ```
 */
export async function resolveCity(
  city: City,
  options: ResolveCityOptions,
): Promise<ParseResult<ResolvedCity>> {
  const issues: Issue[] = [];
  const report: Report = (path, code, message) => issues.push({ path, code, message });
  const published = options.published ?? SHIPPED_DOCUMENTS;
  const frameworks = await resolveFramework(city, options, report);
  await checkLogo(city, options.files, report);
  if (!frameworks) return { ok: false, issues };
  checkRoleProfiles(city, frameworks.framework, report);
  const instruments = resolveInstruments(city, frameworks, published, report);
  const catalogue = await resolveCatalogue(city, frameworks, options, report);
  const programme = await resolveProgramme(city, catalogue, options.files, report);
  if (issues.length > 0 || !catalogue) return { ok: false, issues };
  return {
    ok: true,
    value: {
      city,
      baseFramework: frameworks.base,
      framework: frameworks.framework,
      instruments,
      catalogue,
      ...(programme ? { programme } : {}),
    },
  };
}
