import { resolve } from 'node:path';
import { InputError, type CliIo } from './io.js';
import { shownPath } from './load.js';

/** Writes `text` to the file `output`, or to standard output when there is none. */
export async function writeOutput(io: CliIo, output: string | undefined, text: string) {
  if (output === undefined || output === '-') {
    io.stdout.write(text);
    return;
  }
  try {
    await io.writeFile(resolve(io.cwd, output), text);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const why =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a folder'
            : error instanceof Error
              ? error.message
              : String(error);
    throw new InputError(`Cannot write ${shownPath(io, output)}: ${why}.`);
  }
}

/** A framework as the JSON file it is saved in. */
export const frameworkJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
