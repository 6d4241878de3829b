import type { Framework } from '@competence-kit/schemas';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueCredential } from './credential.js';
import type { OpenBadgeCredential, SignedCredential } from './credential.types.js';
import type { PublicKeyResolver } from './did-key.js';
import { didKeyFor, resolveDidKey } from './did-key.js';
import { ed25519Signer } from './node-signer.js';
import type { CredentialSigner } from './sign.js';
import { signCredential } from './sign.js';
import { verifyCredential } from './verify.js';

const here = import.meta.dirname;
const CREATED = '2026-03-12T16:05:00Z';
const city = ed25519Signer(new Uint8Array(32).fill(1));
const stranger = ed25519Signer(new Uint8Array(32).fill(2));

function credentialOf(issuerId: string): OpenBadgeCredential {
  const result = issueCredential({
    framework: JSON.parse(
      readFileSync(join(here, '../../framework-intercultural/content/framework.json'), 'utf8'),
    ) as Framework,
    catalogue: JSON.parse(readFileSync(join(here, 'fixtures/catalogue.json'), 'utf8')),
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

async function signed(
  credential = credentialOf(didKeyFor(city.publicKey)),
  signer: CredentialSigner = city,
): Promise<SignedCredential> {
  const result = await signCredential(credential, signer, { created: CREATED });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const clone = <T>(value: T): T => structuredClone(value);
const codes = (result: Awaited<ReturnType<typeof verifyCredential>>) =>
  result.ok ? [] : result.issues.map((i) => `${i.path} ${i.code}`);

describe('signCredential and verifyCredential', () => {
  it('signs, and the signature verifies', async () => {
    const credential = await signed();
    expect(credential.proof).toEqual([
      {
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-jcs-2022',
        created: CREATED,
        verificationMethod: city.verificationMethod,
        proofPurpose: 'assertionMethod',
        '@context': credential['@context'],
        proofValue: expect.stringMatching(/^z[1-9A-HJ-NP-Za-km-z]{86,88}$/),
      },
    ]);
    expect(await verifyCredential(credential, resolveDidKey)).toEqual({ ok: true });
    // Round trip through JSON text, as the credential travels.
    expect(await verifyCredential(JSON.parse(JSON.stringify(credential)), resolveDidKey)).toEqual({
      ok: true,
    });
  });

  it('is reproducible: same credential, key and time, same proof', async () => {
    expect((await signed()).proof).toEqual((await signed()).proof);
  });

  it('does not change the unsigned credential', async () => {
    const credential = credentialOf(didKeyFor(city.publicKey));
    const before = clone(credential);
    await signCredential(credential, city, { created: CREATED });
    expect(credential).toEqual(before);
  });

  const tamperings: [string, (c: SignedCredential) => void][] = [
    [
      'the achievement name',
      (c) => (c.credentialSubject.achievement.name = 'Deeskalation für Profis'),
    ],
    [
      'the earner',
      (c) => (c.credentialSubject.id = 'urn:uuid:00000000-0000-4000-8000-000000000000'),
    ],
    ['validFrom', (c) => (c.validFrom = '2025-03-12T16:00:00+01:00')],
    ['the proof’s created', (c) => (c.proof[0]!.created = '2026-03-13T16:05:00Z')],
    ['an alignment', (c) => c.credentialSubject.achievement.alignment!.pop()],
    ['a member added', (c) => Object.assign(c, { validUntil: '2030-01-01T00:00:00Z' })],
  ];

  it.each(tamperings)('refuses a credential whose %s was changed', async (_what, tamper) => {
    const credential = clone(await signed());
    tamper(credential);
    const result = await verifyCredential(credential, resolveDidKey);
    expect(codes(result)).toEqual(['/proof/0/proofValue invalid-signature']);
    expect(result.ok ? '' : result.issues[0]!.message).toMatch(/changed after signing/);
  });

  it('refuses a signature by another key', async () => {
    const issuer = didKeyFor(city.publicKey);
    // The stranger signs in their own name: the signature holds, the key is not the issuer's.
    const byStranger = await signed(credentialOf(issuer), stranger);
    expect(codes(await verifyCredential(byStranger, resolveDidKey))).toEqual([
      '/issuer issuer-mismatch',
    ]);
    // The stranger's signature under the city's verification method: it does not match.
    const forged = clone(byStranger);
    forged.proof[0]!.verificationMethod = city.verificationMethod;
    const reSigned = await signed(credentialOf(issuer), {
      ...stranger,
      verificationMethod: city.verificationMethod,
      sign: (data) => stranger.sign(data),
    });
    expect(codes(await verifyCredential(forged, resolveDidKey))).toEqual([
      '/proof/0/proofValue invalid-signature',
    ]);
    expect(codes(await verifyCredential(reSigned, resolveDidKey))).toEqual([
      '/proof/0/proofValue invalid-signature',
    ]);
  });

  it('accepts the city’s own key register for an https issuer', async () => {
    const credential = await signed(
      credentialOf('https://www.offenbach.de'),
      ed25519Signer(new Uint8Array(32).fill(1), {
        verificationMethod: 'https://www.offenbach.de/keys#2026',
      }),
    );
    const register: PublicKeyResolver = (method) =>
      method === 'https://www.offenbach.de/keys#2026'
        ? { publicKey: city.publicKey, controller: 'https://www.offenbach.de' }
        : undefined;
    expect(await verifyCredential(credential, register)).toEqual({ ok: true });
    expect(codes(await verifyCredential(credential, resolveDidKey))).toEqual([
      '/proof/0/verificationMethod unknown-verification-method',
    ]);
    const failing: PublicKeyResolver = () => Promise.reject(new Error('register offline'));
    const offline = await verifyCredential(credential, failing);
    expect(offline.ok ? '' : offline.issues[0]!.message).toMatch(/register offline/);
    // A lookup that fails is not an unknown key (issue 12: honest codes).
    expect(codes(offline)).toEqual(['/proof/0/verificationMethod key-resolution-failed']);
  });

  it('verifies a proof set: a second proof, each over the credential without proofs', async () => {
    const issuer = 'https://www.offenbach.de';
    const keys = [new Uint8Array(32).fill(1), new Uint8Array(32).fill(3)].map((seed, i) =>
      ed25519Signer(seed, { verificationMethod: `${issuer}/keys#${2025 + i}` }),
    );
    const once = await signed(credentialOf(issuer), keys[0]);
    const twice = await signCredential(once, keys[1]!, { created: '2026-03-13T09:00:00Z' });
    expect(twice.ok && twice.value.proof).toHaveLength(2);
    const register: PublicKeyResolver = (method) => {
      const key = keys.find((k) => k.verificationMethod === method);
      return key && { publicKey: key.publicKey, controller: issuer };
    };
    expect(twice.ok && (await verifyCredential(twice.value, register))).toEqual({ ok: true });
  });

  it('explains what is wrong with a proof', async () => {
    const credential = await signed();
    const { proof: _proof, ...unsigned } = credential;
    expect(codes(await verifyCredential(unsigned, resolveDidKey))).toEqual([
      '/proof missing-proof',
    ]);
    expect(codes(await verifyCredential({ ...credential, proof: [] }, resolveDidKey))).toEqual([
      '/proof missing-proof',
    ]);
    const variants: [Record<string, unknown>, string[]][] = [
      [{ cryptosuite: 'eddsa-rdfc-2022' }, ['/proof/0/cryptosuite unsupported-cryptosuite']],
      [{ type: 'Ed25519Signature2020' }, ['/proof/0/type unsupported-proof-type']],
      [{ proofPurpose: 'authentication' }, ['/proof/0/proofPurpose wrong-proof-purpose']],
      [{ proofValue: 'uAAAA' }, ['/proof/0/proofValue invalid-proof-value']],
      [{ proofValue: 'z2NEpo7TZRRrLZSi2U' }, ['/proof/0/proofValue invalid-proof-value']],
      [{ proofValue: `z${'2'.repeat(100_000)}` }, ['/proof/0/proofValue invalid-proof-value']],
      [{ created: 'yesterday' }, ['/proof/0/created invalid-date']],
      [{ verificationMethod: undefined }, ['/proof/0/verificationMethod required']],
      [{ '@context': ['https://example.org/other'] }, ['/proof/0/@context context-mismatch']],
    ];
    for (const [change, expected] of variants) {
      const changed = { ...credential, proof: [{ ...credential.proof[0], ...change }] };
      expect(codes(await verifyCredential(changed, resolveDidKey)), JSON.stringify(change)).toEqual(
        expected,
      );
    }
    // A single proof object (VC Data Model 2.0 allows it) is read too.
    const single = { ...credential, proof: credential.proof[0] };
    expect(await verifyCredential(single, resolveDidKey)).toEqual({ ok: true });
    expect(codes(await verifyCredential('not a credential', resolveDidKey))).toEqual([
      ' invalid-type',
    ]);
  });

  it('reports bad signing requests as issues', async () => {
    const credential = credentialOf(didKeyFor(city.publicKey));
    const issuesOf = async (...args: Parameters<typeof signCredential>) => {
      const result = await signCredential(...args);
      return result.ok ? [] : result.issues.map((i) => `${i.path} ${i.code}`);
    };
    expect(await issuesOf(credential, city, { created: '2026-13-01T00:00:00Z' })).toEqual([
      '/options/created invalid-date',
    ]);
    expect(
      await issuesOf(credential, { ...city, cryptosuite: 'eddsa-rdfc-2022' }, { created: CREATED }),
    ).toEqual(['/signer/cryptosuite unsupported-cryptosuite']);
    expect(
      await issuesOf(credential, { ...city, verificationMethod: 'key 1' }, { created: CREATED }),
    ).toEqual(['/signer/verificationMethod invalid-format']);
    const failing = { ...city, sign: () => Promise.reject(new Error('HSM unreachable')) };
    expect(await issuesOf(credential, failing, { created: CREATED })).toEqual([
      '/signer signing-failed',
    ]);
    const short = { ...city, sign: () => Promise.resolve(new Uint8Array(10)) };
    expect(await issuesOf(credential, short, { created: CREATED })).toEqual([
      '/signer invalid-signature',
    ]);
    const notJson = { ...credential, name: Number.NaN } as unknown as OpenBadgeCredential;
    // The pointer names the value (it named only /credential before the size check existed).
    expect(await issuesOf(notJson, city, { created: CREATED })).toEqual([
      '/credential/name not-json',
    ]);
    expect(
      await issuesOf(null as unknown as OpenBadgeCredential, city, { created: CREATED }),
    ).toEqual(['/credential invalid-type']);
  });

  it('never throws on junk, nor on a signed credential with a random change', async () => {
    const credential = await signed();
    await fc.assert(
      fc.asyncProperty(fc.anything({ withBigInt: true, withMap: true }), async (junk) => {
        const result = await verifyCredential(junk, resolveDidKey);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
    const paths = [
      ['validFrom'],
      ['name'],
      ['issuer', 'id'],
      ['credentialSubject', 'id'],
      ['credentialSubject', 'achievement', 'criteria', 'narrative'],
      ['proof', '0', 'created'],
      ['proof', '0', 'verificationMethod'],
      ['proof', '0', 'proofValue'],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.jsonValue(), async (path, value) => {
        const changed = clone(credential) as unknown as Record<string, unknown>;
        let node = changed;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
        const last = path[path.length - 1]!;
        const unchanged = JSON.stringify(node[last]) === JSON.stringify(value);
        node[last] = value;
        const result = await verifyCredential(changed, resolveDidKey);
        expect(result.ok).toBe(unchanged);
      }),
      { numRuns: 200 },
    );
  });
});
