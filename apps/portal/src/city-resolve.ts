import type {
  Catalogue,
  City,
  Framework,
  Instrument,
  InstrumentPurpose,
  Issue,
  ParseResult,
  Programme,
} from '@competence-kit/schemas';
import { pointer } from '@competence-kit/schemas';
import { extendFramework, parseFramework } from '@competence-kit/model';
import { parseInstrument } from '@competence-kit/scoring';
import { parseCatalogue } from '@competence-kit/training';
import { SHIPPED_DOCUMENTS, type PublishedDocuments } from './city-published.js';
import { pick, readJson, reportInside, type CityFiles, type Report } from './city-documents.js';
import { resolveProgramme } from './city-programme.js';

export type { CityFiles } from './city-documents.js';

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
