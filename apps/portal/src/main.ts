// `npm start`: the reference portal on this machine. PGlite in .data/portal (created on first
// start) unless DATABASE_URL names a PostgreSQL server; http://127.0.0.1:3000 unless PORT/HOST.
import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ed25519Signer } from '@competence-kit/credentials/node-signer';
import { logLevelFrom, type LogLevel } from '@competence-kit/server';
import { createPortal } from './portal.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0 to 65535), not "${process.env.PORT}".`);
  process.exit(2);
}

// How long SIGTERM/SIGINT waits for the requests in flight before exiting with 1 anyway.
const shutdownTimeoutMs = Number(process.env.COMPETENCE_KIT_SHUTDOWN_TIMEOUT_MS ?? 10_000);
if (!Number.isInteger(shutdownTimeoutMs) || shutdownTimeoutMs <= 0) {
  console.error(
    `COMPETENCE_KIT_SHUTDOWN_TIMEOUT_MS must be a positive whole number of milliseconds, not "${process.env.COMPETENCE_KIT_SHUTDOWN_TIMEOUT_MS}".`,
  );
  process.exit(2);
}

// Structured JSON logs on standard output, one line per request, without personal data
// (portalLogger): `info` by default, `silent` for none.
let logLevel: LogLevel;
try {
  logLevel = logLevelFrom(process.env.COMPETENCE_KIT_LOG_LEVEL);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const started = performance.now();
const secret = process.env.PORTAL_SECRET;
if (secret !== undefined && secret.length < 32) {
  console.error('PORTAL_SECRET must have at least 32 characters.');
  process.exit(2);
}
// The key each city signs its credentials with: the PEM file COMPETENCE_KIT_CREDENTIAL_KEY_FILE
// names (`{city}` in the path stands for the city id), else, for the demo (no DATABASE_URL), a
// key made at the first start in .data/credential-keys (mode 0600, never in the database). Only
// the key's did:key is printed, never the key.
const keyFile = process.env.COMPETENCE_KIT_CREDENTIAL_KEY_FILE;
const demoKeys = keyFile === undefined && process.env.DATABASE_URL === undefined;
const signers: string[] = [];
async function credentialKey(cityId: string): Promise<KeyObject | undefined> {
  let key: KeyObject;
  if (keyFile !== undefined) {
    const path = resolve(keyFile.replaceAll('{city}', cityId));
    try {
      key = createPrivateKey(await readFile(path, 'utf8'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      console.error(
        `COMPETENCE_KIT_CREDENTIAL_KEY_FILE: ${path} is not a readable PKCS #8 PEM private key${code ? ` (${code})` : ''}.`,
      );
      process.exit(2);
    }
  } else if (demoKeys) {
    const dir = resolve('.data/credential-keys');
    const path = join(dir, `${cityId}.pem`);
    try {
      key = createPrivateKey(await readFile(path, 'utf8'));
    } catch {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      key = generateKeyPairSync('ed25519').privateKey;
      const pem = key.export({ type: 'pkcs8', format: 'pem' }).toString();
      await writeFile(path, pem, { mode: 0o600, flag: 'wx' });
    }
  } else return undefined;
  try {
    signers.push(`  ${cityId}: ${ed25519Signer(key).verificationMethod.split('#')[0]}`);
  } catch {
    console.error(`The credential key of ${cityId} is not an Ed25519 private key.`);
    process.exit(2);
  }
  return key;
}
let stopping = false;
const portal = await createPortal({
  logger: logLevel === 'silent' ? false : { level: logLevel },
  credentialKey,
  isShuttingDown: () => stopping,
  ...(secret && { secret }),
});
const address = await portal.app.listen({ port, host });
const url = address.replace('://[::1]', '://localhost');
const { info } = portal.store;
console.log(`Competence Kit reference portal: ${url}/`);
console.log(
  `Storage: ${info.kind === 'pglite' ? `PGlite in ${info.dataDir}${info.created ? ' (created now)' : ''}` : 'PostgreSQL (DATABASE_URL)'}; ready in ${Math.round(performance.now() - started)} ms.`,
);
for (const { city } of portal.cities) console.log(`  ${city.id}: ${url}/${city.id}/`);
if (signers.length > 0) {
  console.log(
    `Credentials are signed with${demoKeys ? ' demo keys made in .data/credential-keys' : ''}:`,
  );
  for (const line of signers) console.log(line);
} else console.log('Credentials: no key (COMPETENCE_KIT_CREDENTIAL_KEY_FILE), none are issued.');
if (portal.seed.accounts.length > 0) {
  console.log('\nDEMO DATA (invented, for trying the portal; do not use for real people):');
  for (const a of portal.seed.accounts)
    console.log(
      `  ${a.city.padEnd(20)} ${a.role.padEnd(12)} ${a.email.padEnd(42)} password: ${a.password}`,
    );
  console.log(`  and ${portal.seed.syntheticResponses} synthetic staff self-assessments.`);
} else {
  console.log(
    '\nDemo accounts were created on the first start: <role>@<city>.demo.example, password demo-<city>-<role>.',
  );
}
console.log('Stop with Ctrl+C; the data stays for the next start.');

// SIGTERM/SIGINT: /readyz answers 503 at once, the server stops accepting connections, the
// requests in flight finish (Fastify's close; a request arriving on a kept-alive connection
// meanwhile gets 503 and `connection: close`), then the store closes (the PGlite folder's lock
// is released) and the process exits with 0. A second signal, or requests still running after
// COMPETENCE_KIT_SHUTDOWN_TIMEOUT_MS, end it at once with 1.
const stop = async (signal: string) => {
  if (stopping) {
    console.error(`${signal} again: exiting now, without waiting for the requests in flight.`);
    process.exit(1);
  }
  stopping = true;
  portal.app.log.info({ signal, timeoutMs: shutdownTimeoutMs }, 'stopping');
  console.log(
    `\n${signal}: stopping; no new connections, waiting up to ${shutdownTimeoutMs} ms for the requests in flight.`,
  );
  setTimeout(() => {
    console.error(
      `Requests still in flight after ${shutdownTimeoutMs} ms (COMPETENCE_KIT_SHUTDOWN_TIMEOUT_MS): exiting without them.`,
    );
    process.exit(1);
  }, shutdownTimeoutMs);
  // server.close() ends only the connections idle at that moment; a connection whose request
  // finishes later is ended as soon as it is idle, not after the keep-alive timeout.
  const idle = setInterval(() => portal.app.server.closeIdleConnections(), 100);
  try {
    await portal.app.close();
  } catch (error) {
    console.error(`Stopping failed: ${(error as Error).message}`);
    process.exit(1);
  }
  clearInterval(idle);
  console.log('Stopped: requests finished, store closed.');
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
