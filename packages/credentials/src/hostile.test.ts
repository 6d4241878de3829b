// Issue 12, "Done when": generated hostile credentials of up to 1 MB (deep nesting, many
// proofs, huge strings, prototype keys, tampered fields, wrong types anywhere) against the
// contract of verifyCredential: it never throws, never verifies a tampered credential, answers
// with kebab-case codes and JSON pointers, and pollutes no prototype.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SignedCredential } from './credential.types.js';
import { resolveDidKey } from './did-key.js';
import { canonicalize } from './jcs.js';
import { signedCredential } from './test-support/signed.js';
import { verifyCredential } from './verify.js';

type Json = Record<string, unknown>;
type Path = (string | number)[];
const KEBAB = /^[a-z]+(?:-[a-z]+)*$/;
const POINTER = /^(?:\/(?:[^~/]|~[01])*)*$/;

/** Every path to a value in a JSON value (the value itself included). */
function pathsIn(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (typeof value === 'object' && value !== null)
    for (const [key, member] of Object.entries(value))
      pathsIn(member, [...at, Array.isArray(value) ? Number(key) : key], out);
  return out;
}

/** Sets the value at `path` (the parent must exist); the root is replaced by returning it. */
function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root as Json;
  for (const key of path.slice(0, -1)) {
    const next = node[key as string];
    if (typeof next !== 'object' || next === null) return root;
    node = next as Json;
  }
  // defineProperty, so that "__proto__" becomes an own member as JSON.parse makes it.
  Object.defineProperty(node, path[path.length - 1]!, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return root;
}

function nestedOf(depth: number, inArrays: boolean): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = inArrays ? [value] : { d: value };
  return value;
}

const canonical = (value: unknown): string | undefined => {
  try {
    return canonicalize(value);
  } catch {
    return undefined;
  }
};

const wrongType = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1e308, '', [], {}, [null], { '@value': 1 }),
  fc.jsonValue({ maxDepth: 3 }),
);

const hugeString = fc
  .tuple(
    fc.constantFrom('x', '\u0000', '"', '\\', 'é', '😀', '\u2028', 'z6Mk'),
    fc.integer({ min: 1, max: 1_000_000 }),
  )
  // Up to 1,000,000 characters (UTF-16 code units; 1 MB of ASCII).
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

/** One hostile change of a signed credential (whose paths are `paths`). */
function mutation(credential: SignedCredential, paths: Path[]) {
  const path = fc.constantFrom(...paths);
  return fc.oneof(
    fc.tuple(path, fc.integer({ min: 1, max: 6000 }), fc.boolean()).map(
      ([at, depth, arrays]) =>
        (c: unknown) =>
          setAt(c, at, nestedOf(depth, arrays)),
    ),
    fc
      .tuple(fc.integer({ min: 0, max: 300 }), fc.constantFrom('copy', 'changed', 'junk'))
      .map(([count, kind]) => (c: unknown) => {
        const proof = credential.proof[0]!;
        const one =
          kind === 'copy'
            ? proof
            : kind === 'changed'
              ? { ...proof, created: '2026-03-12T16:05:01Z' }
              : { ...proof, proofValue: 'z'.repeat(count) };
        return setAt(
          c,
          ['proof'],
          Array.from({ length: count }, () => structuredClone(one)),
        );
      }),
    fc.tuple(path, hugeString).map(
      ([at, text]) =>
        (c: unknown) =>
          setAt(c, at, text),
    ),
    fc
      .tuple(
        path,
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'toJSON', 'hasOwnProperty'),
      )
      .map(
        ([at, key]) =>
          (c: unknown) =>
            setAt(c, [...at, key], { polluted: true }),
      ),
    fc.tuple(path, wrongType).map(
      ([at, value]) =>
        (c: unknown) =>
          setAt(c, at, value),
    ),
    fc.tuple(path, fc.string({ maxLength: 20 })).map(
      ([at, text]) =>
        (c: unknown) =>
          setAt(c, at, text),
    ),
  );
}

describe('verifyCredential against hostile credentials (issue 12)', () => {
  it('never throws, never verifies a tampered credential, codes and paths as documented', async () => {
    const credential = await signedCredential();
    const { proof: originalProofs, ...unsigned } = credential;
    const unsignedText = canonicalize(unsigned);
    const proofText = canonicalize(originalProofs[0]);
    const paths = pathsIn(credential).filter((p) => p.length > 0);
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation(credential, paths), { minLength: 1, maxLength: 3 }),
        async (changes) => {
          let hostile: unknown = structuredClone(credential);
          for (const change of changes) hostile = change(hostile);
          const result = await verifyCredential(hostile, resolveDidKey);
          // Never verifies a change: ok only for the signed text and copies of its proof.
          if (result.ok) {
            const { proof, ...rest } = hostile as Json;
            expect(canonical(rest)).toBe(unsignedText);
            const proofs = Array.isArray(proof) ? proof : [proof];
            for (const p of proofs) expect(canonical(p)).toBe(proofText);
          } else {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const issue of result.issues) {
              expect(issue.code).toMatch(KEBAB);
              expect(issue.path).toMatch(POINTER);
              expect(typeof issue.message).toBe('string');
              expect(issue.message.length).toBeLessThan(2000);
            }
          }
          expect(({} as Json).polluted).toBeUndefined();
          expect(Object.prototype).not.toHaveProperty('polluted');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reaches the inputs it means to: over-limit, deep, many proofs and tampered cases', async () => {
    // The property above is only as good as its inputs: check that each kind comes back with
    // the code it should, once, by hand.
    const credential = await signedCredential();
    const cases: [unknown, string][] = [
      [setAt(structuredClone(credential), ['name'], 'x'.repeat(1_000_000)), ' size-limit-exceeded'],
      [setAt(structuredClone(credential), ['issuer'], nestedOf(5000, true)), '/issuer'],
      [
        setAt(
          structuredClone(credential),
          ['proof'],
          Array.from({ length: 9 }, () => credential.proof[0]),
        ),
        '/proof proofs-limit-exceeded',
      ],
      [
        setAt(structuredClone(credential), ['credentialSubject', '__proto__'], { polluted: true }),
        '/proof/0/proofValue invalid-signature',
      ],
    ];
    for (const [input, expected] of cases) {
      const result = await verifyCredential(input, resolveDidKey);
      expect(result.ok).toBe(false);
      const got = result.ok ? [] : result.issues.map((i) => `${i.path} ${i.code}`);
      expect(
        got.some((g) => g.startsWith(expected)),
        got.join(', '),
      ).toBe(true);
    }
    expect(({} as Json).polluted).toBeUndefined();
  });
});
