// `npm start` as a real process (`node dist/main.js`, so run `npm run build` first; turbo does):
// the probes /healthz and /readyz, then SIGTERM with a request in flight. The request finishes
// (200, `connection: close`), a probe on a connection opened before answers 503, new
// connections are refused, the process exits with 0 and the PGlite folder's lock is gone. A
// timeout or a second signal exits with 1. The slow request is a route that only this test
// adds, through a preload (`node --import`) that hears Fastify's `fastify.initialization`
// diagnostics channel: main.ts has no test hook.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '@competence-kit/server';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

const PRELOAD = `
import { subscribe } from 'node:diagnostics_channel';
import { setTimeout as delay } from 'node:timers/promises';
subscribe('fastify.initialization', ({ fastify }) => {
  fastify.get('/__test/slow', async (request) => {
    const ms = Number(request.query.ms);
    console.log('test: slow request started');
    await delay(ms);
    return { slow: 'done' };
  });
});
`;

interface Running {
  url: string;
  port: number;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  signal: (name: NodeJS.Signals) => void;
  waitFor: (pattern: RegExp, ms?: number) => Promise<void>;
}

let dir: string;
let preload: string;
let dataDir: string;
const lockFile = () => join(dataDir, 'store.lock');

/** Starts `node dist/main.js` in `dir` (PGlite in dir/.data/portal) on a free port. */
async function start(env: Record<string, string> = {}): Promise<Running> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env };
  delete childEnv.DATABASE_URL;
  delete childEnv.COMPETENCE_KIT_CREDENTIAL_KEY_FILE;
  const child = spawn(process.execPath, ['--import', preload, MAIN], {
    cwd: dir,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const waitFor = async (pattern: RegExp, ms = 10_000) => {
    const until = Date.now() + ms;
    while (!pattern.test(stdout + stderr)) {
      if (child.exitCode !== null || Date.now() > until)
        throw new Error(`no ${pattern} (exit ${child.exitCode}):\n${stdout}\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  await waitFor(/Stop with Ctrl\+C/, 180_000);
  const url = /reference portal: (http:\/\/[^/\s]+)\//.exec(stdout)![1]!;
  return {
    url,
    port: Number(new URL(url).port),
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    signal: (name) => child.kill(name),
    waitFor,
  };
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function get(url: string, agent?: http.Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: agent ?? false }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      })
      .on('error', reject);
  });
}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build in apps/portal.`);
  dir = mkdtempSync(join(tmpdir(), 'ck-portal-shutdown-'));
  preload = join(dir, 'slow-route.mjs');
  writeFileSync(preload, PRELOAD);
  dataDir = join(dir, '.data', 'portal');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm start: probes and graceful shutdown', () => {
  it('drains the requests in flight on SIGTERM, exits 0 and releases the store', async () => {
    const portal = await start();
    const live = await get(`${portal.url}/healthz`);
    expect(live.status).toBe(200);
    expect(JSON.parse(live.body)).toEqual({ status: 'ok' });
    expect(live.headers['cache-control']).toBe('no-store');
    const ready = await get(`${portal.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({ status: 'ready' });
    expect(existsSync(lockFile())).toBe(true);

    // A load balancer's connection, opened before the signal, its probe half sent.
    const probe = net.connect(portal.port, '127.0.0.1');
    await once(probe, 'connect');
    probe.write('GET /readyz HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    let probeAnswer = '';
    probe.on('data', (chunk: Buffer) => (probeAnswer += chunk.toString()));
    const probeEnded = once(probe, 'close');
    probeEnded.catch(() => undefined);

    // A request in flight, on a kept-alive connection.
    const agent = new http.Agent({ keepAlive: true });
    let slowDone = false;
    const slow = get(`${portal.url}/__test/slow?ms=3000`, agent).finally(() => (slowDone = true));
    slow.catch(() => undefined);
    await portal.waitFor(/slow request started/);

    portal.signal('SIGTERM');
    await portal.waitFor(/SIGTERM: stopping/);
    // New connections are refused at once.
    let refused: unknown;
    for (let i = 0; i < 40 && !refused; i++)
      await get(`${portal.url}/healthz`).then(
        () => new Promise((resolve) => setTimeout(resolve, 25)),
        (error: unknown) => (refused = error),
      );
    expect((refused as NodeJS.ErrnoException | undefined)?.code).toBe('ECONNREFUSED');
    // The store stays open for the request in flight.
    expect(slowDone).toBe(false);
    expect(existsSync(lockFile())).toBe(true);
    // The probe on the open connection is told 503 and the connection closes.
    probe.write('\r\n');
    await probeEnded;
    expect(probeAnswer).toMatch(/^HTTP\/1\.1 503 /);
    expect(probeAnswer).toMatch(/\r\nconnection: close\r\n/i);

    const answer = await slow;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ slow: 'done' });
    expect(answer.headers.connection).toBe('close');
    expect(await portal.exited).toBe(0);
    expect(portal.stdout()).toContain('Stopped: requests finished, store closed.');
    expect(portal.stderr()).toBe('');
    // The structured log (COMPETENCE_KIT_LOG_LEVEL, default info) among the human lines: JSON,
    // the request by its route without its query string, the stop.
    const logged = portal
      .stdout()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ msg: 'portal ready', store: 'pglite' }),
        expect.objectContaining({ msg: 'request', route: '/__test/slow', status: 200 }),
        expect.objectContaining({ msg: 'stopping', signal: 'SIGTERM' }),
      ]),
    );
    expect(portal.stdout()).not.toContain('ms=3000');
    agent.destroy();

    // The lock is gone: the folder opens again at once.
    expect(existsSync(lockFile())).toBe(false);
    const store = await openStore({ dataDir });
    await store.close();
  }, 300_000);

  it('exits with 1 when the requests in flight outlast COMPETENCE_KIT_SHUTDOWN_TIMEOUT_MS', async () => {
    const portal = await start({ COMPETENCE_KIT_SHUTDOWN_TIMEOUT_MS: '500' });
    const slow = get(`${portal.url}/__test/slow?ms=20000`).catch((error: unknown) => error);
    await portal.waitFor(/slow request started/);
    const signalled = performance.now();
    portal.signal('SIGTERM');
    expect(await portal.exited).toBe(1);
    expect(performance.now() - signalled).toBeLessThan(5000);
    expect(portal.stderr()).toContain(
      'Requests still in flight after 500 ms (COMPETENCE_KIT_SHUTDOWN_TIMEOUT_MS): exiting without them.',
    );
    expect((await slow) as Error).toBeInstanceOf(Error);
    expect(existsSync(lockFile())).toBe(false);
  }, 120_000);

  it('exits with 1 at once on a second signal', async () => {
    const portal = await start();
    const slow = get(`${portal.url}/__test/slow?ms=20000`).catch((error: unknown) => error);
    await portal.waitFor(/slow request started/);
    portal.signal('SIGTERM');
    await portal.waitFor(/SIGTERM: stopping/);
    portal.signal('SIGINT');
    expect(await portal.exited).toBe(1);
    expect(portal.stderr()).toContain(
      'SIGINT again: exiting now, without waiting for the requests in flight.',
    );
    expect((await slow) as Error).toBeInstanceOf(Error);
    expect(existsSync(lockFile())).toBe(false);
  }, 120_000);

  it('refuses a shutdown timeout that is not a positive whole number', async () => {
    const child = spawn(process.execPath, [MAIN], {
      cwd: dir,
      env: { ...process.env, PORT: '0', COMPETENCE_KIT_SHUTDOWN_TIMEOUT_MS: '10s' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(2);
    expect(stderr).toContain('COMPETENCE_KIT_SHUTDOWN_TIMEOUT_MS must be a positive whole number');
  });
});
