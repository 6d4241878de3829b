// The programme area's rows of the role matrix. Planning, editing and publishing programmes and
// a session's attendance are for the city's coordinators and admins; waiting lists are for
// anyone signed in to the city. The rows change nothing that later rows depend on: forms are
// refused (400) or name what does not exist (404), the attendance form is sent empty, and the
// waiting list of a session with room enrols at once. What the routes do is tested in
// programme.test.ts and programme-planning.test.ts.
import { ALPHA, type TestApp } from './app.js';
import { A, coordinating, signedIn, type MatrixArea } from './matrix.js';

const session = ALPHA.programme!.sessions[0]!.id;
/** A session with room (100 places), as the core rows' enrolment uses. */
const roomy = ALPHA.programme!.sessions[1]!.id;
/** A draft written into the store before the rows: a copy of the city file's programme. */
const DRAFT = 'matrix-draft';
const draftSession = ALPHA.programme!.sessions[2]!.id;

export const programmeMatrix: MatrixArea = {
  async setup(t: TestApp) {
    const created = await t.store.programmes.createDraft('alpha-town', {
      ...ALPHA.programme!,
      id: DRAFT,
    });
    if (!created.ok) throw new Error(`matrix draft refused: ${JSON.stringify(created)}`);
  },
  registered: {
    [`/programme/sessions/${session}`]: '/programme/sessions/:sessionId',
    [`/programme/sessions/${session}/attendance`]: '/programme/sessions/:sessionId/attendance',
    [`/programme/plans/${DRAFT}`]: '/programme/plans/:programmeId',
    [`/programme/plans/${DRAFT}/sessions`]: '/programme/plans/:programmeId/sessions',
    [`/programme/plans/${DRAFT}/sessions/${draftSession}`]:
      '/programme/plans/:programmeId/sessions/:sessionId',
    [`/programme/plans/${DRAFT}/sessions/no-such-session/remove`]:
      '/programme/plans/:programmeId/sessions/:sessionId/remove',
    '/programme/plans/no-such-programme/publish': '/programme/plans/:programmeId/publish',
  },
  rows: [
    { method: 'GET', path: `/programme/sessions/${session}`, ...coordinating(200) },
    {
      method: 'POST',
      path: `/programme/sessions/${session}/attendance`,
      body: () => ({ form: {} }),
      ...coordinating(`to ${A}/programme/sessions/${session}?done=attendance`),
    },
    { method: 'GET', path: '/programme', ...coordinating(200) },
    {
      method: 'POST',
      path: '/programme/plans',
      body: () => ({ form: { start: 'not a month' } }),
      ...coordinating(400),
    },
    { method: 'GET', path: `/programme/plans/${DRAFT}`, ...coordinating(200) },
    {
      method: 'POST',
      path: `/programme/plans/${DRAFT}/sessions/${draftSession}`,
      body: () => ({ form: { dates: 'not a date' } }),
      ...coordinating(400),
    },
    {
      method: 'POST',
      path: `/programme/plans/${DRAFT}/sessions/no-such-session/remove`,
      body: () => ({ form: {} }),
      ...coordinating(404),
    },
    {
      method: 'POST',
      path: `/programme/plans/${DRAFT}/sessions`,
      body: () => ({ form: { module: 'no-such-module' } }),
      ...coordinating(400),
    },
    {
      method: 'POST',
      path: '/programme/plans/no-such-programme/publish',
      body: () => ({ form: {} }),
      ...coordinating(404),
    },
    {
      method: 'POST',
      path: '/waiting-list',
      body: () => ({ form: { session: roomy } }),
      ...signedIn(`to ${A}/profile?done=waiting-enrolled`),
    },
    {
      method: 'POST',
      path: '/waiting-list/leave',
      body: () => ({ form: { session: roomy } }),
      ...signedIn(`to ${A}/profile?done=waiting-left`),
    },
  ],
};
