// One process per shape and mode, so that the first call is cold (tables built, code not yet
// optimised) and the peak memory (maxRSS) is this process's alone.
//   node scoring-batch-child.mjs <shape> <single|chunked> [respondents]
// Prints JSON: { shape, mode, respondents, items, competences, coldMs, warmMs, maxRssMb,
// checksum } or, when one call refuses the size, { refused: message }.
import { framework, staffSelfAssessment } from '@competence-kit/framework-intercultural';
import {
  batchColumns,
  codeArrayFor,
  parseInstrument,
  scoreBatch,
  scoreBatchChunks,
} from '@competence-kit/scoring';
import { generateInstrument, generateLikert7Instrument, rng } from './generate-cohort.mjs';
import { generateFramework } from './generate-framework.mjs';

const SHAPES = {
  /** The synthetic 60-item instrument (15 competences × 3 Likert + 1 choice item). */
  'bench-60': () => ({ instrument: generateInstrument(), framework }),
  /** The shipped staff self-assessment: 103 items (102 scored) over 28 competences. */
  'staff-103': () => ({ instrument: staffSelfAssessment, framework }),
  /** 120 Likert items on a 7-point scale, 30 competences of 4. */
  'likert7-120': () => {
    const framework30 = generateFramework({ competences: 30, domains: 6 });
    return { instrument: generateLikert7Instrument(framework30), framework: framework30 };
  },
};

function optionCount(item) {
  return 'options' in item ? item.options.length : 0;
}

/** Random valid codes for every cell, about 3 % skipped, as a survey would give them. */
function generateCodes(instrument, n, seed) {
  const columns = batchColumns(instrument);
  const byId = new Map(instrument.sections.flatMap((s) => s.items).map((i) => [i.id, i]));
  const scales = new Map((instrument.likertScales ?? []).map((s) => [s.id, s]));
  const draw = columns.map((id) => {
    const item = byId.get(id);
    const k = optionCount(item);
    if (item.type === 'likert') {
      const { min, max } = scales.get(item.scale);
      return (u) => min + Math.floor(u * (max - min + 1));
    }
    if (item.type === 'multiple-choice') return (u) => Math.floor(u * 2 ** k);
    if (item.type === 'ranking') {
      let f = 1;
      for (let i = 2; i <= k; i++) f *= i;
      return (u) => Math.floor(u * f);
    }
    return (u) => Math.floor(u * k);
  });
  const m = columns.length;
  const codes = codeArrayFor(instrument, n * m);
  const random = rng(seed);
  for (let r = 0; r < n; r++)
    for (let j = 0; j < m; j++) codes[r * m + j] = random() < 0.03 ? -1 : draw[j](random());
  return { columns, codes };
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
const { columns, codes } = generateCodes(instrument, n, 7);
const roleProfiles = (fw.roleProfiles ?? []).map((p) => p.id);
const roles = new Int8Array(n).map((_, r) => r % roleProfiles.length);
const matrix = { items: columns, respondents: n, codes, roles, roleProfiles };

function once() {
  const start = performance.now();
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
  return { ms: performance.now() - start, checksum, competences };
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
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    checksum: cold.checksum,
  }),
);
