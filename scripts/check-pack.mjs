#!/usr/bin/env node
// Checks that the package in the current directory publishes correctly, as a user receives it:
//   1. `npm pack` it (and the workspace packages it depends on) into tarballs;
//   2. publint (strict) on the tarball, and @arethetypeswrong/cli with the ESM-only profile;
//   3. install the tarballs into an empty project (registry dependencies come from npm's cache);
//   4. import every export subpath from plain Node ESM, and run the package's `pack-smoke.mjs`
//      if it has one;
//   5. type-check an import of every subpath with TypeScript, once with moduleResolution
//      `node16` and once with `bundler`, without skipLibCheck, so the shipped .d.ts are checked.
// Run by turbo as the `check:pack` task of each publishable package.
import { execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  readFileSync,
  writeFileSync,
  rmSync,
  existsSync,
  copyFileSync,
  readdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = process.cwd();
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'ck-pack-'));
const failures = [];
const step = (msg) => console.log(`[check:pack ${pkg.name}] ${msg}`);

function run(cmd, args, options = {}) {
  return execFileSync(cmd, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
}

/** Workspace packages by name. */
function workspaces() {
  const map = new Map();
  for (const dir of [
    'schemas',
    ...readdirSync(join(repo, 'packages')).map((d) => join('packages', d)),
  ]) {
    const file = join(repo, dir, 'package.json');
    if (existsSync(file)) map.set(JSON.parse(readFileSync(file, 'utf8')).name, join(repo, dir));
  }
  return map;
}

/** This package and, transitively, the workspace packages it depends on. */
function closure(name, all, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  const manifest = JSON.parse(readFileSync(join(all.get(name), 'package.json'), 'utf8'));
  for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
    if (all.has(dep)) closure(dep, all, seen);
  }
  return seen;
}

function pack(dir) {
  const out = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], { cwd: dir }));
  return join(work, out[0].filename);
}

/** The subpaths a user can import: every `exports` key except JSON files and package.json. */
function importableSubpaths(manifest) {
  return Object.keys(manifest.exports ?? { '.': null })
    .filter((k) => !k.endsWith('.json') && !k.includes('*'))
    .map((k) => (k === '.' ? manifest.name : `${manifest.name}/${k.slice(2)}`));
}

try {
  const all = workspaces();
  const names = [...closure(pkg.name, all)];
  step(`packing ${names.join(', ')}`);
  const tarballs = names.map((n) => pack(all.get(n)));
  const own = tarballs[0];

  step('publint --strict');
  const { messages } = await publint({ pkgDir, strict: true, pack: 'npm' });
  for (const m of messages) {
    const text = `publint ${m.type}: ${formatMessage(m, pkg)}`;
    if (m.type === 'suggestion') console.log(`  ${text}`);
    else failures.push(text);
  }

  step('attw --profile esm-only');
  try {
    run(join(repo, 'node_modules', '.bin', 'attw'), [
      own,
      '--profile',
      'esm-only',
      '--format',
      'ascii',
    ]);
  } catch (error) {
    failures.push(`@arethetypeswrong/cli found problems:\n${error.stdout}${error.stderr}`);
  }

  step('installing the tarballs into an empty project');
  const app = join(work, 'app');
  run('mkdir', ['-p', app]);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  // A package with a Node-only entry point declares @types/node as an optional peer: its
  // consumers then have Node's types, so the empty project gets them too.
  const nodeTypes = pkg.peerDependencies?.['@types/node'];
  run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...tarballs,
      ...(nodeTypes ? [`@types/node@${nodeTypes}`] : []),
    ],
    { cwd: app },
  );

  const subpaths = importableSubpaths(pkg);
  step(`importing ${subpaths.join(', ')} from Node ESM`);
  writeFileSync(
    join(app, 'import.mjs'),
    subpaths
      .map(
        (s, i) =>
          `import * as m${i} from '${s}';\nif (Object.keys(m${i}).length === 0) throw new Error('${s} exports nothing');`,
      )
      .join('\n') + "\nconsole.log('imports ok');\n",
  );
  run('node', ['import.mjs'], { cwd: app });
  if (existsSync(join(pkgDir, 'pack-smoke.mjs'))) {
    step('running pack-smoke.mjs against the installed package');
    copyFileSync(join(pkgDir, 'pack-smoke.mjs'), join(app, 'pack-smoke.mjs'));
    process.stdout.write(run('node', ['pack-smoke.mjs'], { cwd: app }));
  }

  const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
  writeFileSync(
    join(app, 'consumer.ts'),
    subpaths
      .map(
        (s, i) =>
          `import * as m${i} from '${s}';\nexport const keys${i}: string[] = Object.keys(m${i});`,
      )
      .join('\n') + '\n',
  );
  for (const [module, resolution] of [
    ['node16', 'node16'],
    ['esnext', 'bundler'],
  ]) {
    step(`type-checking with moduleResolution ${resolution}`);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          noEmit: true,
          strict: true,
          skipLibCheck: false,
          types: nodeTypes ? ['node'] : [],
          target: 'es2022',
          lib: ['es2023', 'dom'],
          module,
          moduleResolution: resolution,
        },
        files: ['consumer.ts'],
      }),
    );
    try {
      run('node', [tsc, '-p', 'tsconfig.json'], { cwd: app });
    } catch (error) {
      failures.push(
        `TypeScript (${resolution}) could not use the package:\n${error.stdout}${error.stderr}`,
      );
    }
  }
} catch (error) {
  failures.push(`${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\n[check:pack ${pkg.name}] FAILED:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
step('ok');
