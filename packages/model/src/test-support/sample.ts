import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Framework } from '@competence-kit/schemas';

const samplePath = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'schemas',
  'examples',
  'framework',
  'valid',
  'sample.json',
);
const extensionPath = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'schemas',
  'examples',
  'framework-extension',
  'valid',
  'offenbach.json',
);

/** A fresh copy of the sample framework, safe to mutate. */
export function sample(): Framework {
  return JSON.parse(readFileSync(samplePath, 'utf8')) as Framework;
}

/** A fresh copy of the sample extension (Landkreis Offenbach). */
export function sampleExtension(): Record<string, unknown> {
  return JSON.parse(readFileSync(extensionPath, 'utf8')) as Record<string, unknown>;
}
