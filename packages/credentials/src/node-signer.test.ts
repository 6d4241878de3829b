import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { OpenBadgeCredential } from './credential.types.js';
import type { ResolvedKey } from './did-key.js';
import { resolveDidKey } from './did-key.js';
import { decodeMultibase, encodeMultibase } from './multibase.js';
import { ed25519PublicKey, ed25519Signer, type Ed25519Jwk } from './node-signer.js';
import { proofHashData, signCredential } from './sign.js';
import { verifyCredential } from './verify.js';

const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/**
 * W3C Data Integrity EdDSA Cryptosuites v1.0 (Recommendation, 2025), appendix B.3
 * "Representation: eddsa-jcs-2022": key pair (example 29), credential (example 30), proof options
 * (example 33), hashes (examples 32, 35, 36), signature (examples 37, 38) and the signed
 * credential (example 39).
 */
const B3 = {
  publicKeyMultibase: 'z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2',
  secretKeyMultibase: 'z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq',
  credential: {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://www.w3.org/ns/credentials/examples/v2',
    ],
    id: 'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33',
    type: ['VerifiableCredential', 'AlumniCredential'],
    name: 'Alumni Credential',
    description: 'A minimum viable example of an Alumni Credential.',
    issuer: 'https://vc.example/issuers/5678',
    validFrom: '2023-01-01T00:00:00Z',
    credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'The School of Examples' },
  },
  verificationMethod:
    'did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2',
  created: '2023-02-24T23:36:38Z',
  documentHash: '59b7cb6251b8991add1ce0bc83107e3db9dbbab5bd2c28f687db1a03abc92f19',
  proofOptionsHash: '66ab154f5c2890a140cb8388a22a160454f80575f6eae09e5a097cabe539a1db',
  signature:
    '407cd12654b33d718ecbb99179a1506daaa849450bf3fc523cce3e1c96f8b80351da3f253d725c6f00b07c9e5448d50b3ef78012b9ab54255116d069c6dd2808',
  proofValue:
    'z2HnFSSPPBzR36zdDgK8PbEHeXbR56YF24jwMpt3R1eHXQzJDMWS93FCzpvJpwTWd3GAVFuUfjoJdcnTMuVor51aX',
};

/** The 32-byte seed in a secretKeyMultibase: multicodec ed25519-priv (0x1300, varint 80 26). */
function seedOf(secretKeyMultibase: string): Uint8Array {
  const bytes = decodeMultibase(secretKeyMultibase)!;
  expect([...bytes.subarray(0, 2)]).toEqual([0x80, 0x26]);
  return bytes.subarray(2);
}

describe('ed25519Signer against the eddsa-jcs-2022 test vector', () => {
  const signer = ed25519Signer(seedOf(B3.secretKeyMultibase), {
    verificationMethod: B3.verificationMethod,
  });

  it('derives the public key of the vector', () => {
    expect(encodeMultibase(Uint8Array.from([0xed, 0x01, ...signer.publicKey]))).toBe(
      B3.publicKeyMultibase,
    );
  });

  it('hashes the proof options, then the credential (examples 32, 35, 36)', async () => {
    const proofOptions = {
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-jcs-2022',
      created: B3.created,
      verificationMethod: B3.verificationMethod,
      proofPurpose: 'assertionMethod',
      '@context': B3.credential['@context'],
    };
    const data = await proofHashData(B3.credential, proofOptions);
    expect(toHex(data)).toBe(B3.proofOptionsHash + B3.documentHash);
    expect(toHex(await signer.sign(data))).toBe(B3.signature);
  });

  it('signs the credential exactly as example 39', async () => {
    const credential = B3.credential as unknown as OpenBadgeCredential;
    const signed = await signCredential(credential, signer, { created: B3.created });
    expect(signed.ok).toBe(true);
    if (!signed.ok) return;
    expect(signed.value.proof).toEqual([
      {
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-jcs-2022',
        created: B3.created,
        verificationMethod: B3.verificationMethod,
        proofPurpose: 'assertionMethod',
        '@context': B3.credential['@context'],
        proofValue: B3.proofValue,
      },
    ]);
  });

  it("verifies example 39, once the issuer's key is known as the issuer's", async () => {
    const signed = {
      ...B3.credential,
      proof: {
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-jcs-2022',
        created: B3.created,
        verificationMethod: B3.verificationMethod,
        proofPurpose: 'assertionMethod',
        '@context': B3.credential['@context'],
        proofValue: B3.proofValue,
      },
    };
    // resolveDidKey alone: the signature holds, but the key belongs to the did:key, not to
    // https://vc.example/issuers/5678.
    const byDidKey = await verifyCredential(signed, resolveDidKey);
    expect(byDidKey).toEqual({
      ok: false,
      issues: [expect.objectContaining({ path: '/issuer', code: 'issuer-mismatch' })],
    });
    const issuerKeys = (method: string): ResolvedKey | undefined => {
      const key = resolveDidKey(method);
      return key && { ...key, controller: 'https://vc.example/issuers/5678' };
    };
    expect(await verifyCredential(signed, issuerKeys)).toEqual({ ok: true });
  });
});

describe('ed25519Signer', () => {
  it('defaults to the did:key of the key (seed 0 of the did:key test vectors)', () => {
    const signer = ed25519Signer(new Uint8Array(32));
    expect(signer.verificationMethod).toBe(
      'did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp#z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp',
    );
    expect(signer.cryptosuite).toBe('eddsa-jcs-2022');
  });

  it('reads a KeyObject, PEM and JWK alike', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
    const jwk = privateKey.export({ format: 'jwk' }) as Ed25519Jwk;
    const signers = [ed25519Signer(privateKey), ed25519Signer(pem), ed25519Signer(jwk)];
    const data = new TextEncoder().encode('Deeskalation am Schalter');
    const signatures = await Promise.all(signers.map((s) => s.sign(data)));
    for (const signer of signers) expect(signer.publicKey).toEqual(ed25519PublicKey(privateKey));
    expect(new Set(signatures.map(toHex)).size).toBe(1); // Ed25519 is deterministic
    expect(signatures[0]).toHaveLength(64);
  });

  it('takes an explicit verification method', () => {
    const signer = ed25519Signer(new Uint8Array(32), {
      verificationMethod: 'https://www.offenbach.de/keys#2026',
    });
    expect(signer.verificationMethod).toBe('https://www.offenbach.de/keys#2026');
  });

  it('refuses keys that are not Ed25519 private keys', () => {
    const { privateKey: ec } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const { publicKey } = generateKeyPairSync('ed25519');
    expect(() => ed25519Signer(ec)).toThrow(TypeError);
    expect(() => ed25519Signer(publicKey)).toThrow(TypeError);
    expect(() => ed25519Signer(new Uint8Array(31))).toThrow(TypeError);
    expect(() =>
      ed25519Signer(createPrivateKey(ec.export({ format: 'pem', type: 'pkcs8' }))),
    ).toThrow(TypeError);
  });
});
