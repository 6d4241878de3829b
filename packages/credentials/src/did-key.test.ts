import { describe, expect, it } from 'vitest';
import { didKeyFor, didKeyVerificationMethod, ed25519Multikey, resolveDidKey } from './did-key.js';
import { decodeBase58btc } from './multibase.js';

const hex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (b) => parseInt(b, 16));

describe('did:key for Ed25519', () => {
  // W3C CCG did:key method, test-vectors/ed25519-x25519.json: the Ed25519 keys of seeds 0, 1
  // and 2 (publicKeyBase58) and their did:key.
  const vectors: [string, string][] = [
    [
      '4zvwRjXUKGfvwnParsHAS3HuSVzV5cA4McphgmoCtajS',
      'did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp',
    ],
    [
      '6ASf5EcmmEHTgDJ4X4ZT5vT6iHVJBXPg5AN5YoTCpGWt',
      'did:key:z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG',
    ],
    [
      '8pM1DN3RiT8vbom5u1sNryaNT1nyL8CTTW3b5PwWXRBH',
      'did:key:z6MknGc3ocHs3zdPiJbnaaqDi58NGb4pk1Sp9WxWufuXSdxf',
    ],
  ];

  it.each(vectors)('derives the did:key of %s (did:key test vectors)', (base58, did) => {
    const publicKey = decodeBase58btc(base58)!;
    expect(publicKey).toHaveLength(32);
    expect(didKeyFor(publicKey)).toBe(did);
    const multikey = did.slice('did:key:'.length);
    expect(didKeyVerificationMethod(publicKey)).toBe(`${did}#${multikey}`);
    expect(resolveDidKey(`${did}#${multikey}`)).toEqual({ publicKey, controller: did });
  });

  it('writes the Multikey of the OB 3.0 implementation guide example', () => {
    // 1EdTech Open Badges 3.0 implementation guide, "Linked Data Proof Test Vector": public key
    // 4bdeafde…cc5a5 is the Multikey z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi.
    const publicKey = hex('4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5');
    expect(ed25519Multikey(publicKey)).toBe('z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi');
  });

  it.each([
    // The did:key method specification (W3C CCG), its Ed25519 example DID.
    'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
    // The did:key method specification, "Example DID Document" (Ed25519VerificationKey2020).
    'did:key:z6MkpTHR8VNsBxYAAWHut2Geadd9jSwuBV8xRoAnwWsdvktH',
  ])('reads and writes back the specification example %s', (did) => {
    const resolved = resolveDidKey(`${did}#${did.slice('did:key:'.length)}`);
    expect(resolved?.publicKey).toHaveLength(32);
    expect(resolved?.controller).toBe(did);
    expect(didKeyFor(resolved!.publicKey)).toBe(did);
  });

  it('resolves a bare did:key too', () => {
    const did = 'did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp';
    expect(resolveDidKey(did)?.controller).toBe(did);
  });

  it('resolves nothing else', () => {
    const multikey = 'z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp';
    for (const method of [
      `did:key:${multikey}#key-1`, // the fragment must be the key
      `did:key:${multikey}#z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG`,
      'did:key:z6LShs9GGnqk85isEBzzshkuVWrVKsRp24GnDuHk8QWkARMW', // an X25519 key
      'did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169', // a P-256 key
      'did:key:z6Mk', // too short
      'did:web:www.offenbach.de',
      'https://www.offenbach.de/keys#1',
      '',
    ]) {
      expect(resolveDidKey(method)).toBeUndefined();
    }
    expect(resolveDidKey(undefined as unknown as string)).toBeUndefined();
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => ed25519Multikey(new Uint8Array(33))).toThrow(TypeError);
  });
});
