// Questionnaires for people without an account, through their routes: a coordinator opens one
// under an unguessable id; a respondent without an account chooses a language, reads the
// consent notice and answers; the answer is stored anonymously (checked column by column in the
// store) or refused with the reason in the respondent's language, storing nothing; closed and
// not-yet-open questionnaires refuse; too many answers from one address are stopped; paper
// answers are typed in by a coordinator; the poster carries the link and its QR code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseResponse } from '@competence-kit/scoring';
import { hashPassword } from './auth/password.js';
import { RESPONDENT_LANGUAGES, RESPONDENT_TEXTS, respondentText } from './respondent-words.js';
import { Browser, startApp, TEST_COST, type TestApp } from './test-support/app.js';
import { tcnResponse } from './test-support/matrix-questionnaires.js';
import { tcnQuestionnaire, staffNeedsQuestionnaire } from '@competence-kit/framework-intercultural';

const A = '/alpha-town';
const UA = 'Mozilla/5.0 (FingerprintMe 9.9; TestPhone)';
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const PUBLIC_ID = /^[A-Za-z0-9_-]{22}$/;

let t: TestApp;
let coordinator: Browser;

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** Today in the test city's time zone, as the routes count days. */
const today = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

const answers = (id: string) =>
  t.store.db
    .selectFrom('questionnaire_answers')
    .selectAll()
    .where('questionnaire_id', '=', id)
    .execute();

/** Posts the opening form as the coordinator; the new opening's id (or the refused reply). */
async function open(form: Record<string, string | string[]>) {
  const token = await coordinator.csrf(`${A}/needs/questionnaires`);
  const body = new URLSearchParams({ _csrf: token });
  for (const [name, value] of Object.entries(form))
    for (const v of [value].flat()) body.append(name, v);
  const before = new Set(
    (await t.store.questionnaires.list('alpha-town')).map((q) => q.questionnaireId),
  );
  const response = await t.app.inject({
    method: 'POST',
    url: `${A}/needs/questionnaires`,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'accept-language': 'en',
      cookie: [...coordinator.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    },
    remoteAddress: coordinator.address,
    payload: body.toString(),
  });
  const after = (await t.store.questionnaires.list('alpha-town')).filter(
    (q) => !before.has(q.questionnaireId),
  );
  return { response, id: after[0]?.questionnaireId };
}

const valid = (extra: Record<string, string | string[]> = {}) => ({
  instrument: tcnQuestionnaire.id,
  title: 'Waiting rooms, spring',
  opensOn: day(-1),
  closesOn: day(30),
  languages: ['de', 'en', 'ar', 'uk'],
  ...extra,
});

/** A browser without an account, with a user agent the store must never see. */
const respondent = (lang = 'ar') =>
  new Browser(t.app, { 'user-agent': UA, 'accept-language': lang });

beforeAll(async () => {
  t = await startApp();
  const created = await t.store.accounts.create('alpha-town', {
    email: 'coordinator@alpha.example.org',
    role: 'coordinator',
    passwordHash: await hashPassword('a long password', TEST_COST),
    roleProfile: 'front-desk',
  });
  if (!created.ok) throw new Error(created.code);
  coordinator = new Browser(t.app, { 'accept-language': 'en' });
  expect(
    (await coordinator.signIn(A, 'coordinator@alpha.example.org', 'a long password')).statusCode,
  ).toBe(303);
});
afterAll(async () => t?.close());

let openId: string;

