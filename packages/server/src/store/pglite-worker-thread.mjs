// @ts-check
// The worker thread of `PgliteWorker` (pglite-worker.ts, decision 0031): opens PGlite on the data
// folder it is given and answers the query messages of the main thread, in the order they come,
// until it is told to close. Plain JavaScript (type-checked through JSDoc), so that the same file
// runs from the sources (the tests) and from dist/ (the build copies it there): a worker thread
// on Node 20 cannot load TypeScript.
//
// Messages in:  { type: 'query', id, sql, params }   { type: 'close' }
// Messages out: { type: 'ready' }                    { type: 'open-failed', error }
//               { type: 'result', id, rows, affectedRows }
//               { type: 'error', id, error }         { type: 'closed' }
// An `error` is a plain object with the fields the main thread rebuilds an Error from.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

/** The fields of PGlite's DatabaseError (PostgreSQL's error fields) that cross the thread. */
const FIELDS = [
  'severity',
  'code',
  'detail',
  'hint',
  'position',
  'internalPosition',
  'internalQuery',
  'where',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'file',
  'line',
  'routine',
];

/**
 * An error as a structured-clone-safe object: name, message, stack and PostgreSQL's fields. The
 * query's parameters (which PGlite also attaches) stay here: they may hold personal data.
 * @param {unknown} error
 * @returns {Record<string, string | undefined>}
 */
function plain(error) {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  /** @type {Record<string, string | undefined>} */
  const out = { name: error.name, message: error.message, stack: error.stack };
  const fields = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (error));
  for (const field of FIELDS) if (typeof fields[field] === 'string') out[field] = fields[field];
  return out;
}

if (!parentPort)
  throw new Error('pglite-worker-thread.mjs runs in a worker thread (PgliteWorker).');
const port = parentPort;
const { pgdata } = /** @type {{ pgdata: string }} */ (workerData);

/**
 * @typedef {{ type: 'query', id: number, sql: string, params: unknown[] } | { type: 'close' }} Message
 */

/** @param {PGlite} pglite @param {Message} message */
function answer(pglite, message) {
  if (message.type === 'close') {
    // The queries posted before this message are in PGlite's own queue: it closes after them.
    pglite.close().then(
      () => port.postMessage({ type: 'closed' }),
      (error) => port.postMessage({ type: 'closed', error: plain(error) }),
    );
    return;
  }
  const { id, sql, params } = message;
  // PGlite runs one query at a time, in the order they are called: no queue is needed here.
  pglite.query(sql, params).then(
    (result) =>
      port.postMessage({
        type: 'result',
        id,
        rows: result.rows,
        affectedRows: result.affectedRows,
      }),
    (error) => port.postMessage({ type: 'error', id, error: plain(error) }),
  );
}

try {
  const pglite = await PGlite.create(pgdata);
  port.on('message', (/** @type {Message} */ message) => answer(pglite, message));
  port.postMessage({ type: 'ready' });
} catch (error) {
  // The main thread rejects its queries with this error and terminates the thread.
  port.postMessage({ type: 'open-failed', error: plain(error) });
}
