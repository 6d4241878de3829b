/**
 * What an exception caught at the package's boundary means, as an issue code that says so.
 * A stack overflow is never an algorithm problem, and an error of unknown kind is not called
 * "not JSON".
 *
 * @packageDocumentation
 */
import { CREDENTIAL_LIMIT_CODES } from './limits.js';
import { WebCryptoUnavailable } from './webcrypto.js';

/** A readable sentence for an error of unknown kind. */
export function describe(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return 'an error that cannot be shown as text';
  }
}

/** Where the error was caught: reading the input, canonicalising and hashing it, or checking. */
export type Stage = 'read' | 'hash' | 'check';

/**
 * The issue code of an error caught at `stage`:
 *
 * - `depth-limit-exceeded`: the JavaScript stack ran out (nesting deeper than the engine
 *   allows, possible only when a caller lifts `maxDepth`);
 * - `size-limit-exceeded`: another `RangeError` (a string longer than the engine allows);
 * - `webcrypto-unavailable`: no `globalThis.crypto.subtle`;
 * - `unsupported-algorithm`: the platform has no Ed25519 (a `NotSupportedError` while checking);
 * - `not-json`: a `TypeError` while canonicalising (a value JSON cannot hold);
 * - `signature-check-failed`: anything else thrown by the signature check;
 * - `unreadable-input`: anything else (a getter or proxy that throws).
 */
export function codeOf(error: unknown, stage: Stage): string {
  if (error instanceof RangeError)
    return /call stack|too much recursion/i.test(error.message)
      ? CREDENTIAL_LIMIT_CODES.maxDepth
      : CREDENTIAL_LIMIT_CODES.maxSize;
  if (error instanceof WebCryptoUnavailable) return 'webcrypto-unavailable';
  const name = (error as { name?: unknown } | null)?.name;
  if (stage === 'check')
    return name === 'NotSupportedError' ? 'unsupported-algorithm' : 'signature-check-failed';
  if (stage === 'hash' && error instanceof TypeError) return 'not-json';
  return 'unreadable-input';
}
