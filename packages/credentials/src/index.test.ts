import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as credentials from './index.js';

const here = import.meta.dirname;

describe('the credentials API', () => {
  it('keeps everything but the Node signer free of Node', () => {
    const core = readdirSync(here).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'node-signer.ts',
    );
    expect(core).toContain('sign.ts');
    for (const file of core) {
      const source = readFileSync(join(here, file), 'utf8');
      expect(source, file).not.toMatch(/from ['"]node:|require\(|\bBuffer\b|\bprocess\./);
    }
    expect(readFileSync(join(here, 'index.ts'), 'utf8')).not.toMatch(/from '\.\/node-signer/);
  });

  it('exports the functions it documents', () => {
    for (const name of [
      'issueCredential',
      'signCredential',
      'verifyCredential',
      'resolveDidKey',
      'didKeyFor',
      'didKeyVerificationMethod',
      'hashIdentity',
      'identityMatches',
      'canonicalize',
      'proofHashData',
      'encodeMultibase',
      'decodeMultibase',
    ]) {
      expect(typeof (credentials as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
