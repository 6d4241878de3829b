// The README blocks that are not TypeScript or JavaScript (those run as examples, see
// scripts/extract-examples.mjs): shell commands must name real scripts and commands, JSON must
// parse and, when it names one of our schemas, be valid; a transcript marked as the output of a
// command must be what that command prints now. Also: CONTRIBUTING describes every task that
// `npm test` runs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as validators from '@competence-kit/schemas/validators';
import { describe, expect, it } from 'vitest';
import { blocks, readmes, root, type Block } from '../scripts/readmes.mjs';

const documents: string[] = [...readmes(), 'CONTRIBUTING.md'];
const all: Block[] = documents.flatMap((readme) => blocks(readme));
const at = (b: Block) => `${b.readme}:${b.line}`;

const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const rootScripts: Record<string, string> = readJson('package.json').scripts;
const workspaceScripts = new Map<string, Record<string, string>>();
for (const dir of ['schemas', 'bench', 'docs']) {
  const pkg = readJson(`${dir}/package.json`);
  workspaceScripts.set(pkg.name, pkg.scripts ?? {});
}
for (const parent of ['packages', 'apps']) {
  for (const readme of documents.filter((d) => d.startsWith(`${parent}/`))) {
    const pkg = readJson(readme.replace(/README\.md$/, 'package.json'));
    workspaceScripts.set(pkg.name, pkg.scripts ?? {});
  }
}
/** The scripts `npm run` finds where a README stands: its workspace's, or the root's. */
function scriptsOf(readme: string): Record<string, string> {
  const manifest = readme.replace(/README\.md$/, 'package.json');
  if (readme === 'README.md' || readme === 'CONTRIBUTING.md' || !existsSync(join(root, manifest)))
    return rootScripts;
  return readJson(manifest).scripts ?? {};
}
const npmCommands = new Set(['ci', 'i', 'install', 'test', 'start', 'view', 'pack', 'publish']);
const ourBins = new Set(['competence-kit']);
const cliCommands = [
  'summary',
  'validate',
  'diff',
  'extend',
  'translations',
  'export',
  'import',
  'esco',
  'report',
];

/** The problem with one shell command line, or undefined when it names real things. */
function checkCommand(
  command: string,
  local: Record<string, string> = rootScripts,
): string | undefined {
  const words = command.trim().split(/\s+/);
  while (/^[A-Z_][A-Z0-9_]*=/.test(words[0] ?? '')) words.shift(); // VAR=value before a command
  const [tool, first, second] = words;
  if (tool === 'npm') {
    if (first === 'run') {
      const workspace = words.find((_, i) => ['-w', '--workspace'].includes(words[i - 1] ?? ''));
      const scripts = workspace ? workspaceScripts.get(workspace) : local;
      if (!scripts) return `npm workspace ${workspace} does not exist`;
      return second && scripts[second] !== undefined
        ? undefined
        : `npm script "${second}" does not exist${workspace ? ` in ${workspace}` : ' where this README is'}`;
    }
    return first && npmCommands.has(first) ? undefined : `unexpected npm command "${first}"`;
  }
  if (tool === 'npx') {
    const bin = first?.startsWith('@competence-kit/') ? 'competence-kit' : first;
    if (bin && ourBins.has(bin))
      return checkCommand(['competence-kit', ...words.slice(2)].join(' '), local);
    return bin && existsSync(join(root, 'node_modules', '.bin', bin))
      ? undefined
      : `npx ${first}: no such command is installed`;
  }
  if (tool === 'competence-kit')
    return first && cliCommands.includes(first)
      ? undefined
      : `competence-kit has no command "${first}"`;
  if (tool === 'node')
    return first && existsSync(join(root, first)) ? undefined : `${first} does not exist`;
  if (tool === 'bash')
    return first && existsSync(join(root, first)) ? undefined : `${first} does not exist`;
  return `unknown tool "${tool}" (teach docs/src/readme-blocks.test.ts about it)`;
}

describe('shell blocks name real scripts and commands', () => {
  const shell = all.filter((b) => ['sh', 'bash', 'shell'].includes(b.lang) && !b.skip);
  it.each(shell.map((b) => [at(b), b] as const))('%s', (_, block) => {
    const problems = block.code
      .split('\n')
      .map((line) =>
        line
          .replace(/\s#.*$/, '')
          .replace(/^#.*$/, '')
          .trim(),
      )
      .filter(Boolean)
      .flatMap((line) => line.split(/\s*(?:&&|\|\||;)\s*/))
      .map((command) => checkCommand(command, scriptsOf(block.readme)))
      .filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('would catch a script that does not exist', () => {
    expect(checkCommand('npm run no-such-script')).toMatch(/does not exist/);
    expect(checkCommand('competence-kit summarize f.json')).toMatch(/no command/);
  });
});

describe('JSON blocks parse and are valid', () => {
  const json = all.filter((b) => b.lang === 'json' && !b.skip);
  it('skips only JSON that does not parse (an abridged excerpt)', () => {
    const skipped = all.filter((b) => b.lang === 'json' && b.skip);
    const parses = (code: string) => {
      try {
        JSON.parse(code);
        return true;
      } catch {
        return false;
      }
    };
    expect(skipped.filter((b) => parses(b.code)).map(at)).toEqual([]);
  });
  it.each(json.map((b) => [at(b), b] as const))('%s', (_, block) => {
    const value = JSON.parse(block.code) as { $schema?: string };
    const name = /competence-kit\/schemas\/([a-z-]+)\/v\d+$/.exec(value.$schema ?? '')?.[1];
    if (!name) return;
    const validatorName = `validate${name.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase())}`;
    const validate = (validators as Record<string, (v: unknown) => boolean>)[validatorName];
    expect(validate, `no validator ${validatorName} for ${value.$schema}`).toBeTypeOf('function');
    expect(validate!(value)).toBe(true);
  });
});

describe('transcripts are what the command prints now', () => {
  const marked = documents.flatMap((readme) => {
    const lines = readFileSync(join(root, readme), 'utf8').split('\n');
    return blocks(readme).flatMap((b) => {
      let i = b.line - 2;
      while (i >= 0 && lines[i]!.trim() === '') i--;
      const command = /^<!--\s*readme-test:\s*output of (.+?)\s*-->$/.exec(
        lines[i]?.trim() ?? '',
      )?.[1];
      return command ? [{ block: b, command }] : [];
    });
  });

  it('finds the marked transcripts', () => {
    expect(marked.length).toBeGreaterThan(0);
  });

  it.each(marked.map((m) => [at(m.block), m] as const))('%s', (_, { block, command }) => {
    const [tool, ...args] = command.split(/\s+/);
    expect(tool).toBe('competence-kit');
    const output = execFileSync(
      process.execPath,
      [join(root, 'packages/cli/dist/bin.js'), ...args],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    expect(output.trimEnd()).toBe(block.code.trimEnd());
  });
});

describe('CONTRIBUTING describes every task of npm test', () => {
  const tasks = (/turbo run (.*)$/.exec(rootScripts.test ?? '')?.[1]?.split(/\s+/) ?? []).filter(
    (word) => !word.startsWith('--'),
  );
  const contributing = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
  it('reads the tasks of npm test', () => {
    expect(tasks.length).toBeGreaterThan(3);
  });
  it.each(tasks)('%s', (task) => {
    expect(contributing).toContain(`\`${task}\``);
  });
});
