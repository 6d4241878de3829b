import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockFolder, processStartTicks, StoreLockedError, type LockHolder } from './folder-lock.js';

let dir: string;
let lockFile: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ck-lock-'));
  lockFile = join(dir, 'store.lock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const holder = (over: Partial<LockHolder>): LockHolder => ({
  pid: process.pid,
  hostname: hostname(),
  processStart: processStartTicks(process.pid),
  lockedAt: new Date().toISOString(),
  nonce: 'someone-else',
  ...over,
});
const writeLock = (h: LockHolder) => writeFileSync(lockFile, JSON.stringify(h));

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {
    encoding: 'utf8',
  });
  return Number(child.stdout.trim());
}

describe('lockFolder', () => {
  it('writes its pid, start time and host, and removes the file on release', async () => {
    const lock = await lockFolder(dir, lockFile);
    const content = JSON.parse(readFileSync(lockFile, 'utf8')) as LockHolder;
    expect(content).toMatchObject({ pid: process.pid, hostname: hostname() });
    expect(content.processStart).toBe(processStartTicks(process.pid));
    expect(lock.recoveredFrom).toBeUndefined();
    lock.release();
    expect(existsSync(lockFile)).toBe(false);
    lock.release();
  });

  it('refuses a second lock in the same process', async () => {
    const lock = await lockFolder(dir, lockFile);
    const error = await lockFolder(dir, lockFile).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreLockedError);
    expect((error as StoreLockedError).message).toContain(dir);
    expect((error as StoreLockedError).message).toContain('this process');
    lock.release();
  });

  it('lets exactly one of many simultaneous attempts win', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => lockFolder(dir, lockFile)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results)
      if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(StoreLockedError);
  });

  it('refuses a folder held by another live process, naming the folder and the pid', async () => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      stdio: 'ignore',
    });
    try {
      const pid = child.pid!;
      await new Promise((resolve) => child.once('spawn', resolve));
      writeLock(holder({ pid, processStart: processStartTicks(pid) }));
      const error = (await lockFolder(dir, lockFile).catch((e: unknown) => e)) as StoreLockedError;
      expect(error).toBeInstanceOf(StoreLockedError);
      expect(error.code).toBe('store-locked');
      expect(error.message).toContain(dir);
      expect(error.message).toContain(`process ${pid}`);
      expect(error.holder.pid).toBe(pid);
    } finally {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    // Its holder is gone now: the next attempt recovers the lock.
    const lock = await lockFolder(dir, lockFile);
    expect(lock.recoveredFrom).toMatchObject({ pid: child.pid });
    lock.release();
  });

  it('recovers the lock of a process that died', async () => {
    const pid = deadPid();
    writeLock(holder({ pid, processStart: 1 }));
    const lock = await lockFolder(dir, lockFile);
    expect(lock.recoveredFrom).toMatchObject({ pid });
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('recovers a lock whose pid was reused by another process (start time differs)', async () => {
    // This process's pid, but a start time it never had: the holder died and the pid is reused.
    const ticks = processStartTicks(process.pid);
    expect(ticks, 'this test needs /proc (Linux)').not.toBeNull();
    writeLock(holder({ processStart: ticks! - 1 }));
    const lock = await lockFolder(dir, lockFile);
    expect(lock.recoveredFrom).toMatchObject({ pid: process.pid, processStart: ticks! - 1 });
    lock.release();
  });

  it('recovers an unreadable lock file once it is older than a moment', async () => {
    writeFileSync(lockFile, '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockFile, old, old);
    const lock = await lockFolder(dir, lockFile);
    expect(lock.recoveredFrom).toBe('unreadable');
    lock.release();
  });

  it('refuses a lock taken on another host, whose process it cannot check', async () => {
    writeLock(holder({ hostname: 'another-host.example', pid: 4242 }));
    const error = (await lockFolder(dir, lockFile).catch((e: unknown) => e)) as StoreLockedError;
    expect(error).toBeInstanceOf(StoreLockedError);
    expect(error.message).toContain('another-host.example');
    expect(error.message).toContain(lockFile);
  });

  it('does not remove a lock that another process has taken since', async () => {
    const lock = await lockFolder(dir, lockFile);
    writeLock(holder({ nonce: 'a-newer-holder' }));
    lock.release();
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).nonce).toBe('a-newer-holder');
  });
});
