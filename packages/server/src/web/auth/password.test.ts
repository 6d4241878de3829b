import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  MAX_PASSWORD_LENGTH,
  needsRehash,
  verifyNothing,
  verifyPassword,
} from './password.js';

const cheap = { N: 2 ** 10, r: 8, p: 1 };

describe('passwords', () => {
  it('verifies the password it hashed, and nothing else', async () => {
    const stored = await hashPassword('correct horse battery staple', cheap);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
    // Two hashes of one password differ (a salt each).
    expect(await hashPassword('same', cheap)).not.toBe(await hashPassword('same', cheap));
  });

  it('treats a composed and a decomposed ü as the same password (NFC)', async () => {
    const stored = await hashPassword('Grüße', cheap);
    expect(await verifyPassword('Gru\u0308ße', stored)).toBe(true);
  });

  it('refuses malformed or tampered hashes without throwing, including absurd costs', async () => {
    for (const bad of [
      '',
      'plain',
      'scrypt$1024$8$1$x$y',
      'scrypt$1073741824$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'bcrypt$x',
      'disabled',
    ])
      expect(await verifyPassword('x', bad), bad).toBe(false);
  });

  it('bounds the password length', async () => {
    await expect(hashPassword('x'.repeat(MAX_PASSWORD_LENGTH + 1), cheap)).rejects.toThrow(
      RangeError,
    );
    await expect(hashPassword('', cheap)).rejects.toThrow(RangeError);
    const stored = await hashPassword('x', cheap);
    expect(await verifyPassword('x'.repeat(MAX_PASSWORD_LENGTH + 1), stored)).toBe(false);
  });

  it('says when a hash is below the current cost', async () => {
    const stored = await hashPassword('x', cheap);
    expect(needsRehash(stored, cheap)).toBe(false);
    expect(needsRehash(stored, { N: 2 ** 11, r: 8, p: 1 })).toBe(true);
    expect(needsRehash('disabled')).toBe(true);
  });

  it('verifyNothing answers false after doing the same work', async () => {
    expect(await verifyNothing('anything', cheap)).toBe(false);
  });
});
