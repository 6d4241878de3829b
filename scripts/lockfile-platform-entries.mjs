#!/usr/bin/env node
// Keeps package-lock.json valid for `npm ci` when the registry this machine reaches does not
// serve some platform-specific optional packages (here: turbo's macOS and Windows binaries).
// npm then leaves them out of the lockfile, and `npm ci` rejects the lockfile as out of sync.
// This adds the missing entries as the lockfile records them anyway: optional, with their
// `os` and `cpu`, so npm skips them on other platforms and fetches them on their own.
// Runs as the root `postinstall`; it changes nothing when nothing is missing.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
if (!existsSync(file)) process.exit(0);
const text = readFileSync(file, 'utf8');
const lock = JSON.parse(text);
const OS = {
  darwin: 'darwin',
  linux: 'linux',
  windows: 'win32',
  win32: 'win32',
  freebsd: 'freebsd',
};
const CPU = { 64: 'x64', x64: 'x64', arm64: 'arm64', ia32: 'ia32' };

let added = 0;
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `${path === '' ? '' : `${path}/`}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[hoisted]) continue;
    const match = /(darwin|linux|windows|win32|freebsd)-(x64|64|arm64|ia32)$/.exec(name);
    if (!match) {
      console.warn(
        `lockfile: optional dependency ${name} of ${path || 'the root'} is missing and not a platform package`,
      );
      continue;
    }
    lock.packages[hoisted] = {
      version,
      cpu: [CPU[match[2]]],
      dev: entry.dev ?? undefined,
      license: entry.license,
      optional: true,
      os: [OS[match[1]]],
    };
    added++;
  }
}
if (added > 0) {
  const sorted = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) =>
      a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1,
    ),
  );
  lock.packages = sorted;
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(
    `lockfile: recorded ${added} platform-specific optional package(s) the registry did not serve`,
  );
}
