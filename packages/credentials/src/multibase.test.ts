import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase58btc, decodeMultibase, encodeBase58btc, encodeMultibase } from './multibase.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const hex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (b) => parseInt(b, 16));

describe('base58btc', () => {
  // draft-msporny-base58-03 ("The Base58 Encoding Scheme"), section 5: test vectors.
  const vectors: [string, Uint8Array, string][] = [
    ['"Hello World!"', utf8('Hello World!'), '2NEpo7TZRRrLZSi2U'],
    [
      '"The quick brown fox jumps over the lazy dog."',
      utf8('The quick brown fox jumps over the lazy dog.'),
      'USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z',
    ],
    ['0x0000287fb4cd (leading zero bytes)', hex('0000287fb4cd'), '11233QC4'],
  ];

  it.each(vectors)('encodes and decodes %s (draft-msporny-base58 §5)', (_name, bytes, text) => {
    expect(encodeBase58btc(bytes)).toBe(text);
    expect(decodeBase58btc(text)).toEqual(bytes);
  });

  it('agrees with a hand computation on small numbers', () => {
    // Digits 0..57 map to the alphabet 1-9, A-H, J-N, P-Z, a-k, m-z; 58 = 1·58 + 0 → "21";
    // 0x0100 = 256 = 4·58 + 24 → "5R" (digit 4 is "5", digit 24 is "R").
    expect(encodeBase58btc(new Uint8Array([]))).toBe('');
    expect(encodeBase58btc(new Uint8Array([0]))).toBe('1');
    expect(encodeBase58btc(new Uint8Array([57]))).toBe('z');
    expect(encodeBase58btc(new Uint8Array([58]))).toBe('21');
    expect(encodeBase58btc(new Uint8Array([1, 0]))).toBe('5R');
    expect(encodeBase58btc(new Uint8Array([0, 0, 58]))).toBe('1121');
  });

  it('rejects characters outside the alphabet', () => {
    for (const bad of ['0', 'O', 'I', 'l', '2NEpo7TZ RRrL', '+'])
      expect(decodeBase58btc(bad)).toBeUndefined();
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        expect(decodeBase58btc(encodeBase58btc(bytes))).toEqual(bytes);
      }),
    );
  });
});

describe('multibase', () => {
  // draft-multiformats-multibase-03, appendix B (and the multibase README "by example").
  it('writes base58btc with the z prefix', () => {
    expect(encodeMultibase(utf8('Multibase is awesome! \\o/'))).toBe(
      'zYAjKoNbau5KiqmHPmSxYCvn66dA1vLmwbt',
    );
    expect(decodeMultibase('zYAjKoNbau5KiqmHPmSxYCvn66dA1vLmwbt')).toEqual(
      utf8('Multibase is awesome! \\o/'),
    );
  });

  it('decodes only base58btc', () => {
    expect(decodeMultibase('F4D756C74696261736520697320617765736F6D6521205C6F2F')).toBeUndefined();
    expect(decodeMultibase('MTXVsdGliYXNlIGlzIGF3ZXNvbWUhIFxvLw==')).toBeUndefined();
    expect(decodeMultibase('')).toBeUndefined();
    expect(decodeMultibase(42 as unknown as string)).toBeUndefined();
  });
});
