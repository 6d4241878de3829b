// PGlite in a worker thread (decision 0031): what the thread changes, on real PGlite. The store's
// whole behaviour on the worker is store.pglite.test.ts (openStore opens PGlite in a worker by
// default); this file checks what crossing the thread could break, and what it is for.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgliteDialect, type PgliteInstance } from './pglite-dialect.js';
import { PgliteWorker } from './pglite-worker.js';
import { copyPgliteTemplate } from './test-support/stores.js';

const folders: { remove: () => void }[] = [];
/** A fresh copy of the migrated template folder; PGlite's own files are in its `pgdata/`. */
function pgdata(): string {
  const copy = copyPgliteTemplate();
  folders.push(copy);
  return join(copy.dataDir, 'pgdata');
}

let worker: PgliteWorker;
let main: PGlite;

beforeAll(async () => {
  worker = new PgliteWorker(pgdata());
  [main] = await Promise.all([PGlite.create(pgdata()), worker.waitReady]);
});

afterAll(async () => {
  await Promise.allSettled([worker?.close(), main?.close()]);
  for (const folder of folders) folder.remove();
});

describe('PgliteWorker', () => {
  it('gives the same rows and JavaScript types as PGlite on the main thread', async () => {
    const bytes = new Uint8Array([0, 1, 254, 255]);
    const at = new Date('2026-12-06T07:08:09.123Z');
    const query = `
      select
        $1::timestamptz as at, timestamptz '2026-01-02 03:04:05+00' as literal_at,
        $2::jsonb as doc, '{"n": [1, 2.5, null], "s": "ä"}'::jsonb as literal_doc,
        $3::bytea as bytes, '\\x00ff'::bytea as literal_bytes,
        $4::int8 as big, 9007199254740993::int8 as literal_big, 42::int4 as int,
        1.5::numeric as num, null::text as nothing, array[1, 2]::int4[] as ints`;
    const params = [at, { a: [1, { b: 'c' }] }, bytes, 12345678901234n];
    const [fromWorker, fromMain] = await Promise.all([
      worker.query<Record<string, unknown>>(query, params),
      main.query<Record<string, unknown>>(query, params),
    ]);
    expect(fromWorker.rows).toEqual(fromMain.rows);
    const row = fromWorker.rows[0]!;
    expect(row.at).toBeInstanceOf(Date);
    expect((row.at as Date).toISOString()).toBe(at.toISOString());
    expect(row.literal_at).toEqual(new Date('2026-01-02T03:04:05Z'));
    expect(row.doc).toEqual({ a: [1, { b: 'c' }] });
    expect(row.literal_doc).toEqual({ n: [1, 2.5, null], s: 'ä' });
    expect(row.bytes).toBeInstanceOf(Uint8Array);
    expect([...(row.bytes as Uint8Array)]).toEqual([0, 1, 254, 255]);
    expect([...(row.literal_bytes as Uint8Array)]).toEqual([0, 255]);
    // PGlite reads int8 as a bigint when it does not fit a number, as the main thread's does.
    expect(row.big).toEqual(fromMain.rows[0]!.big);
    expect(row.literal_big).toBe(9007199254740993n);
    expect(row.int).toBe(42);
    expect(row.nothing).toBeNull();
    expect(row.ints).toEqual([1, 2]);
    // affectedRows crosses too.
    await worker.query('create temporary table counted (n int)');
    const inserted = await worker.query('insert into counted select generate_series(1, 3)');
    expect(inserted.affectedRows).toBe(3);
  });

  it('rejects a constraint violation with an Error carrying PostgreSQL’s fields', async () => {
    await worker.query('create temporary table keyed (k text constraint keyed_k_key unique)');
    await worker.query('insert into keyed values ($1)', ['a']);
    const failure = await worker.query('insert into keyed values ($1)', ['a']).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({
      message: 'duplicate key value violates unique constraint "keyed_k_key"',
      code: '23505',
      constraint: 'keyed_k_key',
      table: 'keyed',
      severity: 'ERROR',
      detail: 'Key (k)=(a) already exists.',
    });
    // The same fields PGlite on the main thread gives (its name included), parameters excepted.
    await main.query('create temporary table keyed (k text constraint keyed_k_key unique)');
    await main.query('insert into keyed values ($1)', ['a']);
    const onMain = await main.query('insert into keyed values ($1)', ['a']).catch((e) => e);
    for (const field of ['name', 'message', 'code', 'constraint', 'table', 'schema', 'severity'])
      expect((failure as Record<string, unknown>)[field]).toBe(onMain[field]);
    // The stack leads to the code that posted the query.
    expect((failure as Error).stack).toContain('pglite-worker.test.ts');
    // A not-null violation names its column.
    await worker.query('create temporary table required (v text not null)');
    await expect(worker.query('insert into required values (null)')).rejects.toMatchObject({
      code: '23502',
      column: 'v',
    });
    // The connection goes on.
    expect(
      (await worker.query<{ n: number }>('select count(*)::int as n from keyed')).rows,
    ).toEqual([{ n: 1 }]);
  });

  it('posts single statements without waiting for each other, and gives a transaction the connection alone', async () => {
    // The dialect over the worker, counting the statements posted and not yet answered.
    let inFlight = 0;
    let most = 0;
    const counting: PgliteInstance = {
      waitReady: worker.waitReady,
      query: async <R>(text: string, params?: unknown[]) => {
        most = Math.max(most, ++inFlight);
        try {
          return await worker.query<R>(text, params);
        } finally {
          inFlight--;
        }
      },
    };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a scratch table
    const db = new Kysely<any>({ dialect: new PgliteDialect(counting) });
    await sql`create temporary table pipelined (n int)`.execute(db);
    const ns = await Promise.all(
      Array.from({ length: 20 }, (_, i) => sql<{ n: number }>`select ${i}::int as n`.execute(db)),
    );
    expect(ns.map((r) => r.rows[0]!.n)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(most).toBeGreaterThan(1);

    // A statement asked for while a transaction is open runs after it: it never sees the
    // transaction's uncommitted row, nor ends up inside it (one backend: it would, if posted).
    let inserted!: () => void;
    const insertedNow = new Promise<void>((resolve) => (inserted = resolve));
    let finish!: () => void;
    const finishing = new Promise<void>((resolve) => (finish = resolve));
    const rolledBack = db
      .transaction()
      .execute(async (trx) => {
        await sql`insert into pipelined values (1)`.execute(trx);
        inserted();
        await finishing;
        throw new Error('roll back');
      })
      .catch((error: Error) => error.message);
    await insertedNow;
    const counted = sql<{ n: number }>`select count(*)::int as n from pipelined`.execute(db);
    await new Promise((resolve) => setTimeout(resolve, 50));
    finish();
    expect(await rolledBack).toBe('roll back');
    expect((await counted).rows).toEqual([{ n: 0 }]);
    await sql`drop table pipelined`.execute(db);
  });

  it('keeps the main thread turning while a long statement runs (and PGlite on the main thread does not)', async () => {
    // A statement of a few hundred milliseconds; a timer due every 10 ms meanwhile. The largest
    // gap between its ticks is how long the main thread could not answer anything.
    const long = 'select count(*) from generate_series(1, 1500000) g where g % 7 = 0';
    const gaps = async (pglite: PgliteInstance) => {
      let last = performance.now();
      let largest = 0;
      const timer = setInterval(() => {
        const now = performance.now();
        largest = Math.max(largest, now - last);
        last = now;
      }, 10);
      const started = performance.now();
      await pglite.query(long);
      const took = performance.now() - started;
      clearInterval(timer);
      largest = Math.max(largest, performance.now() - last);
      return { took, largest };
    };
    const onMain = await gaps(main);
    const onWorker = await gaps(worker);
    console.log(
      `a ${Math.round(onMain.took)} ms statement on the main thread held it for ${Math.round(onMain.largest)} ms; ` +
        `a ${Math.round(onWorker.took)} ms one in the worker, the longest gap between ticks ${Math.round(onWorker.largest)} ms`,
    );
    expect(onMain.took).toBeGreaterThan(100);
    // On the main thread the timer waits for the whole statement...
    expect(onMain.largest).toBeGreaterThan(onMain.took * 0.9);
    // ...in the worker it keeps ticking (bounds relative to the statement, for a shared machine).
    expect(onWorker.took).toBeGreaterThan(100);
    expect(onWorker.largest).toBeLessThan(onWorker.took / 2);
    expect(onWorker.largest).toBeLessThan(onMain.largest / 2);
  });

  it('rejects the pending and every later query when the thread dies, and closes all the same', async () => {
    const dying = new PgliteWorker(pgdata());
    await dying.waitReady;
    expect((await dying.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
    const pending = dying.query('select count(*) from generate_series(1, 100000000)');
    const queued = dying.query('select 2');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await dying.terminate();
    await expect(pending).rejects.toThrow(/PGlite worker thread stopped \(exit code 1\)/);
    await expect(queued).rejects.toThrow(/PGlite worker thread stopped/);
    await expect(dying.query('select 3')).rejects.toThrow(/PGlite worker thread stopped/);
    // terminate() does not wait for the 100-million-row statement to end (tens of seconds).
    expect(performance.now() - started).toBeLessThan(3000);
    await dying.close();
    await dying.close();
  });

  it('rejects waitReady with PGlite’s error when the folder cannot be opened', async () => {
    const broken = new PgliteWorker('/proc/self/no-such-folder/pgdata');
    await expect(broken.waitReady).rejects.toThrow();
    await expect(broken.query('select 1')).rejects.toThrow();
    await broken.close();
  });

  it('closes idempotently, and the process exits with the store closed or left open', async () => {
    // A separate Node process on the built package, as a server runs it: the worker's file must
    // be found beside the built module, and the thread must not keep the process alive.
    const built = join(import.meta.dirname, '..', '..', 'dist', 'store', 'pglite-worker.js');
    expect(existsSync(built), 'build the package first (npm run build)').toBe(true);
    const script = `
      const { PgliteWorker } = await import(${JSON.stringify(built)});
      const [folder, mode] = process.argv.slice(1);
      const pglite = new PgliteWorker(folder);
      await pglite.waitReady;
      const { rows } = await pglite.query('select 40 + 2 as n');
      if (mode === 'close') {
        const first = pglite.close();
        if (pglite.close() !== first) throw new Error('close() is not idempotent');
        await first;
        await pglite.query('select 1').then(
          () => { throw new Error('a query after close() ran'); },
          (error) => { if (!/closed/.test(error.message)) throw error; },
        );
      }
      console.log(JSON.stringify({ n: rows[0].n, mode }));`;
    const run = (mode: 'close' | 'leave-open') =>
      new Promise<{ code: number | null; out: string; ms: number }>((resolve) => {
        const started = performance.now();
        // `--input-type` must not reach the thread (it would not load its file); with
        // `--expose-gc` besides (a V8 flag a thread refuses when given explicitly) as the bench's
        // processes run.
        const flags = mode === 'close' ? [] : ['--expose-gc'];
        const child = spawn(
          process.execPath,
          [...flags, '--input-type=module', '-e', script, pgdata(), mode],
          { stdio: ['ignore', 'pipe', 'inherit'] },
        );
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        // A thread that kept the process alive would hang it: kill it and fail, never wait.
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.on('exit', (code) => {
          clearTimeout(timer);
          resolve({ code, out, ms: performance.now() - started });
        });
      });
    const [closed, leftOpen] = await Promise.all([run('close'), run('leave-open')]);
    expect(closed).toMatchObject({ code: 0 });
    expect(JSON.parse(closed.out)).toEqual({ n: 42, mode: 'close' });
    expect(leftOpen).toMatchObject({ code: 0 });
    expect(JSON.parse(leftOpen.out)).toEqual({ n: 42, mode: 'leave-open' });
  });
});
