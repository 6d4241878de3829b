// Type-checks the examples extracted from the READMEs (strict, against the packages' published
// types) and reports each error at the README line it comes from.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const docs = join(import.meta.dirname, '..');
const map = JSON.parse(readFileSync(join(docs, '.examples', 'map.json'), 'utf8'));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const run = spawnSync(
  process.execPath,
  [tsc, '-p', 'tsconfig.examples.json', '--pretty', 'false'],
  {
    cwd: docs,
    encoding: 'utf8',
  },
);
const output = `${run.stdout}${run.stderr}`.trim();
if (run.status === 0) {
  console.log(`typecheck-examples: the examples of ${Object.keys(map).length} READMEs type-check.`);
  process.exit(0);
}
const located = output.split('\n').map((line) => {
  const match = /^\.examples\/(.+?\.ts)\((\d+),(\d+)\): (.*)$/.exec(line);
  if (!match) return line;
  const [, file, row, , message] = match;
  const entry = map[file];
  const at = entry?.lines[Number(row) - 1];
  return entry && at ? `${entry.readme}:${at}: ${message}` : line;
});
console.error(`The README examples do not type-check:\n  ${located.join('\n  ')}`);
process.exit(1);
