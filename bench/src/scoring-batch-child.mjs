// Run in a child process so that its peak memory (maxRSS) is the batch's alone.
// Prints JSON: { ms, maxRssMb, checksum }.
import { framework } from '@competence-kit/framework-intercultural';
import { scoreBatch, batchColumns } from '@competence-kit/scoring';
import { generateInstrument, rng } from './generate-cohort.mjs';

const n = Number(process.argv[2] ?? 1_000_000);
const instrument = generateInstrument();
const items = batchColumns(instrument);
const kinds = instrument.sections[0].items.map((i) => i.type);
const random = rng(7);
const codes = new Int8Array(n * items.length);
for (let r = 0; r < n; r++) {
  for (let j = 0; j < items.length; j++) {
    const kind = kinds[j];
    codes[r * items.length + j] =
      random() < 0.03
        ? -1
        : kind === 'likert'
          ? 1 + Math.floor(random() * 5)
          : kind === 'multiple-choice'
            ? Math.floor(random() * 8)
            : Math.floor(random() * 3);
  }
}
const roleProfiles = framework.roleProfiles.map((p) => p.id);
const roles = new Int8Array(n).map((_, r) => r % roleProfiles.length);
const matrix = { items, respondents: n, codes, roles, roleProfiles };

scoreBatch(instrument, framework, {
  ...matrix,
  respondents: 1000,
  codes: codes.subarray(0, 1000 * items.length),
  roles: roles.subarray(0, 1000),
}); // warm-up
const mode = process.argv[3] ?? 'single';
const m = items.length;
let checksum = 0;
const start = performance.now();
if (mode === 'single') {
  // One call over the whole cohort: allocates the results for 1,000,000 × 15 cells.
  const batch = scoreBatch(instrument, framework, matrix);
  for (let i = 0; i < batch.scores.length; i += 997)
    if (batch.scores[i] === batch.scores[i]) checksum += batch.scores[i];
} else {
  // Streaming: chunks of 65,536 respondents into result buffers that are reused.
  const chunk = 65_536;
  const k = 15;
  const into = {
    scores: new Float64Array(chunk * k),
    levels: new Int8Array(chunk * k),
    gaps: new Int8Array(chunk * k),
    answered: new Uint16Array(chunk * k),
  };
  for (let from = 0; from < n; from += chunk) {
    const size = Math.min(chunk, n - from);
    const part = scoreBatch(
      instrument,
      framework,
      {
        ...matrix,
        respondents: size,
        codes: codes.subarray(from * m, (from + size) * m),
        roles: roles.subarray(from, from + size),
      },
      into,
    );
    for (let i = (997 - ((from * k) % 997)) % 997; i < part.scores.length; i += 997)
      if (part.scores[i] === part.scores[i]) checksum += part.scores[i];
  }
}
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, checksum }));
