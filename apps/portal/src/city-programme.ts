import type { Catalogue, City, Programme } from '@competence-kit/schemas';
import { pointer, toIssues } from '@competence-kit/schemas';
import { validateProgramme } from '@competence-kit/schemas/validators';
import satisfies from 'semver/functions/satisfies.js';
import { readJson, reportInside, type CityFiles, type Report } from './city-documents.js';

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

/**
 * Reads the city's programme and checks it: its schema, then that it is this city's, schedules
 * this catalogue, and uses modules that exist in languages they are given in.
 */
export async function resolveProgramme(
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
