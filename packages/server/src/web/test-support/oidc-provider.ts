// A real OpenID Connect provider for the tests of the oidc area: panva's oidc-provider on
// 127.0.0.1 at a random port, with its own keys, the clients the test gives, PKCE required, and
// people whose claims the test sets. Its login and consent step is this file's own: the test
// says who signs in next (or that the person cancels), and `authorize` follows the provider's
// redirects as a browser would until they lead back to the portal.
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ClientMetadata } from 'oidc-provider';

/** The claims of a person at the provider (besides `sub`). */
export interface ProviderPerson {
  email?: string;
  email_verified?: boolean;
  name?: string;
  roles?: string[];
}

export interface TestProvider {
  issuer: string;
  /** The people the provider knows, by subject: change their claims between sign-ins. */
  people: Map<string, ProviderPerson>;
  /**
   * Plays the person at the provider: opens `authorizationUrl`, signs in as `subject` (or
   * cancels with `{ error }`), and returns the URL the provider sends the browser back to.
   */
  authorize(authorizationUrl: string, who: string | { error: string }): Promise<URL>;
  close(): Promise<void>;
}

export async function startProvider(
  clients: ClientMetadata[],
  portalOrigin: string,
): Promise<TestProvider> {
  const people = new Map<string, ProviderPerson>();
  let next: string | { error: string } = '';
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    format: 'jwk',
  });
  const provider = new Provider(issuer, {
    clients,
    jwks: { keys: [{ ...jwk, kid: 'test-key', use: 'sig', alg: 'RS256' } as never] },
    cookies: { keys: ['a cookie key of the test provider only'] },
    pkce: { methods: ['S256'], required: () => true },
    features: { devInteractions: { enabled: false } },
    ttl: {
      AuthorizationCode: 60,
      Interaction: 600,
      Grant: 600,
      Session: 600,
      AccessToken: 600,
      IdToken: 600,
    },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'roles'],
    },
    async findAccount(_ctx, sub) {
      const person = people.get(sub);
      if (!person) return undefined;
      return { accountId: sub, claims: () => ({ sub, ...person }) };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  });
  const callback = provider.callback();

  // The provider's login and consent: whoever the test named signs in and agrees at once.
  const interaction = async (req: IncomingMessage, res: ServerResponse) => {
    const details = await provider.interactionDetails(req, res);
    if (typeof next !== 'string') {
      await provider.interactionFinished(req, res, next, { mergeWithLastSubmission: false });
      return;
    }
    const grant = new provider.Grant({
      accountId: next,
      clientId: String(details.params.client_id),
    });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: next }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith('/interaction/'))
      interaction(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    else void callback(req, res);
  });

  return {
    issuer,
    people,
    async authorize(authorizationUrl, who) {
      next = who;
      const jar = new Map<string, string>();
      let url = new URL(authorizationUrl);
      for (let hops = 0; hops < 10; hops++) {
        if (url.origin === portalOrigin) return url;
        const response = await fetch(url, {
          redirect: 'manual',
          headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
        });
        for (const set of response.headers.getSetCookie()) {
          const pair = set.split(';')[0]!;
          const at = pair.indexOf('=');
          const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
          if (value === '' || /expires=Thu, 01 Jan 1970/i.test(set)) jar.delete(name);
          else jar.set(name, value);
        }
        const location = response.headers.get('location');
        if (!location)
          throw new Error(`The provider answered ${response.status}: ${await response.text()}`);
        await response.body?.cancel();
        url = new URL(location, url);
      }
      throw new Error('Too many redirects at the provider.');
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
