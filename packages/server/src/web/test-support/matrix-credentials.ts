// The credentials area's rows of the role matrix. The coordinators' page is for the city's
// coordinators and admins (the matrix's portal has no signing key: issuing answers 409); the
// list of one's own credentials is for anyone signed in; a download only for the credential's
// owner (the city's staff actor here; anyone else gets 404); a credential's public page, its
// JSON and the check of a pasted credential are for anyone. A credential with a known id is
// written straight into the store (real ids are random); what the routes do is tested in
// credentials.test.ts.
import type { TestApp } from './app.js';
import { coordinating, everyone, signedIn, type MatrixActors, type MatrixArea } from './matrix.js';

/** Twenty-two characters, as a real public id: the staff actor's credential. */
const ID = 'matrixCredential000001';

export const credentialsMatrix: MatrixArea = {
  async setup(t: TestApp, actors: MatrixActors) {
    await t.store.credentials.add('alpha-town', {
      credentialId: ID,
      accountId: actors.accountIdOf('staff@own'),
      programmeId: 'matrix-programme',
      module: 'matrix-module',
      credential: JSON.stringify({ name: 'Matrix credential' }),
    });
  },
  registered: {
    [`/credentials/${ID}`]: '/credentials/:id',
    [`/credentials/${ID}.json`]: '/credentials/:id',
    [`/credentials/${ID}/download`]: '/credentials/:id/download',
  },
  rows: [
    { method: 'GET', path: '/programme/credentials', ...coordinating(200) },
    {
      method: 'POST',
      path: '/programme/credentials',
      body: () => ({ form: {} }),
      ...coordinating(409),
    },
    { method: 'GET', path: '/credentials', ...signedIn(200) },
    {
      method: 'GET',
      path: `/credentials/${ID}/download`,
      own: { staff: 200, coordinator: 404, admin: 404, 'stakeholder-representative': 404 },
      stranger: 'sign-in',
    },
    { method: 'GET', path: `/credentials/${ID}`, ...everyone(200) },
    { method: 'GET', path: `/credentials/${ID}.json`, ...everyone(200) },
    { method: 'GET', path: '/verify', ...everyone(200) },
    {
      method: 'POST',
      path: '/verify',
      body: () => ({ form: { credential: '{}' } }),
      ...everyone(200),
    },
  ],
};
