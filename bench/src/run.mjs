// Runs every benchmark (or those named on the command line) three times, each run in a fresh
// Node process so that a cold first call is really cold, and prints Markdown for
// bench/RESULTS.md: per benchmark its rows from each run, and per checked target the min, median
// and max of the three runs. A target missed in any run fails the whole command (exit code 1)
// with a line "TARGET MISSED: …": benchmarks are not tests, but they do not pass quietly.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

export const BENCHES = [
  'parse-framework',
  'scoring',
  'scoring-batch',
  'needs-report',
  'training',
  'questionnaire',
  'verify-credential',
  'parse-worst-case',
  'importers',
  'portal',
  'release',
  'load',
  'durability',
  'knowledge-search',
];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !BENCHES.includes(w));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${BENCHES.join(', ')}.`);
  process.exit(2);
}
const selected = wanted.length > 0 ? wanted : BENCHES;
const child = fileURLToPath(new URL('./run-one.mjs', import.meta.url));

const fmt = (value, unit) =>
  unit === '×' || unit === 'x'
    ? `${value.toFixed(2)} ×`
    : unit === 'ms'
      ? `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms`
      : `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
console.log(
  `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ` +
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${RUNS} runs of each benchmark, each in a fresh process\n`,
);

const missed = [];
for (const bench of selected) {
  if (!existsSync(new URL(`./${bench}.bench.mjs`, import.meta.url))) {
    missed.push(`${bench}: bench/src/${bench}.bench.mjs does not exist`);
    continue;
  }
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    const before = load();
    let out;
    try {
      out = execFileSync(process.execPath, ['--expose-gc', child, bench], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
    } catch (error) {
      missed.push(`${bench}: run ${r + 1} crashed (${error.message.split('\n')[0]})`);
      break;
    }
    const line = out
      .trim()
      .split('\n')
      .findLast((l) => l.startsWith('{"bench":'));
    if (!line) {
      missed.push(`${bench}: run ${r + 1} printed no result`);
      break;
    }
    runs.push({ ...JSON.parse(line), load: before });
  }
  if (runs.length === 0) continue;
  const { name } = runs[0];
  console.log(`### ${name}\n`);
  console.log(`| measure | ${runs.map((_, i) => `run ${i + 1}`).join(' | ')} |`);
  console.log(`| --- | ${runs.map(() => '---').join(' | ')} |`);
  for (const [i, [label]] of runs[0].rows.entries())
    console.log(`| ${label} | ${runs.map((run) => run.rows[i]?.[1] ?? '').join(' | ')} |`);
  console.log(
    `| load average before the run (1, 5, 15 min) | ${runs.map((run) => run.load).join(' | ')} |`,
  );

  console.log('\n| target | min | median | max | target | met in |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [i, check] of runs[0].checks.entries()) {
    const values = runs.map((run) => run.checks[i].value);
    const passes = runs.filter((run) => run.checks[i].pass).length;
    const cells = values.every((v) => typeof v === 'number')
      ? [Math.min(...values), median(values), Math.max(...values)].map((v) => fmt(v, check.unit))
      : ['', '', ''];
    console.log(
      `| ${check.label} | ${cells.join(' | ')} | ${check.target} | ${passes} of ${runs.length} runs |`,
    );
    if (passes < runs.length)
      missed.push(
        `${name}: ${check.label} (${check.target}) missed in ${runs.length - passes} of ${runs.length} runs`,
      );
  }
  console.log('');
}

if (missed.length > 0) {
  for (const m of missed) console.error(`TARGET MISSED: ${m}`);
  process.exit(1);
}
console.log('Every target was met in every run.');
