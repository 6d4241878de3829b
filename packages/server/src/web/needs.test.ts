// The needs review workspace, through its routes as a coordinator's browser uses them: each
// form stores what it should, refuses what it should with the field named, and changes nothing
// then (checked in the store); reports are dated releases that do not move.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNeedsReport } from '@competence-kit/needs-analysis';
import { needsAnalysisGuides, tcnQuestionnaire } from '@competence-kit/framework-intercultural';
import type { NeedsStudy } from '@competence-kit/schemas';
import { hashPassword } from './auth/password.js';
import { guideCodes, type PlanItem } from './needs-review.js';
import { Browser, responseOf, startApp, TEST_COST, type TestApp } from './test-support/app.js';
import { tcnResponse } from './test-support/matrix-questionnaires.js';

const A = '/alpha-town';
let t: TestApp;
let coordinator: Browser;
let staff: Browser;

const review = async () => {
  const stored = await t.store.needsReviews.get('alpha-town', 'current');
  return (
    stored && {
      study: stored.study as unknown as NeedsStudy,
      plan: stored.plan as unknown as PlanItem[],
    }
  );
};
const post = (page: string, action: string, form: Record<string, string>) =>
  coordinator.submit(`${A}${page}`, `${A}${action}`, form);

beforeAll(async () => {
  t = await startApp();
  for (const [email, role] of [
    ['coordinator@alpha.example.org', 'coordinator'],
    ['worker@alpha.example.org', 'staff'],
  ] as const) {
    const created = await t.store.accounts.create('alpha-town', {
      email,
      role,
      passwordHash: await hashPassword('a long password', TEST_COST),
      roleProfile: 'front-desk',
    });
    if (!created.ok) throw new Error(created.code);
  }
  coordinator = new Browser(t.app, { 'accept-language': 'en' });
  staff = new Browser(t.app, { 'accept-language': 'en' });
  expect(
    (await coordinator.signIn(A, 'coordinator@alpha.example.org', 'a long password')).statusCode,
  ).toBe(303);
  expect((await staff.signIn(A, 'worker@alpha.example.org', 'a long password')).statusCode).toBe(
    303,
  );
});
afterAll(async () => t?.close());

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

