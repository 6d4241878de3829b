import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as validators from './validators.js';
import { toIssues } from './issues.js';
import type { CompiledValidator } from './generated/validators.js';

const root = join(import.meta.dirname, '..');
const examples = join(root, 'examples');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const pascal = (name: string) =>
  name
    .split('-')
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');

const documentSchemas = readdirSync(root)
  .filter((f) => f.endsWith('.schema.json'))
  .map((f) => f.replace(/\.schema\.json$/, ''))
  .filter((name) => name !== 'common');

describe('schema examples', () => {
  it('every document schema has a validator and valid and invalid examples', () => {
    for (const name of documentSchemas) {
      expect(validators, name).toHaveProperty(`validate${pascal(name)}`);
      expect(readdirSync(join(examples, name, 'valid')).length, name).toBeGreaterThan(0);
      expect(readdirSync(join(examples, name, 'invalid')).length, name).toBeGreaterThan(0);
    }
  });

  for (const name of documentSchemas) {
    const validate = (validators as Record<string, CompiledValidator<unknown>>)[
      `validate${pascal(name)}`
    ]!;
    const dir = join(examples, name);

    describe(name, () => {
      for (const file of readdirSync(join(dir, 'valid'))) {
        it(`accepts valid/${file}`, () => {
          const ok = validate(readJson(join(dir, 'valid', file)));
          expect(toIssues(validate.errors)).toEqual([]);
          expect(ok).toBe(true);
        });
      }

      const expected = existsSync(join(dir, 'invalid.expected.json'))
        ? (readJson(join(dir, 'invalid.expected.json')) as Record<
            string,
            { path: string; code: string }[]
          >)
        : {};
      it('states what each invalid example must report', () => {
        expect(Object.keys(expected).sort()).toEqual(readdirSync(join(dir, 'invalid')).sort());
      });
      for (const file of readdirSync(join(dir, 'invalid'))) {
        it(`rejects invalid/${file} at the expected path`, () => {
          expect(validate(readJson(join(dir, 'invalid', file)))).toBe(false);
          const issues = toIssues(validate.errors);
          for (const want of expected[file] ?? []) {
            expect(issues).toContainEqual(expect.objectContaining(want));
          }
          for (const issue of issues) expect(issue.message.length).toBeGreaterThan(5);
        });
      }
    });
  }
});
