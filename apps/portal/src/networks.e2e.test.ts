/// <reference lib="dom" />
// The pages of issue 19 end to end, in the system Chromium, for one pilot city (Landkreis
// Offenbach, in German, whose multiplier event is still open for registration): the public city page, the knowledge base (a search and a facet), an entry and a
// multiplier event with zero axe-core violations (WCAG 2.1 A and AA), no Content-Security-Policy
// violation, and reflow at 320 CSS pixels; a registration for the event by keyboard alone; the
// coordinator's network and action-plan pages; and the stakeholder representative, who finds
// the edit form of their own organisation and not another's. The portal runs as `npm start`
// runs it (createPortal on a fresh PGlite folder, demo data seeded), with a cheap password hash.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { JsonValue } from '@competence-kit/server';
import { STAKEHOLDER_TYPES, type MultiplierEvent, type Network } from '@competence-kit/schemas';
import type { Portal } from './portal.js';
import { axeViolations } from './test-support/axe.js';
import { startE2e, watch, type E2e } from './test-support/e2e.js';
import { seedDemoData } from './seed.js';

const CITY = 'landkreis-offenbach';

let e2e: E2e;
let portal: Portal;
let browser: Browser;
let origin: string;
let problems: string[];

beforeAll(async () => {
  e2e = await startE2e('ck-networks-e2e-');
  ({ portal, browser, origin, problems } = e2e);
}, 300_000);

afterAll(() => e2e?.close());

async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'de-DE' });
  context.on('page', (page) => watch(page, problems));
  return context;
}

/** axe-core on the page as it is now: no WCAG 2.1 A/AA violation. */
async function expectAccessible(page: Page) {
  expect(await axeViolations(page), page.url()).toEqual([]);
}

