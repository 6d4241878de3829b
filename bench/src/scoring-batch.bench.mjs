// scoreBatch over 1,000,000 respondents, target < 1 s and < 512 MB peak memory, met by each mode
// on its own: one call, and chunks of 65,536 (scoreBatchChunks); cold (the first call in a fresh
// process: tables built, code not yet optimised) and warm (the second call). Three shapes: the
// synthetic 60-item instrument, the shipped 103-item staff self-assessment, and 120 Likert items
// on a 7-point scale in 30 competences. Where one call would hold more than MAX_CELLS_PER_CALL
// result cells it must refuse with a RangeError that names the way out; that is then its check.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const name = 'scoreBatch, 1,000,000 respondents: each shape and mode, cold and warm';
const child = fileURLToPath(new URL('./scoring-batch-child.mjs', import.meta.url));
const SHAPES = ['bench-60', 'staff-103', 'likert7-120'];
const N = Number(process.env.BENCH_RESPONDENTS ?? 1_000_000);

function measure(shape, mode) {
  const out = execFileSync(process.execPath, ['--expose-gc', child, shape, mode, String(N)], {
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1));
}

export function run() {
  const rows = [];
  const checks = [];
  for (const shape of SHAPES) {
    for (const mode of ['single', 'chunked']) {
      const r = measure(shape, mode);
      const label = `${shape}, ${mode === 'single' ? 'one call' : 'chunks of 65,536'}`;
      if (r.refused) {
        rows.push([label, `refused: ${r.refused}`]);
        const clear = /result cells .* scoreBatchChunks/.test(r.refused);
        checks.push({
          label: `${label}: refuses the size clearly`,
          value: clear ? 1 : 0,
          unit: '',
          target: 'a RangeError naming the sizes and scoreBatchChunks',
          pass: clear,
        });
        continue;
      }
      rows.push([
        label,
        `${r.items} items (${r.codes}), ${r.competences} competences: cold ${r.coldMs.toFixed(0)} ms, warm ${r.warmMs.toFixed(0)} ms, peak RSS ${r.maxRssMb.toFixed(0)} MB`,
      ]);
      checks.push(
        {
          label: `${label}, cold`,
          value: r.coldMs,
          unit: 'ms',
          target: '< 1000 ms',
          pass: r.coldMs < 1000,
        },
        {
          label: `${label}, warm`,
          value: r.warmMs,
          unit: 'ms',
          target: '< 1000 ms',
          pass: r.warmMs < 1000,
        },
        {
          label: `${label}, peak memory`,
          value: r.maxRssMb,
          unit: 'MB',
          target: '< 512 MB',
          pass: r.maxRssMb < 512,
        },
      );
    }
  }
  return { name, rows, checks };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(run(), null, 2));
