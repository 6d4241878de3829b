#!/usr/bin/env node
// Checks the size budgets of size-budgets.json: each budget's elements are bundled from
// dist/define/<element>.js with esbuild (minified, ES modules, code splitting as a bundler would
// do it), and the files a page loads up front are gzipped and added up. Lazily loaded chunks
// (the locale catalogues) are reported, not counted. Fails when a budget is exceeded, when an
// element has no budget, or when a budget's element is missing and the budget is not pending.
// Run by turbo as the `size` task, after `build`.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const defineDir = join(root, 'dist', 'define');
const { budgets } = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
const KB = 1000;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const failures = [];
const notes = [];

if (!existsSync(defineDir)) {
  console.error('size: dist/define does not exist; run `npm run build` first.');
  process.exit(1);
}

/** Gzipped bytes a page loads up front for `source`, and the lazily loaded chunks. */
async function measure(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js', sourcefile: 'page.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    outdir: join(root, '.size'),
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const gzipped = new Map(
    result.outputFiles.map((f) => [f.path, gzipSync(f.contents, { level: 9 }).length]),
  );
  const outputs = result.metafile.outputs;
  const key = (path) => Object.keys(outputs).find((k) => path.endsWith(k));
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint === 'page.js');
  // Up front: the entry and what it imports statically, transitively.
  const eager = new Set();
  const visit = (out) => {
    if (eager.has(out)) return;
    eager.add(out);
    for (const i of outputs[out].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(entry);
  let total = 0;
  const lazy = [];
  for (const [path, bytes] of gzipped) {
    if (eager.has(key(path))) total += bytes;
    else lazy.push({ name: basename(path).replace(/-[A-Z0-9]+\.js$/, ''), bytes });
  }
  return { total, lazy };
}

const imports = (names) => names.map((n) => `import './dist/define/${n}.js';`).join('\n');

// "Lit" as every element pays for it: a minimal element, tree-shaken like the real ones.
const lit = await measure(
  `import { LitElement, html, css } from 'lit';
   class Minimal extends LitElement { static styles = css\`:host{display:block}\`;
     render() { return html\`<p>\${this.localName}</p>\`; } }
   customElements.define('ck-minimal', Minimal);`,
);
console.log(`size: gzipped, 1 KB = ${KB} B; a minimal Lit element is ${kb(lit.total)}`);

const built = readdirSync(defineDir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => f.slice(0, -3));
const budgeted = new Set(budgets.flatMap((b) => b.elements));
for (const name of built) {
  if (!budgeted.has(name)) {
    failures.push(`dist/define/${name}.js has no budget: add a line for it to size-budgets.json`);
  }
}

for (const budget of budgets) {
  const missing = budget.elements.filter((n) => !built.includes(n));
  if (missing.length > 0) {
    if (budget.pending) {
      console.log(`  ${budget.name.padEnd(44)} pending (${missing.join(', ')} not built yet)`);
    } else {
      failures.push(
        `${budget.name}: dist/define/${missing.join('.js, dist/define/')}.js does not exist ` +
          '(mark the budget "pending": true while the element is being written)',
      );
    }
    continue;
  }
  const { total, lazy } = await measure(imports(budget.elements));
  const added = total - lit.total;
  const limit = budget.maxKB !== undefined ? budget.maxKB * KB : budget.maxAddedKB * KB;
  const measured = budget.maxKB !== undefined ? total : added;
  const verdict = measured <= limit ? 'ok' : 'OVER BUDGET';
  const lazyText = lazy.map((l) => `${l.name} ${kb(l.bytes)}`).join(', ');
  console.log(
    `  ${budget.name.padEnd(44)} ${kb(total).padStart(8)} (+${kb(added)} on Lit) ` +
      `limit ${budget.maxKB !== undefined ? '' : '+'}${kb(limit)}  ${verdict}` +
      (lazyText ? `\n  ${''.padEnd(44)} loaded when needed: ${lazyText}` : ''),
  );
  if (measured > limit) {
    failures.push(`${budget.name}: ${kb(measured)} is over its budget of ${kb(limit)}`);
  }
  if (budget.pending) notes.push(`${budget.name}: every element exists now; remove "pending"`);
}

for (const note of notes) console.log(`size: note: ${note}`);
if (failures.length > 0) {
  console.error(`\nsize: FAILED\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('size: ok');
