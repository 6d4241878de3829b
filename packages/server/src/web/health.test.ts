// The probes of healthChecks, through inject on a PGlite store: /healthz without the store,
// /readyz with it, 503 with a reason when the store is closed or busy and when shutting down,
// exempt from a global rate limit, and absent from the info log.
import { Writable } from 'node:stream';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { openTestStore } from '../store/test-support/stores.js';
import { healthChecks } from './health.js';

let store: Store;
let dispose: () => Promise<void>;

beforeAll(async () => {
  ({ store, dispose } = await openTestStore('pglite'));
});
afterAll(async () => dispose?.());

describe('healthChecks', () => {
  it('answers /healthz and /readyz without caching, and /readyz 503 while shutting down', async () => {
    let shuttingDown = false;
    const app = Fastify();
    await app.register(healthChecks, { store, isShuttingDown: () => shuttingDown });
    try {
      const live = await app.inject('/healthz');
      expect(live.statusCode).toBe(200);
      expect(live.json()).toEqual({ status: 'ok' });
      expect(live.headers['cache-control']).toBe('no-store');
      expect(live.headers['content-type']).toMatch(/^application\/json/);
      const ready = await app.inject('/readyz');
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toEqual({ status: 'ready' });
      expect(ready.headers['cache-control']).toBe('no-store');
      expect((await app.inject({ method: 'HEAD', url: '/readyz' })).statusCode).toBe(200);

      shuttingDown = true;
      const draining = await app.inject('/readyz');
      expect(draining.statusCode).toBe(503);
      expect(draining.json()).toEqual({ status: 'not-ready', reason: 'shutting-down' });
      expect(draining.headers['cache-control']).toBe('no-store');
      // Liveness stays: the process still answers.
      expect((await app.inject('/healthz')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('answers /readyz 503 "store" when the store does not answer in time', async () => {
    const app = Fastify();
    await app.register(healthChecks, { store, timeoutMs: 200 });
    // PGlite has one connection: a transaction held open keeps `select 1` waiting.
    let release!: () => void;
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const transaction = store.db.transaction().execute(async () => {
      holding();
      await new Promise<void>((resolve) => (release = resolve));
    });
    try {
      await held;
      const started = performance.now();
      const busy = await app.inject('/readyz');
      expect(busy.statusCode).toBe(503);
      expect(busy.json()).toEqual({ status: 'not-ready', reason: 'store' });
      expect(performance.now() - started).toBeLessThan(2000);
      expect((await app.inject('/healthz')).statusCode).toBe(200);
    } finally {
      release();
      await transaction;
    }
    expect((await app.inject('/readyz')).statusCode).toBe(200);
    await app.close();
  });

  it('is exempt from a global rate limit and stays out of the info log', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = Fastify({ logger: { level: 'info', stream } });
    await app.register(rateLimit, { global: true, max: 1, timeWindow: 60_000 });
    await app.register(healthChecks, { store });
    app.get('/other', async () => 'other');
    try {
      for (let i = 0; i < 5; i++) {
        expect((await app.inject('/healthz')).statusCode).toBe(200);
        expect((await app.inject('/readyz')).statusCode).toBe(200);
      }
      expect((await app.inject('/other')).statusCode).toBe(200);
      expect((await app.inject('/other')).statusCode).toBe(429);
      const logged = lines.join('');
      expect(logged).toContain('/other');
      expect(logged).not.toContain('/healthz');
      expect(logged).not.toContain('/readyz');
    } finally {
      await app.close();
    }
  });

  it('answers /readyz 503 "store" once the store is closed, /healthz still 200', async () => {
    const own = await openTestStore('pglite');
    const app = Fastify();
    await app.register(healthChecks, { store: own.store });
    try {
      expect((await app.inject('/readyz')).statusCode).toBe(200);
      await own.dispose();
      const closed = await app.inject('/readyz');
      expect(closed.statusCode).toBe(503);
      expect(closed.json()).toEqual({ status: 'not-ready', reason: 'store' });
      expect((await app.inject('/healthz')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('refuses a timeout that is not a positive number', async () => {
    const app = Fastify();
    await expect(app.register(healthChecks, { store, timeoutMs: 0 }).ready()).rejects.toThrow(
      /timeoutMs/,
    );
  });
});
