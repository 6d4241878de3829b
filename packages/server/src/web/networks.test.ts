// The network pages (issue 19) through their routes, as each role's browser uses them: who sees
// what, what each form stores (read back from the store), what it refuses with the field named
// and nothing stored, the optimistic lock (409), the representative limited to its own
// organisation and the measures it owns, and a changed scope counting from the next request.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getCompetence } from '@competence-kit/model/read';
import type { ActionPlan, Network } from '@competence-kit/schemas';
import { hashPassword } from './auth/password.js';
import { ALPHA, Browser, startApp, TEST_COST, type TestApp } from './test-support/app.js';
import {
  alphaNetwork,
  alphaPlan,
  NEEDS,
  storeAlphaDocuments,
} from './test-support/matrix-networks.js';

const A = '/alpha-town';
const CITY = 'alpha-town';
const PASSWORD = 'a long password';
/** The pages' clock: 2027-05-01 in the city (see alphaPlan for what is late on that day). */
const NOW = new Date('2027-05-01T10:00:00Z');
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

let t: TestApp;
let coordinator: Browser;
let admin: Browser;
let staff: Browser;
let representative: Browser;
let representativeId: string;
let stranger: Browser;

async function signedIn(city: string, email: string, role: string, language = 'en') {
  const created = await t.store.accounts.create(city, {
    email,
    role: role as 'staff',
    passwordHash: await hashPassword(PASSWORD, TEST_COST),
  });
  if (!created.ok) throw new Error(created.code);
  const browser = new Browser(t.app, { 'accept-language': language });
  expect((await browser.signIn(`/${city}`, email, PASSWORD)).statusCode).toBe(303);
  return { browser, accountId: created.account.accountId };
}

const stored = async () => {
  const doc = (await t.store.networkDocuments.get(CITY, 'network', 'alpha-network'))!;
  return { network: doc.document as unknown as Network, revision: doc.revision, doc };
};
const storedPlan = async () => {
  const doc = (await t.store.networkDocuments.get(CITY, 'action-plan', 'alpha-plan'))!;
  return { plan: doc.document as unknown as ActionPlan, revision: doc.revision, doc };
};
const stakeholder = async (id: string) =>
  (await stored()).network.stakeholders.find((s) => s.id === id);
/** The table row (`<tr>…</tr>`) of a page that contains `text`. */
const rowOf = (body: string, text: string) =>
  body
    .split('<tr')
    .find((row) => row.includes(text))
    ?.split('</tr>')[0] ?? '';

beforeAll(async () => {
  t = await startApp({ now: () => NOW });
  coordinator = (await signedIn(CITY, 'coordinator@alpha.example.org', 'coordinator', 'de'))
    .browser;
  admin = (await signedIn(CITY, 'admin@alpha.example.org', 'admin')).browser;
  staff = (await signedIn(CITY, 'worker@alpha.example.org', 'staff')).browser;
  const rep = await signedIn(CITY, 'harbour@alpha.example.org', 'stakeholder-representative');
  representative = rep.browser;
  representativeId = rep.accountId;
  stranger = (await signedIn('beta-town', 'rep@beta.example.org', 'stakeholder-representative'))
    .browser;
}, 60_000);
afterAll(async () => t?.close());

beforeEach(async () => {
  // Each test starts from the fixtures (a new revision each time) and the representative of
  // the training's owner.
  await storeAlphaDocuments(t);
  await t.store.representatives.assign(CITY, representativeId, {
    network: 'alpha-network',
    stakeholder: 'harbour-help',
  });
});