describe('questionnaires for people without an account', () => {
  it('has every respondent text in all twelve languages, with the same placeholders', () => {
    const keys = Object.keys(RESPONDENT_TEXTS.en).sort();
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
    for (const lang of RESPONDENT_LANGUAGES) {
      expect(Object.keys(RESPONDENT_TEXTS[lang]).sort(), lang).toEqual(keys);
      for (const key of keys as (keyof typeof RESPONDENT_TEXTS.en)[]) {
        expect(holes(RESPONDENT_TEXTS[lang][key]), `${lang} ${key}`).toBe(
          holes(RESPONDENT_TEXTS.en[key]),
        );
        if (lang !== 'en' && key !== 'page.title')
          expect(RESPONDENT_TEXTS[lang][key], `${lang} ${key}`).not.toBe(RESPONDENT_TEXTS.en[key]);
      }
    }
  });

  it('refuses a bad opening with each field named, and stores nothing', async () => {
    const { response, id } = await open({
      instrument: staffNeedsQuestionnaire.id,
      title: '',
      opensOn: '2027-02-30',
      closesOn: day(3),
      // ar is not a language of the staff questionnaire.
      languages: ['de', 'ar'],
    });
    expect(response.statusCode).toBe(400);
    expect(id).toBeUndefined();
    expect(response.body).toContain('id="title-error"');
    expect(response.body).toContain('id="opensOn-error"');
    expect(response.body).toContain('id="languages-error"');
    expect(response.body).toContain('aria-describedby="q-title-help title-error"');
    const period = await open(valid({ opensOn: day(5), closesOn: day(4) }));
    expect(period.response.statusCode).toBe(400);
    expect(period.response.body).toContain('The closing day must not be before the opening day.');
    expect(period.id).toBeUndefined();
    expect(await t.store.questionnaires.list('alpha-town')).toEqual([]);
  });

  it('opens a questionnaire under a random, unguessable public id', async () => {
    const first = await open(valid({ title: HOSTILE }));
    expect(first.response.statusCode).toBe(303);
    expect(first.response.headers.location).toBe(
      `${A}/needs/questionnaires?done=questionnaire-opened`,
    );
    const second = await open(valid());
    expect(first.id).toMatch(PUBLIC_ID);
    expect(second.id).toMatch(PUBLIC_ID);
    expect(first.id).not.toBe(second.id);
    openId = second.id!;
    const stored = await t.store.questionnaires.get('alpha-town', openId);
    expect(stored?.languages).toEqual(['de', 'en', 'ar', 'uk']);
    const audit = await t.store.audit.list('alpha-town');
    expect(audit.filter((e) => e.action === 'questionnaire-opened').map((e) => e.subject)).toEqual(
      expect.arrayContaining([first.id, second.id]),
    );
    // Another city knows nothing of it.
    expect((await respondent().get(`/beta-town/q/${openId}`)).statusCode).toBe(404);

    const list = await coordinator.get(`${A}/needs/questionnaires`);
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('<script>alert(1)');
    expect(list.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(list.body).toContain(`href="http://localhost:80${A}/q/${openId}"`);
    expect(list.body).toContain(`${A}/needs/questionnaires/${openId}/poster`);
    expect(list.body).toMatch(/<td>open<\/td>\s*<td>0<\/td>/);
  });

  it('takes a respondent through language, consent and questionnaire, in Arabic from right to left', async () => {
    const browser = respondent('ar');
    const choice = await browser.get(`${A}/q/${openId}`);
    expect(choice.statusCode).toBe(200);
    for (const [lang, name] of [
      ['ar', 'العربية'],
      ['uk', 'Українська'],
      ['de', 'Deutsch'],
    ]) {
      expect(choice.body).toMatch(
        new RegExp(
          `href="${A}/q/${openId}\\?lang=${lang}"\\s+hreflang="${lang}"\\s+lang="${lang}"`,
        ),
      );
      expect(choice.body).toContain(`>${name}</a`);
    }
    expect(choice.body).not.toContain('lang=tr');

    const consent = await browser.get(`${A}/q/${openId}?lang=ar`);
    expect(consent.statusCode).toBe(200);
    expect(consent.body).toContain('<html lang="ar" dir="rtl">');
    expect(consent.body).toContain('<div class="respondent" lang="ar" dir="rtl">');
    expect(consent.body).toContain(respondentText('ar', 'consent.noTracking'));
    expect(consent.body).toContain('privacy@alpha-town.example.org');
    expect(consent.body).toContain(tcnQuestionnaire.description!.ar!);
    expect(consent.body).toContain(`action="${A}/q/${openId}/answer"`);

    const page = await browser.get(`${A}/q/${openId}/answer?lang=ar`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<ck-questionnaire\s+lang="ar"\s+dir="rtl"/);
    expect(page.body).toContain('<noscript');
    expect(page.body).toMatch(/<script type="module" src="[^"]+questionnaire-[^"]+\.js">/);
    expect(page.body).not.toMatch(/style=/);

    const token = await browser.csrf(`${A}/q/${openId}/answer?lang=ar`);
    const sent = await browser.request('POST', `${A}/q/${openId}/responses?lang=ar`, {
      json: tcnResponse('أحتاج مترجمًا'),
      headers: { 'csrf-token': token },
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toEqual({ next: `${A}/q/${openId}/thanks?lang=ar` });

    const rows = await answers(openId);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(Object.keys(row).sort()).toEqual([
      'answer_id',
      'city_id',
      'language',
      'mode',
      'questionnaire_id',
      'response',
      'submitted_at',
    ]);
    expect(row).toMatchObject({ city_id: 'alpha-town', mode: 'self', language: 'ar' });
    expect(row.submitted_at).toBe(today());
    expect(row.answer_id).toMatch(PUBLIC_ID);
    const response = row.response as Record<string, unknown>;
    expect(response.respondent).toMatch(/^r-[0-9a-f]{24}$/);
    expect(response.submittedAt).toBe(`${today()}T00:00:00Z`);
    expect(response).not.toHaveProperty('startedAt');
    // What is stored is itself a valid response to the instrument (for the needs review).
    expect(parseResponse(row.response, tcnQuestionnaire).ok).toBe(true);
    expect(response).toMatchObject({ locale: 'ar', group: 'third-country-nationals' });
    const text = JSON.stringify(row);
    expect(text).toContain('أحتاج مترجمًا');
    expect(text).not.toContain('FingerprintMe');
    expect(text).not.toContain(browser.address);
    expect(text).not.toContain('09:41');

    const thanks = await browser.get(`${A}/q/${openId}/thanks?lang=ar`);
    expect(thanks.statusCode).toBe(200);
    expect(thanks.body).toContain(respondentText('ar', 'thanks.text'));
  });

  it('speaks Persian, Pashto and Urdu right to left and Tigrinya left to right', async () => {
    const { id } = await open(valid({ languages: ['fa', 'ps', 'ti', 'ur'] }));
    expect((await t.store.questionnaires.get('alpha-town', id!))?.languages).toEqual([
      'fa',
      'ps',
      'ti',
      'ur',
    ]);
    const choice = await respondent('fa').get(`${A}/q/${id}`);
    for (const name of ['فارسی / دری', 'پښتو', 'ትግርኛ', 'اردو'])
      expect(choice.body).toContain(`>${name}</a`);
    for (const [lang, dir] of [
      ['fa', 'rtl'],
      ['ps', 'rtl'],
      ['ti', 'ltr'],
      ['ur', 'rtl'],
    ] as const) {
      const consent = await respondent(lang).get(`${A}/q/${id}?lang=${lang}`);
      expect(consent.body).toContain(`<html lang="${lang}" dir="${dir}">`);
      expect(consent.body).toContain(respondentText(lang, 'consent.start'));
      expect(consent.body).toContain(tcnQuestionnaire.description![lang]!);
      const page = await respondent(lang).get(`${A}/q/${id}/answer?lang=${lang}`);
      expect(page.body).toMatch(new RegExp(`<ck-questionnaire\\s+lang="${lang}"\\s+dir="${dir}"`));
    }
  });

  it('refuses invalid answers with their paths in the respondent’s language, storing nothing', async () => {
    const browser = respondent('uk');
    const token = await browser.csrf(`${A}/q/${openId}/answer?lang=uk`);
    const post = (json: unknown, headers = { 'csrf-token': token }) =>
      browser.request('POST', `${A}/q/${openId}/responses?lang=uk`, { json, headers });
    const before = (await answers(openId)).length;

    const schema = await post({ ...tcnResponse(), answers: 'none' });
    expect(schema.statusCode).toBe(400);
    expect(schema.json().message).toBe(respondentText('uk', 'error.invalid'));
    expect(schema.json().issues.map((i: { path: string }) => i.path)).toContain('/answers');

    const bad = tcnResponse();
    const likert = bad.answers.findIndex((a) => a.item === 'easy-appointment');
    bad.answers[likert] = { item: 'easy-appointment', value: 9 };
    const parsed = await post(bad);
    expect(parsed.statusCode).toBe(400);
    expect(parsed.json().code).toBe('invalid-response');
    expect(parsed.json().issues.map((i: { path: string }) => i.path)).toContain(
      `/answers/${likert}/value`,
    );

    const forged = await post(tcnResponse(), { 'csrf-token': 'forged' });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().message).toBe(respondentText('uk', 'error.expired'));
    expect((await answers(openId)).length).toBe(before);
  });

  it('refuses answers to a closed questionnaire and to one not yet open, storing nothing', async () => {
    const { id } = await open(valid({ title: 'To be closed' }));
    const closed = await coordinator.submit(
      `${A}/needs/questionnaires`,
      `${A}/needs/questionnaires/${id}/close`,
    );
    expect(closed.headers.location).toBe(`${A}/needs/questionnaires?done=questionnaire-closed`);
    const again = await coordinator.submit(
      `${A}/needs/questionnaires`,
      `${A}/needs/questionnaires/${id}/close`,
    );
    expect(again.headers.location).toBe(`${A}/needs/questionnaires?done=questionnaire-already`);
    expect(
      (await t.store.audit.list('alpha-town')).filter((e) => e.action === 'questionnaire-closed'),
    ).toHaveLength(1);

    const browser = respondent('de');
    const page = await browser.get(`${A}/q/${id}?lang=de`);
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain(respondentText('de', 'closed.title'));
    const token = await browser.csrf(`${A}/q/${openId}?lang=de`);
    const sent = await browser.request('POST', `${A}/q/${id}/responses?lang=de`, {
      json: tcnResponse(),
      headers: { 'csrf-token': token },
    });
    expect(sent.statusCode).toBe(410);
    expect(sent.json().message).toBe(respondentText('de', 'closed.text'));
    expect(await answers(id!)).toEqual([]);

    const later = await open(valid({ title: 'Later', opensOn: day(3), closesOn: day(9) }));
    const early = await browser.get(`${A}/q/${later.id}?lang=de`);
    expect(early.statusCode).toBe(409);
    expect(early.body).toContain(respondentText('de', 'notYet.title'));
    const sentEarly = await browser.request('POST', `${A}/q/${later.id}/responses?lang=de`, {
      json: tcnResponse(),
      headers: { 'csrf-token': token },
    });
    expect(sentEarly.statusCode).toBe(409);
    expect(await answers(later.id!)).toEqual([]);
  });

  it('stops too many answers from one address to one questionnaire, in the respondent’s language', async () => {
    const browser = respondent('de');
    const token = await browser.csrf(`${A}/q/${openId}/answer?lang=de`);
    const post = () =>
      browser.request('POST', `${A}/q/${openId}/responses?lang=de`, {
        json: { nothing: true },
        headers: { 'csrf-token': token },
      });
    for (let i = 0; i < 20; i++) expect((await post()).statusCode).toBe(400);
    const limited = await post();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().message).toBe(respondentText('de', 'error.limited', { minutes: 10 }));
    // Another address is not stopped.
    const other = respondent('de');
    const otherToken = await other.csrf(`${A}/q/${openId}/answer?lang=de`);
    const sent = await other.request('POST', `${A}/q/${openId}/responses?lang=de`, {
      json: tcnResponse(),
      headers: { 'csrf-token': otherToken },
    });
    expect(sent.statusCode).toBe(201);
  });

  it('lets a coordinator type in paper answers, stored as assisted and without who typed them', async () => {
    const path = `${A}/needs/questionnaires/${openId}/assisted`;
    const page = await coordinator.get(`${path}?form=ar`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<ck-questionnaire\s+lang="ar"\s+dir="rtl"/);
    const before = new Set((await answers(openId)).map((r) => r.answer_id));
    const token = await coordinator.csrf(`${path}?form=ar`);
    const sent = await coordinator.request('POST', `${path}?form=ar`, {
      json: tcnResponse('written on paper'),
      headers: { 'csrf-token': token },
    });
    expect(sent.statusCode).toBe(201);
    const added = (await answers(openId)).filter((r) => !before.has(r.answer_id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ mode: 'assisted', language: 'ar' });
    const coordinatorId = (await t.store.accounts.findByEmail(
      'alpha-town',
      'coordinator@alpha.example.org',
    ))!.accountId;
    expect(JSON.stringify(added[0])).not.toContain(coordinatorId);
    const entered = (await t.store.audit.list('alpha-town')).filter(
      (e) => e.action === 'answers-entered',
    );
    expect(entered).toEqual([expect.objectContaining({ actorId: coordinatorId, subject: openId })]);
    // A language the opening does not offer is refused.
    const wrong = await coordinator.request('POST', `${path}?form=tr`, {
      json: tcnResponse(),
      headers: { 'csrf-token': token },
    });
    expect(wrong.statusCode).toBe(400);

    const list = await coordinator.get(`${A}/needs/questionnaires`);
    expect(list.body).toMatch(/<td>open<\/td>\s*<td>3<\/td>/);
  });

  it('prints a poster with the link, an invitation per language and a QR code as SVG', async () => {
    const poster = await coordinator.get(`${A}/needs/questionnaires/${openId}/poster`);
    expect(poster.statusCode).toBe(200);
    const url = `http://localhost:80${A}/q/${openId}`;
    expect(poster.body).toContain(`<span class="poster-url" dir="ltr">${url}</span>`);
    expect(poster.body).toContain('<li lang="ar" dir="rtl">');
    expect(poster.body).toContain('<li lang="uk" dir="ltr">');
    expect(poster.body).toContain(respondentText('ar', 'poster.invitation'));
    const svg = /<svg[\s\S]*?<\/svg>/.exec(poster.body)?.[0] ?? '';
    expect(svg).toContain('role="img"');
    expect(svg).toContain(`aria-label="QR code of the link ${url}"`);
    expect(/ d="([^"]+)"/.exec(svg)?.[1]).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    expect(poster.body).not.toMatch(/style=/);
    // A host header that is no host gives no link.
    const forged = await t.app.inject({
      method: 'GET',
      url: `${A}/needs/questionnaires/${openId}/poster`,
      headers: {
        host: 'evil.example"><script>',
        cookie: [...coordinator.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    expect(forged.statusCode).toBe(400);
  });
});
