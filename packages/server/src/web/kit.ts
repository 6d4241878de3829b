// What a group of routes needs from the plugin, so that each area of the portal (programme,
// needs review, administration, sign-in through the city's identity provider) registers its
// routes from a module of its own: `registerXRoutes(app, kit)`. The plugin builds one kit per
// city registration; everything in it is scoped by that city.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Programme } from '@competence-kit/schemas';
import type { Account, Store } from '../store/index.js';
import type { Html } from './html.js';
import type { MessageKey } from './messages/catalogue.js';
import type { PageContext, PortalCity } from './page.js';
import type { CompetenceKitOptions } from './plugin.js';

export interface RouteKit {
  /** The city of this registration: every query passes it. */
  readonly cityId: string;
  readonly portal: PortalCity;
  readonly store: Store;
  /** The prefix the city is mounted at ('' at the root). */
  readonly base: string;
  /** Whether cookies carry `Secure` (HTTPS). */
  readonly secure: boolean;
  readonly options: CompetenceKitOptions;
  /** The page context of a request: language, viewer, CSRF token, flash message. */
  context(request: FastifyRequest, reply: FastifyReply, path: string): PageContext;
  /** Sends a page in the city's layout; `script` names a client entry (client/*.ts). */
  send(
    reply: FastifyReply,
    ctx: PageContext,
    title: MessageKey,
    main: Html,
    script?: string,
    status?: number,
  ): FastifyReply;
  /** The signed-in account, or a redirect to the sign-in page (undefined then: return reply). */
  requireViewer(request: FastifyRequest, reply: FastifyReply): Account | undefined;
  /** The signed-in account if its role is in `roles`; else sign-in or a 403 page (undefined). */
  requireRole(
    request: FastifyRequest,
    reply: FastifyReply,
    roles: ReadonlySet<string>,
  ): Account | undefined;
  /** A page of one heading and one sentence, with the way back home. */
  message(ctx: PageContext, title: MessageKey, text: MessageKey): Html;
  /**
   * Messages a redirect may show with `?done=<code>`. An area adds its own codes when it
   * registers its routes; a code not here shows nothing.
   */
  readonly done: Record<string, MessageKey>;
  /** Signs `account` in: a new session, its cookie, and the audit event `signed-in`. */
  startSession(reply: FastifyReply, account: Account): Promise<void>;
  /**
   * The programme in force for the city: the one enrolment, attendance and credentials refer
   * to (undefined when the city has none).
   */
  programme(): Promise<Programme | undefined>;
  /**
   * The absolute address of the city's base for links that leave the page (a poster, a public
   * API): `publicOrigin` when configured, else the request's protocol and host; undefined when
   * the Host is not a plain host name with an optional port.
   */
  publicBase(request: FastifyRequest): string | undefined;
}

/**
 * The refusal of a request the portal's own forms never send (an id that names nothing, a value
 * outside a select's options): thrown, it reaches the error handler, which answers 400 with a page
 * in the person's language (a JSON problem under /api/) instead of English text.
 */
export const badRequest = (message: string): Error & { statusCode: number } =>
  Object.assign(new Error(message), { statusCode: 400 });

/** A string field of a parsed form or JSON body; anything else is undefined. */
export function field(body: unknown, name: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The `?done=` codes of a city's pages, starting with `initial`. Areas add theirs with
 * `Object.assign(kit.done, …)`; a code another area already shows with a different message is a
 * programming error (one of the two pages would show the other's message), so it throws at
 * registration instead of being overwritten.
 */
export function doneCodes(initial: Record<string, MessageKey>): Record<string, MessageKey> {
  return new Proxy(
    { ...initial },
    {
      set(target, code, key) {
        if (typeof code !== 'string') return false;
        if (Object.hasOwn(target, code) && target[code] !== key)
          throw new Error(
            `The ?done=${code} code is taken ("${target[code]}"); choose another for "${String(key)}".`,
          );
        target[code] = key as MessageKey;
        return true;
      },
    },
  );
}
