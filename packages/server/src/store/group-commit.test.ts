// The group-commit queue (decision 0025) on its own, with a write function that records its
// batches: what arrives while a write is in flight is written together, a batch holds each key
// once and at most `max` items, each item gets its own outcome, and a failed batch is written
// again item by item so that only the bad item fails.
import { describe, expect, it } from 'vitest';
import { GroupCommit, groupCommitTurns } from './group-commit.js';

interface Item {
  id: number;
  key?: string;
  bad?: boolean;
}

/** A write that takes a few milliseconds, records each batch, and fails on a bad item. */
function recorder(ms = 5) {
  const batches: number[][] = [];
  const write = async (items: Item[]) => {
    batches.push(items.map((i) => i.id));
    await new Promise((resolve) => setTimeout(resolve, ms));
    if (items.some((i) => i.bad)) throw new Error(`bad item in [${items.map((i) => i.id)}]`);
    return items.map((i) => `stored ${i.id}`);
  };
  return { batches, write };
}

describe('GroupCommit', () => {
  it('writes what arrives while a write is in flight together, each with its own outcome', async () => {
    const { batches, write } = recorder();
    const queue = new GroupCommit(write);
    const first = queue.submit({ id: 0 });
    // Submitted while the first batch is being written (it starts after one event-loop turn).
    while (batches.length === 0) await new Promise((resolve) => setImmediate(resolve));
    const rest = Array.from({ length: 10 }, (_, i) => queue.submit({ id: i + 1 }));
    expect(await Promise.all([first, ...rest])).toEqual(
      Array.from({ length: 11 }, (_, i) => `stored ${i}`),
    );
    expect(batches).toEqual([[0], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]);
    expect(queue.stats).toEqual({ batches: 2, items: 11, fallbacks: 0 });
  });

  it('puts at most `max` items in a batch (100 by default) and keeps their order', async () => {
    const { batches, write } = recorder(1);
    const queue = new GroupCommit(write);
    await Promise.all(Array.from({ length: 230 }, (_, i) => queue.submit({ id: i })));
    expect(batches.map((b) => b.length)).toEqual([100, 100, 30]);
    expect(batches.flat()).toEqual(Array.from({ length: 230 }, (_, i) => i));
    const small = new GroupCommit(write, { max: 4 });
    batches.length = 0;
    await Promise.all(Array.from({ length: 9 }, (_, i) => small.submit({ id: i })));
    expect(batches.map((b) => b.length)).toEqual([4, 4, 1]);
  });

  it('holds each key once in a batch: the second item with a key waits for the next batch', async () => {
    const { batches, write } = recorder(1);
    const queue = new GroupCommit(write, { keyOf: (item: Item) => item.key });
    await Promise.all([
      queue.submit({ id: 1, key: 'k' }),
      queue.submit({ id: 2, key: 'k' }),
      queue.submit({ id: 3 }),
      queue.submit({ id: 4 }),
      queue.submit({ id: 5, key: 'other' }),
    ]);
    expect(batches).toEqual([[1, 3, 4, 5], [2]]);
  });

  it('writes a failed batch again item by item: only the bad item fails', async () => {
    const { batches, write } = recorder(1);
    const queue = new GroupCommit(write);
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map((id) => queue.submit({ id, bad: id === 3 })),
    );
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect((results[2] as PromiseRejectedResult).reason).toEqual(new Error('bad item in [3]'));
    expect(batches).toEqual([[1, 2, 3, 4], [1], [2], [3], [4]]);
    expect(queue.stats.fallbacks).toBe(1);
    // The queue goes on working after a failure.
    expect(await queue.submit({ id: 5 })).toBe('stored 5');
  });

  it('refuses a write that gives the wrong number of outcomes, item by item', async () => {
    let calls = 0;
    const queue = new GroupCommit(async (items: Item[]) => {
      calls++;
      return items.length > 1 ? ['only one'] : [`stored ${items[0]!.id}`];
    });
    const outcomes = await Promise.all([1, 2].map((id) => queue.submit({ id })));
    expect(outcomes).toEqual(['stored 1', 'stored 2']);
    expect(calls).toBe(3);
  });

  it('turns the event loop once before a write, unless told not to (PGlite in its worker)', async () => {
    const order = async (turnFirst?: boolean) => {
      const seen: string[] = [];
      const queue = new GroupCommit(
        async (items: Item[]) => {
          seen.push('write');
          return items.map((i) => i.id);
        },
        turnFirst === undefined ? {} : { turnFirst },
      );
      setImmediate(() => seen.push('turn'));
      await queue.submit({ id: 1 });
      await new Promise((resolve) => setImmediate(resolve));
      return seen;
    };
    expect(await order()).toEqual(['turn', 'write']);
    expect(await order(true)).toEqual(['turn', 'write']);
    expect(await order(false)).toEqual(['write', 'turn']);
    expect(groupCommitTurns({ kind: 'pglite', pgliteThread: 'worker' })).toBe(false);
    expect(groupCommitTurns({ kind: 'pglite', pgliteThread: 'main' })).toBe(true);
    expect(groupCommitTurns({ kind: 'postgresql', pgliteThread: undefined })).toBe(true);
  });
});
