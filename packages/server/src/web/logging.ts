// Structured logs without personal data: the Fastify options that give a portal one JSON line per
// request (route pattern, never the URL) and errors with their stack (never a body, a header or
// an address).
import { randomUUID } from 'node:crypto';
import {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';

/** The levels a portal logs at, `silent` for none. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Options of {@link portalLogger}. */
export interface PortalLoggerOptions {
  /** The least level written (default `info`; `silent` writes nothing). */
  level?: LogLevel;
  /**
   * Where the lines go (default standard output): anything with `write(line)`, as pino's
   * `stream` option takes.
   */
  stream?: { write(line: string): unknown };
}

/** A serialised error: what it is and where it happened, never what it carried. */
export type SafeError = {
  type: string;
  message: string;
  /** The stack (the message alone when the error has none). */
  stack: string;
  code?: string;
  statusCode?: number;
  cause?: SafeError;
};

// An e-mail address, or a long run of token characters mixing letters and digits (session and
// CSRF tokens, invitation tokens, public ids, UUIDs).
const EMAIL = /[^\s"'<>()[\]{},;:/\\@]+@[^\s"'<>()[\]{},;:/\\@]+\.[a-z]{2,}/gi;
const TOKEN = /(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{20,}/g;
// An IPv4 address (the request's address is never logged; this catches one quoted in a message).
const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;

/** The most characters of one text written to the log. */
const MAX_TEXT = 4_000;

/**
 * Replaces what could name a person or open a door in free text written to the log (an error's
 * message and stack, a log message): e-mail addresses, tokens and ids, IPv4 addresses.
 */
export function scrubLogText(text: string): string {
  // Bounded, so that no message makes the patterns' work grow past a few milliseconds.
  const bounded = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
  return bounded
    .replace(EMAIL, '[email]')
    .replace(TOKEN, '[token]')
    .replace(IPV4, (address) =>
      address.startsWith('127.') || address === '0.0.0.0' ? address : '[address]',
    );
}

/** An error for the log: its type, message, stack, code and cause, scrubbed; nothing else. */
export function serializeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) {
    const message = scrubLogText(String(error).slice(0, 500));
    return { type: typeof error, message, stack: message };
  }
  const e = error as Error & { code?: unknown; statusCode?: unknown };
  return {
    type: e.name || e.constructor?.name || 'Error',
    message: scrubLogText(e.message),
    stack: scrubLogText(e.stack ?? e.message),
    ...(typeof e.code === 'string' && { code: e.code }),
    ...(typeof e.statusCode === 'number' && { statusCode: e.statusCode }),
    ...(e.cause !== undefined && depth < 3 && { cause: serializeError(e.cause, depth + 1) }),
  };
}

/**
 * The mount path of the Fastify context a request was routed in (`/alpha-town` for a city's
 * portal), without its slash: the city, in the reference portal. Undefined outside a city.
 */
function cityOf(request: FastifyRequest): string | undefined {
  const prefix = (request.server as FastifyInstance | undefined)?.prefix;
  return prefix ? prefix.replace(/^\//, '') : undefined;
}

/** The route pattern (`/alpha-town/invitations/:token`), never the URL; null when none matched. */
function routeOf(request: FastifyRequest): string | null {
  return request.routeOptions?.url ?? null;
}

/**
 * Fastify's request logging, made safe: one line per request when it completes, with the route
 * pattern instead of the URL, and without the request's headers, address or body.
 */
class SafeLogController extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      city: cityOf(request) ?? null,
      method: request.method,
      route: routeOf(request),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    // 503 is a planned refusal (not ready, shutting down); other 5xx are failures.
    else if (reply.statusCode === 503) reply.log.warn(line, 'request');
    else if (reply.statusCode >= 500) reply.log.error(line, 'request');
    else reply.log.info(line, 'request');
  }

  override defaultErrorLog(error: Error, request: FastifyRequest, reply: FastifyReply): void {
    if (reply.statusCode >= 500) {
      reply.log.error({ route: routeOf(request), err: error }, 'request error');
      return;
    }
    // A client's mistake: what kind, never the message, which may quote the body (a JSON
    // syntax error quotes the text it could not parse).
    const e = error as Error & { code?: unknown };
    reply.log.info(
      {
        route: routeOf(request),
        refused: { type: e.name, ...(typeof e.code === 'string' && { code: e.code }) },
      },
      'request refused',
    );
  }

  override streamError(error: Error, request: FastifyRequest, reply: FastifyReply): void {
    reply.log.warn({ route: routeOf(request), err: error }, 'response stream failed');
  }

  override routeNotFound(request: FastifyRequest): void {
    request.log.info({ city: cityOf(request) ?? null, method: request.method }, 'no such route');
  }

  override writeHeadError(error: Error, request: FastifyRequest, reply: FastifyReply): void {
    reply.log.warn({ route: routeOf(request), err: error }, 'headers could not be written');
  }

  override serviceUnavailable(logger: FastifyBaseLogger): void {
    logger.info({ status: 503 }, 'request refused: the server is closing');
  }
}

