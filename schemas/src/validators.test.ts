import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateLocalizedText, validateFramework } from './validators.js';
import { toIssues, pointer } from './issues.js';
import { SCHEMA_IDS } from './generated/ids.js';

describe('compiled validators', () => {
  const source = readFileSync(join(import.meta.dirname, 'generated', 'validators.js'), 'utf8');

  it('are plain ES modules that never compile code at run time', () => {
    expect(source).not.toMatch(/\bnew Function\b|\beval\(|\brequire\(/);
    expect(source).toMatch(/^export const validateFramework\b/m);
  });

  it('count string length in code points, as JSON Schema does', () => {
    // 20,000 astral characters are 40,000 UTF-16 units but within maxLength 20000.
    const emoji = '\u{1F600}';
    expect(validateLocalizedText({ en: emoji.repeat(20000) })).toBe(true);
    expect(validateLocalizedText({ en: emoji.repeat(20001) })).toBe(false);
    expect(toIssues(validateLocalizedText.errors)).toEqual([
      { path: '/en', code: 'too-long', message: 'Expected at most 20000 characters.' },
    ]);
  });

  it('reject prototype-polluting keys as unknown properties without polluting anything', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}') as unknown;
    expect(validateFramework(hostile)).toBe(false);
    expect(toIssues(validateFramework.errors)).toContainEqual(
      expect.objectContaining({ path: '/__proto__', code: 'unknown-property' }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reject non-objects with a type issue at the root', () => {
    for (const input of [null, 42, 'framework', [], true]) {
      expect(validateFramework(input)).toBe(false);
      expect(toIssues(validateFramework.errors)).toEqual([
        { path: '', code: 'invalid-type', message: 'Expected object.' },
      ]);
    }
  });
});

describe('toIssues', () => {
  it('escapes keys in JSON pointers (RFC 6901)', () => {
    expect(pointer('a/b', 'c~d', 0)).toBe('/a~1b/c~0d/0');
    const issues = toIssues([
      {
        instancePath: '/modify',
        schemaPath: '#/additionalProperties',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'x/y' },
      },
    ]);
    expect(issues[0]!.path).toBe('/modify/x~1y');
  });

  it('folds the branch errors of a failed oneOf into one issue', () => {
    const issues = toIssues([
      {
        instancePath: '/t/a',
        schemaPath: '#/oneOf/0/type',
        keyword: 'type',
        params: { type: 'string' },
      },
      {
        instancePath: '/t/a',
        schemaPath: '#/oneOf/1/type',
        keyword: 'type',
        params: { type: 'null' },
      },
      {
        instancePath: '/t/a',
        schemaPath: '#/oneOf',
        keyword: 'oneOf',
        params: { passingSchemas: null },
      },
    ]);
    expect(issues).toEqual([
      { path: '/t/a', code: 'invalid-value', message: 'Matches none of the allowed forms.' },
    ]);
  });

  it('explains the shared patterns in words', () => {
    const [issue] = toIssues([
      {
        instancePath: '/id',
        schemaPath: 'https://w3id.org/competence-kit/schemas/common/v1#/$defs/id/pattern',
        keyword: 'pattern',
        params: { pattern: '^…$' },
      },
    ]);
    expect(issue!.message).toMatch(/kebab-case id/);
  });

  it('gives every schema id the versioned w3id form', () => {
    for (const id of Object.values(SCHEMA_IDS)) {
      expect(id).toMatch(/^https:\/\/w3id\.org\/competence-kit\/schemas\/[a-z-]+\/v\d+$/);
    }
  });
});

describe('parseSafely', () => {
  it('turns an exception into an unreadable-input issue and passes results through', async () => {
    const { parseSafely } = await import('./issues.js');
    expect(parseSafely(() => ({ ok: true, value: 1 }))).toEqual({ ok: true, value: 1 });
    expect(
      parseSafely(() => {
        throw new Error('trap');
      }),
    ).toEqual({
      ok: false,
      issues: [
        {
          path: '',
          code: 'unreadable-input',
          message: 'The input could not be read as JSON data: trap.',
        },
      ],
    });
  });
});
