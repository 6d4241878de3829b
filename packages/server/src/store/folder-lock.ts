import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';

/** What a lock file says about the process that holds the folder. */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** The process's start time in clock ticks since boot (Linux `/proc/<pid>/stat`), if known. */
  processStart: number | null;
  lockedAt: string;
  nonce: string;
}

/** A lock this process holds on a data folder. */
export interface FolderLock {
  /** The lock file. */
  readonly path: string;
  /** The lock of a process that had died, which this one replaced, if there was one. */
  readonly recoveredFrom: LockHolder | 'unreadable' | undefined;
  /** Removes the lock file, if it is still this process's. Idempotent. */
  release(): void;
}

/** Thrown when another live process (or this one, through another store) holds the folder. */
export class StoreLockedError extends Error {
  readonly code = 'store-locked';
  readonly dataDir: string;
  readonly lockFile: string;
  readonly holder: LockHolder;

  constructor(dataDir: string, lockFile: string, holder: LockHolder) {
    const who =
      holder.pid === process.pid && holder.hostname === hostname()
        ? 'this process (another store is open on it; close that one first)'
        : holder.hostname === hostname()
          ? `process ${holder.pid} (running since the lock was taken at ${holder.lockedAt})`
          : `process ${holder.pid} on host ${holder.hostname}, whose liveness cannot be checked from here`;
    super(
      `The data folder ${dataDir} is in use by ${who}. Two processes on one PGlite folder corrupt ` +
        `it, so this one does not open it. Stop the other process or use another folder; if you ` +
        `are sure no process uses the folder, delete ${lockFile}.`,
    );
    this.name = 'StoreLockedError';
    this.dataDir = dataDir;
    this.lockFile = lockFile;
    this.holder = holder;
  }
}

/** A lock file being written by its creator is given this long before it counts as broken. */
const UNREADABLE_GRACE_MS = 2_000;
const MAX_ATTEMPTS = 50;

/** The start time of a process, from `/proc` (Linux); null where that cannot be read. */
export function processStartTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces:
    // field 3 (state) is index 0, so field 22 (starttime) is index 19.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? ticks : null;
  } catch {
    return null;
  }
}

/** Whether the holder of a lock is alive: `unknown` for a process on another host. */
export function holderState(holder: LockHolder): 'alive' | 'dead' | 'unknown' {
  if (holder.hostname !== hostname()) return 'unknown';
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return 'dead';
    // EPERM: the process exists but belongs to another user.
  }
  // The pid exists; is it still the same process, or was the pid reused?
  const start = processStartTicks(holder.pid);
  if (holder.processStart !== null && start !== null && start !== holder.processStart)
    return 'dead';
  return 'alive';
}

function readHolder(path: string): LockHolder | 'unreadable' | 'absent' {
  try {
    return parseHolder(readFileSync(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw error;
  }
}

function parseHolder(text: string): LockHolder | 'unreadable' {
  let value: Partial<LockHolder>;
  try {
    value = JSON.parse(text) as Partial<LockHolder>;
  } catch {
    return 'unreadable';
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof value.pid !== 'number' ||
    !Number.isInteger(value.pid) ||
    value.pid <= 0 ||
    typeof value.hostname !== 'string' ||
    typeof value.nonce !== 'string' ||
    typeof value.lockedAt !== 'string'
  )
    return 'unreadable';
  return {
    pid: value.pid,
    hostname: value.hostname,
    processStart: typeof value.processStart === 'number' ? value.processStart : null,
    lockedAt: value.lockedAt,
    nonce: value.nonce,
  };
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Creates the lock file atomically (`wx`): false when it already exists. */
function tryCreate(path: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(holder, null, 2) + '\n');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

function unlinkIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function newHolder(): LockHolder {
  return {
    pid: process.pid,
    hostname: hostname(),
    processStart: processStartTicks(process.pid),
    lockedAt: new Date().toISOString(),
    nonce: randomUUID(),
  };
}

/**
 * Removes a stale lock file, if it still has the content that was judged stale. Two processes
 * may find the same stale lock at once: they serialise on a second lock file (`<lock>.recover`,
 * itself created with `wx` and recovered the same way if its holder died), and the one that comes
 * second finds the lock already replaced and does not remove the winner's.
 */
async function removeStale(path: string, staleText: string): Promise<void> {
  const guard = `${path}.recover`;
  const me = newHolder();
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (tryCreate(guard, me)) {
      try {
        let current: string | undefined;
        try {
          current = readFileSync(path, 'utf8');
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
        if (current === staleText) unlinkIfPresent(path);
      } finally {
        unlinkIfPresent(guard);
      }
      return;
    }
    const other = readHolder(guard);
    if (
      (other !== 'unreadable' && other !== 'absent' && holderState(other) === 'dead') ||
      (other === 'unreadable' && ageMs(guard) > UNREADABLE_GRACE_MS)
    )
      unlinkIfPresent(guard);
    else await delay(20);
  }
  throw new Error(`Could not recover the stale lock ${path}: ${guard} stays in the way.`);
}

/**
 * Takes the lock `lockFile` for the data folder `dataDir`: refuses with a `StoreLockedError`
 * when a live process holds it, replaces it when its holder has died (a crash, a SIGKILL).
 */
export async function lockFolder(dataDir: string, lockFile: string): Promise<FolderLock> {
  const me = newHolder();
  let recoveredFrom: FolderLock['recoveredFrom'];
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (tryCreate(lockFile, me)) {
      let released = false;
      return {
        path: lockFile,
        recoveredFrom,
        release() {
          if (released) return;
          released = true;
          const current = readHolder(lockFile);
          if (typeof current === 'object' && current.nonce === me.nonce) unlinkIfPresent(lockFile);
        },
      };
    }
    let text: string;
    try {
      text = readFileSync(lockFile, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const holder = parseHolder(text);
    if (holder === 'unreadable') {
      // Its creator may be between creating and writing it.
      if (ageMs(lockFile) < UNREADABLE_GRACE_MS) {
        await delay(50);
        continue;
      }
      recoveredFrom = 'unreadable';
    } else {
      const state = holderState(holder);
      if (state !== 'dead') throw new StoreLockedError(dataDir, lockFile, holder);
      recoveredFrom = holder;
    }
    await removeStale(lockFile, text);
  }
  throw new Error(`Could not take the lock ${lockFile} after ${MAX_ATTEMPTS} attempts.`);
}
