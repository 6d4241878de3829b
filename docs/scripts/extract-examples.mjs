// Turns the TypeScript and JavaScript blocks of every README into one test module per README,
// run by Vitest and type-checked by tsc (scripts/typecheck-examples.mjs). The blocks of a README
// run in order, in one scope, as a reader would paste them: a later block may use what an earlier
// one declared. Their imports are merged at the top. A README with HTML examples (the web
// components) runs in Chromium: the markup of each ```html block is added to the page and its
// module scripts run in order; every other README runs in Node.
//
// Writes docs/.examples/{node,browser}/<readme>.test.ts and docs/.examples/map.json (for each
// generated line, the README line it came from).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocks, readmes, root } from './readmes.mjs';

const RUN = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs']);
const out = join(root, 'docs', '.examples');

/** Splits a block's source lines into import statements and the rest, keeping line numbers. */
function splitImports(lines) {
  const imports = [];
  const body = [];
  for (let i = 0; i < lines.length; i++) {
    const { line } = lines[i];
    const text = lines[i].text.trimStart();
    if (!/^import[\s{'"*]/.test(text)) {
      body.push(lines[i]);
      continue;
    }
    let statement = text;
    while (
      !/^import\s+['"][^'"]+['"]/.test(statement) &&
      !/\bfrom\s+['"][^'"]+['"]/.test(statement) &&
      i + 1 < lines.length
    ) {
      statement += '\n' + lines[++i].text;
    }
    imports.push({ statement: statement.replace(/;?\s*(\/\/.*)?$/, ''), line });
  }
  return { imports, body };
}

/** Merges import statements: named specifiers per module, other forms once each. */
function mergeImports(statements) {
  const named = new Map(); // module -> Map(local name -> specifier text)
  const other = new Set();
  for (const { statement, line } of statements) {
    const flat = statement.replace(/\s+/g, ' ').trim();
    const match = /^import (type )?\{([^}]*)\} from (['"][^'"]+['"])$/.exec(flat);
    if (!match) {
      other.add(flat + ';');
      continue;
    }
    const [, typeOnly, list, from] = match;
    const specifiers = named.get(from) ?? new Map();
    named.set(from, specifiers);
    for (const raw of list.split(',')) {
      const spec = raw.trim();
      if (!spec) continue;
      const isType = Boolean(typeOnly) || spec.startsWith('type ');
      const bare = spec.replace(/^type /, '');
      const local = bare.split(' as ').pop().trim();
      const previous = specifiers.get(local);
      if (previous && previous.bare !== bare)
        throw new Error(`line ${line}: "${local}" is imported twice as different things`);
      specifiers.set(local, { bare, isType: previous ? previous.isType && isType : isType });
    }
  }
  const lines = [...other];
  for (const [from, specifiers] of named) {
    const list = [...specifiers.values()].map((s) => (s.isType ? `type ${s.bare}` : s.bare));
    lines.push(`import { ${list.join(', ')} } from ${from};`);
  }
  return lines;
}

/** The source lines a block contributes: the code of a ts/js block, the scripts of an html one. */
function sourceOf(block) {
  const lines = block.code.split('\n').map((text, i) => ({ text, line: block.line + 1 + i }));
  if (block.lang !== 'html') return { markup: undefined, lines };
  const markup = [];
  const script = [];
  let inScript = false;
  for (const entry of lines) {
    if (/^\s*<script type="module">\s*$/.test(entry.text)) inScript = true;
    else if (/^\s*<\/script>\s*$/.test(entry.text)) inScript = false;
    else if (inScript) script.push(entry);
    else markup.push(entry.text);
  }
  return { markup: markup.join('\n').trim(), lines: script };
}

rmSync(out, { recursive: true, force: true });
const map = {};
const listed = { run: [], skipped: [] };
for (const readme of readmes()) {
  const all = blocks(readme);
  const browser = all.some((b) => b.lang === 'html' && !b.skip);
  const runnable = all.filter(
    (b) => (RUN.has(b.lang) || (browser && b.lang === 'html')) && !b.skip,
  );
  for (const b of all.filter((b) => b.skip))
    listed.skipped.push(`${readme}:${b.line} (${b.lang}): ${b.skip}`);
  if (runnable.length === 0) continue;

  const imports = [];
  const body = [];
  for (const block of runnable) {
    const { markup, lines } = sourceOf(block);
    const split = splitImports(lines);
    imports.push(...split.imports);
    body.push({ text: `  // ${readme}:${block.line}`, line: block.line });
    if (markup)
      body.push({
        text: `  document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(markup)});`,
        line: block.line,
      });
    for (const entry of split.body) body.push({ ...entry, text: `  ${entry.text}` });
    listed.run.push(`${readme}:${block.line} (${block.lang})`);
  }
  let merged;
  try {
    merged = mergeImports(imports);
  } catch (error) {
    throw new Error(`${readme}: ${error.message}`);
  }
  const header = [
    `// Generated from ${readme} by docs/scripts/extract-examples.mjs. Do not edit.`,
    ...merged,
    `import { test as readmeTest } from 'vitest';`,
    '',
    `readmeTest(${JSON.stringify(`${readme}: every example, in order`)}, async () => {`,
    // Paths in the examples are relative to the repository's root, as a reader there types them.
    ...(browser ? [] : [`  process.chdir(${JSON.stringify(root)});`]),
  ];
  const lines = [...header.map((text) => ({ text, line: 0 })), ...body, { text: '});', line: 0 }];
  const env = browser ? 'browser' : 'node';
  const file = `${env}/${readme.replace(/\/README\.md$/, '').replace(/[^\w]+/g, '-') || 'root'}.test.ts`;
  mkdirSync(join(out, env), { recursive: true });
  writeFileSync(join(out, file), lines.map((l) => l.text).join('\n') + '\n');
  map[file] = { readme, lines: lines.map((l) => l.line) };
}
writeFileSync(join(out, 'map.json'), JSON.stringify(map, null, 2));
console.log(
  `extract-examples: ${listed.run.length} blocks from ${Object.keys(map).length} READMEs to run and type-check` +
    (listed.skipped.length
      ? `; skipped on purpose (each gives its reason):\n  ${listed.skipped.join('\n  ')}`
      : '; none skipped.'),
);
