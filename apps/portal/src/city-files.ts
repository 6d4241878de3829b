import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { ParseOptions, ParseResult } from '@competence-kit/schemas';
import { parseCity } from './city.js';
import { resolveCity, type CityFiles, type ResolvedCity } from './city-resolve.js';
import type { PublishedDocuments } from './city-published.js';

/** A city file or a document beside it larger than this is refused before it is read. */
export const MAX_CITY_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Paths the portal answers itself beside the cities (`/healthz`, `/readyz`): a city with one of
 * these ids would never be reached at `/<id>/`, so its file is refused.
 */
export const RESERVED_CITY_IDS: readonly string[] = ['healthz', 'readyz'];

/** The file at `path` inside `dir`, or undefined when the path would leave `dir`. */
function inside(dir: string, path: string): string | undefined {
  const full = resolve(dir, path);
  const rel = relative(resolve(dir), full);
  return rel === '' || rel.startsWith('..') || rel.startsWith(sep) ? undefined : full;
}

const isMissing = (error: unknown) =>
  ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '');

/** Reads a file's text, or undefined when it does not exist; refuses one over the size limit. */
async function readBounded(file: string): Promise<string | undefined> {
  try {
    const { size, isFile } = await stat(file).then((s) => ({ size: s.size, isFile: s.isFile() }));
    if (!isFile) return undefined;
    if (size > MAX_CITY_FILE_BYTES) {
      throw new RangeError(`${file} has ${size} bytes, more than ${MAX_CITY_FILE_BYTES}.`);
    }
    return await readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/**
 * The files beside a city file, read from the folder `dir` (the city file's folder). Paths that
 * would leave the folder are treated as missing.
 *
 * @example
 * ```ts
 * const files = cityFilesAt('apps/portal/cities');
 * await files.read('ravenna/programme-2027.json');
 * ```
 */
export function cityFilesAt(dir: string): CityFiles {
  return {
    async read(path) {
      const file = inside(dir, path);
      return file === undefined ? undefined : readBounded(file);
    },
    async exists(path) {
      const file = inside(dir, path);
      if (file === undefined) return false;
      return stat(file).then(
        (s) => s.isFile(),
        () => false,
      );
    },
  };
}

/** Options of {@link loadCity}: the published documents, and the parser's limits. */
export interface LoadCityOptions extends ParseOptions {
  published?: PublishedDocuments;
}

/**
 * Reads `cities/<id>.json`, parses it with `parseCity`, checks that the file is named after the
 * city's id, and resolves the documents it refers to with `resolveCity`.
 *
 * @example
 * ```ts
 * const ravenna = await loadCity('apps/portal/cities/ravenna.json');
 * if (!ravenna.ok) console.table(ravenna.issues);
 * ```
 */
export async function loadCity(
  file: string,
  options: LoadCityOptions = {},
): Promise<ParseResult<ResolvedCity>> {
  const text = await readBounded(file);
  if (text === undefined) {
    return {
      ok: false,
      issues: [{ path: '', code: 'missing-file', message: `There is no file ${file}.` }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          code: 'invalid-json',
          message: `${file} is not JSON: ${(error as Error).message}`,
        },
      ],
    };
  }
  const parsed = parseCity(json, options);
  if (!parsed.ok) return parsed;
  if (basename(file) !== `${parsed.value.id}.json`) {
    return {
      ok: false,
      issues: [
        {
          path: '/id',
          code: 'file-name-mismatch',
          message: `The city "${parsed.value.id}" belongs in ${parsed.value.id}.json, not ${basename(file)}.`,
        },
      ],
    };
  }
  if (RESERVED_CITY_IDS.includes(parsed.value.id)) {
    return {
      ok: false,
      issues: [
        {
          path: '/id',
          code: 'reserved-id',
          message: `The city id "${parsed.value.id}" is a path of the portal itself (${RESERVED_CITY_IDS.map((id) => `/${id}`).join(', ')}); choose another id.`,
        },
      ],
    };
  }
  return resolveCity(parsed.value, {
    files: cityFilesAt(dirname(file)),
    ...(options.published ? { published: options.published } : {}),
  });
}

/** The city files of a folder: every `*.json` directly in it, sorted by name. */
export async function cityFileNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(dir, e.name))
    .sort();
}

/**
 * Loads every city of a folder (`apps/portal/cities`): adding a city is adding a file.
 *
 * @example
 * ```ts
 * for (const [file, result] of await loadCities('apps/portal/cities')) console.log(file, result.ok);
 * ```
 */
export async function loadCities(
  dir: string,
  options: LoadCityOptions = {},
): Promise<Map<string, ParseResult<ResolvedCity>>> {
  const results = new Map<string, ParseResult<ResolvedCity>>();
  for (const file of await cityFileNames(dir)) results.set(file, await loadCity(file, options));
  return results;
}
