/**
 * The form of one `eddsa-jcs-2022` proof (W3C Data Integrity EdDSA Cryptosuites v1.0, §3.3.2):
 * its type, cryptosuite, purpose, date, verification method and proof value, each fault an
 * issue at its JSON pointer.
 *
 * @packageDocumentation
 */
import { isDateTime } from './formats.js';
import { shown } from './limits.js';
import { decodeMultibase } from './multibase.js';
import { EDDSA_JCS_2022 } from './sign.js';

/** Records one issue: a JSON pointer, a kebab-case code, a sentence. */
export type Report = (path: string, code: string, message: string) => void;

/** Whether a value is a JSON object (not null, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The proof options and signature of one proof, or `undefined` after reporting its faults. */
export function readProof(
  proof: unknown,
  at: string,
  purpose: string,
  report: Report,
): { options: Record<string, unknown>; signature: Uint8Array; method: string } | undefined {
  if (!isRecord(proof)) {
    report(at, 'invalid-type', 'Expected the proof as an object.');
    return undefined;
  }
  let faults = 0;
  const fault: Report = (...args) => {
    faults++;
    report(...args);
  };
  if (proof.type !== 'DataIntegrityProof')
    fault(
      `${at}/type`,
      'unsupported-proof-type',
      `Only DataIntegrityProof is supported, not ${shown(proof.type)}.`,
    );
  else if (proof.cryptosuite !== EDDSA_JCS_2022)
    fault(
      `${at}/cryptosuite`,
      'unsupported-cryptosuite',
      `Only ${EDDSA_JCS_2022} is supported, not ${shown(proof.cryptosuite)}.`,
    );
  if (proof.proofPurpose !== purpose)
    fault(
      `${at}/proofPurpose`,
      'wrong-proof-purpose',
      `Expected the proof purpose "${purpose}", not ${shown(proof.proofPurpose)}.`,
    );
  if (proof.created !== undefined && !isDateTime(proof.created))
    fault(`${at}/created`, 'invalid-date', 'Expected a real date and time with an offset.');
  if (typeof proof.verificationMethod !== 'string')
    fault(
      `${at}/verificationMethod`,
      'required',
      'The proof does not name its verification method.',
    );
  // A 64-byte signature is at most 89 characters; the length check keeps decoding cheap.
  const value = proof.proofValue;
  const signature =
    typeof value === 'string' && value.length <= 100 ? decodeMultibase(value) : undefined;
  if (!signature || signature.length !== 64)
    fault(
      `${at}/proofValue`,
      'invalid-proof-value',
      'Expected a 64-byte Ed25519 signature in multibase base58btc ("z…").',
    );
  if (faults > 0 || !signature) return undefined;
  const { proofValue: _value, ...options } = proof;
  return { options, signature, method: proof.verificationMethod as string };
}
