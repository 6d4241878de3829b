/// <reference lib="dom" />
// A coordinator's cycle end to end, in the system Chromium, in English for Landkreis Offenbach:
// the needs review (plan, desk research, interviews, coded findings, a survey export imported,
// the report), the programme (planned and published, staff enrol and one waits, attendance, an
// Open Badges credential downloaded, verified and checked on its public page), then the
// evaluation (the post-training wave, participants' feedback and its release, the modules'
// evaluation), with axe-core (WCAG 2.1 A and AA) on every page and no console error or CSP
// violation. The clock of the pages stands after the 2027 programme, so that its sessions have
// taken place. With UPDATE_SCREENSHOTS=1 the screenshots go to docs/screenshots (the README
// shows them); otherwise to a temporary folder.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Locator, type Page } from 'playwright-core';
import { resolveDidKey, verifyCredential } from '@competence-kit/credentials';
import { tcnQuestionnaire } from '@competence-kit/framework-intercultural';
import type { Portal } from './portal.js';
import { axeViolations } from './test-support/axe.js';
import { startE2e, watch, type E2e } from './test-support/e2e.js';
import { syntheticResponse } from './seed.js';

const CITY = 'landkreis-offenbach';
const NOW = new Date('2027-12-20T09:00:00Z');
const SHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'screenshots')
  : mkdtempSync(join(tmpdir(), 'ck-cycle-shots-'));

let e2e: E2e;
let portal: Portal;
let browser: Browser;
let origin: string;
let problems: string[];

beforeAll(async () => {
  e2e = await startE2e('ck-cycle-e2e-', {
    now: () => NOW,
    credentialKey: async () => generateKeyPairSync('ed25519').privateKey,
  });
  ({ portal, browser, origin, problems } = e2e);
}, 300_000);

afterAll(async () => {
  await e2e?.close();
  if (!process.env.UPDATE_SCREENSHOTS) rmSync(SHOTS, { recursive: true, force: true });
});

async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport });
  const page = await context.newPage();
  watch(page, problems);
  return page;
}

async function expectAccessible(page: Page) {
  expect(await axeViolations(page), page.url()).toEqual([]);
}

/**
 * Checks the page with axe, then keeps a screenshot of it under `name`, scrolled to `focus` (the
 * part the README's picture is about) when one is given.
 */
