// Turbo runs tasks in strict environment mode: a variable that turbo.json does not declare is
// not passed to the task, so an override such as CHROMIUM_PATH would silently do nothing under
// `npm test`. This check fails when code in the repository reads a variable that turbo.json
// does not declare (globalEnv, globalPassThroughEnv, or a task's env / passThroughEnv).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const turbo = JSON.parse(readFileSync(join(root, 'turbo.json'), 'utf8'));
const declared = new Set([
  ...(turbo.globalEnv ?? []),
  ...(turbo.globalPassThroughEnv ?? []),
  ...Object.values(turbo.tasks ?? {}).flatMap((t) => [
    ...(t.env ?? []),
    ...(t.passThroughEnv ?? []),
  ]),
]);
// Read by Node or npm themselves, never a task's own setting.
const ignored = new Set(['NODE_ENV']);

const skip = new Set(['node_modules', 'dist', '.git', '.turbo', 'storybook-static', 'generated']);
const files = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    if (skip.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(?:[cm]?[jt]s)$/.test(name)) files.push(path);
  }
}
for (const dir of ['packages', 'apps', 'schemas', 'scripts', 'bench', 'docs']) {
  try {
    walk(join(root, dir));
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
}

const problems = [];
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    for (const [, name] of line.matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)) {
      if (!declared.has(name) && !ignored.has(name))
        problems.push(
          `${relative(root, file)}:${i + 1} reads ${name}, which turbo.json does not declare`,
        );
    }
  });
}
if (problems.length > 0) {
  console.error(
    `Environment variables that turbo's strict mode would drop (declare them in turbo.json's globalEnv or a task's env):\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(
  `check-env: ${files.length} files read; every process.env variable is declared in turbo.json.`,
);
