import { readFile, rename, stat, writeFile, rm } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import type { CliIo } from './io.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Writes through a temporary file in the same folder and renames it into place, so that an
 * interrupted write never leaves half a framework behind.
 */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The real process: its working directory, environment, streams and file system. */
export function nodeIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: { write: (text) => void process.stdout.write(text), isTTY: process.stdout.isTTY },
    stderr: { write: (text) => void process.stderr.write(text), isTTY: process.stderr.isTTY },
    readStdin: () => readAll(process.stdin),
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: writeAtomically,
    exists: (path) =>
      stat(path).then(
        () => true,
        () => false,
      ),
  };
}
