// Issue 12: verifyCredential bounds its work (depth, length, proofs) and its codes are honest.
// The reproductions of the issue are here as regression tests: codes and results, no timings
// (the time per MB is a benchmark: bench/src/verify-credential.bench.mjs).
import { describe, expect, it } from 'vitest';
import { resolveDidKey } from './did-key.js';
import { DEFAULT_CREDENTIAL_LIMITS } from './limits.js';
import { signCredential } from './sign.js';
import {
  city,
  codes,
  CREATED,
  credentialOf,
  nested,
  signedCredential,
} from './test-support/signed.js';
import { verifyCredential } from './verify.js';

const KEBAB = /^[a-z]+(?:-[a-z]+)*$/;

/** A credential whose subject holds `value` under `extra`, signed (so only the limit stops it). */
async function signedWith(value: unknown, limits = {}) {
  const credential = credentialOf();
  const subject = credential.credentialSubject as unknown as Record<string, unknown>;
  subject.extra = value;
  const result = await signCredential(credential, city, { created: CREATED, limits });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('verifyCredential limits (issue 12)', () => {
  it('has documented defaults', () => {
    expect(DEFAULT_CREDENTIAL_LIMITS).toEqual({ maxDepth: 32, maxSize: 1_000_000, maxProofs: 8 });
    expect(Object.isFrozen(DEFAULT_CREDENTIAL_LIMITS)).toBe(true);
  });

  it('refuses a 4,000-deep subject as depth-limit-exceeded, with the path and the limit', async () => {
    const credential = { ...(await signedCredential()), credentialSubject: nested(4000) };
    const result = await verifyCredential(credential, resolveDidKey);
    expect(codes(result)).toEqual([`/credentialSubject${'/a'.repeat(31)} depth-limit-exceeded`]);
    expect(result.ok ? '' : result.issues[0]!.message).toMatch(/32 .*maxDepth/);
  });

  it('refuses a 20,000-deep subject as depth-limit-exceeded, never as unsupported-algorithm', async () => {
    const credential = { ...(await signedCredential()), credentialSubject: nested(20_000) };
    const result = await verifyCredential(credential, resolveDidKey);
    expect(codes(result)).toEqual([`/credentialSubject${'/a'.repeat(31)} depth-limit-exceeded`]);
  });

  it('calls a stack overflow depth-limit-exceeded when the caller lifts the depth limit', async () => {
    const credential = { ...(await signedCredential()), credentialSubject: nested(50_000) };
    const result = await verifyCredential(credential, resolveDidKey, {
      limits: { maxDepth: Infinity, maxSize: Infinity },
    });
    expect(codes(result)).toEqual(['/proof/0 depth-limit-exceeded']);
    expect(result.ok ? '' : result.issues[0]!.message).toMatch(/stack/i);
  });

  it('refuses 10,000 copies of a valid proof (4 MB) as proofs-limit-exceeded and size-limit-exceeded', async () => {
    const credential = await signedCredential();
    const flood = {
      ...credential,
      proof: Array.from({ length: 10_000 }, () => credential.proof[0]),
    };
    expect(JSON.stringify(flood).length).toBeGreaterThan(4_000_000);
    const result = await verifyCredential(flood, resolveDidKey);
    expect(codes(result)).toEqual(['/proof proofs-limit-exceeded', ' size-limit-exceeded']);
    const messages = result.ok ? [] : result.issues.map((i) => i.message);
    expect(messages[0]).toMatch(/10000 proofs; at most 8 .*maxProofs/);
    expect(messages[1]).toMatch(/1000000 characters .*maxSize/);
  });

  it('reads up to maxProofs proofs and verifies them', async () => {
    const credential = await signedCredential();
    const eight = { ...credential, proof: Array.from({ length: 8 }, () => credential.proof[0]) };
    expect(await verifyCredential(eight, resolveDidKey)).toEqual({ ok: true });
    const nine = { ...credential, proof: [...eight.proof, credential.proof[0]] };
    expect(codes(await verifyCredential(nine, resolveDidKey))).toEqual([
      '/proof proofs-limit-exceeded',
    ]);
    expect(await verifyCredential(nine, resolveDidKey, { limits: { maxProofs: 9 } })).toEqual({
      ok: true,
    });
  });

  it('measures the length of the JSON text against maxSize, at the limit and one over', async () => {
    const credential = await signedCredential();
    const length = JSON.stringify(credential).length;
    expect(
      await verifyCredential(credential, resolveDidKey, { limits: { maxSize: length } }),
    ).toEqual({
      ok: true,
    });
    expect(
      codes(await verifyCredential(credential, resolveDidKey, { limits: { maxSize: length - 1 } })),
    ).toEqual([' size-limit-exceeded']);
    // A huge string is refused by the same count, before anything canonicalises it.
    const huge = { ...credential, name: 'x'.repeat(1_000_001) };
    expect(codes(await verifyCredential(huge, resolveDidKey))).toEqual([' size-limit-exceeded']);
    // Escapes count at their longest: 200,000 control characters are 1,200,000 characters.
    const controls = { ...credential, name: '\u0001'.repeat(200_000) };
    expect(codes(await verifyCredential(controls, resolveDidKey))).toEqual([
      ' size-limit-exceeded',
    ]);
  });

  it('verifies a credential at the depth limit that a caller raised', async () => {
    const deep = await signedWith(nested(60), { maxDepth: 64 });
    expect(codes(await verifyCredential(deep, resolveDidKey))[0]).toMatch(/depth-limit-exceeded$/);
    expect(await verifyCredential(deep, resolveDidKey, { limits: { maxDepth: 64 } })).toEqual({
      ok: true,
    });
  });

  it('refuses limits that are not whole numbers of at least 1', async () => {
    const credential = await signedCredential();
    for (const limits of [
      { maxDepth: 0 },
      { maxSize: -1 },
      { maxProofs: 1.5 },
      { maxDepth: Number.NaN },
      { maxDepth: '32' },
    ]) {
      const result = await verifyCredential(credential, resolveDidKey, {
        limits: limits as unknown as Record<string, number>,
      });
      const name = Object.keys(limits)[0]!;
      expect(codes(result), JSON.stringify(limits)).toEqual([
        `/options/limits/${name} invalid-option`,
      ]);
    }
    expect(
      codes(await verifyCredential(credential, resolveDidKey, { limits: 5 as unknown as object })),
    ).toEqual(['/options/limits invalid-option']);
  });

  it('names values that are not JSON data with their pointer', async () => {
    const credential = await signedCredential();
    const cases: [unknown, string][] = [
      [{ ...credential, name: Number.NaN }, '/name not-json'],
      [{ ...credential, name: 10n }, '/name not-json'],
      [{ ...credential, name: () => 1 }, '/name not-json'],
      [{ ...credential, type: ['VerifiableCredential', undefined] }, '/type/1 not-json'],
      [{ ...credential, name: 'broken \ud800 surrogate' }, '/name invalid-unicode'],
      [{ ...credential, 'a/b~c': { '\udc00': 1 } }, '/a~1b~0c/\udc00 invalid-unicode'],
    ];
    for (const [input, expected] of cases)
      expect(codes(await verifyCredential(input, resolveDidKey))).toEqual([expected]);
    const cyclic: Record<string, unknown> = { ...credential };
    cyclic.credentialSubject = { self: cyclic };
    expect(codes(await verifyCredential(cyclic, resolveDidKey))).toEqual([
      '/credentialSubject/self not-json',
    ]);
  });

  it('gives honest codes for signature checks that throw', async () => {
    const credential = await signedCredential();
    const notSupported = Object.assign(new Error('Ed25519 is not supported'), {
      name: 'NotSupportedError',
    });
    const throwing = (error: unknown) => ({ checkSignature: () => Promise.reject(error) });
    expect(
      codes(await verifyCredential(credential, resolveDidKey, throwing(notSupported))),
    ).toEqual(['/proof/0/proofValue unsupported-algorithm']);
    expect(
      codes(await verifyCredential(credential, resolveDidKey, throwing(new Error('HSM offline')))),
    ).toEqual(['/proof/0/proofValue signature-check-failed']);
    expect(
      codes(
        await verifyCredential(
          credential,
          resolveDidKey,
          throwing(new RangeError('Maximum call stack size exceeded')),
        ),
      ),
    ).toEqual(['/proof/0/proofValue depth-limit-exceeded']);
    // A check that answers something other than true does not verify.
    const truthy = { checkSignature: () => Promise.resolve('yes' as unknown as boolean) };
    expect(codes(await verifyCredential(credential, resolveDidKey, truthy))).toEqual([
      '/proof/0/proofValue invalid-signature',
    ]);
  });

  it('shows a thrown value that cannot be turned into text', async () => {
    const credential = await signedCredential();
    const unprintable = Object.create(null) as object;
    const result = await verifyCredential(credential, () => Promise.reject(unprintable));
    expect(codes(result)).toEqual(['/proof/0/verificationMethod key-resolution-failed']);
    expect(result.ok ? '' : result.issues[0]!.message).toMatch(/cannot be shown as text/);
  });

  it('reports a getter that throws as unreadable-input, every code in kebab-case', async () => {
    const credential: Record<string, unknown> = { ...(await signedCredential()) };
    Object.defineProperty(credential, 'name', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    const result = await verifyCredential(credential, resolveDidKey);
    expect(codes(result)).toEqual([' unreadable-input']);
    for (const code of codes(result).map((c) => c.split(' ')[1]!)) expect(code).toMatch(KEBAB);
  });

  it('verifies proofs with different @context prefixes (one document hash per context)', async () => {
    const credential = await signedCredential();
    const [first] = credential.proof;
    const context = credential['@context'];
    // A second proof over the credential with only the first context entry (§3.3.2 step 4).
    const prefixProof = await signCredential(
      { ...credential, '@context': [context[0]], proof: [] } as unknown as typeof credential,
      city,
      { created: CREATED },
    );
    if (!prefixProof.ok) throw new Error(JSON.stringify(prefixProof.issues));
    const second = prefixProof.value.proof[0]!;
    expect(second['@context']).toEqual([context[0]]);
    const both = { ...credential, proof: [first!, second, first!] };
    expect(await verifyCredential(both, resolveDidKey)).toEqual({ ok: true });
    // The prefix proof does not hold for a changed credential either.
    const changed = { ...both, name: 'Other' };
    expect(codes(await verifyCredential(changed, resolveDidKey))).toEqual([
      '/proof/0/proofValue invalid-signature',
      '/proof/1/proofValue invalid-signature',
      '/proof/2/proofValue invalid-signature',
    ]);
  });
});
