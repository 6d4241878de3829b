import { createHash, randomBytes } from 'node:crypto';

/**
 * The hash under which a session token is stored: SHA-256, base64url. The cookie carries the
 * token; the database only its hash, so a copy of the database opens no session.
 */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/** A new random session token (256 bits, base64url) and its hash. */
export function newSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSessionToken(token) };
}
