// Issue 12: what signCredential returns shares no mutable structure with its input, nor within
// itself (the credential's @context and its proof's were one array), and the document hash a
// proof set shares is the hash of the JCS text of the whole unsecured document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnsecuredDocument } from './document-hash.js';
import { canonicalize } from './jcs.js';
import { resolveDidKey } from './did-key.js';
import { signCredential } from './sign.js';
import { city, CREATED, credentialOf, signedCredential } from './test-support/signed.js';
import { verifyCredential } from './verify.js';
import { sha256Text } from './webcrypto.js';

/** Every object and array in a value, with the number of places it appears. */
function objectsIn(value: unknown, seen = new Map<object, number>()): Map<object, number> {
  if (typeof value === 'object' && value !== null) {
    seen.set(value, (seen.get(value) ?? 0) + 1);
    for (const member of Object.values(value)) objectsIn(member, seen);
  }
  return seen;
}

describe('signCredential output', () => {
  it('gives the credential and its proof @context arrays of their own', async () => {
    const signed = await signedCredential();
    expect(signed['@context']).not.toBe(signed.proof[0]!['@context']);
    (signed['@context'] as string[]).push('https://example.org/added');
    expect(signed.proof[0]!['@context']).toHaveLength(2);
  });

  it('shares no object with its input, and no object appears twice in it', async () => {
    const input = credentialOf();
    const once = await signCredential(input, city, { created: CREATED });
    if (!once.ok) throw new Error(JSON.stringify(once.issues));
    // Signing a signed credential again (a proof set): the old proof is copied too.
    const twice = await signCredential(once.value, city, { created: '2026-03-13T09:00:00Z' });
    if (!twice.ok) throw new Error(JSON.stringify(twice.issues));
    for (const [before, after] of [
      [input, once.value],
      [once.value, twice.value],
    ] as const) {
      const inside = objectsIn(after);
      for (const [object, count] of inside) expect(count, JSON.stringify(object)).toBe(1);
      for (const object of objectsIn(before).keys()) expect(inside.has(object)).toBe(false);
    }
    // And both still verify, each proof over the credential without proofs.
    expect(await verifyCredential(twice.value, resolveDidKey)).toEqual({ ok: true });
  });

  it('gives two calls with the same input results that share no object', async () => {
    const input = credentialOf();
    const [a, b] = await Promise.all([
      signCredential(input, city, { created: CREATED }),
      signCredential(input, city, { created: CREATED }),
    ]);
    if (!a.ok || !b.ok) throw new Error('signing failed');
    expect(a.value).toEqual(b.value);
    const inA = objectsIn(a.value);
    for (const object of objectsIn(b.value).keys()) expect(inA.has(object)).toBe(false);
  });

  it('gives credentials that do not change when the input changes afterwards', async () => {
    const input = credentialOf();
    const result = await signCredential(input, city, { created: CREATED });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    (input['@context'] as string[]).push('https://example.org/late');
    input.credentialSubject.achievement.name = 'changed afterwards';
    expect(await verifyCredential(result.value, resolveDidKey)).toEqual({ ok: true });
  });

  it('refuses to sign what verifyCredential would refuse by its default limits', async () => {
    const input = credentialOf() as unknown as Record<string, unknown>;
    const issuesOf = async (credential: unknown, limits?: object) => {
      const result = await signCredential(credential as never, city, { created: CREATED, limits });
      return result.ok ? [] : result.issues.map((i) => `${i.path} ${i.code}`);
    };
    expect(await issuesOf({ ...input, name: 'x'.repeat(1_000_000) })).toEqual([
      '/credential size-limit-exceeded',
    ]);
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = { a: deep };
    expect(await issuesOf({ ...input, credentialSubject: deep })).toEqual([
      `/credential/credentialSubject${'/a'.repeat(31)} depth-limit-exceeded`,
    ]);
    // With the depth limit lifted, the stack overflow is still called depth-limit-exceeded.
    expect(await issuesOf({ ...input, credentialSubject: deep }, { maxDepth: Infinity })).toEqual([
      '/credential depth-limit-exceeded',
    ]);
    const proofs = (await signedCredential()).proof;
    expect(await issuesOf({ ...input, proof: Array(8).fill(proofs[0]) })).toEqual([
      '/credential/proof proofs-limit-exceeded',
    ]);
    expect(await issuesOf(input, { maxProofs: 0 })).toEqual([
      '/options/limits/maxProofs invalid-option',
    ]);
  });
});

describe('UnsecuredDocument', () => {
  // Member names around "@context" in UTF-16 order: "!" < "#" < "@base" < "@context" < "@z" < "A".
  const names = fc.constantFrom(
    '!',
    '#x',
    '@base',
    '@context',
    '@cz',
    '@z',
    'A',
    'a',
    'proof',
    '€',
  );

  it('hashes the JCS text of the document without proof, @context replaced', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(names, fc.jsonValue({ maxDepth: 3 })),
        fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
        async (document, context) => {
          const { proof: _proof, ...expected } = document as Record<string, unknown>;
          if (context === undefined) delete expected['@context'];
          else expected['@context'] = context;
          const unsecured = new UnsecuredDocument(document as Record<string, unknown>);
          expect(unsecured.text(context)).toBe(canonicalize(expected));
          expect(await unsecured.hash(context)).toEqual(await sha256Text(canonicalize(expected)));
        },
      ),
    );
  });
});
