// Runs every benchmark (or those named on the command line) and prints Markdown tables for
// bench/RESULTS.md. Benchmarks are not tests: a missed target is reported, not failed.
import os from 'node:os';
import * as parseFramework from './parse-framework.bench.mjs';
import * as scoring from './scoring.bench.mjs';
import * as needsReport from './needs-report.bench.mjs';
import * as training from './training.bench.mjs';

const benches = {
  'parse-framework': parseFramework,
  scoring,
  'needs-report': needsReport,
  training,
};
const wanted = process.argv.slice(2);
const selected = Object.entries(benches).filter(
  ([name]) => wanted.length === 0 || wanted.includes(name),
);

console.log(
  `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${new Date().toISOString().slice(0, 10)}\n`,
);
for (const [, bench] of selected) {
  const { name, rows, pass } = bench.run();
  console.log(`### ${name}\n\n| measure | value |\n| --- | --- |`);
  for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
  console.log(`\nTarget ${pass ? 'met' : 'MISSED'}.\n`);
}
