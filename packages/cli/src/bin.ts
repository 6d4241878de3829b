#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { run } from './cli.js';
import { nodeIo } from './node-io.js';

// `competence-kit summary | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

process.exitCode = await run(process.argv.slice(2), nodeIo(), { version });
