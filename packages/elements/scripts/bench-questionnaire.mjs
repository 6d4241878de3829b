#!/usr/bin/env node
// Browser benchmark of <ck-questionnaire> (npm run bench). Bundles a page with esbuild (Lit's
// production build, as a site would ship it), opens it in the system Chromium through
// Playwright, and times in the page with performance.now() on a generated 120-item instrument:
//   - first section: from setting `instrument` until the element's update completes, and
//     until layout is done as well;
//   - an answer: from clicking an option until the re-render completes (median of 50);
//   - a baseline in the same run: the same first section as a plain Lit template without the
//     element's logic, so the ratio shows what the element costs on top of rendering.
// Prints a Markdown table. A benchmark is not a test: a missed target is reported, not failed.
import { build } from 'esbuild';
import os from 'node:os';
import { chromium } from 'playwright';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const targets = { firstSection: 50, answer: 8 };

const bundle = await build({
  entryPoints: [new URL('./bench-questionnaire.page.js', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'error',
});

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
try {
  const tab = await browser.newPage();
  await tab.setContent('<!doctype html><html lang="en"><body></body></html>');
  await tab.addScriptTag({ content: bundle.outputFiles[0].text, type: 'module' });
  await tab.waitForFunction(() => 'runBench' in globalThis);
  const r = await tab.evaluate(() => globalThis.runBench());
  const ms = (v) => `${v.toFixed(v < 1 ? 3 : 1)} ms`;
  const ratio = (v, base) => `${(v / base).toFixed(1)} ×`;
  const verdict = (v, target) => (v <= target ? `≤ ${target} ms ok` : `≤ ${target} ms MISSED`);
  const rows = [
    [
      'first section (update)',
      ms(r.sections.update),
      '',
      verdict(r.sections.update, targets.firstSection),
    ],
    [
      'first section (update + layout)',
      ms(r.sections.layout),
      ratio(r.sections.layout, r.baseline.first),
      verdict(r.sections.layout, targets.firstSection),
    ],
    [
      'answer → re-render (median; mean)',
      `${ms(r.sections.answer.median)}; ${ms(r.sections.answer.mean)}`,
      ratio(r.sections.answer.mean, r.baseline.answer),
      verdict(r.sections.answer.median, targets.answer),
    ],
    [`baseline: plain Lit template, first section`, ms(r.baseline.first), '', ''],
    ['baseline: plain Lit template, one answer (mean)', ms(r.baseline.answer), '', ''],
    [`mode="all", ${r.items} items (update + layout)`, ms(r.all.layout), '', ''],
    [
      `mode="all", answer → re-render (median; mean)`,
      `${ms(r.all.answer.median)}; ${ms(r.all.answer.mean)}`,
      '',
      '',
    ],
  ];
  console.log(
    `Chromium ${browser.version()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}; ` +
      `${r.items} items, ${r.perSection} per section; medians of 15 renders and 50 answers\n`,
  );
  console.log('| measure | time | ratio to baseline | target |\n| --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  const met =
    r.sections.layout <= targets.firstSection && r.sections.answer.median <= targets.answer;
  console.log(`\nTargets ${met ? 'met' : 'MISSED'}.`);
} finally {
  await browser.close();
}
