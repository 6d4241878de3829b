import type { Issue, PublishedReference } from '@competence-kit/schemas';
import { pointer } from '@competence-kit/schemas';
import compareVersions from 'semver/functions/compare.js';
import satisfies from 'semver/functions/satisfies.js';

/** The files beside a city file, by their path relative to it. */
export interface CityFiles {
  /** The file's text, or undefined when there is no such file. */
  read(path: string): Promise<string | undefined>;
  /** Whether the file exists (for the logo, which is not read). */
  exists(path: string): Promise<boolean>;
}

/** Collects an issue at a JSON pointer into the city file. */
export type Report = (path: string, code: string, message: string) => void;

/** The newest published document with the reference's id whose version is in its range. */
export function pick<T extends { id: string; version: string }>(
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
export async function readJson(
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
export function reportInside(
  report: Report,
  at: string,
  document: string,
  issues: readonly Issue[],
) {
  for (const issue of issues) {
    report(at, issue.code, `${document}, at "${issue.path || '/'}": ${issue.message}`);
  }
}
