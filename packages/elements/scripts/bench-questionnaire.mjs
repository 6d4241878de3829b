#!/usr/bin/env node
// `npm run bench` of the elements: the <ck-questionnaire> benchmark of the root `npm run bench`
// (bench/src/questionnaire.bench.mjs, measured by bench-questionnaire.measure.mjs with the page
// bench-questionnaire.page.js), run once here and printed as Markdown; exit 1 on a missed target.
const { run } = await import('../../../bench/src/questionnaire.bench.mjs');
const { name, rows, checks } = await run();
console.log(`### ${name}\n\n| measure | time |\n| --- | --- |`);
for (const [label, text] of rows) console.log(`| ${label} | ${text} |`);
const missed = checks.filter((check) => !check.pass);
for (const check of missed)
  console.log(
    `TARGET MISSED: ${check.label}: ${check.value.toFixed(1)} ms, target ${check.target}`,
  );
console.log(`\n${missed.length === 0 ? 'Targets met.' : 'Targets MISSED.'}`);
if (missed.length > 0) process.exitCode = 1;
