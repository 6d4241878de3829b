import type { Framework, Issue } from '@competence-kit/schemas';
import { extendFramework, parseFramework } from '@competence-kit/model';
import { stringOption, type Command, type Context } from '../command.js';
import { formatIssues } from '../format.js';
import { UsageError } from '../io.js';
import { readJson, shownPath } from '../load.js';

const KINDS = ['framework', 'extension'] as const;
type Kind = (typeof KINDS)[number];

/** The verdict on one file, as `--json` prints it. */
export interface FileResult {
  file: string;
  kind: Kind;
  ok: boolean;
  issues: Issue[];
  /** For a valid file: a line about what it holds. */
  about?: string;
}

function describe(fw: Framework): string {
  return `${fw.competences.length} competences in ${fw.domains.length} domains, version ${fw.version}`;
}

async function check(
  context: Context,
  file: string,
  kind: Kind,
  base?: Framework,
): Promise<FileResult & { value?: Framework }> {
  const shown = shownPath(context.io, file);
  const json = await readJson(context.io, file);
  if (!json.ok) return { file: shown, kind, ok: false, issues: [json.issue] };
  const parsed = base ? extendFramework(base, json.value) : parseFramework(json.value);
  if (!parsed.ok) return { file: shown, kind, ok: false, issues: parsed.issues };
  const about = base
    ? `valid extension of ${base.id} ${base.version}; the result has ${describe(parsed.value)}`
    : `valid framework: ${describe(parsed.value)}`;
  return { file: shown, kind, ok: true, issues: [], about, value: parsed.value };
}

function print(context: Context, results: FileResult[], role?: string): void {
  const { io, style } = context;
  for (const r of results) {
    if (r.ok) io.stdout.write(`${style.green('✓')} ${r.file}  ${r.about}\n`);
    else {
      const what = role ? `the ${role} has ` : '';
      io.stdout.write(`${style.red('✗')} ${r.file}  ${what}${r.issues.length} issue(s)\n`);
      io.stdout.write(`${formatIssues(r.issues, '    ')}\n`);
    }
  }
}

/** `competence-kit validate`: the issues of one or more frameworks or extensions. */
export const validate: Command = {
  name: 'validate',
  summary: 'check frameworks (or extensions) and list their issues',
  help: `Usage: competence-kit validate <file...> [--kind framework|extension] [--base <file>] [--json]

Checks each file and lists its issues as "path  code  message", the path being a JSON
pointer into the file. A framework is checked against the framework schema first; only when
its structure is valid are the rules between its parts checked (references, ordered levels,
descriptors for every level, every text in every required locale), so fixing structural
issues may reveal more. An extension (--kind extension) is applied to --base and the result
is checked the same way. Use - to read a file from standard input.

Options:
  --kind <kind>   framework (default) or extension
  --base <file>   the framework the extensions extend (required with --kind extension)
  --json          print {"ok", "files": [{"file", "kind", "ok", "issues"}]} instead of text
  -h, --help      show this help

Exit codes: 0 every file is valid, 1 some file has issues or cannot be read, 2 wrong usage.

Examples:
  competence-kit validate framework.json
  competence-kit validate offenbach.json --kind extension --base framework.json --json
`,
  options: {
    kind: { type: 'string' },
    base: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: Infinity },
  async run(args, context) {
    const kind = (stringOption(args, 'kind') ?? 'framework') as Kind;
    if (!KINDS.includes(kind)) {
      throw new UsageError(`--kind must be framework or extension, not "${kind}".`, 'validate');
    }
    const baseFile = stringOption(args, 'base');
    if (kind === 'extension' && baseFile === undefined) {
      throw new UsageError('--kind extension needs --base <framework file>.', 'validate');
    }
    if (kind === 'framework' && baseFile !== undefined) {
      throw new UsageError('--base goes with --kind extension.', 'validate');
    }
    const json = args.values.json === true;
    let base: Framework | undefined;
    if (baseFile !== undefined) {
      const checked = await check(context, baseFile, 'framework');
      if (!checked.ok) {
        const result = {
          file: checked.file,
          kind: checked.kind,
          ok: false,
          issues: checked.issues,
        };
        if (json)
          context.io.stdout.write(
            `${JSON.stringify({ ok: false, base: result, files: [] }, null, 2)}\n`,
          );
        else print(context, [result], 'base framework');
        return 1;
      }
      base = checked.value;
    }
    const results: FileResult[] = [];
    for (const file of args.positionals) {
      const { value: _value, ...result } = await check(context, file, kind, base);
      results.push(result);
    }
    const ok = results.every((r) => r.ok);
    if (json) {
      context.io.stdout.write(`${JSON.stringify({ ok, files: results }, null, 2)}\n`);
    } else {
      print(context, results);
      if (results.length > 1) {
        const bad = results.filter((r) => !r.ok).length;
        context.io.stdout.write(
          `\n${results.length} files: ${results.length - bad} valid, ${bad} with issues.\n`,
        );
      }
    }
    return ok ? 0 : 1;
  },
};
