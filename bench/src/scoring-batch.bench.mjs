// scoreBatch over 1,000,000 respondents, each shape × mode in a fresh child process
// (scoring-batch-child.mjs), so that the first call is cold (tables built, code not optimised)
// and the peak memory (maxRSS) is that process's alone. The warm figure is a second call in the
// same child. Every shape × mode × cold/warm is its own check: < 1 s and < 512 MB peak RSS; where
// one call refuses the size (more than MAX_CELLS_PER_CALL result cells), the check is that it
// refuses with a message naming the size, the limit and the way out, and the chunked mode must
// meet the targets.
//   node bench/src/scoring-batch.bench.mjs [respondents]   (or BENCH_RESPONDENTS; default 1,000,000)
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { framework, staffSelfAssessment } from '@competence-kit/framework-intercultural';

export const name = 'scoring-batch';

const SHAPES = [
  ['bench-60', '(a) 60 items (15 competences × 4), 5-point'],
  [
    'staff',
    `(b) shipped staff self-assessment, ${staffSelfAssessment.sections.flatMap((s) => s.items).length} items (${framework.competences.length} competences, ${staffSelfAssessment.scoring.method ?? 'thresholds'})`,
  ],
  ['likert7-120', '(c) 120 items, 7-point Likert (30 competences × 4)'],
];
const MODES = [
  ['single', 'one call (scoreBatch)'],
  ['chunked', 'chunks of 65,536 (scoreBatchChunks)'],
];
const child = fileURLToPath(new URL('./scoring-batch-child.mjs', import.meta.url));

function measure(shape, mode, respondents, env = process.env) {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', child, shape, mode, String(respondents)],
    { encoding: 'utf8', maxBuffer: 1024 * 1024, env },
  );
  return JSON.parse(out.trim().split('\n').at(-1));
}

const fmt = (ms) => `${ms.toFixed(0)} ms`;

export async function run(respondents = Number(process.env.BENCH_RESPONDENTS ?? 1_000_000)) {
  const rows = [];
  const checks = [];
  for (const [shape, shapeLabel] of SHAPES) {
    const results = {};
    for (const [mode, modeLabel] of MODES) {
      const r = (results[mode] = measure(shape, mode, respondents));
      const label = `${shapeLabel}, ${modeLabel}`;
      if (r.refused) {
        rows.push([label, `refused: ${r.refused}`]);
        const clear =
          /\d+ respondents × \d+ competences = \d+ result cells .* more than one call allocates \(\d+ cells.*scoreBatchChunks/.test(
            r.refused,
          );
        checks.push({
          label: `${label}: refuses the size clearly`,
          value: null,
          unit: '',
          target: 'refuses, naming size, limit and scoreBatchChunks',
          pass: clear,
        });
        continue;
      }
      rows.push([
        label,
        `cold ${fmt(r.coldMs)} (CPU ${fmt(r.coldCpuMs)}), warm ${fmt(r.warmMs)} (CPU ${fmt(r.warmCpuMs)}), peak RSS ${r.maxRssMb.toFixed(0)} MB (${r.codes} codes, ${r.items} × ${r.competences})`,
      ]);
      checks.push(
        {
          label: `${label}, cold`,
          value: r.coldMs,
          unit: 'ms',
          target: '< 1000',
          pass: r.coldMs < 1000,
        },
        {
          label: `${label}, warm`,
          value: r.warmMs,
          unit: 'ms',
          target: '< 1000',
          pass: r.warmMs < 1000,
        },
        {
          label: `${label}, peak RSS`,
          value: r.maxRssMb,
          unit: 'MB',
          target: '< 512',
          pass: r.maxRssMb < 512,
        },
      );
    }
    const { single, chunked } = results;
    if (!single.refused && Math.abs(single.checksum - chunked.checksum) > 1e-6)
      throw new Error(`${shape}: chunked scoring differs from the single call`);
    // The documented way in (encodeResponses) must give the codes of the fast kernel.
    checks.push({
      label: `${shapeLabel}: encodeResponses gives Int8Array codes`,
      value: null,
      unit: '',
      target: 'Int8Array',
      pass: chunked.codes === 'Int8Array',
    });
  }
  // Not a check, a row: most of one call's time is the first touch of its fresh results, page by
  // page. glibc can back large allocations with transparent huge pages (Linux, THP "madvise").
  const huge = measure('bench-60', 'single', respondents, {
    ...process.env,
    GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1',
  });
  if (!huge.refused)
    rows.push([
      `${SHAPES[0][1]}, ${MODES[0][1]}, GLIBC_TUNABLES=glibc.malloc.hugetlb=1`,
      `cold ${fmt(huge.coldMs)} (CPU ${fmt(huge.coldCpuMs)}), warm ${fmt(huge.warmMs)} (CPU ${fmt(huge.warmCpuMs)}), peak RSS ${huge.maxRssMb.toFixed(0)} MB`,
    ]);
  return {
    name: `scoreBatch, ${respondents.toLocaleString('en')} respondents, cold and warm, per shape and mode`,
    rows,
    checks,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const load = os.loadavg().map((l) => l.toFixed(2));
  const result = await run(process.argv[2] ? Number(process.argv[2]) : undefined);
  console.log(`### ${result.name}\n\nLoad average before (1, 5, 15 min): ${load.join(', ')}.\n`);
  console.log('| measure | value |\n| --- | --- |');
  for (const [label, value] of result.rows) console.log(`| ${label} | ${value} |`);
  console.log('\n| check | value | target | met |\n| --- | --- | --- | --- |');
  for (const c of result.checks)
    console.log(
      `| ${c.label} | ${c.value === null ? '' : `${c.value.toFixed(0)} ${c.unit}`} | ${c.target} | ${c.pass ? 'yes' : 'NO'} |`,
    );
  const missed = result.checks.filter((c) => !c.pass);
  if (missed.length > 0) {
    for (const c of missed) console.error(`TARGET MISSED: ${c.label} (${c.target})`);
    process.exitCode = 1;
  }
}
