// Runs one benchmark module in this (fresh) process and prints its result as one JSON line for
// run.mjs. A module exports `run()` (may be async) returning `{ name, rows: [[label, text]],
// checks: [{ label, value, unit, target, pass }] }`.
const [bench] = process.argv.slice(2);
const module = await import(`./${bench}.bench.mjs`);
const result = await module.run();
// A module of the older protocol returns only `pass`: one check for all its targets.
if (result.checks === undefined && typeof result.pass === 'boolean')
  result.checks = [
    {
      label: 'every target of this benchmark',
      value: null,
      unit: '',
      target: 'see rows',
      pass: result.pass,
    },
  ];
if (!Array.isArray(result.checks) || result.checks.length === 0)
  throw new Error(`${bench}: run() must return at least one check`);
for (const check of result.checks) {
  if (typeof check.pass !== 'boolean' || !check.label || !check.target)
    throw new Error(`${bench}: a check needs label, target and pass: ${JSON.stringify(check)}`);
}
console.log(JSON.stringify({ bench, ...result }));
