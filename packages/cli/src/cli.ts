import { parseArgs } from 'node:util';
import type { Args, Command, Context } from './command.js';
import { styleFor } from './format.js';
import { EXIT, InputError, UsageError, type CliIo } from './io.js';
import { summary } from './commands/summary.js';
import { validate } from './commands/validate.js';
import { diff } from './commands/diff.js';
import { extend } from './commands/extend.js';
import { translationsExport, translationsImport } from './commands/translations.js';
import { escoCheck, exportFramework, importFramework } from './commands/interop.js';
import { report as reportCommand } from './commands/report.js';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  summary,
  validate,
  diff,
  extend,
  translationsExport,
  translationsImport,
  exportFramework,
  importFramework,
  escoCheck,
  reportCommand,
];

const BIN = 'competence-kit';

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: ${BIN} <command> [options]

Competence frameworks from the command line: summarise, validate, compare and extend them,
translate them into a new language with a CSV that translators edit in a spreadsheet, move them
to and from Moodle and CASE servers, and check their ESCO mappings.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     show help (also: ${BIN} <command> --help)
  -v, --version  show the version

Exit codes: 0 success, 1 a file has problems (or the check failed), 2 wrong usage.
`;
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

function suggestion(word: string, candidates: readonly string[]): string {
  const best = candidates.map((c) => ({ c, d: distance(word, c) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= 2 ? ` Did you mean "${best.c}"?` : '';
}

/** `translations --help`: the subcommands of a group of commands. */
function groupHelp(words: readonly string[]): string | undefined {
  const [group = '', flag = ''] = words;
  if (flag !== '--help' && flag !== '-h') return undefined;
  const subcommands = COMMANDS.filter((c) => c.name.startsWith(`${group} `));
  if (subcommands.length === 0) return undefined;
  const width = Math.max(...subcommands.map((c) => c.name.length));
  return `Usage: ${BIN} ${group} <${subcommands.map((c) => c.name.split(' ')[1]).join('|')}> [options]

${subcommands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "${BIN} ${group} <subcommand> --help" for the options of each.
`;
}

/** Finds the command named by the first one or two arguments. */
function resolveCommand(argv: readonly string[]): { command: Command; rest: string[] } {
  const [first = '', second = ''] = argv;
  const direct = COMMANDS.find((c) => c.name === first);
  if (direct) return { command: direct, rest: argv.slice(1) };
  const groups = [
    ...new Set(COMMANDS.filter((c) => c.name.includes(' ')).map((c) => c.name.split(' ')[0]!)),
  ];
  if (groups.includes(first)) {
    const subcommands = COMMANDS.filter((c) => c.name.startsWith(`${first} `));
    const command = subcommands.find((c) => c.name === `${first} ${second}`);
    if (command) return { command, rest: argv.slice(2) };
    const names = subcommands.map((c) => c.name.split(' ')[1]!);
    throw new UsageError(
      second === '' || second.startsWith('-')
        ? `"${first}" needs a subcommand: ${names.join(' or ')}.`
        : `Unknown subcommand "${first} ${second}"; expected ${names.join(' or ')}.${suggestion(second, names)}`,
      first,
    );
  }
  const names = [...new Set(COMMANDS.map((c) => c.name.split(' ')[0]!))];
  throw new UsageError(
    `Unknown command "${first}". Commands: ${names.join(', ')}.${suggestion(first, names)}`,
  );
}

/** node:util's parse errors, restated without their advice about `--`. */
function parseError(error: unknown, command: Command): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ,]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const known = Object.keys(command.options).map((o) => `--${o}`);
    const prefixed = known.find((k) => option.length > 2 && k.startsWith(option));
    return new UsageError(
      `Unknown option ${option} for "${command.name}".${prefixed ? ` Did you mean "${prefixed}"?` : suggestion(option, known)}`,
      command.name,
    );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    const type = command.options[option.replace(/^-+/, '')]?.type;
    return new UsageError(
      type === 'boolean' ? `Option ${option} takes no value.` : `Option ${option} needs a value.`,
      command.name,
    );
  }
  return new UsageError(message.split('\n')[0]!, command.name);
}

function parse(command: Command, argv: string[]): Args | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw parseError(error, command);
  }
  if (parsed.values.help) return 'help';
  const { min, max } = command.positionals;
  const count = parsed.positionals.length;
  if (count < min || count > max) {
    const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
    const expected =
      min === max
        ? files(min)
        : max === Infinity
          ? `at least ${files(min)}`
          : min === 0
            ? `at most ${files(max)}`
            : `${min} to ${files(max)}`;
    const extra = count > max ? ` (${parsed.positionals.slice(max).join(' ')} is too many)` : '';
    throw new UsageError(
      `"${command.name}" takes ${expected}, got ${count}${extra}.`,
      command.name,
    );
  }
  return { values: parsed.values as Args['values'], positionals: parsed.positionals };
}

/**
 * Runs `competence-kit` with its arguments (without `node` and the script) against `io`, and
 * returns the exit code: 0 success, 1 a file has problems or a check failed, 2 wrong usage. It
 * does not throw for anything a user can do.
 *
 * @example
 * ```ts
 * process.exitCode = await run(process.argv.slice(2), nodeIo(), { version: '0.1.0' });
 * ```
 */
export async function run(
  argv: readonly string[],
  io: CliIo,
  meta: { version: string } = { version: '0.0.0' },
): Promise<number> {
  const context: Context = {
    io,
    style: styleFor(io.stdout, io.env),
    errStyle: styleFor(io.stderr, io.env),
  };
  const first = argv[0];
  if (first === undefined) {
    io.stderr.write(mainHelp());
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h' || (first === 'help' && argv.length === 1)) {
    io.stdout.write(mainHelp());
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${meta.version}\n`);
    return EXIT.ok;
  }
  try {
    // `help summary` is `summary --help`.
    const words = first === 'help' ? [...argv.slice(1), '--help'] : [...argv];
    const group = groupHelp(words);
    if (group) {
      io.stdout.write(group);
      return EXIT.ok;
    }
    const { command, rest } = resolveCommand(words);
    const args = parse(command, rest);
    if (args === 'help') {
      io.stdout.write(command.help);
      return EXIT.ok;
    }
    return await command.run(args, context);
  } catch (error) {
    return report(error, context);
  }
}

function report(error: unknown, { io, errStyle }: Context): number {
  if (error instanceof UsageError) {
    const help = error.command ? `${BIN} ${error.command} --help` : `${BIN} --help`;
    io.stderr.write(`${errStyle.red(`${BIN}: ${error.message}`)}\nRun "${help}" for usage.\n`);
    return EXIT.usage;
  }
  if (error instanceof InputError) {
    io.stderr.write(`${errStyle.red(`${BIN}: ${error.message}`)}\n`);
    for (const detail of error.details) io.stderr.write(`${detail}\n`);
    return EXIT.failed;
  }
  // Anything else is a bug in competence-kit, not a mistake of the user: show where it was.
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`${BIN}: internal error, please report it:\n${detail}\n`);
  return EXIT.failed;
}
