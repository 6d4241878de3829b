import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as csv from '@competence-kit/model/csv';
import * as library from './index.js';

/** The source files the library entry reaches through relative imports. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(import.meta.dirname, file), 'utf8');
  for (const [, target] of text.matchAll(/from '\.\/([\w-]+)\.js'/g))
    reachable(`${target}.ts`, seen);
  return seen;
}

describe('the library entry', () => {
  it('exports the translation workflow and the CSV functions', () => {
    expect(Object.keys(library).sort()).toEqual([
      'TRANSLATION_COLUMNS',
      'TRANSLATION_IMPORT_LIMITS',
      'exportTranslations',
      'formatCsv',
      'importTranslations',
      'parseCsv',
      'textId',
    ]);
  });

  it('re-exports the CSV reader and writer of @competence-kit/model/csv, not a copy', () => {
    expect(library.parseCsv).toBe(csv.parseCsv);
    expect(library.formatCsv).toBe(csv.formatCsv);
  });

  it('stays free of Node built-ins, so it runs in a browser or a worker', () => {
    const files = reachable('index.ts');
    expect([...files].sort()).toEqual([
      'index.ts',
      'text-id.ts',
      'translation-import.ts',
      'translations.ts',
    ]);
    for (const file of files) {
      const text = readFileSync(join(import.meta.dirname, file), 'utf8');
      expect(text, file).not.toMatch(/from 'node:|\bprocess\.|\bBuffer\b/);
    }
  });
});
