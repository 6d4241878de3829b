// The evaluation's rows of the role matrix. In the matrix's app no session has taken place yet
// (the shipped programme runs in 2027), so feedback on a session is refused for everyone signed
// in (404, "not a session of yours"); giving it is tested in evaluation.test.ts.
import { ALPHA } from './app.js';
import { A, coordinating, signedIn, type MatrixArea } from './matrix.js';

const session = ALPHA.programme!.sessions[1]!.id;

export const evaluationMatrix: MatrixArea = {
  // A publication of the modules' evaluation to read (the matrix's city has no completions, so
  // publishing there finds nothing: 409); its figures are tested in programme-evaluation.test.ts.
  async setup(t) {
    const programme = ALPHA.programme!;
    const population = `alpha-town/programme-evaluation/${programme.id}/${programme.sessions[0]!.module}`;
    await t.store.releases.publish('alpha-town', {
      population,
      sequence: 1,
      plan: { population, publication: 1 },
      release: {
        population,
        minGroupSize: 5,
        competences: [],
        tables: [],
        hiddenNotice: 'Hidden to protect a small group.',
        changes: [],
      },
      ledger: {},
    });
  },
  registered: {
    [`/feedback/${session}`]: '/feedback/:session',
    '/evaluation/feedback/1': '/evaluation/feedback/:sequence',
    '/evaluation/programme/releases/1': '/evaluation/programme/releases/:publication',
    '/evaluation/programme/releases/2': '/evaluation/programme/releases/:publication',
  },
  rows: [
    { method: 'GET', path: '/feedback', ...signedIn(200) },
    { method: 'GET', path: `/feedback/${session}`, ...signedIn(404) },
    {
      method: 'POST',
      path: `/feedback/${session}`,
      body: () => ({ form: { satisfaction: '4', usefulness: '4' } }),
      ...signedIn(404),
    },
    { method: 'GET', path: '/evaluation', ...coordinating(200) },
    {
      method: 'POST',
      path: '/evaluation/wave',
      body: () => ({ form: { wave: 'baseline' } }),
      ...coordinating(`to ${A}/evaluation?done=wave-opened`),
    },
    {
      method: 'POST',
      path: '/evaluation/feedback',
      body: () => ({ form: {} }),
      ...coordinating(`to ${A}/evaluation?done=feedback-published`),
    },
    { method: 'GET', path: '/evaluation/feedback/1', ...coordinating(200) },
    { method: 'GET', path: '/evaluation/programme', ...coordinating(200) },
    {
      method: 'POST',
      path: '/evaluation/programme',
      body: () => ({ form: {} }),
      ...coordinating(409),
    },
    { method: 'GET', path: '/evaluation/programme/releases/1', ...coordinating(200) },
    { method: 'GET', path: '/evaluation/programme/releases/2', ...coordinating(404) },
  ],
};