describe('the network page', () => {
  it('shows coordinators the network, its findings in words, and their forms', async () => {
    const page = await coordinator.get(`${A}/network`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Synthetische Demonstrationsdaten');
    for (const s of alphaNetwork().stakeholders) {
      expect(page.body).toContain(`href="${A}/network/stakeholders/${s.id}"`);
      expect(page.body).toContain(s.name);
    }
    // The hub works with the two others; the guild with nobody (degree 0, named as isolated).
    const hub = rowOf(page.body, 'Integrationsbüro Alphastadt</a>');
    expect(hub).toContain('Hafenhilfe Alpha, Laternenkreis');
    expect(hub).toMatch(/<td>2<\/td>\s*$/);
    expect(rowOf(page.body, 'Zunft der Glasbläser</a>')).toMatch(/<td>0<\/td>\s*$/);
    const findings = page.body.split('id="findings-title"')[1]!.split('</section>')[0]!;
    expect(findings).toContain('Zunft der Glasbläser');
    // Cooperations with their words, and the coordinators' forms.
    expect(rowOf(page.body, 'Sprachcafé')).toContain('Integrationsbüro Alphastadt – Laternenkreis');
    expect(page.body).toContain(`action="${A}/network/stakeholders"`);
    expect(page.body).toContain(`action="${A}/network/cooperations/cooperation-1/delete"`);
    expect((await admin.get(`${A}/network`)).statusCode).toBe(200);
  });

  it('shows a representative the network with its own organisation, without the forms', async () => {
    const page = await representative.get(`${A}/network`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('You speak for Hafenhilfe Alpha');
    expect(page.body).toContain('Synthetic demonstration data');
    expect(page.body).not.toContain(`action="${A}/network/stakeholders"`);
    expect(page.body).not.toContain('/delete"');
  });

  it('refuses staff (403), and sends strangers and other cities’ representatives to sign in', async () => {
    for (const path of ['/network', '/network/stakeholders/harbour-help', '/action-plan'])
      expect((await staff.get(`${A}${path}`)).statusCode, path).toBe(403);
    for (const browser of [new Browser(t.app), stranger]) {
      const page = await browser.get(`${A}/network`);
      expect(page.statusCode).toBe(303);
      expect(page.headers.location).toMatch(new RegExp(`^${A}/sign-in`));
    }
  });

  it('answers 404 for ids the network does not have', async () => {
    for (const id of ['no-such-organisation', 'Harbour-Help', 'no_such'])
      expect((await coordinator.get(`${A}/network/stakeholders/${id}`)).statusCode, id).toBe(404);
    const { revision } = await stored();
    const post = await coordinator.submit(
      `${A}/network`,
      `${A}/network/stakeholders/no-such-organisation`,
      { revision: String(revision) },
    );
    expect(post.statusCode).toBe(404);
    expect(
      (await coordinator.submit(`${A}/network`, `${A}/network/cooperations/cooperation-9/delete`))
        .statusCode,
    ).toBe(404);
    expect((await stored()).revision).toBe(revision);
  });
});

describe('a stakeholder’s entry', () => {
  const form = (revision: number, values: Record<string, string> = {}) => ({
    revision: String(revision),
    'description.de': 'Hilft am Hafen.',
    'description.en': 'Helps at the harbour.',
    website: 'https://harbour.example',
    'contactRole.de': 'Beratungsstelle',
    'contactRole.en': 'Advice desk',
    contactEmail: 'desk@harbour.example',
    contactPhone: '+49 69 123-45',
    ...values,
  });

  it('is edited by its own representative, re-parsed, stored with the next revision and audited', async () => {
    const page = await representative.get(`${A}/network/stakeholders/harbour-help`);
    expect(page.statusCode).toBe(200);
    const { revision } = await stored();
    expect(page.body).toContain(`name="revision" value="${revision}"`);
    const saved = await representative.submit(
      `${A}/network/stakeholders/harbour-help`,
      `${A}/network/stakeholders/harbour-help`,
      form(revision),
    );
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(
      `${A}/network/stakeholders/harbour-help?done=network-saved`,
    );
    const after = await stored();
    expect(after.revision).toBe(revision + 1);
    expect(after.doc.updatedBy).toBe(representativeId);
    expect(await stakeholder('harbour-help')).toEqual({
      id: 'harbour-help',
      name: 'Hafenhilfe Alpha',
      type: 'ngo',
      description: { de: 'Hilft am Hafen.', en: 'Helps at the harbour.' },
      website: 'https://harbour.example',
      contact: {
        role: { de: 'Beratungsstelle', en: 'Advice desk' },
        email: 'desk@harbour.example',
        phone: '+49 69 123-45',
      },
    });
    expect(await t.store.audit.list(CITY)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'network-changed',
          subject: 'alpha-network: stakeholder harbour-help edited',
        }),
      ]),
    );
    // Cleared fields are removed, not stored empty.
    const cleared = await representative.submit(
      `${A}/network/stakeholders/harbour-help`,
      `${A}/network/stakeholders/harbour-help`,
      form(revision + 1, { website: '', contactPhone: '' }),
    );
    expect(cleared.statusCode).toBe(303);
    const now = await stakeholder('harbour-help');
    expect(now?.website).toBeUndefined();
    expect(now?.contact).toEqual({
      role: { de: 'Beratungsstelle', en: 'Advice desk' },
      email: 'desk@harbour.example',
    });
  });

  it('is not editable by the representative of another organisation (no form; a POST is 403)', async () => {
    const page = await representative.get(`${A}/network/stakeholders/integration-office`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('The town’s office for newcomers.');
    expect(page.body).not.toContain('name="revision"');
    const { revision } = await stored();
    const refused = await representative.submit(
      `${A}/network`,
      `${A}/network/stakeholders/integration-office`,
      form(revision),
    );
    expect(refused.statusCode).toBe(403);
    expect((await stored()).revision).toBe(revision);
    expect(await stakeholder('integration-office')).toEqual(alphaNetwork().stakeholders[0]);
  });

  it('refuses bad input with the fields named in the person’s language (422), storing nothing', async () => {
    const { revision } = await stored();
    const refused = await coordinator.submit(
      `${A}/network/stakeholders/integration-office`,
      `${A}/network/stakeholders/integration-office`,
      form(revision, {
        website: 'javascript:alert(1)',
        contactEmail: 'not an address',
        contactPhone: 'call me',
      }),
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Nichts wurde gespeichert');
    expect(refused.body).toContain('die mit https:// oder http:// beginnt');
    expect(refused.body).toContain('E-Mail-Adresse wie stelle@example.org');
    expect(refused.body).toContain('nur Ziffern, Leerzeichen');
    expect(refused.body).toMatch(/id="field-website"[^>]*aria-invalid="true"/);
    // What was typed is shown again, as text.
    expect(refused.body).toContain('value="call me"');
    // An address without the role that answers it is no contact.
    const roleless = await coordinator.submit(
      `${A}/network/stakeholders/integration-office`,
      `${A}/network/stakeholders/integration-office`,
      form(revision, { 'contactRole.de': '', 'contactRole.en': '' }),
    );
    expect(roleless.statusCode).toBe(422);
    expect(roleless.body).toContain('gehört die Funktion oder Stelle');
    expect(roleless.body).toMatch(/id="field-contactRole-de"[^>]*aria-invalid="true"/);
    expect((await stored()).revision).toBe(revision);
    expect(await stakeholder('integration-office')).toEqual(alphaNetwork().stakeholders[0]);
  });

  it('refuses a form opened before someone else’s save (409), keeping the other save', async () => {
    const { revision } = await stored();
    const first = await coordinator.submit(
      `${A}/network/stakeholders/harbour-help`,
      `${A}/network/stakeholders/harbour-help`,
      form(revision, { 'description.en': 'The coordinator’s words.' }),
    );
    expect(first.statusCode).toBe(303);
    const late = await representative.submit(
      `${A}/network/stakeholders/harbour-help`,
      `${A}/network/stakeholders/harbour-help`,
      form(revision, { 'description.en': 'The representative’s words.' }),
    );
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('Someone else saved a change in the meantime');
    // The form now carries the current revision.
    expect(late.body).toContain(`name="revision" value="${revision + 1}"`);
    expect((await stored()).revision).toBe(revision + 1);
    expect((await stakeholder('harbour-help'))?.description?.en).toBe('The coordinator’s words.');
    // A form without a revision is not the page's: 400.
    const { revision: _r, ...noRevision } = form(revision + 1);
    expect(
      (
        await coordinator.submit(
          `${A}/network/stakeholders/harbour-help`,
          `${A}/network/stakeholders/harbour-help`,
          noRevision,
        )
      ).statusCode,
    ).toBe(400);
  });

  it('keeps hostile text as given and shows it as text', async () => {
    const { revision } = await stored();
    const saved = await coordinator.submit(
      `${A}/network/stakeholders/harbour-help`,
      `${A}/network/stakeholders/harbour-help`,
      form(revision, { 'description.en': HOSTILE, 'contactRole.en': HOSTILE }),
    );
    expect(saved.statusCode).toBe(303);
    expect((await stakeholder('harbour-help'))?.description?.en).toBe(HOSTILE);
    const page = await representative.get(`${A}/network/stakeholders/harbour-help`);
    expect(page.body).not.toContain('<script>alert(1)');
    expect(page.body).not.toContain('<img src=x');
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // A hostile name (trimmed, else as given) on the network page and in the plan's tables.
    const added = await coordinator.submit(`${A}/network`, `${A}/network/stakeholders`, {
      name: HOSTILE,
      type: 'other',
    });
    expect(added.statusCode).toBe(303);
    expect((await stored()).network.stakeholders.at(-1)).toMatchObject({
      id: 'script-alert-1-script-img-src-x-onerror-alert-2',
      name: HOSTILE,
    });
    const network = await coordinator.get(`${A}/network`);
    expect(network.body).not.toContain('<script>alert(1)');
    expect(network.body).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });
});

