/// <reference lib="dom" />
// Hostile text in Chromium under the portal's Content-Security-Policy (issue 16, "Output"): a
// copy of Ravenna's city files with script, markup, attribute break-outs, inline styles,
// template syntax, formulas and bidi controls in the texts of its files (name, contact, data
// protection, logo, framework edition, programme title and trainers), and more in the store (an
// account's address, a questionnaire's title) and typed through the routes (a needs review's
// plan, sources and findings, and its report). Every page these texts reach is opened for the
// role that sees it. On each: no CSP violation (a listener added before any script runs), no
// dialog, no console error, no element of the text's own (no `img[src=x]`, no event-handler
// attribute, no script but ours), and the text visible as text. Every HTML answer's CSP header
// has no 'unsafe-inline' or 'unsafe-eval' for scripts or styles, the portal's own answers
// (its index, a path outside every city) included. A control test shows that the policy blocks
// an inline script, an event handler and a style attribute put into a page, and that the
// listener sees them. (The programme's title and a city file's trainers reach no page: the
// pages name sessions by module.) The inventory of fields and
// outputs is at the top of packages/server/src/web/hostile-output.test.ts.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { tcnQuestionnaire } from '@competence-kit/framework-intercultural';
import {
  chromiumExecutablePath as executablePath,
  chromiumLaunchOptions,
} from '../../../scripts/chromium.mjs';
import { CITIES_DIR, createPortal, type Portal } from './portal.js';
import { syntheticResponse } from './seed.js';

const CITY = 'ravenna';
/** One line of attacks, as a browser's innerText gives it back (single spaces). */
const CORE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "' autofocus onfocus='alert(3)",
  '" style="outline:9px solid red',
  '<b style="color:red">bold</b>',
  'javascript:alert(4)',
  '{{7*7}} ${7*7}',
  '=HYPERLINK("http://evil.example")',
  '[x](javascript:alert(5))',
  'abc\u202Etxt.exe a\u200Db',
].join(' ');
/** The hostile text of one field, named so that the page that shows it can be told. */
const hostile = (field: string) => `${field}: ${CORE}`;
/** An account's address as the store takes it (the invitation form would refuse it). */
const EMAIL = `${hostile('email').replace(/\s/g, '_')}@evil.example`;
/** A trainer's name has at most 200 characters (programme schema). */
const TRAINER = hostile('trainer').slice(0, 200).trimEnd();

let portal: Portal;
let browser: Browser;
let origin: string;
let dir: string;
/** Console errors, dialogs, page errors and CSP problems of every page, checked at the end. */
const problems: string[] = [];
/** The CSP header of every HTML document answer, by URL. */
const policies = new Map<string, string | undefined>();
/** The URLs `visit` opened. */
const visited: string[] = [];

/** The city files of Ravenna with hostile text in every string a page shows. */
function hostileCities(target: string) {
  cpSync(join(CITIES_DIR, CITY), join(target, CITY), { recursive: true });
  const city = JSON.parse(readFileSync(join(CITIES_DIR, `${CITY}.json`), 'utf8'));
  const both = (field: string) => ({ it: hostile(field), en: hostile(field) });
  city.name = both('name');
  city.contact.organisation = both('organisation');
  city.contact.address = both('address');
  city.branding.logo.alt = both('logo');
  city.dataProtection.controller.name = both('controller');
  city.dataProtection.rights = both('rights');
  for (const purpose of city.dataProtection.purposes) purpose.description = both('purpose');
  writeFileSync(join(target, `${CITY}.json`), JSON.stringify(city));
  const programmeFile = join(target, CITY, 'programme-2027.json');
  const programme = JSON.parse(readFileSync(programmeFile, 'utf8'));
  programme.title = both('programme');
  for (const session of programme.sessions) session.trainer = TRAINER;
  writeFileSync(programmeFile, JSON.stringify(programme));
  const extensionFile = join(target, CITY, 'framework-extension.json');
  const extension = JSON.parse(readFileSync(extensionFile, 'utf8'));
  extension.title = both('edition');
  writeFileSync(extensionFile, JSON.stringify(extension));
}

