import type { ParseArgsConfig } from 'node:util';
import { canonicalLocale } from '@competence-kit/model';
import type { Style } from './format.js';
import { UsageError, type CliIo } from './io.js';

/** What a command receives besides its arguments. */
export interface Context {
  io: CliIo;
  /** Styles for standard output (plain unless it is a colour terminal). */
  style: Style;
  /** Styles for standard error. */
  errStyle: Style;
}

/** Parsed arguments: option values by name and the positional arguments. */
export interface Args {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** One command of `competence-kit`. */
export interface Command {
  /** As typed: `summary`, or `translations export`. */
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** The full `--help` text. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** How many positional arguments it takes. */
  positionals: { min: number; max: number };
  /** Runs the command and returns the exit code. Throws `UsageError` or `InputError`. */
  run(args: Args, context: Context): Promise<number>;
}

/** A string option's value, if given. */
export function stringOption(args: Args, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A `--locale`-like option: a BCP 47 tag in canonical form, or a usage error that says which. */
export function localeOption(args: Args, name: string, command: string): string | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  const canonical = canonicalLocale(value);
  if (canonical === undefined) {
    throw new UsageError(
      `--${name} "${value}" is not a BCP 47 language tag; expected a tag such as "uk", "de-AT" or "sr-Latn-RS".`,
      command,
    );
  }
  if (canonical !== value) {
    throw new UsageError(`--${name} "${value}" must be written "${canonical}".`, command);
  }
  return value;
}