describe('the coordinators’ changes of the network', () => {
  it('adds an organisation with an id from its name; representatives are refused', async () => {
    const { revision } = await stored();
    const added = await coordinator.submit(`${A}/network`, `${A}/network/stakeholders`, {
      name: ' Brückenwerk Süd ',
      type: 'volunteers-group',
      'description.de': 'Ehrenamtliche begleiten zu Ämtern.',
      'description.en': 'Volunteers go with people to offices.',
    });
    expect(added.statusCode).toBe(303);
    expect(added.headers.location).toBe(
      `${A}/network/stakeholders/bruckenwerk-sud?done=network-added`,
    );
    expect(await stakeholder('bruckenwerk-sud')).toEqual({
      id: 'bruckenwerk-sud',
      name: 'Brückenwerk Süd',
      type: 'volunteers-group',
      description: {
        de: 'Ehrenamtliche begleiten zu Ämtern.',
        en: 'Volunteers go with people to offices.',
      },
    });
    expect((await stored()).revision).toBe(revision + 1);
    const refused = await representative.submit(`${A}/network`, `${A}/network/stakeholders`, {
      name: 'Another',
      type: 'ngo',
    });
    expect(refused.statusCode).toBe(403);
    const bad = await coordinator.submit(`${A}/network`, `${A}/network/stakeholders`, {
      name: '',
      type: 'alien',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Bitte ausfüllen.');
    expect(bad.body).toContain('Bitte die Art der Organisation wählen.');
    // The network is kept in each of its languages: a description in one only is refused.
    const oneLanguage = await coordinator.submit(`${A}/network`, `${A}/network/stakeholders`, {
      name: 'Einsprachig',
      type: 'ngo',
      'description.de': 'Nur deutsch.',
    });
    expect(oneLanguage.statusCode).toBe(422);
    expect(oneLanguage.body).toContain('Bitte auch in dieser Sprache ausfüllen');
    expect(oneLanguage.body).toMatch(/id="field-description-en"[^>]*aria-invalid="true"/);
    expect((await stored()).network.stakeholders).toHaveLength(5);
  });

  it('adds and removes cooperations between two different organisations', async () => {
    const added = await coordinator.submit(`${A}/network`, `${A}/network/cooperations`, {
      first: 'glassmakers-guild',
      second: 'harbour-help',
      'topic.de': 'Praktikumsplätze',
      'topic.en': 'Work placements',
      frequency: 'quarterly',
    });
    expect(added.statusCode).toBe(303);
    expect(added.headers.location).toBe(`${A}/network?done=cooperation-added`);
    expect((await stored()).network.cooperations.at(-1)).toEqual({
      id: 'cooperation-3',
      stakeholders: ['glassmakers-guild', 'harbour-help'],
      topic: { de: 'Praktikumsplätze', en: 'Work placements' },
      frequency: 'quarterly',
      since: '2027-05-01',
    });
    // The guild is no longer alone.
    const page = await coordinator.get(`${A}/network`);
    expect(rowOf(page.body, 'Zunft der Glasbläser</a>')).toMatch(/<td>1<\/td>\s*$/);
    const { revision } = await stored();
    for (const [values, message] of [
      [
        { first: 'harbour-help', second: 'harbour-help', 'topic.de': 'x', frequency: 'weekly' },
        'zwei verschiedene',
      ],
      [
        { first: 'harbour-help', second: 'nobody', 'topic.de': 'x', frequency: 'weekly' },
        'Organisation des Netzwerks',
      ],
      [
        { first: 'harbour-help', second: 'lantern-circle', frequency: 'weekly' },
        'woran sie zusammenarbeiten',
      ],
      [
        { first: 'harbour-help', second: 'lantern-circle', 'topic.de': 'x', frequency: 'daily' },
        'Bitte wählen, wie oft',
      ],
    ] as const) {
      const refused = await coordinator.submit(`${A}/network`, `${A}/network/cooperations`, values);
      expect(refused.statusCode, message).toBe(422);
      expect(refused.body).toContain(message);
    }
    expect((await stored()).revision).toBe(revision);
    const removed = await coordinator.submit(
      `${A}/network`,
      `${A}/network/cooperations/cooperation-3/delete`,
    );
    expect(removed.statusCode).toBe(303);
    expect((await stored()).network.cooperations.map((c) => c.id)).toEqual([
      'cooperation-1',
      'cooperation-2',
    ]);
    expect(
      (
        await representative.submit(
          `${A}/network`,
          `${A}/network/cooperations/cooperation-1/delete`,
        )
      ).statusCode,
    ).toBe(403);
    expect((await stored()).network.cooperations).toHaveLength(2);
  });
});

describe('the action plan', () => {
  it('shows the plan by goal with its review in words, and the forms each viewer may use', async () => {
    const page = await representative.get(`${A}/action-plan`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Synthetic demonstration data');
    expect(page.body).toContain('A welcome people understand');
    const late = page.body.split('id="review-late"')[1]!.split('</ul>')[0]!;
    expect(late).toContain('Arrival leaflet');
    expect(late).not.toContain('Plain-language training');
    const offTrack = page.body.split('id="review-off-track"')[1]!.split('</ul>')[0]!;
    expect(offTrack).toContain('Staff trained');
    // No needs report named: the page says the needs were not checked.
    expect(page.body).toContain('No needs report was found for this plan');
    // The representative of the training's owner gets its forms, not the leaflet's.
    expect(page.body).toContain(`action="${A}/action-plan/measures/measure-training/status"`);
    expect(page.body).toContain(`action="${A}/action-plan/measures/measure-training/measurements"`);
    expect(page.body).not.toContain(`action="${A}/action-plan/measures/measure-leaflet/status"`);
    const coordinating = await coordinator.get(`${A}/action-plan`);
    expect(coordinating.body).toContain(
      `action="${A}/action-plan/measures/measure-leaflet/status"`,
    );
  });

  it('checks the plan against the stored needs report it names', async () => {
    const [first, second] = NEEDS;
    await t.store.needsReviews.update(CITY, 'current', () => ({ study: {}, plan: [], result: 0 }));
    await t.store.needsReviews.publishReport(CITY, 'current', {
      priorities: [
        { competence: first, rank: 1 },
        { competence: second, rank: 2 },
      ],
    });
    const plan: ActionPlan = {
      ...alphaPlan(),
      needsReport: {
        territory: 'alpha-town',
        period: { start: '2026-01-01', end: '2026-12-31' },
        sequence: 1,
      },
    };
    await t.store.networkDocuments.save(CITY, 'action-plan', plan.id, plan as never);
    const page = await representative.get(`${A}/action-plan`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('the city’s needs report no. 1');
    const unaddressed = page.body.split('id="review-unaddressed"')[1]!.split('</ul>')[0]!;
    // The goal answers the first priority; the second is addressed by none.
    const title = (id: string) => getCompetence(ALPHA.framework, id)!.title.en!;
    expect(unaddressed).toContain(title(second));
    expect(unaddressed).not.toContain(title(first));
  });

  it('uses the shipped sample study’s report for a synthetic plan whose report is not stored', async () => {
    const plan: ActionPlan = {
      ...alphaPlan(),
      needsReport: { territory: 'ravenna', period: { start: '2026-01-01', end: '2026-12-31' } },
    };
    await t.store.networkDocuments.save(CITY, 'action-plan', plan.id, plan as never);
    const page = await representative.get(`${A}/action-plan`);
    expect(page.body).toContain('built from the synthetic sample study of Alphastadt');
    expect(page.body).toContain('id="review-unaddressed"');
  });

  const measurement = (revision: number, values: Record<string, string> = {}) => ({
    revision: String(revision),
    indicator: 'staff-trained',
    date: '2027-04-30',
    value: '42,5',
    ...values,
  });

  it('lets the owner’s representative change its measure’s status and record measurements', async () => {
    const { revision } = await storedPlan();
    const status = await representative.submit(
      `${A}/action-plan`,
      `${A}/action-plan/measures/measure-training/status`,
      { revision: String(revision), status: 'done' },
    );
    expect(status.statusCode).toBe(303);
    expect(status.headers.location).toBe(
      `${A}/action-plan?done=measure-status#measure-measure-training`,
    );
    const measured = await representative.submit(
      `${A}/action-plan`,
      `${A}/action-plan/measures/measure-training/measurements`,
      measurement(revision + 1),
    );
    expect(measured.statusCode).toBe(303);
    const after = await storedPlan();
    expect(after.revision).toBe(revision + 2);
    expect(after.doc.updatedBy).toBe(representativeId);
    const training = after.plan.measures.find((m) => m.id === 'measure-training')!;
    expect(training.status).toBe('done');
    expect(training.indicators[0]!.measurements).toEqual([
      { date: '2027-03-31', value: 10 },
      { date: '2027-04-30', value: 42.5 },
    ]);
    const audited = (await t.store.audit.list(CITY))
      .filter((e) => e.action === 'action-plan-changed')
      .map((e) => e.subject);
    expect(audited).toEqual(
      expect.arrayContaining([
        'alpha-plan: measure measure-training indicator staff-trained measured 2027-04-30',
        'alpha-plan: measure measure-training in-progress → done',
      ]),
    );
  });

  it('refuses the measures of other owners (403), bad input (422) and stale forms (409)', async () => {
    const { revision, plan } = await storedPlan();
    const other = await representative.submit(
      `${A}/action-plan`,
      `${A}/action-plan/measures/measure-leaflet/status`,
      { revision: String(revision), status: 'done' },
    );
    expect(other.statusCode).toBe(403);
    for (const [values, message] of [
      [{ date: '2028-01-01' }, 'within the plan’s period'],
      [{ date: '2027-02-30' }, 'within the plan’s period'],
      [{ value: 'lots' }, 'Enter a number'],
      [{ indicator: 'no-such-indicator' }, 'one of the measure’s indicators'],
    ] as const) {
      const refused = await representative.submit(
        `${A}/action-plan`,
        `${A}/action-plan/measures/measure-training/measurements`,
        measurement(revision, values),
      );
      expect(refused.statusCode, message).toBe(422);
      expect(refused.body).toContain(message);
    }
    // A status the form does not offer is not the form's.
    expect(
      (
        await coordinator.submit(
          `${A}/action-plan`,
          `${A}/action-plan/measures/measure-leaflet/status`,
          {
            revision: String(revision),
            status: 'abandoned',
          },
        )
      ).statusCode,
    ).toBe(400);
    const stale = await representative.submit(
      `${A}/action-plan`,
      `${A}/action-plan/measures/measure-training/status`,
      { revision: String(revision - 1), status: 'done' },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Someone else saved a change in the meantime');
    expect(
      (
        await coordinator.submit(
          `${A}/action-plan`,
          `${A}/action-plan/measures/no-such-measure/status`,
          {
            revision: String(revision),
            status: 'done',
          },
        )
      ).statusCode,
    ).toBe(404);
    const after = await storedPlan();
    expect(after.revision).toBe(revision);
    expect(after.plan).toEqual(plan);
  });
});

describe('the representative’s scope', () => {
  it('counts from the next request when an admin changes it', async () => {
    const { revision } = await stored();
    await t.store.representatives.assign(CITY, representativeId, {
      network: 'alpha-network',
      stakeholder: 'lantern-circle',
    });
    const refused = await representative.submit(
      `${A}/network`,
      `${A}/network/stakeholders/harbour-help`,
      { revision: String(revision), 'description.en': 'Too late.' },
    );
    expect(refused.statusCode).toBe(403);
    const plan = await storedPlan();
    expect(
      (
        await representative.submit(
          `${A}/action-plan`,
          `${A}/action-plan/measures/measure-training/status`,
          {
            revision: String(plan.revision),
            status: 'done',
          },
        )
      ).statusCode,
    ).toBe(403);
    // The new organisation's entry and measure are the representative's now.
    const allowed = await representative.submit(
      `${A}/network`,
      `${A}/network/stakeholders/lantern-circle`,
      {
        revision: String(revision),
        'description.de': 'Ein Kreis von Familien.',
        'description.en': 'A circle of families.',
      },
    );
    expect(allowed.statusCode).toBe(303);
    expect((await stakeholder('lantern-circle'))?.description).toEqual({
      de: 'Ein Kreis von Familien.',
      en: 'A circle of families.',
    });
    expect((await stakeholder('harbour-help'))?.description).toBeUndefined();
    // Without a scope, the pages are still readable and nothing is editable.
    await t.store.representatives.remove(CITY, representativeId);
    const page = await representative.get(`${A}/network/stakeholders/lantern-circle`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('name="revision"');
  });

  it('is given by an admin’s invitation for a stakeholder of the city’s network', async () => {
    const page = await admin.get(`${A}/admin/people`);
    expect(page.body).toContain('value="alpha-network/lantern-circle"');
    const refused = await admin.submit(`${A}/admin/people`, `${A}/admin/invitations`, {
      email: 'circle@alpha.example.org',
      role: 'stakeholder-representative',
      stakeholder: 'alpha-network/no-such-organisation',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('needs an organisation of the city’s network');
    const created = await admin.submit(`${A}/admin/people`, `${A}/admin/invitations`, {
      email: 'circle@alpha.example.org',
      role: 'stakeholder-representative',
      stakeholder: 'alpha-network/lantern-circle',
    });
    expect(created.statusCode).toBe(201);
    const link = /id="invitation-link"[^>]*value="([^"]+)"/.exec(created.body)![1]!;
    const path = new URL(link).pathname;
    const newcomer = new Browser(t.app, { 'accept-language': 'en' });
    expect((await newcomer.get(path)).body).toContain('Stakeholder representative');
    const accepted = await newcomer.submit(path, path, { password: PASSWORD, confirm: PASSWORD });
    expect(accepted.statusCode).toBe(303);
    const account = (await t.store.accounts.findByEmail(CITY, 'circle@alpha.example.org'))!;
    expect(account.role).toBe('stakeholder-representative');
    expect(await t.store.representatives.of(CITY, account.accountId)).toEqual({
      network: 'alpha-network',
      stakeholder: 'lantern-circle',
    });
    // Signed in, the new representative edits its own organisation.
    const own = await newcomer.get(`${A}/network/stakeholders/lantern-circle`);
    expect(own.body).toContain('name="revision"');
    // A role changed away from representative takes the scope with it.
    const changed = await admin.submit(
      `${A}/admin/people`,
      `${A}/admin/people/${account.accountId}/role`,
      { role: 'staff' },
    );
    expect(changed.statusCode).toBe(303);
    expect(changed.headers.location).toBe(`${A}/admin/people?done=role-changed`);
    expect(await t.store.representatives.of(CITY, account.accountId)).toBeUndefined();
  });
});