describe('the needs review', () => {
  it('starts over a valid period only, with the desk-research checklist as its plan', async () => {
    expect((await staff.get(`${A}/needs`)).statusCode).toBe(403);
    const start = await coordinator.get(`${A}/needs`);
    expect(start.body).toContain('action="/alpha-town/needs/start"');

    const backwards = await post('/needs', '/needs/start', {
      start: '2027-06-30',
      end: '2027-01-01',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.body).toMatch(/id="start-end"[^>]*aria-invalid="true"/s);
    expect(backwards.body).toContain('href="#start-end"');
    const impossible = await post('/needs', '/needs/start', {
      start: '2027-02-30',
      end: '2027-06-30',
    });
    expect(impossible.statusCode).toBe(400);
    expect(await review()).toBeUndefined();

    const started = await post('/needs', '/needs/start', {
      start: '2027-01-01',
      end: '2027-06-30',
    });
    expect(started.headers.location).toBe(`${A}/needs?done=needs-started`);
    const first = (await review())!;
    const checks = needsAnalysisGuides.deskResearchChecklist.sections
      .flatMap((s) => s.steps)
      .filter((s) => s.kind === 'check');
    expect(checks.length).toBeGreaterThan(0);
    expect(first.plan.map((p) => p.kind)).toEqual(checks.map(() => 'desk-research'));
    expect(first.study.period).toEqual({ start: '2027-01-01', end: '2027-06-30' });

    const again = await post('/needs', '/needs/start', { start: '2028-01-01', end: '2028-06-30' });
    expect(again.headers.location).toBe(`${A}/needs?done=needs-exists`);
    expect((await review())!.study.period.start).toBe('2027-01-01');
  });

  it('keeps a plan with dates and status, and shows what people typed as text', async () => {
    const added = await post('/needs', '/needs/plan', {
      kind: 'focus-group',
      title: HOSTILE,
      date: '2027-05-04',
    });
    expect(added.statusCode).toBe(303);
    const plan = (await review())!.plan;
    const item = plan.at(-1)!;
    expect(item).toMatchObject({
      kind: 'focus-group',
      title: HOSTILE,
      date: '2027-05-04',
      status: 'planned',
    });
    const page = await coordinator.get(`${A}/needs`);
    expect(page.body).not.toContain('<script>alert(1)');
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');

    expect(
      (await post('/needs', `/needs/plan/${item.id}`, { status: 'done', date: '' })).statusCode,
    ).toBe(303);
    const changed = (await review())!.plan.find((p) => p.id === item.id)!;
    expect(changed.status).toBe('done');
    expect(changed.date).toBeUndefined();

    const before = JSON.stringify(await review());
    expect(
      (await post('/needs', `/needs/plan/${item.id}`, { status: 'finished' })).statusCode,
    ).toBe(400);
    expect((await post('/needs', '/needs/plan/plan-999', { status: 'done' })).statusCode).toBe(404);
    expect((await post('/needs', '/needs/plan/..%2Fx', { status: 'done' })).statusCode).toBe(404);
    expect((await post('/needs', '/needs/plan', { kind: 'party', title: 'x' })).statusCode).toBe(
      400,
    );
    expect(JSON.stringify(await review())).toBe(before);
  });

  it('records sources and sessions counted by group, inside the period', async () => {
    const source = await post('/needs/evidence', '/needs/sources', {
      title: 'Integration strategy 2025',
      kind: 'strategy',
      summary: 'Sets goals for access to services.',
    });
    expect(source.headers.location).toBe(`${A}/needs/evidence?done=needs-saved`);
    const interview = {
      kind: 'interview',
      date: '2027-02-10',
      language: 'de',
      facilitator: 'Researcher of the training provider',
      group: 'staff',
      count: '1',
      consent: 'written',
      summary: 'Full waiting rooms, no interpreters.',
    };
    expect((await post('/needs/evidence', '/needs/sessions', interview)).statusCode).toBe(303);
    expect(
      (
        await post('/needs/evidence', '/needs/sessions', {
          ...interview,
          kind: 'focus-group',
          group: 'third-country-nationals',
          count: '8',
        })
      ).statusCode,
    ).toBe(303);
    const { study } = (await review())!;
    expect(study.sources).toHaveLength(1);
    expect(study.sessions.map((s) => s.id)).toEqual(['interview-1', 'focus-group-1']);
    expect(study.sessions[1]!.participants).toEqual([
      { group: 'third-country-nationals', count: 8 },
    ]);
    expect(study.sessions[0]!.summary).toEqual({ en: 'Full waiting rooms, no interpreters.' });

    const before = JSON.stringify(await review());
    for (const [change, field] of [
      [{ date: '2026-12-31' }, 'date'], // before the period
      [{ count: '4' }, 'count'], // an interview has at most 3 people
      [{ language: 'fr' }, 'language'], // not a language of the city
      [{ consent: '' }, 'consent'],
      [{ summary: 'a\u0000b' }, 'summary'],
      [{ purpose: 'validation' }, 'purpose'], // only focus groups have one
    ] as const) {
      const refused = await post('/needs/evidence', '/needs/sessions', { ...interview, ...change });
      expect(refused.statusCode, field).toBe(400);
      expect(refused.body, field).toMatch(
        new RegExp(`id="session-${field}"[^>]*aria-invalid="true"`, 's'),
      );
    }
    expect(JSON.stringify(await review())).toBe(before);
  });

  it('codes findings with the guide’s questions and checks their evidence', async () => {
    const codes = guideCodes([needsAnalysisGuides.interviewStaff]);
    const code = codes.find((c) => c.level && c.competences.length > 0)!;
    const coded = await post('/needs/findings', '/needs/findings', {
      statement: '=HYPERLINK("http://evil.example","x") and <b>bold</b>',
      kind: 'need',
      code: code.id,
      session: 'interview-1',
      participants: '1',
    });
    expect(coded.headers.location).toBe(`${A}/needs/findings?done=needs-saved`);
    const finding = (await review())!.study.findings[0]!;
    expect(finding.level).toBe(code.level);
    expect(finding.competences).toEqual([...code.competences]);
    expect(finding.evidence).toEqual([
      { session: 'interview-1', participants: 1, groups: ['staff'] },
    ]);

    const valid = {
      statement: 'Letters are hard to read.',
      kind: 'weakness',
      level: 'services-and-access',
      competences: t.app && code.competences[0]!,
      session: 'focus-group-1',
      validation: 'focus-group-1',
      outcome: 'confirmed',
    };
    expect((await post('/needs/findings', '/needs/findings', valid)).statusCode).toBe(303);
    expect((await review())!.study.findings[1]!.validation).toEqual({
      session: 'focus-group-1',
      outcome: 'confirmed',
    });

    const before = JSON.stringify(await review());
    for (const [change, field] of [
      [{ competences: 'no-such-competence' }, 'competences'],
      [{ session: 'interview-99' }, 'session'],
      [{ session: 'interview-1', participants: '2' }, 'participants'], // one person was there
      [{ validation: 'interview-1' }, 'validation'], // an interview validates nothing
      [{ level: 'galaxy' }, 'level'],
      [{ code: 'no#such-question' }, 'code'],
    ] as const) {
      const refused = await post('/needs/findings', '/needs/findings', { ...valid, ...change });
      expect(refused.statusCode, field).toBe(400);
      expect(refused.body, field).toContain(`href="#finding-${field}"`);
    }
    expect(JSON.stringify(await review())).toBe(before);
  });

  it('imports a survey tool’s export, reports each row it leaves out, and counts nobody twice', async () => {
    const items = tcnQuestionnaire.sections.flatMap((s) => s.items);
    const cell = (item: (typeof items)[number], bad = false) =>
      item.type === 'likert'
        ? bad
          ? '9'
          : '3'
        : item.type === 'single-choice'
          ? item.options![0]!.id
          : 'more staff';
    const header = ['respondent', 'language', 'submitted', ...items.map((i) => i.id)].join(',');
    const row = (id: string, bad = false) =>
      [id, 'ar', '2027-03-01 10:00:00', ...items.map((i, n) => cell(i, bad && n === 3))].join(',');
    const csv = [header, row('r-1'), row('r-2'), row('r-3', true)].join('\r\n');
    const page = await coordinator.get(`${A}/needs/import`);
    const mapping = /<textarea[^>]*name="mapping"[^>]*>([^<]*)<\/textarea>/s
      .exec(page.body)![1]!
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    const form = {
      instrument: tcnQuestionnaire.id,
      group: 'third-country-nationals',
      delimiter: ',',
      csv,
      mapping,
    };
    const imported = await post('/needs/import', '/needs/import', form);
    expect(imported.statusCode).toBe(200);
    expect(imported.body).toContain('2 answers imported, 1 rows left out.');
    expect(imported.body).toMatch(/<td>4<\/td>\s*<td>[^<]*<\/td>/); // the bad row's physical line
    const questionnaire = () =>
      review().then((r) =>
        r!.study.questionnaires.find((q) => q.instrument.id === tcnQuestionnaire.id)!,
      );
    expect((await questionnaire()).responses.map((r) => r.respondent)).toEqual(['r-1', 'r-2']);

    await post('/needs/import', '/needs/import', form); // the same export again
    expect((await questionnaire()).responses).toHaveLength(2);

    const before = JSON.stringify(await review());
    const badJson = await post('/needs/import', '/needs/import', {
      ...form,
      mapping: '{"respondent":',
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.body).toContain('The mapping is not valid JSON');
    const unfit = await post('/needs/import', '/needs/import', {
      ...form,
      mapping: JSON.stringify({
        respondent: 'respondent',
        phase: 'baseline',
        submittedAt: 'submitted',
        items: {},
      }),
    });
    expect(unfit.statusCode).toBe(400);
    expect(unfit.body).toContain('The mapping cannot be used');
    expect(
      (
        await post('/needs/import', '/needs/import', {
          ...form,
          instrument: 'https://example.org/x',
        })
      ).statusCode,
    ).toBe(400);
    expect(JSON.stringify(await review())).toBe(before);
  });

  it('builds dated reports that do not change when more is recorded, in every format and language', async () => {
    // A staff self-assessment in the period goes in under a pseudonym, never the account id.
    const worker = (await t.store.accounts.findByEmail('alpha-town', 'worker@alpha.example.org'))!;
    await t.store.responses.submit('alpha-town', worker.accountId, {
      instrumentId: responseOf(worker.accountId).instrument.id,
      instrumentVersion: responseOf(worker.accountId).instrument.version,
      response: responseOf(worker.accountId, 3, '2027-03-01T10:00:00Z') as never,
    });
    // An answer given in the portal's own questionnaire (no account) in the period goes in, one
    // given after the period does not.
    const opening = await t.store.questionnaires.open('alpha-town', {
      instrumentId: tcnQuestionnaire.id,
      instrumentVersion: tcnQuestionnaire.version,
      title: 'Your experience with our offices',
      languages: ['ar', 'en'],
      opensOn: '2027-01-01',
      closesOn: '2027-12-31',
    });
    for (const [respondent, day] of [
      ['r-portal-1', '2027-04-01'],
      ['r-portal-2', '2027-09-01'],
    ] as const)
      await t.store.questionnaires.addAnswer('alpha-town', opening.questionnaireId, {
        response: {
          ...tcnResponse(),
          respondent,
          group: 'third-country-nationals',
          submittedAt: `${day}T00:00:00Z`,
        },
        submittedAt: day,
        mode: 'self',
        language: 'ar',
      });
    const built = await post('/needs/reports', '/needs/reports', {});
    expect(built.headers.location).toBe(`${A}/needs/reports?done=needs-report`);
    const first = (await t.store.needsReviews.getReport('alpha-town', 'current', 1))!;
    const report = parseNeedsReport(first.report);
    expect(report.ok).toBe(true);
    expect(JSON.stringify(first.report)).not.toContain(worker.accountId);
    if (report.ok) expect(report.value.counts.findings).toBe(2);
    if (report.ok)
      expect(
        report.value.participation.questionnaires.find((q) => q.id === 'portal-questionnaire-1')
          ?.responses,
      ).toBe(1);

    const view = await coordinator.get(`${A}/needs/reports/1`);
    expect(view.statusCode).toBe(200);
    expect(view.body).toContain('<ck-needs-report');
    expect(view.body).toContain('id="ck-needs-report-data"');
    expect(view.body).not.toContain('<b>bold</b>');

    await post('/needs/findings', '/needs/findings', {
      statement: 'A later finding.',
      kind: 'need',
      level: 'personnel',
      competences: (await review())!.study.findings[0]!.competences[0]!,
      source: 'source-1',
    });
    expect(await post('/needs/reports', '/needs/reports', {})).toMatchObject({ statusCode: 303 });
    expect((await t.store.needsReviews.getReport('alpha-town', 'current', 1))!.report).toEqual(
      first.report,
    );
    const second = parseNeedsReport(
      (await t.store.needsReviews.getReport('alpha-town', 'current', 2))!.report,
    );
    expect(second.ok && second.value.counts.findings).toBe(3);

    for (const [format, type] of [
      ['html', 'text/html'],
      ['md', 'text/markdown'],
      ['csv', 'text/csv'],
    ] as const)
      for (const lang of ['de', 'en']) {
        const download = await coordinator.get(`${A}/needs/reports/1/report.${format}?in=${lang}`);
        expect(download.statusCode).toBe(200);
        expect(download.headers['content-type']).toContain(type);
        expect(download.headers['content-disposition']).toBe(
          `attachment; filename="needs-report-alpha-town-1-${lang}.${format}"`,
        );
        expect(download.body).not.toContain('<b>bold</b>');
        if (format === 'html') expect(download.body).toContain(`<html lang="${lang}"`);
        if (format === 'csv') expect(download.body).not.toMatch(/(^|,)"?=HYPERLINK/m);
      }
    const audit = await t.store.audit.list('alpha-town');
    expect(audit.filter((e) => e.action === 'needs-report-downloaded')).toHaveLength(6);
    for (const path of [
      '/needs/reports/0',
      '/needs/reports/3',
      '/needs/reports/1/report.pdf',
      '/needs/reports/1/report.md?in=xx',
    ])
      expect((await coordinator.get(`${A}${path}`)).statusCode, path).toBe(
        path.endsWith('xx') ? 200 : 404,
      );
  });

  it('refuses to report a study that does not hold together, and stores nothing', async () => {
    await t.store.needsReviews.update('alpha-town', 'current', (current) => {
      const study = current!.study as unknown as NeedsStudy;
      const broken = {
        ...study.findings[0]!,
        id: 'finding-broken',
        evidence: [{ session: 'interview-404' }],
      };
      return {
        study: { ...study, findings: [...study.findings, broken] },
        plan: current!.plan,
        result: 0,
      };
    });
    const refused = await post('/needs/reports', '/needs/reports', {});
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('The study cannot be reported yet');
    expect(refused.body).toContain('/findings/');
    expect(
      (await t.store.needsReviews.listReports('alpha-town', 'current')).map((r) => r.sequence),
    ).toEqual([2, 1]);
  });

  it('keeps one city’s review from another city’s coordinators', async () => {
    const created = await t.store.accounts.create('beta-town', {
      email: 'coordinator@beta.example.org',
      role: 'coordinator',
      passwordHash: await hashPassword('a long password', TEST_COST),
    });
    if (!created.ok) throw new Error(created.code);
    const beta = new Browser(t.app);
    await beta.signIn('/beta-town', 'coordinator@beta.example.org', 'a long password');
    const own = await beta.get('/beta-town/needs');
    expect(own.body).toContain('action="/beta-town/needs/start"'); // beta has no review yet
    expect((await beta.get('/beta-town/needs/reports/1')).statusCode).toBe(404); // alpha's report 1 is not beta's
    expect((await beta.get('/alpha-town/needs/reports/1')).headers.location).toMatch(
      /^\/alpha-town\/sign-in/,
    );
  });
});
