// The needs review's rows of the role matrix: coordinators and admins of the city only. Forms are
// sent empty where a valid one would change the review (the matrix checks who gets in; what the
// forms do is tested in needs.test.ts); the review and its first report exist before the rows.
import { buildNeedsReport, parseNeedsStudy } from '@competence-kit/needs-analysis';
import { needsAnalysisGuides, tcnQuestionnaire } from '@competence-kit/framework-intercultural';
import { startReview } from '../needs-review.js';
import { ALPHA } from './app.js';
import { A, coordinating, type MatrixArea } from './matrix.js';

export const needsMatrix: MatrixArea = {
  async setup(t) {
    const started = startReview(
      { id: 'alpha-town', name: ALPHA.city.name, country: ALPHA.city.country },
      ALPHA.framework,
      needsAnalysisGuides.deskResearchChecklist,
      { start: '2027-01-01', end: '2027-12-31' },
      'en',
    );
    if (!started.ok) throw new Error(JSON.stringify(started.problems));
    const { study, plan } = started.value;
    await t.store.needsReviews.update('alpha-town', 'current', () => ({ study, plan, result: 0 }));
    const parsed = parseNeedsStudy(study, {
      framework: ALPHA.framework,
      instruments: [tcnQuestionnaire],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const report = buildNeedsReport(parsed.value, ALPHA.framework, 'en', {
      instruments: [tcnQuestionnaire],
    });
    await t.store.needsReviews.publishReport('alpha-town', 'current', report);
  },
  registered: {
    '/needs/plan/plan-1': '/needs/plan/:item',
    '/needs/reports/1': '/needs/reports/:sequence',
    '/needs/reports/1/report.md': '/needs/reports/:sequence/report.:format',
  },
  rows: [
    { method: 'GET', path: '/needs', ...coordinating(200) },
    {
      method: 'POST',
      path: '/needs/start',
      body: () => ({ form: { start: '2027-02-01', end: '2027-03-01' } }),
      ...coordinating(`to ${A}/needs?done=needs-exists`),
    },
    { method: 'POST', path: '/needs/plan', body: () => ({ form: {} }), ...coordinating(400) },
    {
      method: 'POST',
      path: '/needs/plan/plan-1',
      body: () => ({ form: { status: 'finished' } }),
      ...coordinating(400),
    },
    { method: 'GET', path: '/needs/evidence', ...coordinating(200) },
    { method: 'POST', path: '/needs/sources', body: () => ({ form: {} }), ...coordinating(400) },
    { method: 'POST', path: '/needs/sessions', body: () => ({ form: {} }), ...coordinating(400) },
    { method: 'GET', path: '/needs/findings', ...coordinating(200) },
    { method: 'POST', path: '/needs/findings', body: () => ({ form: {} }), ...coordinating(400) },
    { method: 'GET', path: '/needs/import', ...coordinating(200) },
    { method: 'POST', path: '/needs/import', body: () => ({ form: {} }), ...coordinating(400) },
    { method: 'GET', path: '/needs/reports', ...coordinating(200) },
    {
      method: 'POST',
      path: '/needs/reports',
      body: () => ({ form: {} }),
      ...coordinating(`to ${A}/needs/reports?done=needs-report`),
    },
    { method: 'GET', path: '/needs/reports/1', ...coordinating(200) },
    { method: 'GET', path: '/needs/reports/1/report.md', ...coordinating(200) },
  ],
};
