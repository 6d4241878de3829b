// The programme area's rows of the role matrix: a session's attendance is for the city's
// coordinators and admins. The attendance form is sent empty (nobody enrolled: nothing changes);
// what it records is tested in programme.test.ts.
import { ALPHA } from './app.js';
import { A, coordinating, type MatrixArea } from './matrix.js';

const session = ALPHA.programme!.sessions[0]!.id;

export const programmeMatrix: MatrixArea = {
  registered: {
    [`/programme/sessions/${session}`]: '/programme/sessions/:sessionId',
    [`/programme/sessions/${session}/attendance`]: '/programme/sessions/:sessionId/attendance',
  },
  rows: [
    { method: 'GET', path: `/programme/sessions/${session}`, ...coordinating(200) },
    {
      method: 'POST',
      path: `/programme/sessions/${session}/attendance`,
      body: () => ({ form: {} }),
      ...coordinating(`to ${A}/programme/sessions/${session}?done=attendance`),
    },
  ],
};
