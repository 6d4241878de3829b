import { readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { Framework } from '@competence-kit/schemas';
import { run } from '../cli.js';
import type { CliIo } from '../io.js';

/** The repository root, seen from src/test-support. */
export const REPO = join(import.meta.dirname, '..', '..', '..', '..');

/** A repository file's text. */
export function repoText(...segments: string[]): string {
  return readFileSync(join(REPO, ...segments), 'utf8');
}

/** A fresh copy of the sample framework, safe to mutate. */
export function sample(): Framework {
  return JSON.parse(
    repoText('schemas', 'examples', 'framework', 'valid', 'sample.json'),
  ) as Framework;
}

/** A fresh copy of the sample extension (Landkreis Offenbach). */
export function sampleExtension(): Record<string, unknown> {
  return JSON.parse(
    repoText('schemas', 'examples', 'framework-extension', 'valid', 'offenbach.json'),
  ) as Record<string, unknown>;
}

export interface MemoryOptions {
  cwd?: string;
  stdin?: string;
  env?: Record<string, string | undefined>;
  tty?: boolean;
}

/** An in-memory CliIo: files by path relative to `cwd` (default `/work`), captured output. */
export function memoryIo(files: Record<string, string> = {}, options: MemoryOptions = {}) {
  const cwd = options.cwd ?? resolve('/work');
  const store = new Map(Object.entries(files).map(([p, text]) => [resolve(cwd, p), text]));
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    env: options.env ?? {},
    stdout: { write: (t) => void (stdout += t), isTTY: options.tty ?? false },
    stderr: { write: (t) => void (stderr += t), isTTY: options.tty ?? false },
    readStdin: async () => options.stdin ?? '',
    readFile: async (path) => {
      const text = store.get(path);
      if (text === undefined) {
        throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
      }
      return text;
    },
    writeFile: async (path, text) => {
      // A folder exists when it is the working directory or holds a file.
      const folder = dirname(path);
      if (folder !== cwd && ![...store.keys()].some((p) => p.startsWith(`${folder}${sep}`))) {
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
          code: 'ENOENT',
        });
      }
      store.set(path, text);
    },
    exists: async (path) => store.has(path),
  };
  return {
    io,
    /** A file's text by path relative to cwd. */
    file: (path: string) => store.get(resolve(cwd, path)),
    stdout: () => stdout,
    stderr: () => stderr,
  };
}

/** Runs the command in memory and returns its exit code, output and files. */
export async function runCli(
  argv: string[],
  files: Record<string, string> = {},
  options: MemoryOptions = {},
) {
  const memory = memoryIo(files, options);
  const code = await run(argv, memory.io, { version: '9.9.9' });
  return { code, stdout: memory.stdout(), stderr: memory.stderr(), file: memory.file };
}

/** A framework as the text of its file. */
export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
