// Issue 12: verifyCredential's time per MB on worst-case hostile credentials, next to a valid
// signed credential of about the same size (0.9 MB, under the default limit of 1,000,000
// characters), all in the same run with the cases alternating round by round.
// Hostile cases that pass the limits and so are read in full: nesting at the depth limit
// everywhere, one object with 60,000 members, 150,000 escaped characters (6 × in the text), and
// eight proofs (the limit), each with another @context prefix so that the document is hashed
// eight times. Cases refused by the limits (the issue's reproductions): 20,000-deep, 10,000
// proofs (5.6 MB with the 0.9 MB body), one 5 MB string. Target: each ≤ 3 × the valid
// credential per MB.
import {
  encodeMultibase,
  issueCredential,
  resolveDidKey,
  signCredential,
  verifyCredential,
} from '@competence-kit/credentials';
import { ed25519Signer } from '@competence-kit/credentials/node-signer';
import { catalogue, framework } from '@competence-kit/framework-intercultural';
import { formatMs } from './harness.mjs';

export const name = 'verify-credential';

const TARGET = 3;
const now = () => Number(process.hrtime.bigint()) / 1e6;
const signer = ed25519Signer(new Uint8Array(32).fill(7));
const ISSUER = signer.verificationMethod.split('#')[0];
const CREATED = '2026-03-12T16:05:00Z';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The async counterpart of harness.mjs's compare: median ms per call, cases alternating. */
async function compareAsync(cases, { rounds = 9, warmup = 2 } = {}) {
  const names = Object.keys(cases);
  for (const n of names) for (let i = 0; i < warmup; i++) await cases[n]();
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (const n of r % 2 ? [...names].reverse() : names) {
      const start = now();
      await cases[n]();
      samples[n].push(now() - start);
    }
  }
  return Object.fromEntries(names.map((n) => [n, median(samples[n])]));
}

/** A real credential for a shipped module, its achievement padded with real alignments. */
async function validCredential(targetLength) {
  const issued = issueCredential({
    framework,
    catalogue,
    module: catalogue.modules[0].id,
    issuer: { id: ISSUER, name: 'Stadt Offenbach am Main', url: 'https://www.offenbach.de' },
    earner: { id: 'urn:uuid:2f0e1c7a-5b3d-4e8f-9a6b-1c2d3e4f5a6b' },
    completedAt: '2026-03-12T16:00:00+01:00',
    locale: 'de',
    id: 'urn:uuid:0f8e6a1c-2b3d-4c5e-9f70-8a9b0c1d2e3f',
  });
  if (!issued.ok) throw new Error(JSON.stringify(issued.issues.slice(0, 3)));
  const credential = issued.value;
  const achievement = credential.credentialSubject.achievement;
  const model = achievement.alignment;
  const alignment = [];
  let length = JSON.stringify(credential).length;
  for (let i = 0; length < targetLength; i++) {
    const entry = {
      ...model[i % model.length],
      targetName: `${model[i % model.length].targetName} ${i}`,
    };
    alignment.push(entry);
    length += JSON.stringify(entry).length + 1;
  }
  achievement.alignment = alignment;
  return credential;
}

async function sign(credential) {
  const signed = await signCredential(credential, signer, {
    created: CREATED,
    limits: { maxSize: Infinity },
  });
  if (!signed.ok) throw new Error(JSON.stringify(signed.issues));
  return signed.value;
}

function nested(depth, leaf) {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { n: value };
  return value;
}

/** A signed credential with `extra` put into its subject after signing (a changed credential). */
const withExtra = (signed, extra) => ({
  ...signed,
  credentialSubject: { ...signed.credentialSubject, extra },
});