/** WCAG 1.4.10: at 320 CSS pixels the page scrolls in one direction only. */
async function expectReflow(page: Page) {
  await page.setViewportSize({ width: 320, height: 640 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} at 320 px`).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${origin}/${CITY}/sign-in`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL(/\/profile/);
}

/** The city's multiplier event, as the seed stored it. */
async function seededEvent(): Promise<MultiplierEvent> {
  const [stored] = await portal.store.networkDocuments.list(CITY, 'multiplier-event');
  expect(stored, 'the seed stores the sample event').toBeDefined();
  return stored!.document as unknown as MultiplierEvent;
}

describe('the public pages of a pilot city (Landkreis Offenbach)', () => {
  it('the city page, the knowledge base with a search and a facet, an entry and an event', async () => {
    const context = await newContext();
    const page = await context.newPage();
    // From the start page, by its link.
    await page.goto(`${origin}/${CITY}/`);
    await page.locator('#main').getByRole('link', { name: 'Gemeinsam handeln' }).click();
    await page.waitForURL(/\/together$/);
    expect(await page.locator('h1').textContent()).toContain('Offenbach');
    expect(
      await page.getByRole('note').filter({ hasText: 'Erfundene Beispieldaten' }).count(),
    ).toBeGreaterThan(0);
    await expectAccessible(page);
    await expectReflow(page);

    await page.goto(`${origin}/${CITY}/knowledge`);
    const results = page.locator('ol.records > li');
    expect(await results.count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await expectReflow(page);
    // A facet first: good practices only, fewer than all entries.
    const all = Number(/\d+/.exec((await page.locator('h2#knowledge-results').textContent())!)![0]);
    await page
      .getByRole('group', { name: 'Art', exact: true })
      .getByRole('checkbox', { name: /^Gute Praxis/ })
      .check();
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.waitForURL(/[?&]kind=practice/);
    const practices = Number(
      /\d+/.exec((await page.locator('h2#knowledge-results').textContent())!)![0],
    );
    expect(practices).toBeGreaterThan(0);
    expect(practices).toBeLessThan(all);
    await expectAccessible(page);
    // Then words: one of the first practice's title finds it, the facet still chosen.
    const title = (await results.first().locator('h3').textContent())!.trim();
    const word = title.split(/[^\p{L}]+/u).find((w) => w.length >= 5) ?? title;
    await page.getByLabel('Suchbegriffe').fill(word);
    await page.getByLabel('Suchbegriffe').press('Enter');
    await page.waitForURL(/[?&]q=/);
    expect(page.url()).toContain('kind=practice');
    expect(await page.locator('ol.records h3').allTextContents()).toContainEqual(
      expect.stringContaining(title),
    );
    await expectAccessible(page);

    await results.first().getByRole('link').click();
    await page.waitForURL(/\/knowledge\/[a-z0-9-]+$/);
    expect(await page.locator('h1').count()).toBe(1);
    await expectAccessible(page);
    await expectReflow(page);

    const event = await seededEvent();
    await page.goto(`${origin}/${CITY}/events/${event.id}`);
    expect(await page.locator('h1').textContent()).toContain(event.title.de);
    await expectAccessible(page);
    await expectReflow(page);
    await context.close();
  }, 60_000);

  it('registers for the event by keyboard alone', async () => {
    const event = await seededEvent();
    const before = await portal.store.eventRegistrations.counts(CITY, event.id);
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/${CITY}/events/${event.id}`);
    // Tab from the top of the page to the first choice of organisation.
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.name === 'type',
      );
    }
    expect(reached, 'the registration form is reachable by Tab').toBe(true);
    // Arrow keys move through the radio group and choose; Tab leaves it for the button.
    await page.keyboard.press('ArrowDown');
    const chosen = await page.evaluate(
      () => (document.activeElement as HTMLInputElement | null)?.value,
    );
    expect([...STAKEHOLDER_TYPES, 'unaffiliated']).toContain(chosen);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    await Promise.all([page.waitForURL(/\/registrations$/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('Danke, Ihr Platz ist reserviert');
    await expectAccessible(page);
    const after = await portal.store.eventRegistrations.counts(CITY, event.id);
    expect(after[chosen!]).toBe((before[chosen!] ?? 0) + 1);
    await context.close();
  }, 60_000);
});

describe('the signed-in network pages', () => {
  it('the coordinator’s network, action plan and events', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, `coordinator@${CITY}.demo.example`, `demo-${CITY}-coordinator`);
    for (const path of ['/network', '/action-plan', '/events']) {
      const response = await page.goto(`${origin}/${CITY}${path}`);
      expect(response?.status(), path).toBe(200);
      await expectAccessible(page);
    }
    await context.close();
  }, 60_000);

  it('the representative edits their own organisation only', async () => {
    const email = `stakeholder-representative@${CITY}.demo.example`;
    const account = await portal.store.accounts.findByEmail(CITY, email);
    expect(account?.role).toBe('stakeholder-representative');
    const scope = await portal.store.representatives.of(CITY, account!.accountId);
    expect(scope).toBeDefined();
    const stored = await portal.store.networkDocuments.get(CITY, 'network', scope!.network);
    const network = stored!.document as unknown as Network;
    const other = network.stakeholders.find((s) => s.id !== scope!.stakeholder)!;

    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, email, `demo-${CITY}-stakeholder-representative`);
    const form = (id: string) => page.locator(`form[action$="/network/stakeholders/${id}"]`);
    await page.goto(`${origin}/${CITY}/network/stakeholders/${scope!.stakeholder}`);
    expect(await form(scope!.stakeholder).count()).toBe(1);
    await expectAccessible(page);
    await page.goto(`${origin}/${CITY}/network/stakeholders/${other.id}`);
    expect(await page.locator('h1').textContent()).toContain(other.name);
    expect(await form(other.id).count()).toBe(0);
    await context.close();
  }, 60_000);

  it('no page logged an error or broke its Content-Security-Policy', () => {
    expect(problems).toEqual([]);
  });
});

describe('the seed', () => {
  it('stored every city’s documents once, and a second run replaces no edited document', async () => {
    for (const city of ['landkreis-offenbach', 'ravenna', 'cartagena']) {
      for (const kind of ['network', 'action-plan', 'multiplier-event'] as const)
        expect(
          await portal.store.networkDocuments.list(city, kind),
          `${city} ${kind}`,
        ).toHaveLength(1);
      // The compendium and the toolkit.
      expect(await portal.store.networkDocuments.list(city, 'knowledge-base')).toHaveLength(2);
    }
    const [event] = await portal.store.networkDocuments.list('ravenna', 'multiplier-event');
    const edited = { ...(event!.document as object), capacity: 7 } as unknown as JsonValue;
    expect(
      (
        await portal.store.networkDocuments.save(
          'ravenna',
          'multiplier-event',
          event!.documentId,
          edited,
        )
      ).ok,
    ).toBe(true);
    const again = await seedDemoData(portal.store, portal.cities, {
      passwordCost: { N: 2 ** 10, r: 8, p: 1 },
    });
    expect(again).toEqual({ seeded: [], accounts: [], syntheticResponses: 0 });
    const after = await portal.store.networkDocuments.get(
      'ravenna',
      'multiplier-event',
      event!.documentId,
    );
    expect((after!.document as unknown as MultiplierEvent).capacity).toBe(7);
    expect(after!.revision).toBe(event!.revision + 1);
  });
});
