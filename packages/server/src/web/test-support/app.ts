// A Fastify app with two cities mounted on one PGlite store (a copy of the global template), and
// helpers that act as a browser would: keep cookies per path, read the CSRF token of a page,
// post forms.
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { staffSelfAssessment } from '@competence-kit/framework-intercultural';
import type { Answer, Response } from '@competence-kit/schemas';
import type { Store } from '../../store/index.js';
import { openTestStore } from '../../store/test-support/stores.js';
import { hashPassword, type PasswordCost } from '../auth/password.js';
import { competenceKit, type CompetenceKitOptions } from '../plugin.js';
import { testCity } from './cities.js';

/** A cheap scrypt cost for tests (the production default costs 128 MiB and ~0.25 s per hash). */
export const TEST_COST: PasswordCost = { N: 2 ** 10, r: 8, p: 1 };

export const ALPHA = testCity('alpha-town', 'Alphastadt');
export const BETA = testCity('beta-town', 'Betastadt');

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  /** Every route registered, as `METHOD /path`. */
  routes: { method: string; url: string }[];
  close(): Promise<void>;
}

/**
 * Both cities mounted on one store; `options` go to every registration (a clock, keys …),
 * `perCity` to one city's registration only (by city id).
 */
export async function startApp(
  options: Partial<CompetenceKitOptions> = {},
  perCity: Record<string, Partial<CompetenceKitOptions>> = {},
): Promise<TestApp> {
  const { store, dispose } = await openTestStore('pglite');
  const app = Fastify();
  const routes: { method: string; url: string }[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
  for (const portal of [ALPHA, BETA])
    await app.register(competenceKit, {
      prefix: `/${portal.city.id}`,
      city: portal,
      store,
      secure: false,
      passwordCost: TEST_COST,
      signInAttempts: 5,
      ...options,
      ...perCity[portal.city.id],
    });
  await app.ready();
  for (const [portal, n] of [
    [ALPHA, 'a'],
    [BETA, 'b'],
  ] as const) {
    await store.cities.ensure(portal.city.id);
    const created = await store.accounts.create(portal.city.id, {
      email: `staff-${n}@example.org`,
      role: 'staff',
      passwordHash: await hashPassword(`password-${n}`, TEST_COST),
      roleProfile: 'front-desk',
    });
    if (!created.ok) throw new Error(created.code);
  }
  return {
    app,
    store,
    routes,
    close: async () => {
      await app.close();
      await dispose();
    },
  };
}

/** A browser's cookie jar and forms, against one app. */
export class Browser {
  static #count = 0;
  readonly cookies = new Map<string, string>();
  /** Each browser has its own address, as people signing in from their own machines do. */
  readonly address = `10.0.${Math.floor(++Browser.#count / 250)}.${Browser.#count % 250}`;
  constructor(
    readonly app: FastifyInstance,
    readonly headers: Record<string, string> = {},
  ) {}

  #remember(response: LightMyRequestResponse) {
    for (const c of response.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now()))
        this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    options: {
      form?: Record<string, string>;
      json?: unknown;
      headers?: Record<string, string>;
    } = {},
  ) {
    const headers: Record<string, string> = { ...this.headers, ...options.headers };
    if (this.cookies.size > 0)
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let payload: string | undefined;
    if (options.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      payload = new URLSearchParams(options.form).toString();
    } else if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(options.json);
    }
    const response = await this.app.inject({
      method,
      url,
      headers,
      remoteAddress: this.address,
      ...(payload !== undefined && { payload }),
    });
    this.#remember(response);
    return response;
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request('GET', url, { ...(headers && { headers }) });
  }

  /** The CSRF token of a page (its meta element), after loading the page. */
  async csrf(pageUrl: string): Promise<string> {
    const page = await this.get(pageUrl);
    const token = /<meta name="csrf-token" content="([^"]+)"/.exec(page.body)?.[1];
    if (!token) throw new Error(`No CSRF token on ${pageUrl} (${page.statusCode})`);
    return token;
  }

  /** Loads `pageUrl`, then posts `form` to `action` with the page's CSRF token. */
  async submit(pageUrl: string, action: string, form: Record<string, string> = {}) {
    const token = await this.csrf(pageUrl);
    return this.request('POST', action, { form: { _csrf: token, ...form } });
  }

  async signIn(base: string, email: string, password: string) {
    return this.submit(`${base}/sign-in`, `${base}/sign-in`, { email, password });
  }
}

/**
 * A complete response of `respondent` to the shipped self-assessment: every rating `rating`
 * (reverse-keyed statements mirrored), the first option of every scenario, the rest declined.
 */
export function responseOf(
  respondent: string,
  rating = 3,
  submittedAt = '2027-02-01T10:00:00Z',
): Response {
  return {
    instrument: { id: staffSelfAssessment.id, version: staffSelfAssessment.version },
    respondent,
    roleProfile: 'front-desk',
    phase: 'baseline',
    submittedAt,
    answers: staffSelfAssessment.sections
      .flatMap((s) => s.items)
      .map((item): Answer => {
        // Reverse-keyed statements mirrored, so that every Likert item scores as `rating`
        // does on a positive one: (rating − 1) / 4 on the 1–5 scales.
        if (item.type === 'likert')
          return { item: item.id, value: item.reverse ? 6 - rating : rating };
        if (item.type === 'situational-judgement')
          return { item: item.id, value: item.options[0]!.id };
        return { item: item.id, skipped: true, reason: 'declined' };
      }),
  };
}