async function checkpoint(page: Page, name: string, focus?: Locator) {
  await expectAccessible(page);
  if (focus) await focus.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

async function signIn(page: Page, role: 'coordinator' | 'staff' | 'admin') {
  await page.goto(`${origin}/${CITY}/sign-in?lang=en`);
  await page.getByLabel('Email').fill(`${role}@${CITY}.demo.example`);
  await page.getByLabel('Password').fill(`demo-${CITY}-${role}`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/profile/);
}

const flash = (page: Page) => page.locator('.flash').first().textContent();

describe('a coordinator’s cycle', () => {
  it('opens a questionnaire for people without an account, and migrants answer it on a phone in Arabic and Ukrainian', async () => {
    const page = await newPage();
    await signIn(page, 'coordinator');
    await page.goto(`${origin}/${CITY}/needs/questionnaires`);
    await page.getByLabel('Questionnaire', { exact: true }).selectOption(tcnQuestionnaire.id);
    await page.getByLabel('Title', { exact: true }).fill('Waiting rooms, spring 2027');
    await page.getByLabel('Opens on').fill('2027-01-01');
    await page.getByLabel('Closes on').fill('2027-12-31');
    for (const lang of ['ar', 'uk', 'de', 'en']) await page.locator(`#q-lang-${lang}`).check();
    await page.getByRole('button', { name: 'Open the questionnaire' }).click();
    expect(await flash(page)).toContain('The questionnaire is opened.');
    const link = (await page.locator('a.url').first().getAttribute('href'))!;
    expect(link).toMatch(new RegExp(`/${CITY}/q/[A-Za-z0-9_-]{22}$`));
    await checkpoint(page, '00-questionnaire-opened');
    await page.getByRole('link', { name: 'Poster of Waiting rooms, spring 2027' }).click();
    expect(await page.locator('svg[role="img"]').count()).toBe(1);
    await checkpoint(page, '00-questionnaire-poster');
    await page.context().close();

    for (const [lang, name] of [
      ['ar', 'العربية'],
      ['uk', 'Українська'],
    ] as const) {
      const phone = await newPage({ width: 390, height: 844 });
      await phone.goto(link);
      await expectAccessible(phone);
      await phone.getByRole('link', { name }).click();
      expect(await phone.getAttribute('html', 'lang')).toBe(lang);
      expect(await phone.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      await checkpoint(phone, `00-migrant-consent-${lang}`);
      await phone.locator('form[action$="/answer"] button').click();
      await phone.waitForFunction(
        () => !!document.querySelector('ck-questionnaire')?.shadowRoot?.childElementCount,
      );
      await expectAccessible(phone);
      const questionnaire = phone.locator('ck-questionnaire');
      // The questionnaire's own words are in the respondent's language too.
      expect(
        (await questionnaire.locator('button[data-kind="next"]').first().textContent())?.trim(),
      ).toBe(lang === 'ar' ? 'التالي' : 'Далі');
      for (let section = 0; section < 20; section++) {
        const radios = questionnaire.locator('input[type="radio"]');
        const names = [
          ...new Set(
            await radios.evaluateAll((all) => all.map((r) => (r as HTMLInputElement).name)),
          ),
        ];
        for (const radioName of names)
          await questionnaire.locator(`input[type="radio"][name="${radioName}"]`).first().check();
        const next = questionnaire.locator('button[data-kind="next"]');
        if ((await next.count()) === 0) break;
        await next.click();
      }
      await questionnaire.locator('button[data-kind="submit"]').click();
      await phone.waitForURL(/\/thanks/);
      expect(await phone.getAttribute('html', 'lang')).toBe(lang);
      await expectAccessible(phone);
      await phone.context().close();
    }
  }, 240_000);

  it('reviews the needs: plan, desk research, interviews, findings, a survey export, the report', async () => {
    const page = await newPage();
    await signIn(page, 'coordinator');
    await page.getByRole('link', { name: 'Needs review', exact: true }).click();
    await expectAccessible(page);
    // A period that ends before it starts is refused, with the field named.
    await page.getByLabel('From').fill('2027-06-30');
    await page.getByLabel('Until').fill('2027-01-01');
    await page.getByRole('button', { name: 'Start the needs review' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('“Until” is not valid.');
    await expectAccessible(page);
    await page.getByLabel('From').fill('2027-01-01');
    await page.getByLabel('Until').fill('2027-06-30');
    await page.getByRole('button', { name: 'Start the needs review' }).click();
    expect(await flash(page)).toContain('The needs review has started.');
    const plan = page.locator('form[action$="/needs/plan"]');
    await plan.getByLabel('Kind').selectOption('interview');
    await plan.getByLabel('What').fill('Interviews with front-desk staff');
    await plan.getByLabel('Date').fill('2027-02-10');
    await plan.getByRole('button', { name: 'Add to the plan' }).click();
    expect(await page.getByRole('row', { name: /Interviews with front-desk staff/ }).count()).toBe(
      1,
    );
    await checkpoint(page, '01-needs-plan');

    await page.getByRole('link', { name: 'Desk research, interviews and focus groups' }).click();
    await page.getByLabel('Title').fill('Integration strategy of the district');
    await page.getByLabel('Kind of document').selectOption('strategy');
    await page
      .getByLabel('What it says, in a few sentences')
      .fill('Sets goals for access to services.');
    await page.getByRole('button', { name: 'Record a source' }).click();
    const session = page.locator('form[action$="/needs/sessions"]');
    await session.getByLabel('Kind').selectOption('interview');
    await session.getByLabel('Date').fill('2027-02-10');
    await session.getByLabel('Language of the session').selectOption('de');
    await session.getByLabel('Facilitator’s role (not a name)').fill('Researcher');
    await session.getByLabel('Participant group').selectOption('staff');
    await session.getByLabel('Number of participants').fill('1');
    await session.getByLabel('How consent was recorded').selectOption('written');
    await session.getByLabel(/^Summary/).fill('Waiting rooms are full; no interpreters.');
    await session.getByRole('button', { name: 'Record an interview or focus group' }).click();
    expect(await flash(page)).toContain('Saved.');
    await checkpoint(page, '02-needs-evidence');

    await page.getByRole('link', { name: 'Coded findings' }).click();
    await page.getByLabel('Finding', { exact: true }).fill('Letters are hard to understand.');
    await page.getByLabel('Kind', { exact: true }).selectOption('need');
    await page.getByLabel('Question of the guide it answers (optional)').selectOption({ index: 1 });
    await page.getByLabel('Interview or focus group').selectOption({ index: 1 });
    await page.getByLabel('Participants who raised it in that session').fill('1');
    await page.getByRole('button', { name: 'Code a finding' }).click();
    expect(await flash(page)).toContain('Saved.');
    expect(await page.locator('ul.records li').count()).toBe(1);
    await checkpoint(page, '03-needs-findings');

    await page.getByRole('link', { name: 'Import questionnaire answers' }).click();
    const items = tcnQuestionnaire.sections.flatMap((s) => s.items);
    const header = ['respondent', 'language', 'submitted', ...items.map((i) => i.id)].join(',');
    const row = (id: string, value: string) =>
      [
        id,
        'ar',
        '2027-03-01 10:00:00',
        ...items.map((i) =>
          i.type === 'likert'
            ? value
            : i.type === 'single-choice'
              ? i.options![0]!.id
              : 'more signs',
        ),
      ].join(',');
    const csv = [
      header,
      ...Array.from({ length: 6 }, (_, n) => row(`tcn-${n}`, String((n % 4) + 1))),
      row('tcn-x', '7'),
    ].join('\n');
    await page.getByLabel('Questionnaire').selectOption(tcnQuestionnaire.id);
    await page.getByLabel('Participant group').selectOption('third-country-nationals');
    await page.getByLabel('CSV export (paste the file’s text)').fill(csv);
    await page.getByRole('button', { name: 'Check and import' }).click();
    expect(await page.getByRole('status').first().textContent()).toContain(
      '6 answers imported, 1 rows left out.',
    );
    expect(
      await page.getByRole('table', { name: 'Rows left out and why' }).textContent(),
    ).toContain('8');
    await checkpoint(page, '04-needs-import');

    await page.getByRole('link', { name: 'Needs reports' }).click();
    await page.getByRole('button', { name: 'Build a report now' }).click();
    expect(
      await page.getByRole('alert').count(),
      (await page.locator('.notice.error').allTextContents()).join(),
    ).toBe(0);
    await page.getByRole('link', { name: 'Open report 1' }).click();
    await page.waitForFunction(
      () => !!document.querySelector('ck-needs-report')?.shadowRoot?.childElementCount,
    );
    expect(await page.getByRole('link', { name: 'Markdown in English' }).count()).toBe(1);
    await checkpoint(page, '05-needs-report');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'HTML in Deutsch' }).click();
    expect((await download).suggestedFilename()).toBe(`needs-report-${CITY}-1-de.html`);
    await page.context().close();
  }, 240_000);

  it('plans the programme, enrols staff (one waits), records attendance, issues a credential that anyone can check', async () => {
    // The demo staff member and the admin have answered the self-assessment (given to the store
    // here: the questionnaire itself is walked in portal.e2e.test.ts), low enough that their
    // learning paths hold modules of the catalogue.
    const resolved = portal.cities.find((c) => c.city.id === CITY)!;
    const instrument = resolved.instruments.find(
      (i) => i.purpose === 'self-assessment',
    )!.instrument;
    const roleProfile = resolved.city.roleProfiles[0]!;
    for (const role of ['staff', 'admin'] as const) {
      const account = (await portal.store.accounts.findByEmail(
        CITY,
        `${role}@${CITY}.demo.example`,
      ))!;
      await portal.store.responses.submit(CITY, account.accountId, {
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        response: syntheticResponse(instrument, account.accountId, roleProfile, () => 0.2) as never,
      });
    }

    // The coordinator plans 12 months from the catalogue and the staff's learning paths, with
    // one place per session so that the second person waits.
    const page = await newPage();
    await signIn(page, 'coordinator');
    await page.getByRole('link', { name: 'Programme', exact: true }).click();
    await expectAccessible(page);
    await page.getByLabel('First month').fill('2027-01');
    await page.getByLabel('Number of months').fill('12');
    await page.getByLabel('Places per session').fill('1');
    await page.getByLabel('Room').fill('District office, room 2.14');
    await page.getByLabel('Trainer').fill('Intercultural trainers’ pool');
    await page.getByRole('button', { name: 'Plan a draft' }).click();
    await page.waitForURL(/\/programme\/plans\/[^/?]+\?done=programme-planned/);
    const planUrl = page.url().replace(/\?.*$/, '');
    expect((await page.locator('h1').textContent())?.trim()).toMatch(/^Draft programme /);
    await checkpoint(page, '06-programme-draft');
    await page.getByRole('button', { name: 'Publish this programme' }).click();
    await page.waitForURL(/done=/);
    expect((await page.locator('main').textContent())?.replace(/\s+/g, ' ')).toContain(
      'Programme landkreis-offenbach-2027-01, January 1, 2027 to December 31, 2027, published in the portal.',
    );
    await expectAccessible(page);

    // The staff member enrols in the first session offered; the admin, who needs the same
    // module, finds it full and joins its waiting list.
    const staff = await newPage({ width: 390, height: 844 });
    await signIn(staff, 'staff');
    const offered = staff
      .locator('ul.sessions form[action$="/enrolments"]')
      .filter({ has: staff.locator('button:not([disabled])') })
      .first();
    const sessionId = await offered.locator('input[name="session"]').inputValue();
    await offered.getByRole('button').click();
    await staff.waitForURL(/done=enrolled/);
    await expectAccessible(staff);

    const admin = await newPage();
    await signIn(admin, 'admin');
    await admin
      .locator(`form[action$="/waiting-list"]:has(input[name="session"][value="${sessionId}"])`)
      .getByRole('button', { name: 'Join the waiting list' })
      .click();
    await admin.waitForURL(/done=waiting/);
    expect(await admin.locator('main').textContent()).toContain('You are number 1 in line.');
    await checkpoint(
      admin,
      '07-programme-waiting',
      admin.getByRole('heading', { name: 'Waiting lists' }),
    );
    await admin.context().close();

    // The session has taken place: the coordinator records who attended.
    await page.goto(`${origin}/${CITY}/programme/sessions/${sessionId}`);
    await page.getByRole('checkbox', { name: /staff@/ }).check();
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await page.waitForURL(/done=attendance/);
    expect(await page.getByRole('checkbox', { name: /staff@/ }).isChecked()).toBe(true);
    await checkpoint(page, '08-programme-attendance');

    // Credentials for the completed module, signed with the district's key.
    await page.goto(`${origin}/${CITY}/programme/credentials`);
    await page.getByRole('button', { name: 'Issue the missing credentials (1)' }).click();
    expect(await flash(page)).toContain('The missing credentials were issued.');
    await checkpoint(page, '09-programme-credentials');
    expect(planUrl).toContain('/programme/plans/');
    await page.context().close();

    // The staff member downloads it; it verifies with the credentials package.
    await staff.goto(`${origin}/${CITY}/credentials`);
    await expectAccessible(staff);
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff
        .getByRole('link', { name: /^Download \(JSON\)/ })
        .first()
        .click(),
    ]);
    const bytes = readFileSync((await download.path())!, 'utf8');
    const credential = JSON.parse(bytes) as Record<string, unknown>;
    expect((await verifyCredential(credential, resolveDidKey)).ok).toBe(true);
    const publicUrl = (await staff
      .getByRole('link', { name: /^Show and check/ })
      .first()
      .getAttribute('href'))!;
    await staff.context().close();

    // Anyone can check it: its public page, and the check of a pasted file, which refuses the
    // same credential with its module's name changed.
    const visitor = await newPage();
    await visitor.goto(new URL(publicUrl, origin).href);
    expect(await visitor.locator('main').textContent()).not.toContain('Not verified');
    expect(await visitor.locator('main').textContent()).not.toContain('staff@');
    await checkpoint(visitor, '10-credential-public');
    await visitor.getByRole('link', { name: 'Check another credential' }).click();
    const tampered = bytes.replace(/"name":"([^"]+)"/, '"name":"$1 (advanced)"');
    expect(tampered).not.toBe(bytes);
    await visitor.getByLabel('Credential (JSON)').fill(tampered);
    await visitor.getByRole('button', { name: 'Check', exact: true }).click();
    expect(await visitor.locator('main').textContent()).toContain('Not verified');
    await expectAccessible(visitor);
    // The downloaded file itself, chosen as a file: verified.
    await visitor.getByLabel('Credential (JSON)').fill('');
    await visitor.getByLabel('Or a credential file (JSON)').setInputFiles({
      name: 'credential.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bytes),
    });
    await visitor.getByRole('button', { name: 'Check', exact: true }).click();
    expect(await visitor.locator('main').textContent()).toContain(
      'The file credential.json was checked.',
    );
    expect(await visitor.locator('main').textContent()).toContain(
      'Verified: the signature is valid',
    );
    await checkpoint(
      visitor,
      '10-credential-verify-file',
      visitor.getByText('The file credential.json was checked.'),
    );
    await visitor.context().close();
  }, 240_000);

  it('evaluates: the post-training wave, feedback from a participant, and its release', async () => {
    // The staff member attended a session of the programme published above.
    const participant = await newPage({ width: 390, height: 844 });
    await signIn(participant, 'staff');
    await participant.getByRole('link', { name: 'Feedback', exact: true }).click();
    await expectAccessible(participant);
    await participant
      .getByRole('link', { name: /^Give feedback on/ })
      .first()
      .click();
    await participant.getByRole('button', { name: 'Send feedback' }).click();
    expect(await participant.locator('#feedback-satisfaction-problem').textContent()).toBe(
      'Choose one answer.',
    );
    await expectAccessible(participant);
    await participant
      .getByRole('group', { name: 'How satisfied are you with this session?' })
      .getByLabel('4')
      .check();
    await participant
      .getByRole('group', { name: 'How useful is it for your work?' })
      .getByLabel('5 – very')
      .check();
    await participant.getByLabel('Anything else? (optional)').fill('More time for cases, please.');
    await checkpoint(participant, '11-feedback-form');
    await participant.getByRole('button', { name: 'Send feedback' }).click();
    expect(await flash(participant)).toContain('stored without your name');
    await participant.context().close();

    const page = await newPage();
    await signIn(page, 'coordinator');
    await page.getByRole('link', { name: 'Evaluation', exact: true }).click();
    await page.getByRole('button', { name: 'Open the after the training (post) wave' }).click();
    expect(await flash(page)).toContain('The wave has been opened.');
    await page.getByRole('button', { name: 'Publish a feedback release' }).click();
    await checkpoint(page, '12-evaluation');
    await page.getByRole('link', { name: 'Feedback release 1' }).click();
    // One answer is fewer than the district's threshold of 8: the module's row is hidden.
    expect(await page.getByRole('table').textContent()).toContain(
      'Hidden to protect a small group.',
    );
    expect(await page.locator('main').textContent()).not.toContain('More time for cases');
    await checkpoint(page, '13-feedback-release');

    // The staff member answers the self-assessment again, in the post-training wave; the
    // coordinator publishes the modules' evaluation: one participant is fewer than 8, so the
    // participants' change is hidden while the others' is shown.
    const resolved = portal.cities.find((c) => c.city.id === CITY)!;
    const instrument = resolved.instruments.find(
      (i) => i.purpose === 'self-assessment',
    )!.instrument;
    const staff = (await portal.store.accounts.findByEmail(CITY, `staff@${CITY}.demo.example`))!;
    await portal.store.responses.submit(CITY, staff.accountId, {
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      response: syntheticResponse(
        instrument,
        staff.accountId,
        resolved.city.roleProfiles[0]!,
        () => 0.7,
      ) as never,
    });
    await page.getByRole('link', { name: 'Evaluation', exact: true }).click();
    await page
      .getByRole('link', {
        name: 'Evaluate the modules: their participants’ change next to the others’',
      })
      .click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Publish the evaluation of the modules' }).click();
    expect(await flash(page)).toContain('The evaluation of the modules has been published.');
    expect(await page.locator('main').textContent()).toContain('Hidden to protect a small group.');
    await checkpoint(page, '14-programme-evaluation');
    await page.context().close();
  }, 180_000);

  it('administers: invites a new coordinator by link, who signs up; the city’s settings', async () => {
    const page = await newPage();
    await signIn(page, 'admin');
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await expectAccessible(page);
    await page.getByLabel('Their email').fill('new.coordinator@landkreis-offenbach.demo.example');
    await page.locator('#invite-role').selectOption('coordinator');
    await page.getByRole('button', { name: 'Create an invitation link' }).click();
    const link = await page.getByLabel('Invitation link (select it to copy)').inputValue();
    expect(link).toContain(`/${CITY}/invitation/`);
    await checkpoint(page, '15-admin-invitation');
    await page.getByRole('link', { name: 'City settings', exact: true }).click();
    await checkpoint(page, '16-admin-city');
    await page.context().close();

    // The link is https (the portal is served over HTTPS); this test server speaks plain HTTP.
    const path = new URL(link).pathname;
    const invited = await newPage();
    await invited.goto(`${origin}${path}`);
    await expectAccessible(invited);
    await invited.getByLabel('Choose a password').fill('a sentence I will remember');
    await invited.getByLabel('The same password again').fill('a sentence I will remember');
    await invited.getByRole('button', { name: 'Create my account' }).click();
    await invited.waitForURL(/\/profile/);
    // A coordinator: the needs review is in the navigation.
    expect(await invited.getByRole('link', { name: 'Needs review', exact: true }).count()).toBe(1);
    await invited.goto(`${origin}${path}`);
    expect((await invited.locator('h1').textContent())?.trim()).toBe(
      'This invitation no longer works',
    );
    await invited.context().close();
  }, 180_000);

  it('no page logged an error or broke its Content-Security-Policy', () => {
    // Refused forms answer 400 and a used invitation 410, which Chromium logs as failed
    // resources; nothing else may be logged.
    const refusedForm = /Failed to load resource: .* (400 \(Bad Request\)|410 \(Gone\))$/;
    expect(problems.filter((p) => !refusedForm.test(p))).toEqual([]);
  });
});
