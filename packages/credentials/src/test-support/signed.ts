// Test support: a signed Open Badges credential of the shipped framework, and helpers to read
// results. Not part of the package (tsconfig.build.json leaves test-support out).
import type { Framework } from '@competence-kit/schemas';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { issueCredential } from '../credential.js';
import type { OpenBadgeCredential, SignedCredential } from '../credential.types.js';
import { didKeyFor } from '../did-key.js';
import { ed25519Signer } from '../node-signer.js';
import { signCredential } from '../sign.js';
import type { VerificationResult } from '../verify.js';

const here = import.meta.dirname;
export const CREATED = '2026-03-12T16:05:00Z';
export const city = ed25519Signer(new Uint8Array(32).fill(1));

export function credentialOf(issuerId = didKeyFor(city.publicKey)): OpenBadgeCredential {
  const result = issueCredential({
    framework: JSON.parse(
      readFileSync(join(here, '../../../framework-intercultural/content/framework.json'), 'utf8'),
    ) as Framework,
    catalogue: JSON.parse(readFileSync(join(here, '../fixtures/catalogue.json'), 'utf8')),
    module: 'de-escalation-at-the-counter',
    issuer: { id: issuerId, name: 'Stadt Offenbach am Main', url: 'https://www.offenbach.de' },
    earner: { id: 'urn:uuid:2f0e1c7a-5b3d-4e8f-9a6b-1c2d3e4f5a6b' },
    completedAt: '2026-03-12T16:00:00+01:00',
    locale: 'de',
    id: 'urn:uuid:0f8e6a1c-2b3d-4c5e-9f70-8a9b0c1d2e3f',
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

export async function signedCredential(
  credential: OpenBadgeCredential = credentialOf(),
): Promise<SignedCredential> {
  const result = await signCredential(credential, city, { created: CREATED });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** `path code` of each issue. */
export const codes = (result: VerificationResult | { ok: boolean; issues?: unknown }): string[] =>
  result.ok
    ? []
    : (result as { issues: { path: string; code: string }[] }).issues.map(
        (i) => `${i.path} ${i.code}`,
      );

/** An object nested `depth` deep: { a: { a: … { a: 1 } } }. */
export function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}
