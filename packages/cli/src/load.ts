import { isAbsolute, join, relative, resolve, dirname } from 'node:path';
import type { Framework, Issue } from '@competence-kit/schemas';
import { parseFramework } from '@competence-kit/model';
import { formatIssues } from './format.js';
import { InputError, type CliIo } from './io.js';

/** Where the sample framework stands in the repository. */
export const SAMPLE_PATH = join('schemas', 'examples', 'framework', 'valid', 'sample.json');

type Loaded<T> = { ok: true; value: T } | { ok: false; issue: Issue };

/** A path as the user sees it: relative to the working directory when inside it. */
export function shownPath(io: CliIo, file: string): string {
  if (file === '-') return '(stdin)';
  const rel = relative(io.cwd, resolve(io.cwd, file));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : resolve(io.cwd, file);
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && READ_ERRORS[code]) return READ_ERRORS[code];
  return error instanceof Error ? error.message : String(error);
}

/** Reads a file (`-` is standard input) as UTF-8 text, or says why it cannot. */
export async function readText(io: CliIo, file: string): Promise<Loaded<string>> {
  try {
    const text = file === '-' ? await io.readStdin() : await io.readFile(resolve(io.cwd, file));
    return { ok: true, value: text };
  } catch (error) {
    return {
      ok: false,
      issue: {
        path: '',
        code: 'unreadable-file',
        message: `Cannot read the file: ${reason(error)}.`,
      },
    };
  }
}

/** `JSON.parse`'s complaint with the position turned into a line and column. */
function jsonProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const what = message
    .replace(/\s*(in JSON )?at position \d+.*$/s, '')
    .replace(/^JSON\.parse: /, '');
  if (!position) return `Not valid JSON: ${what}.`;
  const before = text.slice(0, Number(position[1]));
  const line = before.split(/\r\n|\r|\n/).length;
  const column = before.length - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return `Not valid JSON at line ${line}, column ${column}: ${what}.`;
}

/** Reads and parses a JSON file (a leading byte order mark is allowed). */
export async function readJson(io: CliIo, file: string): Promise<Loaded<unknown>> {
  const read = await readText(io, file);
  if (!read.ok) return read;
  const text = read.value.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      issue: { path: '', code: 'invalid-json', message: jsonProblem(text, error) },
    };
  }
}

/** Reads a framework file and parses it, or throws an {@link InputError} listing every issue. */
export async function loadFramework(
  io: CliIo,
  file: string,
  role = 'framework',
): Promise<Framework> {
  const json = await readJson(io, file);
  const where = shownPath(io, file);
  if (!json.ok) throw new InputError(`${where}: ${json.issue.message}`);
  const parsed = parseFramework(json.value);
  if (parsed.ok) return parsed.value;
  throw new InputError(
    `${where} is not a valid ${role}; expected a competence framework (schema framework/v1). ${parsed.issues.length} issue(s):`,
    [formatIssues(parsed.issues)],
  );
}

/** The sample framework of the repository that contains the working directory, if any. */
export async function findSample(io: CliIo): Promise<string | undefined> {
  let dir = resolve(io.cwd);
  for (;;) {
    const candidate = join(dir, SAMPLE_PATH);
    if (await io.exists(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