function hostileCases(signed, size) {
  const base = JSON.stringify(signed).length;
  const fill = size - base;
  // Depth: the subject is 2 deep; branches 29 deeper reach the limit of 32 exactly.
  const branch = nested(29, 'x');
  const branchLength = JSON.stringify(branch).length + 1;
  const deepEverywhere = withExtra(
    signed,
    Array.from({ length: Math.floor(fill / branchLength) }, () => branch),
  );
  // Width: one object with as many members as fit.
  const wide = {};
  for (let i = 0; JSON.stringify(wide).length < fill - 20; i++)
    Object.assign(
      wide,
      Object.fromEntries(Array.from({ length: 1000 }, (_, j) => [`k${i * 1000 + j}`, j])),
    );
  // Escapes: control characters count 6 each against the limit and are 6 in the text.
  const escaped = withExtra(signed, '\u0001'.repeat(Math.floor(fill / 6)));
  // Eight proofs (the limit), each with a longer @context prefix: eight document hashes.
  const contexts = [
    ...signed['@context'],
    ...Array.from({ length: 6 }, (_, i) => `https://example.org/context/${i}`),
  ];
  const proof = signed.proof[0];
  const forged = encodeMultibase(new Uint8Array(64).fill(9)); // well-formed, not a signature
  const eightContexts = {
    ...signed,
    '@context': contexts,
    proof: Array.from({ length: 8 }, (_, i) => ({
      ...proof,
      '@context': contexts.slice(0, i + 1),
      proofValue: i === 0 ? proof.proofValue : forged,
    })),
  };
  return {
    'nesting at the depth limit (32) everywhere': deepEverywhere,
    'one object with 60,000 members': withExtra(signed, wide),
    'escaped characters (6 × in the text)': escaped,
    'eight proofs, eight @context prefixes (eight document hashes)': eightContexts,
    'refused: 20,000-deep subject (issue 12)': withExtra(signed, nested(20_000, 1)),
    'refused: 10,000 copies of a valid proof (issue 12)': {
      ...signed,
      proof: Array.from({ length: 10_000 }, () => proof),
    },
    'refused: one 5,000,000-character string': withExtra(signed, 'x'.repeat(5_000_000)),
  };
}

/** Length of the JSON text, without recursion (JSON.stringify overflows on 20,000 levels). */
function jsonLength(value) {
  let length = 0;
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') length += v.length + 2;
    else if (typeof v !== 'object' || v === null) length += String(v).length;
    else {
      const entries = Array.isArray(v) ? v : Object.entries(v).flat();
      length += 2 + Math.max(0, entries.length - 1);
      stack.push(...entries);
    }
  }
  return length;
}

export async function run() {
  const signed = await sign(await validCredential(900_000));
  const size = JSON.stringify(signed).length;
  const check = await verifyCredential(signed, resolveDidKey);
  if (!check.ok)
    throw new Error(`the valid credential does not verify: ${JSON.stringify(check.issues)}`);
  const hostile = hostileCases(signed, size);
  const outcomes = {};
  for (const [label, credential] of Object.entries(hostile)) {
    const result = await verifyCredential(credential, resolveDidKey);
    if (result.ok) throw new Error(`${label}: a hostile credential verified`);
    outcomes[label] = [...new Set(result.issues.map((i) => i.code))].join(', ');
  }
  const cases = { valid: () => verifyCredential(signed, resolveDidKey) };
  for (const [label, credential] of Object.entries(hostile))
    cases[label] = () => verifyCredential(credential, resolveDidKey);
  const times = await compareAsync(cases);
  const perMb = (label, length) => times[label] / (length / 1e6);
  const validPerMb = perMb('valid', size);
  const rows = [
    [
      `valid signed credential (${(size / 1e6).toFixed(2)} MB, ${signed.credentialSubject.achievement.alignment.length} alignments), baseline`,
      `${formatMs(times.valid)} (${formatMs(validPerMb)} per MB)`,
    ],
  ];
  const checks = [];
  for (const [label, credential] of Object.entries(hostile)) {
    const length = jsonLength(credential);
    const ratio = perMb(label, length) / validPerMb;
    rows.push([
      `${label} (${(length / 1e6).toFixed(2)} MB): ${outcomes[label]}`,
      `${formatMs(times[label])} (${formatMs(perMb(label, length))} per MB, ${ratio.toFixed(2)} ×)`,
    ]);
    checks.push({
      label: `${label} / valid, per MB`,
      value: ratio,
      unit: '×',
      target: `≤ ${TARGET} ×`,
      pass: ratio <= TARGET,
    });
  }
  return { name: 'verifyCredential: hostile credentials per MB against a valid one', rows, checks };
}

// Run on its own: node bench/src/verify-credential.bench.mjs
if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await run();
  for (const [label, value] of result.rows) console.log(`${label}: ${value}`);
  const missed = result.checks.filter((c) => !c.pass);
  for (const c of missed)
    console.error(`TARGET MISSED: ${c.label} ${c.value.toFixed(2)} × (${c.target})`);
  if (missed.length > 0) process.exitCode = 1;
}
