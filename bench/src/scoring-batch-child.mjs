// One process per shape and mode, so that the first call is cold (tables built, code not yet
// optimised) and the peak memory (maxRSS) is this process's alone.
//   node scoring-batch-child.mjs <shape> <single|chunked> [respondents]
// Prints JSON: { shape, mode, respondents, items, competences, coldMs, warmMs, coldCpuMs,
// warmCpuMs, maxRssMb, checksum } (CPU: user + system time of the call, which load on a shared
// machine inflates least) or, when one call refuses the size, { refused: message }. The codes come from
// encodeResponses, the documented way in, so the kernels measured are those users get.
import { framework, staffSelfAssessment } from '@competence-kit/framework-intercultural';
import {
  batchColumns,
  encodeResponses,
  parseInstrument,
  scoreBatch,
  scoreBatchChunks,
} from '@competence-kit/scoring';
import {
  generateInstrument,
  generateLikert7Instrument,
  realisticAnswer,
  rng,
} from './generate-cohort.mjs';
import { generateFramework } from './generate-framework.mjs';

const SHAPES = {
  /** The synthetic 60-item instrument (15 competences × 3 Likert + 1 choice item). */
  'bench-60': () => ({ instrument: generateInstrument(), framework }),
  /** The shipped staff self-assessment (its items anchored to the framework's levels). */
  staff: () => ({ instrument: staffSelfAssessment, framework }),
  /** 120 Likert items on a 7-point scale, 30 competences of 4. */
  'likert7-120': () => {
    const framework30 = generateFramework({ competences: 30, domains: 6 });
    return { instrument: generateLikert7Instrument(framework30), framework: framework30 };
  },
};

/** How many distinct respondents are encoded; the cohort repeats them (see generateCodes). */
const DISTINCT = 8_192;

/**
 * Seeded, realistic responses: each respondent has a tendency (some rate high, some low), ratings
 * scatter around it, reverse-keyed items are answered the other way, about 3 % of items are
 * skipped, choices favour some options, multiple choice picks a few options within the item's
 * limits, rankings are shuffled.
 */
function generateResponses(instrument, count, random, roleProfiles, first) {
  const items = instrument.sections.flatMap((s) => s.items);
  const scales = new Map((instrument.likertScales ?? []).map((s) => [s.id, s]));
  return Array.from({ length: count }, (_, r) => {
    const tendency = random();
    const answers = items.map((item) => {
      if (random() < 0.03) return { item: item.id, skipped: true, reason: 'declined' };
      return realisticAnswer(item, scales, tendency, random);
    });
    return {
      instrument: { id: instrument.id, version: instrument.version },
      respondent: `p-${first + r}`,
      roleProfile: roleProfiles[(first + r) % roleProfiles.length],
      phase: 'baseline',
      submittedAt: '2027-03-02T09:24:31+01:00',
      answers,
    };
  });
}

/**
 * The cohort's matrix the documented way: DISTINCT seeded responses encoded by encodeResponses
 * (in batches of 1,024, to keep this process's memory for the scoring), repeated to n rows in
 * the code array encodeResponses chose.
 */
function generateCodes(instrument, n, seed, roleProfiles) {
  const random = rng(seed);
  const m = batchColumns(instrument).length;
  let codes;
  let roles;
  let columns;
  for (let first = 0; first < Math.min(n, DISTINCT); first += 1_024) {
    const count = Math.min(1_024, n - first);
    const matrix = encodeResponses(
      instrument,
      generateResponses(instrument, count, random, roleProfiles, first),
    );
    if (!codes) {
      codes = new matrix.codes.constructor(n * m);
      roles = new Int8Array(n);
      columns = matrix.items;
    }
    codes.set(matrix.codes, first * m);
    for (let r = 0; r < count; r++)
      roles[first + r] = roleProfiles.indexOf(matrix.roleProfiles[matrix.roles[r]]);
  }
  for (let from = DISTINCT; from < n; from += DISTINCT) {
    const count = Math.min(DISTINCT, n - from);
    codes.copyWithin(from * m, 0, count * m);
    roles.copyWithin(from, 0, count);
  }
  return { columns, codes, roles };
}

function checksumOf(scores, offset, sum = 0) {
  for (let i = (997 - (offset % 997)) % 997; i < scores.length; i += 997)
    if (scores[i] === scores[i]) sum += scores[i];
  return sum;
}

const [shape = 'bench-60', mode = 'single', count = '1000000'] = process.argv.slice(2);
if (!SHAPES[shape]) throw new Error(`unknown shape ${shape}`);
const n = Number(count);
const { instrument, framework: fw } = SHAPES[shape]();
const parsed = parseInstrument(instrument, fw);
if (!parsed.ok) throw new Error(`${shape}: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
const roleProfiles = (fw.roleProfiles ?? []).map((p) => p.id);
const { columns, codes, roles } = generateCodes(instrument, n, 7, roleProfiles);
const matrix = { items: columns, respondents: n, codes, roles, roleProfiles };

function once() {
  const start = performance.now();
  const cpu = process.cpuUsage();
  let checksum = 0;
  let competences = 0;
  if (mode === 'single') {
    const batch = scoreBatch(instrument, fw, matrix);
    competences = batch.competences.length;
    checksum = checksumOf(batch.scores, 0);
  } else {
    for (const chunk of scoreBatchChunks(instrument, fw, matrix, { chunkSize: 65_536 })) {
      competences = chunk.competences.length;
      checksum = checksumOf(chunk.scores, chunk.from * competences, checksum);
    }
  }
  const used = process.cpuUsage(cpu);
  return {
    ms: performance.now() - start,
    cpuMs: (used.user + used.system) / 1000,
    checksum,
    competences,
  };
}

let cold;
try {
  cold = once();
} catch (error) {
  if (!(error instanceof RangeError)) throw error;
  console.log(JSON.stringify({ shape, mode, respondents: n, refused: error.message }));
  process.exit(0);
}
globalThis.gc?.();
const warm = once();
if (warm.checksum !== cold.checksum) throw new Error('the second call scored differently');
console.log(
  JSON.stringify({
    shape,
    mode,
    respondents: n,
    items: columns.length,
    codes: codes.constructor.name,
    competences: cold.competences,
    coldMs: cold.ms,
    warmMs: warm.ms,
    coldCpuMs: cold.cpuMs,
    warmCpuMs: warm.cpuMs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    checksum: cold.checksum,
  }),
);
