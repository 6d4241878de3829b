// The administration's rows of the role matrix: people, invitations and the city settings are
// for the city's admins; an invitation link is for anyone who holds it. Forms change nothing
// here (the same role again, an invitation that is not open, an empty password); what they do
// is tested in admin.test.ts.
import { hashSessionToken, newSessionToken } from '../../store/index.js';
import { A, administering, everyone, type MatrixArea } from './matrix.js';

/** An account of city A with a known id, whose role the rows "change" to the one it has. */
const PERSON = '0b9e1c2a-3f4d-4e5f-8a6b-7c8d9e0f1a2b';
/** An invitation id that names none: revoking it changes nothing. */
const NO_INVITATION = '5d6e7f80-91a2-4b3c-8d4e-5f60718293a4';
/** The token of an open invitation of city A, created by the setup. */
const { token: TOKEN } = newSessionToken();

export const adminMatrix: MatrixArea = {
  async setup(t) {
    const created = await t.store.accounts.create('alpha-town', {
      email: 'matrix-person@example.org',
      role: 'staff',
      passwordHash: 'not-a-password',
    });
    if (!created.ok) throw new Error(created.code);
    await t.store.db
      .updateTable('accounts')
      .set({ account_id: PERSON })
      .where('city_id', '=', 'alpha-town')
      .where('account_id', '=', created.account.accountId)
      .execute();
    await t.store.invitations.create('alpha-town', {
      tokenHash: hashSessionToken(TOKEN),
      email: 'matrix-invited@example.org',
      role: 'staff',
      createdBy: null,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
  },
  registered: {
    [`/admin/people/${PERSON}/role`]: '/admin/people/:accountId/role',
    [`/admin/invitations/${NO_INVITATION}/revoke`]: '/admin/invitations/:invitationId/revoke',
    [`/invitation/${TOKEN}`]: '/invitation/:token',
  },
  rows: [
    { method: 'GET', path: '/admin/people', ...administering(200) },
    {
      method: 'POST',
      path: `/admin/people/${PERSON}/role`,
      body: () => ({ form: { role: 'staff' } }),
      ...administering(`to ${A}/admin/people?done=role-same`),
    },
    {
      method: 'POST',
      path: '/admin/invitations',
      body: () => ({ form: {} }),
      ...administering(400),
    },
    {
      method: 'POST',
      path: `/admin/invitations/${NO_INVITATION}/revoke`,
      body: () => ({ form: {} }),
      ...administering(`to ${A}/admin/people?done=invitation-closed`),
    },
    { method: 'GET', path: `/invitation/${TOKEN}`, ...everyone(200) },
    { method: 'POST', path: `/invitation/${TOKEN}`, body: () => ({ form: {} }), ...everyone(400) },
    { method: 'GET', path: '/admin/city', ...administering(200) },
    {
      method: 'POST',
      path: '/admin/city/check',
      body: () => ({ form: { city: '{}' } }),
      ...administering(200),
    },
  ],
};