beforeAll(async () => {
  if (!existsSync(executablePath))
    throw new Error(
      `Chromium not found at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  dir = mkdtempSync(join(tmpdir(), 'ck-hostile-e2e-'));
  hostileCities(join(dir, 'cities'));
  portal = await createPortal({
    citiesDir: join(dir, 'cities'),
    store: { dataDir: join(dir, 'store') },
    secure: true,
    passwordCost: { N: 2 ** 10, r: 8, p: 1 },
  });
  const { store } = portal;
  // Text in the store: an account's address, a questionnaire's title, a staff self-assessment
  // (so that the profile shows a learning path with the programme's sessions and trainers).
  const created = await store.accounts.create(CITY, {
    email: EMAIL,
    role: 'staff',
    passwordHash: 'disabled',
    roleProfile: 'front-desk',
  });
  if (!created.ok) throw new Error(created.code);
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await store.questionnaires.open(CITY, {
    instrumentId: tcnQuestionnaire.id,
    instrumentVersion: tcnQuestionnaire.version,
    title: hostile('questionnaire'),
    languages: ['en'],
    opensOn: day(-1),
    closesOn: day(30),
  });
  const staff = (await store.accounts.findByEmail(CITY, `staff@${CITY}.demo.example`))!;
  const instrument = portal.cities.find((c) => c.city.id === CITY)!.instruments[0]!.instrument;
  await store.responses.submit(CITY, staff.accountId, {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    response: syntheticResponse(instrument, staff.accountId, 'front-desk', () => 0.1) as never,
  });
  origin = (await portal.app.listen({ port: 0, host: '127.0.0.1' })).replace(
    'localhost',
    '127.0.0.1',
  );
  browser = await chromium.launch(chromiumLaunchOptions());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await portal?.app.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A context whose pages report CSP violations, dialogs and console errors to `problems`. */
async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`,
      );
    });
  });
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`${page.url()}: a ${dialog.type()} dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('response', (response) => {
      if (response.request().resourceType() === 'document')
        policies.set(response.url(), response.headers()['content-security-policy']);
    });
  });
  return context;
}

/** The text a person sees: the page's innerText and that of every shadow root, deep. */
function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [document.body.innerText];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        if (!element.shadowRoot) continue;
        for (const child of Array.from(element.shadowRoot.children))
          if (child instanceof HTMLElement) parts.push(child.innerText);
        visit(element.shadowRoot);
      }
    };
    visit(document);
    return parts.join('\n');
  });
}

/** Elements or attributes the hostile text would have made, in the page and its shadow roots. */
function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        for (const attribute of element.getAttributeNames())
          if (attribute.startsWith('on')) found.push(`${element.localName}[${attribute}]`);
        if (element.localName === 'img' && element.getAttribute('src') === 'x')
          found.push('img[src=x]');
        if (element.localName === 'b' && element.textContent === 'bold') found.push('<b>bold</b>');
        if (
          element.localName === 'script' &&
          element.getAttribute('type') !== 'application/json' &&
          !new URL((element as HTMLScriptElement).src || 'about:blank').pathname.includes(
            '/assets/',
          )
        )
          found.push(`script ${element.outerHTML.slice(0, 80)}`);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

/** Custom elements render after their module loads: wait until each has a shadow root's content. */
async function settled(page: Page) {
  await page.waitForLoadState('load');
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('*'))
      .filter((e) => e.localName.startsWith('ck-'))
      .every((e) => customElements.get(e.localName) && e.shadowRoot?.childElementCount),
  );
}

/**
 * Opens `path`, expects `status`, no injected element, and each field's hostile text shown (a
 * field's name, or `{ text }` for a text of its own).
 */
async function visit(
  page: Page,
  path: string,
  fields: (string | { text: string })[],
  status = 200,
) {
  const response = await page.goto(`${origin}${path}`);
  expect(response?.status(), path).toBe(status);
  visited.push(response!.url());
  await settled(page);
  expect(await injected(page), path).toEqual([]);
  const text = await visibleText(page);
  for (const field of fields) {
    const expected = typeof field === 'string' ? hostile(field) : field.text;
    expect(text, `${path} shows ${expected.slice(0, 12)}`).toContain(expected);
  }
}

async function signIn(page: Page, role: string) {
  await page.goto(`${origin}/${CITY}/sign-in?lang=en`);
  await page.getByLabel('Email address').fill(`${role}@${CITY}.demo.example`);
  await page.getByLabel('Password').fill(`demo-${CITY}-${role}`);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/profile/);
}

const C = `/${CITY}`;
/** On every page of the city: its name (header, title) and its organisation (footer). */
const FRAME = ['name', 'organisation'];

describe('hostile text in Chromium under the Content-Security-Policy', () => {
  it('shows it as text on every page, for every role, with no violation, dialog or injected element', async () => {
    const context = await newContext();
    const page = await context.newPage();
    // Anyone.
    await visit(page, '/', ['name']);
    await visit(page, `${C}/?lang=en`, [...FRAME, 'address']);
    expect(await page.locator('header img').getAttribute('alt')).toBe(hostile('logo'));
    await visit(page, `${C}/framework`, FRAME);
    await visit(page, `${C}/catalogue`, FRAME);
    await visit(page, `${C}/privacy`, [...FRAME, 'controller', 'rights', 'purpose']);
    await visit(page, `${C}/sign-in`, FRAME);
    await visit(page, `${C}/no-such-page`, FRAME, 404);
    await visit(page, '/no-such-city', [], 404);
    const [questionnaire] = await portal.store.questionnaires.list(CITY);
    await visit(page, `${C}/q/${questionnaire!.questionnaireId}?lang=en`, []);
    await visit(page, `${C}/q/${questionnaire!.questionnaireId}/answer?lang=en`, []);

    // Staff: the profile lists sessions of the programme with their trainers.
    await signIn(page, 'staff');
    await visit(page, `${C}/profile`, FRAME);
    for (const path of ['/assessment', '/account', '/feedback', '/credentials'])
      await visit(page, `${C}${path}`, FRAME);
    await visit(page, `${C}/needs`, FRAME, 403);
    await context.close();
  }, 60_000);

  it('shows a coordinator’s and an admin’s pages with typed and stored text as text', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, 'coordinator');
    // A needs review typed through the routes, with the page's CSRF token, as its forms send it.
    const post = async (from: string, action: string, form: Record<string, string>) => {
      await page.goto(`${origin}${C}${from}`);
      const token = await page.locator('meta[name="csrf-token"]').getAttribute('content');
      const sent = await page.request.post(`${origin}${C}${action}`, {
        form: { _csrf: token!, ...form },
        maxRedirects: 0,
      });
      expect(sent.status(), action).toBe(303);
    };
    await post('/needs', '/needs/start', { start: '2027-01-01', end: '2027-06-30' });
    await post('/needs', '/needs/plan', { kind: 'focus-group', title: hostile('plan') });
    await post('/needs/evidence', '/needs/sources', {
      title: hostile('source').slice(0, 300),
      kind: 'strategy',
      summary: hostile('summary'),
    });
    const competence = portal.cities.find((c) => c.city.id === CITY)!.framework.competences[0]!.id;
    await post('/needs/findings', '/needs/findings', {
      statement: hostile('finding'),
      kind: 'need',
      level: 'personnel',
      competences: competence,
      source: 'source-1',
    });
    await post('/needs/reports', '/needs/reports', {});

    await visit(page, `${C}/needs`, [...FRAME, 'plan']);
    await visit(page, `${C}/needs/evidence`, ['source', 'summary']);
    await visit(page, `${C}/needs/findings`, ['finding']);
    await visit(page, `${C}/needs/reports`, FRAME);
    await visit(page, `${C}/needs/reports/1`, ['finding']);
    await visit(page, `${C}/needs/questionnaires`, ['questionnaire']);
    const [questionnaire] = await portal.store.questionnaires.list(CITY);
    await visit(page, `${C}/needs/questionnaires/${questionnaire!.questionnaireId}/poster`, [
      'name',
    ]);
    await visit(page, `${C}/programme`, FRAME);
    await visit(page, `${C}/programme/sessions/fondamenti-online-1`, FRAME);
    for (const path of ['/results', '/evaluation', '/programme/credentials'])
      await visit(page, `${C}${path}`, FRAME);
    await context.close();

    const admin = await newContext();
    const adminPage = await admin.newPage();
    await signIn(adminPage, 'admin');
    await visit(adminPage, `${C}/admin/people`, [
      ...FRAME,
      // The store keeps addresses in lower case (accounts are found by address, in any case).
      { text: EMAIL.toLowerCase() },
    ]);
    await visit(adminPage, `${C}/admin/city`, [...FRAME, 'address']);
    await visit(adminPage, `${C}/admin/audit`, FRAME);
    await admin.close();
  }, 90_000);

  it('blocks what an escape would let through: an inline script, a handler, a style attribute', async () => {
    // The control of the listener above: markup put into the page (as a missing escape would)
    // is blocked by the policy, and the violation event is seen.
    const context = await browser.newContext({ locale: 'en-GB' });
    await context.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { violations: string[] }).violations.push(event.effectiveDirective),
      );
    });
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`${origin}${C}/?lang=en`);
    const outcome = await page.evaluate(async () => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML('beforeend', '<p id="styled" style="color: rgb(255, 0, 0)">x</p>');
      main.insertAdjacentHTML('beforeend', '<img id="handler" src="data:," onload="alert(1)">');
      const script = document.createElement('script');
      script.textContent = 'window.ran = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return {
        color: getComputedStyle(document.getElementById('styled')!).color,
        ran: (window as unknown as { ran?: boolean }).ran ?? false,
        violations: (window as unknown as { violations: string[] }).violations,
      };
    });
    expect(outcome.ran).toBe(false);
    expect(dialogs).toBe(0);
    expect(outcome.color).not.toBe('rgb(255, 0, 0)');
    expect(new Set(outcome.violations)).toEqual(
      new Set(['style-src-attr', 'script-src-attr', 'script-src-elem']),
    );
    await context.close();
  }, 30_000);

  it('sends a strict policy with every HTML page, and no page broke it or logged an error', () => {
    expect(visited.length).toBeGreaterThan(25);
    for (const url of visited) expect(policies.has(url), url).toBe(true);
    for (const [url, policy] of policies) {
      expect(policy, url).toBeTruthy();
      const directives = new Map(
        policy!
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map((d) => [d[0]!, d.slice(1)] as const),
      );
      for (const name of ['script-src', 'style-src']) {
        const sources = directives.get(name) ?? directives.get('default-src');
        expect(sources, `${url} ${name}`).toBeDefined();
        expect(sources, `${url} ${name}`).not.toContain("'unsafe-inline'");
        expect(sources, `${url} ${name}`).not.toContain("'unsafe-eval'");
      }
    }
    // The error pages are answered 404 and 403, which Chromium logs; nothing else may be.
    const refused =
      /\/(?:no-such-page|no-such-city|needs): Failed to load resource: .* (?:404 \(Not Found\)|403 \(Forbidden\))$/;
    expect(problems.filter((p) => !refused.test(p))).toEqual([]);
    expect(problems.filter((p) => refused.test(p))).toHaveLength(3);
  });
});