/**
 * The options to spread into `Fastify({...})` for structured JSON logs without personal data:
 *
 * - one line per request when it completes: `time` (ISO 8601), `level`, `reqId` (random, not
 *   taken from the request), `city` (the mount path of the city's plugin), `method`, `route` (the
 *   route PATTERN, such as `/alpha-town/invitations/:token`, never the URL with its tokens, ids
 *   and query string), `status` and `ms`;
 * - errors with their type, message, stack and code, e-mail addresses, tokens and addresses
 *   replaced in the text, and no property an error carries beside them (a database error's
 *   `detail` quotes the row);
 * - never a header, cookie, IP address, query string or body.
 *
 * Fastify's own lines (listening, closing) keep their form; their text is scrubbed as well.
 */
export function portalLogger(
  options: PortalLoggerOptions = {},
): Pick<FastifyServerOptions, 'logger' | 'logController' | 'genReqId'> {
  const level = options.level ?? 'info';
  if (!LOG_LEVELS.includes(level))
    throw new TypeError(`The log level must be one of ${LOG_LEVELS.join(', ')}, not "${level}".`);
  return {
    logger: {
      level,
      ...(options.stream && { stream: options.stream }),
      // No process id or host name on every line: they say nothing about a request.
      base: null,
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      formatters: { level: (label: string) => ({ level: label }) },
      serializers: {
        err: serializeError,
        error: serializeError,
        // Nothing logs a request or a reply object whole; should a line try, only this remains.
        req: (request: { method: string; routeOptions?: { url?: string | undefined } }) => ({
          method: request.method,
          route: request.routeOptions?.url ?? null,
        }),
        res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      },
      hooks: {
        // Every message text is scrubbed, Fastify's own included.
        logMethod(this: unknown, args: unknown[], method: (...a: unknown[]) => void): void {
          let [first, ...rest] = args;
          // pino would take an error's message as the line's text, unscrubbed.
          if (first instanceof Error) first = { err: first };
          const err = (first as { err?: unknown } | null)?.err;
          if (err instanceof Error && typeof rest[0] !== 'string') rest = [err.message, ...rest];
          method.apply(
            this,
            [first, ...rest].map((a) => (typeof a === 'string' ? scrubLogText(a) : a)),
          );
        },
      },
    },
    logController: new SafeLogController(),
    genReqId: () => randomUUID(),
  };
}

/** Reads a log level from an environment variable's value (undefined or '' → `info`). */
export function logLevelFrom(
  value: string | undefined,
  name = 'COMPETENCE_KIT_LOG_LEVEL',
): LogLevel {
  if (value === undefined || value === '') return 'info';
  if ((LOG_LEVELS as readonly string[]).includes(value)) return value as LogLevel;
  throw new TypeError(`${name} must be one of ${LOG_LEVELS.join(', ')}, not "${value}".`);
}
