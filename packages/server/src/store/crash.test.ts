// The PGlite folder survives a crash of the process using it, for real: a child process writes
// acknowledged rows and is SIGKILLed mid-write; another process reopens the folder (bounded in
// time: PGlite 0.5 alone would hang on the postmaster.pid left behind) and finds every
// acknowledged row; while it runs, a third process is refused. Needs the built package
// (turbo builds it before `test`; after a change run `npm run build` first).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';
import { StoreLockedError } from './folder-lock.js';
import { copyPgliteTemplate } from './test-support/stores.js';

const childScript = join(import.meta.dirname, 'test-support', 'store-child.mjs');
const built = join(import.meta.dirname, '..', '..', 'dist', 'store', 'index.js');

interface Child {
  process: ChildProcessWithoutNullStreams;
  events: Record<string, unknown>[];
  /** Resolves with the first event that matches, rejects after `ms` or when the child exits. */
  waitFor(
    match: (e: Record<string, unknown>) => boolean,
    ms: number,
  ): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
}

const children: Child[] = [];
afterAll(() => {
  for (const c of children) if (c.process.exitCode === null) c.process.kill('SIGKILL');
});

function start(mode: 'write' | 'hold', dataDir: string): Child {
  const child = spawn(process.execPath, [childScript, mode, dataDir], { stdio: 'pipe' });
  const events: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    events.push(JSON.parse(line) as Record<string, unknown>);
    for (const w of waiters) w();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code) => {
      for (const w of waiters) w();
      resolve(code);
    }),
  );
  const handle: Child = {
    process: child,
    events,
    exited,
    waitFor: (match, ms) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (found) return done(() => resolve(found));
          if (child.exitCode !== null || child.signalCode !== null)
            done(() =>
              reject(new Error(`child exited (${child.exitCode ?? child.signalCode}): ${stderr}`)),
            );
        };
        const timer = setTimeout(
          () => done(() => reject(new Error(`no such event within ${ms} ms; stderr: ${stderr}`))),
          ms,
        );
        const done = (settle: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          settle();
        };
        waiters.add(check);
        check();
      }),
  };
  children.push(handle);
  return handle;
}

describe('the PGlite folder after a crash', () => {
  it('keeps every acknowledged row, reopens without hanging, and refuses a second process', async () => {
    expect(existsSync(built), `${built} is missing: run npm run build first`).toBe(true);
    const { dataDir, remove } = copyPgliteTemplate();
    try {
      // 1. A server writes, and is killed in the middle of writing.
      const writer = start('write', dataDir);
      const opened = await writer.waitFor((e) => e.event === 'open', 45_000);
      await writer.waitFor((e) => e.event === 'ack' && (e.i as number) >= 25, 45_000);
      writer.process.kill('SIGKILL');
      await writer.exited;
      const acked = writer.events.filter((e) => e.event === 'ack').map((e) => e.i as number);
      const lock = JSON.parse(readFileSync(join(dataDir, 'store.lock'), 'utf8'));
      expect(lock).toMatchObject({ pid: writer.process.pid, hostname: hostname() });
      expect(existsSync(join(dataDir, 'pgdata', 'postmaster.pid'))).toBe(true);

      // 2. The next server opens the folder (bounded by waitFor) and finds every acknowledged row.
      const reader = start('hold', dataDir);
      const reopened = await reader.waitFor((e) => e.event === 'open', 45_000);
      expect(reopened.info).toMatchObject({
        created: false,
        migrationsApplied: [],
        recovered: { staleLock: true, stalePostmasterPid: true },
      });
      const { values } = (await reader.waitFor((e) => e.event === 'count', 15_000)) as {
        values: number[];
      };
      const found = new Set(values);
      expect(acked.filter((i) => !found.has(i))).toEqual([]);
      // At most one more: committed, but killed before it could say so.
      expect(values.length - acked.length).toBeLessThanOrEqual(1);

      // 3. While it runs, another process is refused, naming the folder and the holder's pid…
      const intruder = start('hold', dataDir);
      const refused = await intruder.waitFor((e) => e.event === 'error', 15_000);
      expect(refused).toMatchObject({ code: 'store-locked', holderPid: reader.process.pid });
      expect(refused.message).toContain(dataDir);
      expect(refused.message).toContain(`process ${reader.process.pid}`);
      expect(await intruder.exited).toBe(3);
      // …and so is a store in this process.
      await expect(openStore({ dataDir })).rejects.toBeInstanceOf(StoreLockedError);

      // 4. A clean close releases the lock.
      reader.process.stdin.end('close\n');
      await reader.waitFor((e) => e.event === 'closed', 15_000);
      expect(await reader.exited).toBe(0);
      expect(existsSync(join(dataDir, 'store.lock'))).toBe(false);

      console.log(
        `PGlite store, existing folder: open ${ms(opened)} (clean); after SIGKILL: open ${ms(
          reopened,
        )}; ${acked.length} acknowledged rows kept`,
      );
    } finally {
      remove();
    }
  }, 120_000);

  it('lets exactly one of several processes take over a stale lock', async () => {
    const { dataDir, remove } = copyPgliteTemplate();
    try {
      // The lock of a process that has died (pid 2^22 + 1 is above Linux's pid_max).
      writeFileSync(
        join(dataDir, 'store.lock'),
        JSON.stringify({
          pid: 4_194_305,
          hostname: hostname(),
          processStart: 1,
          lockedAt: new Date(0).toISOString(),
          nonce: 'dead',
        }),
      );
      const contenders = [1, 2, 3].map(() => start('hold', dataDir));
      const outcomes = await Promise.all(
        contenders.map((c) => c.waitFor((e) => e.event === 'count' || e.event === 'error', 60_000)),
      );
      const winners = contenders.filter((_, i) => outcomes[i]!.event === 'count');
      expect(winners).toHaveLength(1);
      for (const o of outcomes.filter((o) => o.event === 'error'))
        expect(o).toMatchObject({ code: 'store-locked', holderPid: winners[0]!.process.pid });
      winners[0]!.process.stdin.end('close\n');
      expect(await winners[0]!.exited).toBe(0);
    } finally {
      remove();
    }
  }, 120_000);
});

function ms(event: Record<string, unknown>) {
  const info = event.info as { openMs: number };
  return `${Math.round(info.openMs)} ms`;
}
