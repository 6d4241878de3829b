/** Where output goes: a stream, or a buffer in tests. */
export interface Output {
  write(text: string): void;
  /** Whether this is an interactive terminal (colours are used only then). */
  isTTY?: boolean;
}

/**
 * Everything the commands touch outside themselves, so that tests run them in memory. Paths
 * given to `readFile`, `writeFile` and `exists` are absolute. A failed read or write rejects
 * with an error whose `code` is the usual one (`ENOENT`, `EISDIR`, `EACCES`…).
 */
export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: Output;
  stderr: Output;
  readStdin(): Promise<string>;
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  exists(path: string): Promise<boolean>;
}

/** A mistake in how the command was called: exit code 2, with a hint to `--help`. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A problem with the user's files (unreadable, not JSON, not valid): exit code 1. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** The exit codes of every command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
