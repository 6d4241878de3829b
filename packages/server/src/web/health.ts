import { sql } from 'kysely';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { Store } from '../store/index.js';

/** Options of the {@link healthChecks} plugin. */
export interface HealthChecksOptions {
  /** The store `/readyz` asks (`select 1`); `/healthz` never touches it. */
  store: Pick<Store, 'db'>;
  /**
   * True once the server is shutting down (a SIGTERM was received): `/readyz` then answers 503
   * at once, so a load balancer stops sending new requests while those in flight finish. Without
   * it, `/readyz` turns 503 only when Fastify's `close()` begins.
   */
  isShuttingDown?: () => boolean;
  /** How long the store may take to answer before `/readyz` says 503 (default 2000 ms). */
  timeoutMs?: number;
}

/** Why `/readyz` answers 503. */
export type NotReadyReason = 'store' | 'shutting-down';

/**
 * Liveness and readiness probes, for a load balancer or Kubernetes, at `/healthz` and `/readyz`
 * under the prefix it is registered with (register it at the root of the server, beside the
 * cities, not inside one).
 *
 * - `GET /healthz`: 200 `{"status":"ok"}` while the process answers; no store access.
 * - `GET /readyz`: 200 `{"status":"ready"}` when the store answers `select 1` within
 *   `timeoutMs` and the server is not shutting down; else 503
 *   `{"status":"not-ready","reason":"store"|"shutting-down"}`.
 *
 * Both answer `cache-control: no-store`, carry no personal data, need no sign-in, are exempt
 * from `@fastify/rate-limit` (`config.rateLimit: false`) and are logged only at warn level and
 * above (a probe every few seconds would otherwise fill the info log). A store failure is logged
 * at warn level, without the query's parameters.
 */
export const healthChecks: FastifyPluginAsync<HealthChecksOptions> = async (app, options) => {
  const { store, isShuttingDown } = options;
  const timeoutMs = options.timeoutMs ?? 2000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new TypeError(`healthChecks: timeoutMs must be a positive number, not ${timeoutMs}.`);
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  const route = { logLevel: 'warn', config: { rateLimit: false } } as const;
  const send = (reply: FastifyReply, code: number, body: object) =>
    reply
      .code(code)
      .header('cache-control', 'no-store')
      .type('application/json; charset=utf-8')
      .send(body);

  app.get('/healthz', route, async (_request, reply) => send(reply, 200, { status: 'ok' }));

  app.get('/readyz', route, async (request, reply) => {
    const notReady = (reason: NotReadyReason) => send(reply, 503, { status: 'not-ready', reason });
    if (closing || isShuttingDown?.()) return notReady('shutting-down');
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        sql`select 1`.execute(store.db),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${timeoutMs} ms`)),
            timeoutMs,
          );
        }),
      ]);
    } catch (error) {
      request.log.warn(
        { err: { message: (error as Error).message } },
        'readyz: the store does not answer',
      );
      return notReady('store');
    } finally {
      clearTimeout(timer);
    }
    if (closing || isShuttingDown?.()) return notReady('shutting-down');
    return send(reply, 200, { status: 'ready' });
  });
};
