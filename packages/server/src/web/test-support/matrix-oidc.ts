// The oidc area's rows of the role matrix. The matrix's app configures no identity provider, so
// both routes answer 404 to everyone (reply.callNotFound()), signed in or not; what they do with
// a provider is tested in oidc.test.ts against a real one.
import { everyone, type MatrixArea } from './matrix.js';

const CALLBACK = '/sign-in/oidc/callback?code=x&state=y';

export const oidcMatrix: MatrixArea = {
  rows: [
    { method: 'GET', path: '/sign-in/oidc', ...everyone(404) },
    { method: 'GET', path: CALLBACK, ...everyone(404) },
  ],
  registered: { [CALLBACK]: '/sign-in/oidc/callback' },
};
