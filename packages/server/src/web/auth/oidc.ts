// Sign-in through a city's OpenID Connect identity provider, with openid-client (see
// docs/decisions/0015-oidc-sign-in.md): the authorisation code flow with PKCE (S256), state and
// nonce. The library discovers the provider, builds the authorisation URL, exchanges the code
// and validates the ID token (signature, issuer, audience, expiry, nonce); this module keeps the
// discovered configuration and turns the claims into what the portal needs (an email, a role).
import * as client from 'openid-client';
import type { AccountRole } from '../../store/index.js';
import type { IdentityProviderOptions } from '../plugin.js';

/** The provider could not be reached (discovery, token or userinfo request): a 503 page. */
export class ProviderUnavailable extends Error {
  override name = 'ProviderUnavailable';
}

/** What the checks of one sign-in need: all three are drawn at its start, kept until its end. */
export interface FlowSecrets {
  state: string;
  nonce: string;
  /** The PKCE code verifier; the provider receives only its S256 challenge. */
  verifier: string;
}

/** The claims of a validated sign-in that the portal uses. */
export interface SignedInPerson {
  issuer: string;
  subject: string;
  /** The email, only when the provider says it is verified (`email_verified: true`). */
  verifiedEmail: string | undefined;
  /** Whether the provider gave an email at all (verified or not). */
  email: string | undefined;
  /** The role the claim maps to; undefined when no `roleClaim` is configured. */
  role: AccountRole | undefined;
}

// A stakeholder representative is never granted by a claim: the role needs the stakeholder the
// person speaks for, which only an admin's invitation names.
const RANK: Partial<Record<AccountRole, number>> = { staff: 0, coordinator: 1, admin: 2 };
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The portal role of a person from their role claim: the highest role any of the claim's values
 * maps to, staff when none does.
 */
export function roleFromClaim(
  value: unknown,
  roles: IdentityProviderOptions['roles'] = {},
): AccountRole {
  const values = (Array.isArray(value) ? value : [value]).filter(
    (v): v is string => typeof v === 'string',
  );
  let role: AccountRole = 'staff';
  for (const v of values) {
    const mapped = Object.hasOwn(roles, v) ? roles[v] : undefined;
    const rank = mapped === undefined ? undefined : RANK[mapped];
    if (mapped && rank !== undefined && rank > (RANK[role] ?? 0)) role = mapped;
  }
  return role;
}

/** Whether an error means the provider could not be reached (rather than said no). */
function unreachable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (e instanceof ProviderUnavailable) return true;
    const err = e as { name?: string; message?: string; code?: string; cause?: unknown };
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return true;
    if (err.name === 'TypeError' && err.message === 'fetch failed') return true;
    if (typeof err.code === 'string' && /^(ECONN|ENOTFOUND|EAI_|UND_ERR|ETIMEDOUT)/.test(err.code))
      return true;
    // A provider that answers with a server error is down as far as the person is concerned.
    if (err.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' && /5\d\d/.test(err.message ?? ''))
      return true;
    e = err.cause;
  }
  return false;
}

/**
 * One city's registration at its provider. The configuration is discovered at the first sign-in
 * and kept; a failed discovery is tried again at the next one, so a provider that is down when
 * the server starts does not stop the portal.
 */
export function oidcClient(options: IdentityProviderOptions) {
  const issuer = new URL(options.issuer);
  // Plain HTTP only for a provider on this machine (development, tests).
  const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
  const scope = options.scope ?? 'openid email profile';
  let configuration: Promise<client.Configuration> | undefined;

  const discover = () => {
    configuration ??= client
      .discovery(
        issuer,
        options.clientId,
        options.clientSecret,
        options.clientSecret ? client.ClientSecretPost(options.clientSecret) : client.None(),
        { timeout: 10, ...(insecure && { execute: [client.allowInsecureRequests] }) },
      )
      .catch((error: unknown) => {
        configuration = undefined;
        throw new ProviderUnavailable(`Discovery of ${issuer.href} failed`, { cause: error });
      });
    return configuration;
  };

  return {
    /** Where to send the person: the provider's authorisation endpoint, with this flow's checks. */
    async authorizationUrl(redirectUri: string, secrets: FlowSecrets): Promise<URL> {
      const config = await discover();
      return client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope,
        state: secrets.state,
        nonce: secrets.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(secrets.verifier),
        code_challenge_method: 'S256',
      });
    },

    /**
     * Exchanges the callback's code and validates the ID token (the library checks signature,
     * issuer, audience, expiry, nonce, state and the PKCE verifier). Throws
     * {@link ProviderUnavailable} when the provider cannot be reached, another error when the
     * answer does not hold.
     */
    async complete(callbackUrl: URL, secrets: FlowSecrets): Promise<SignedInPerson> {
      const config = await discover();
      try {
        const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: secrets.verifier,
          expectedState: secrets.state,
          expectedNonce: secrets.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims()!;
        let claims: Record<string, unknown> = { ...idClaims };
        const missing =
          claims.email === undefined ||
          (options.roleClaim !== undefined && claims[options.roleClaim] === undefined);
        // Providers put profile claims in the ID token or only at the userinfo endpoint.
        if (missing && config.serverMetadata().userinfo_endpoint)
          claims = {
            ...(await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)),
            ...idClaims,
          };
        const email =
          typeof claims.email === 'string' && claims.email.length <= 320 ? claims.email : undefined;
        return {
          issuer: idClaims.iss,
          subject: idClaims.sub,
          email,
          verifiedEmail: email && claims.email_verified === true ? email : undefined,
          role: options.roleClaim
            ? roleFromClaim(claims[options.roleClaim], options.roles)
            : undefined,
        };
      } catch (error) {
        if (unreachable(error))
          throw new ProviderUnavailable('Provider unreachable', { cause: error });
        throw error;
      }
    },
  };
}

export type OidcClient = ReturnType<typeof oidcClient>;

/** Fresh state, nonce and PKCE verifier for one sign-in. */
export function newFlowSecrets(): FlowSecrets {
  return {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
  };
}
