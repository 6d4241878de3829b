import type { KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  clientAssets,
  competenceKit,
  DEFAULT_CLIENT_DIR,
  healthChecks,
  openStore,
  portalIndexPage,
  portalLogger,
  type PasswordCost,
  type PortalLoggerOptions,
  type Store,
  type StoreOptions,
} from '@competence-kit/server';
import { loadCities } from './city-files.js';
import type { ResolvedCity } from './city-resolve.js';
import { seedDemoData, type SeedReport } from './seed.js';

/** The cities shipped with the reference portal. */
export const CITIES_DIR = fileURLToPath(new URL('../cities', import.meta.url));

/** Options of {@link createPortal}. */
export interface PortalOptions {
  /** The folder of city files (default: `apps/portal/cities`). */
  citiesDir?: string;
  /** Where and how to store (default: PGlite in `.data/portal`, or `DATABASE_URL`). */
  store?: StoreOptions;
  /** Cookies with `Secure` (default true). */
  secure?: boolean;
  /** Seed demo data into an empty database (default true). */
  seed?: boolean;
  /** scrypt cost of new password hashes (tests lower it). */
  passwordCost?: PasswordCost;
  /**
   * Structured JSON logs without personal data (`portalLogger` of @competence-kit/server): true
   * or its options (level, stream); default off.
   */
  logger?: boolean | PortalLoggerOptions;
  /** The CSRF key shared by every process (see competenceKit's `secret`). */
  secret?: string;
  /**
   * The pages' clock (see competenceKit's `now`): which sessions have taken place. A
   * demonstration of the evaluation sets it to a day after the programme.
   */
  now?: () => Date;
  /**
   * The Ed25519 private key a city signs its Open Badges credentials with (see competenceKit's
   * `credentialKey`), by city id; undefined: the city issues no credentials.
   */
  credentialKey?: (cityId: string) => Promise<KeyObject | string | undefined>;
  /**
   * True once the process is shutting down (`npm start` sets it on SIGTERM/SIGINT): `/readyz`
   * answers 503 from then on (see healthChecks' `isShuttingDown`).
   */
  isShuttingDown?: () => boolean;
}

/** The assembled portal. */
export interface Portal {
  app: FastifyInstance;
  store: Store;
  cities: ResolvedCity[];
  seed: SeedReport;
}

/**
 * Loads every city file (stopping with every issue of every file that does not load), opens the
 * store, seeds the demo cities on first start, and mounts one `competenceKit` plugin per city
 * at `/<city id>`, with a list of the cities at `/` and the probes `/healthz` and `/readyz`
 * (healthChecks) beside them.
 *
 * @throws Error listing each city file's issues (path, code, message) when one does not load.
 */
export async function createPortal(options: PortalOptions = {}): Promise<Portal> {
  const dir = options.citiesDir ?? CITIES_DIR;
  const loaded = await loadCities(dir);
  const problems: string[] = [];
  const cities: ResolvedCity[] = [];
  for (const [file, result] of loaded) {
    if (result.ok) cities.push(result.value);
    else
      for (const i of result.issues)
        problems.push(`${file}${i.path ? ` at ${i.path}` : ''}: ${i.code}: ${i.message}`);
  }
  if (problems.length > 0) throw new Error(`The city files do not load:\n${problems.join('\n')}`);
  if (cities.length === 0) throw new Error(`There is no city file (*.json) in ${dir}.`);

  const store = await openStore(options.store);
  try {
    const seed =
      options.seed === false
        ? { seeded: [], accounts: [], syntheticResponses: 0 }
        : await seedDemoData(store, cities, {
            ...(options.passwordCost && { passwordCost: options.passwordCost }),
          });
    const { logger } = options;
    const app = Fastify({
      ...(logger ? portalLogger(logger === true ? {} : logger) : { logger: false }),
      trustProxy: false,
    });
    app.addHook('onReady', async () => {
      app.log.info(
        { cities: cities.map((c) => c.city.id), store: store.info.kind },
        'portal ready',
      );
    });
    app.addHook('onClose', async () => {
      app.log.info('portal stopped: requests finished, store closing');
    });
    app.addHook('onClose', async () => store.close());
    const { isShuttingDown } = options;
    if (isShuttingDown)
      // While shutting down, each answer closes its connection, so that a client's kept-alive
      // connection does not hold the drain open until the keep-alive timeout.
      app.addHook('onSend', async (_request, reply) => {
        if (isShuttingDown()) reply.header('connection', 'close');
      });
    // The cities' answers carry their own policy (competenceKit's helmet); the portal's own (the
    // probes, a path outside every city) get the strictest one and no content sniffing.
    app.addHook('onSend', async (_request, reply) => {
      if (!reply.hasHeader('content-security-policy'))
        reply.header(
          'content-security-policy',
          "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        );
      if (!reply.hasHeader('x-content-type-options'))
        reply.header('x-content-type-options', 'nosniff');
    });
    await app.register(healthChecks, {
      store,
      ...(isShuttingDown && { isShuttingDown }),
    });
    const mounted = cities.map((portal) => ({ path: `/${portal.city.id}`, portal }));
    const stylesheet = (await clientAssets(DEFAULT_CLIENT_DIR)).styles[0];
    app.get('/', async (request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header(
          'content-security-policy',
          "default-src 'self'; img-src 'self' data:; style-src 'self'; base-uri 'none'; frame-ancestors 'none'",
        )
        .send(
          portalIndexPage(
            mounted,
            { acceptLanguage: request.headers['accept-language'] },
            stylesheet && `${mounted[0]!.path}/assets/${stylesheet}`,
          ),
        ),
    );
    for (const { path, portal } of mounted) {
      const credentialKey = await options.credentialKey?.(portal.city.id);
      await app.register(competenceKit, {
        prefix: path,
        city: portal,
        store,
        secure: options.secure ?? true,
        cityDirectory: join(dir),
        portalHome: '/',
        ...(options.secret && { secret: options.secret }),
        ...(options.now && { now: options.now }),
        ...(options.passwordCost && { passwordCost: options.passwordCost }),
        ...(credentialKey && { credentialKey }),
      });
    }
    await app.ready();
    return { app, store, cities, seed };
  } catch (error) {
    await store.close();
    throw error;
  }
}
