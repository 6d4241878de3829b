// The GDPR proofs of the store (issue 16, privacy), on PGlite and on PostgreSQL: a person's data
// download holds every row the store has about them and nothing of anyone else; erasing the
// account leaves nothing of it in any table, except the pseudonymous records the law asks a city
// to keep (each named and justified below); and the erasure is recorded as a moment and a
// count, which releases computed before it report (decision 0023). The tables are read from
// `information_schema`, and a table that is not classified below fails the test, so that a new
// table cannot be forgotten.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sql } from 'kysely';
import { buildRelease } from '@competence-kit/disclosure';
import {
  framework,
  programmeTemplate,
  staffSelfAssessment,
  tcnQuestionnaire,
} from '@competence-kit/framework-intercultural';
import type { Store } from './index.js';
import type { AccountExport } from './account-data.js';
import { hashSessionToken } from './session-tokens.js';
import { openTestStore, type Backend } from './test-support/stores.js';
import { selfAssessmentResults } from '../web/programme-evaluation-results.js';
import { responseOf } from '../web/test-support/app.js';

/**
 * Every table of the store, by what it holds:
 * - `personal`: rows about one account, found by the column named; all in the account's export
 *   (as the export key named) and all erased with it.
 * - `kept`: rows that name an account by its random id and outlive it, by law or purpose (why).
 * - `anonymous`: given without an account and not linkable to one; neither exported nor erased.
 * - `city`: the city's configuration and documents, typed by its coordinators and admins.
 * - `published`: releases and reports: figures about groups, and ledgers of digests.
 * - `machinery`: the store's own bookkeeping.
 */
type TableClass =
  | { kind: 'personal'; by: string; exportKey: keyof AccountExport | null; why?: string }
  | { kind: 'kept'; why: string }
  | { kind: 'anonymous' | 'city' | 'published' | 'machinery' };

const TABLES: Record<string, TableClass> = {
  accounts: { kind: 'personal', by: 'account_id', exportKey: 'account' },
  sessions: { kind: 'personal', by: 'account_id', exportKey: 'sessions' },
  assessment_drafts: { kind: 'personal', by: 'account_id', exportKey: 'drafts' },
  responses: { kind: 'personal', by: 'account_id', exportKey: 'responses' },
  enrolments: { kind: 'personal', by: 'account_id', exportKey: 'enrolments' },
  attendance: { kind: 'personal', by: 'account_id', exportKey: 'attendance' },
  waiting_list: { kind: 'personal', by: 'account_id', exportKey: 'waitingList' },
  feedback_given: { kind: 'personal', by: 'account_id', exportKey: 'feedbackGiven' },
  account_identities: { kind: 'personal', by: 'account_id', exportKey: 'identities' },
  credentials: { kind: 'personal', by: 'account_id', exportKey: 'credentials' },
  audit_events: {
    kind: 'personal',
    by: 'actor_id, or a subject that starts with the account id (a role change)',
    exportKey: 'auditEvents',
  },
  invitations: { kind: 'personal', by: 'accepted_account_id', exportKey: 'invitation' },
  idempotency_keys: {
    kind: 'personal',
    by: "body->>'responseId' of the account's responses",
    exportKey: null,
    why: 'acknowledgements of the account’s submissions: a client key, a request hash and the id of a response the export lists; erased with the account',
  },
  stakeholder_representatives: {
    kind: 'personal',
    by: 'account_id',
    exportKey: 'representative',
  },
  account_deletions: {
    kind: 'kept',
    why: 'the record that an account was erased (GDPR Art. 5(2) accountability): the random id, the moment and counts, no content',
  },
  session_feedback: { kind: 'anonymous' },
  questionnaire_answers: { kind: 'anonymous' },
  event_registrations: { kind: 'anonymous' },
  cities: { kind: 'city' },
  programmes: { kind: 'city' },
  questionnaires: { kind: 'city' },
  needs_reviews: { kind: 'city' },
  network_documents: { kind: 'city' },
  releases: { kind: 'published' },
  feedback_releases: { kind: 'published' },
  needs_reports: { kind: 'published' },
  kysely_migration: { kind: 'machinery' },
  kysely_migration_lock: { kind: 'machinery' },
};

/**
 * Where the erased account's random id may remain, and why. It then leads to nobody: the account,
 * its email and everything found by it are gone.
 */
const ID_KEPT: Record<string, string> = {
  'audit_events.actor_id':
    'what the account did, for accountability (GDPR Art. 17(3)(b), decision 0003): pseudonymous',
  'audit_events.subject':
    'the admins’ own actions on the account (a role change), for their accountability: pseudonymous',
  'account_deletions.account_id': 'the erasure itself, recorded (Art. 5(2))',
  'invitations.accepted_account_id':
    'the admins’ record of the invitation, without its email since it was accepted (0004)',
};

const CITY = 'erasure-town';
const OTHER_CITY = 'other-town';
const programme = programmeTemplate;
const [first, second, third] = programme.sessions;

/** What the test knows of one person it set up: the values that identify their rows. */
interface Person {
  accountId: string;
  email: string;
  token: string;
  subject: string;
  responseIds: string[];
  credentialId: string;
  idempotencyKey: string;
  draftMarker: string;
}

async function tablesOf(store: Store): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'
    order by table_name`.execute(store.db);
  return rows.map((r) => r.table_name);
}

/** Every text and JSON column of every table, from `information_schema`. */
async function textColumns(store: Store): Promise<{ table: string; column: string }[]> {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select c.table_name, c.column_name from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
    order by c.table_name, c.column_name`.execute(store.db);
  return rows.map((r) => ({ table: r.table_name, column: r.column_name }));
}

/** Where `needle` occurs, as `table.column`, in any text or JSON column of the store. */
async function occurrences(store: Store, needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const { table, column } of await textColumns(store)) {
    const { rows } = await sql<{ n: string | number }>`
      select count(*) as n from ${sql.table(table)}
      where strpos(${sql.ref(column)}::text, ${needle}) > 0`.execute(store.db);
    if (Number(rows[0]!.n) > 0) found.push(`${table}.${column}`);
  }
  return found;
}

/** Sets up a person with a row in every personal table, through the repositories. */
async function setUpPerson(store: Store, name: string, admin: string): Promise<Person> {
  const email = `${name}@erasure.example.org`;
  const token = `invitation-${name}-token`;
  const invitation = await store.invitations.create(CITY, {
    tokenHash: hashSessionToken(token),
    email,
    role: 'staff',
    roleProfile: 'front-desk',
    createdBy: admin,
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  expect(invitation.email).toBe(email);
  const accepted = await store.invitations.accept(CITY, hashSessionToken(token), 'not-a-hash');
  if (!accepted.ok) throw new Error(accepted.code);
  const accountId = accepted.account.accountId;
  const sessionToken = `session-${name}-${accountId}`;
  await store.sessions.create(CITY, {
    tokenHash: hashSessionToken(sessionToken),
    accountId,
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  const responseIds: string[] = [];
  for (const phase of ['baseline', 'post'] as const) {
    const stored = await store.responses.submit(CITY, accountId, {
      instrumentId: staffSelfAssessment.id,
      instrumentVersion: staffSelfAssessment.version,
      response: { ...responseOf(accountId, phase === 'baseline' ? 2 : 4), phase },
    });
    responseIds.push(stored!.responseId);
  }
  // A draft begun after the submissions (submitting clears the draft).
  const draftMarker = `draft-of-${name}-${accountId.slice(0, 8)}`;
  await store.drafts.save(CITY, accountId, {
    instrumentId: staffSelfAssessment.id,
    instrumentVersion: staffSelfAssessment.version,
    draft: { note: draftMarker },
  });
  const idempotencyKey = `key-${name}-${accountId}`.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 100);
  await store.transaction(async (r) => {
    const claim = { scope: 'responses', key: idempotencyKey, requestHash: 'a'.repeat(64) };
    expect((await r.idempotency.claim(CITY, claim)).kind).toBe('new');
    await r.idempotency.complete(CITY, claim, {
      status: 201,
      body: { responseId: responseIds[0]! },
    });
  });
  const place = (s: typeof first) => ({ programmeId: programme.id, sessionId: s!.id });
  expect(await store.enrolments.enrol(CITY, accountId, place(first))).toBeDefined();
  await store.attendance.record(
    CITY,
    place(first),
    new Set([...(await store.attendance.attendedIn(CITY, place(first))), accountId]),
  );
  // The second session has room for one, the admin's: everyone else waits.
  expect(await store.waitingList.join(CITY, accountId, place(second), 1)).toBe('waiting');
  expect(await store.enrolments.enrol(CITY, accountId, place(third))).toBeDefined();
  expect(
    await store.evaluation.give(CITY, accountId, {
      programmeId: programme.id,
      moduleId: first!.module,
      sessionId: first!.id,
      satisfaction: 4,
      usefulness: 3,
      comment: null,
    }),
  ).toBe('stored');
  const subject = `subject-${name}-${accountId}`;
  expect(
    await store.identities.link(CITY, { issuer: 'https://id.example.org', subject }, accountId),
  ).toBe(true);
  const credentialId = `credential-${name}-${accountId}`;
  expect(
    await store.credentials.add(CITY, {
      credentialId,
      accountId,
      programmeId: programme.id,
      module: first!.module,
      credential: JSON.stringify({ id: credentialId, issued: 'a signed credential' }),
    }),
  ).toBe(true);
  await store.audit.record(CITY, { actorId: accountId, action: 'signed-in' });
  // An admin's action on the account, as the people page records it.
  expect(await store.accounts.setRole(CITY, accountId, 'coordinator')).toMatchObject({ ok: true });
  await store.audit.record(CITY, {
    actorId: admin,
    action: 'role-changed',
    subject: `${accountId}: staff → coordinator`,
  });
  await store.audit.record(CITY, { actorId: accountId, action: 'data-exported' });
  // The stakeholder the person speaks for, and a city document they saved last: the document
  // stays the city's, without their id (`updated_by` is set to null with the account).
  await store.representatives.assign(CITY, accountId, {
    network: 'erasure-network',
    stakeholder: `stakeholder-${name}`,
  });
  expect(
    await store.networkDocuments.save(
      CITY,
      'network',
      `network-${name}`,
      { id: `network-${name}` },
      { by: accountId },
    ),
  ).toEqual({ ok: true, revision: 1 });
  return {
    accountId,
    email,
    token: hashSessionToken(sessionToken),
    subject,
    responseIds,
    credentialId,
    idempotencyKey,
    draftMarker,
  };
}

/** The values that identify a person's rows: none may be in another's export or survive erasure. */
const needles = (p: Person) => [
  p.accountId,
  p.email,
  p.token,
  p.subject,
  p.credentialId,
  p.idempotencyKey,
  p.draftMarker,
  ...p.responseIds,
];

function proofs(backend: Backend) {
  let store: Store;
  let dispose: () => Promise<void>;
  let a: Person;
  let b: Person;
  let admin: string;

  beforeAll(async () => {
    ({ store, dispose } = await openTestStore(backend));
    await store.cities.ensure(CITY);
    await store.cities.ensure(OTHER_CITY);
    const created = await store.accounts.create(CITY, {
      email: 'admin@erasure.example.org',
      role: 'admin',
      passwordHash: 'not-a-hash',
    });
    if (!created.ok) throw new Error(created.code);
    admin = created.account.accountId;
    await store.enrolments.enrol(CITY, admin, { programmeId: programme.id, sessionId: second!.id });
    a = await setUpPerson(store, 'anna', admin);
    b = await setUpPerson(store, 'bruno', admin);
    // Four more answers, so that a release of the results can be published with Anna's in it.
    for (const name of ['c1', 'c2', 'c3', 'c4']) await setUpPerson(store, name, admin);
    // Anonymous rows: a questionnaire answer (no account can be linked to it).
    const opening = await store.questionnaires.open(CITY, {
      instrumentId: tcnQuestionnaire.id,
      instrumentVersion: tcnQuestionnaire.version,
      title: 'Waiting rooms',
      languages: ['en'],
      opensOn: '2027-01-01',
      closesOn: '2027-12-31',
    });
    await store.questionnaires.addAnswer(CITY, opening.questionnaireId, {
      response: { respondent: 'anonymous', answers: [] },
      submittedAt: '2027-04-01',
      mode: 'self',
      language: 'en',
    });
  }, 120_000);
  afterAll(async () => dispose?.());

  it('has every table classified', async () => {
    const tables = await tablesOf(store);
    expect(
      tables.filter((t) => !Object.hasOwn(TABLES, t)),
      'classify each new table in TABLES',
    ).toEqual([]);
    expect(Object.keys(TABLES).filter((t) => !tables.includes(t))).toEqual([]);
  });

  it('exports every row of the person and nothing of anyone else', async () => {
    const data = (await store.exportAccountData(CITY, a.accountId))!;
    const text = JSON.stringify(data);
    for (const [table, c] of Object.entries(TABLES)) {
      if (c.kind !== 'personal') continue;
      const rows =
        table === 'audit_events'
          ? (
              await sql<Record<string, unknown>>`select * from audit_events
                where city_id = ${CITY} and (actor_id = ${a.accountId}
                  or subject like ${`${a.accountId}:%`})`.execute(store.db)
            ).rows
          : table === 'idempotency_keys'
            ? (
                await sql<{ body: { responseId: string } }>`
                select body from idempotency_keys where city_id = ${CITY}
                and body->>'responseId' in (select response_id from responses
                  where city_id = ${CITY} and account_id = ${a.accountId})`.execute(store.db)
              ).rows
            : (
                await sql<Record<string, unknown>>`select * from ${sql.table(table)}
                where city_id = ${CITY} and ${sql.ref(c.by)} = ${a.accountId}`.execute(store.db)
              ).rows;
      expect(rows.length, `${table}: Anna has rows`).toBeGreaterThan(0);
      if (c.exportKey === null) {
        // What it names is in the export already.
        for (const row of rows as { body: { responseId: string } }[])
          expect(data.responses.map((r) => r.responseId)).toContain(row.body.responseId);
        continue;
      }
      const exported = data[c.exportKey];
      expect(Array.isArray(exported) ? exported.length : 1, table).toBe(rows.length);
    }
    for (const needle of needles(a))
      if (needle !== a.token && needle !== a.idempotencyKey) expect(text).toContain(needle);
    // Left out by design (see AccountExport): session token hashes and the password hash are
    // credentials, not information about the person; an acknowledgement's client key is a
    // random value of the client's (its response is exported, above).
    expect(text).not.toContain(a.token);
    expect(text).not.toContain(a.idempotencyKey);
    expect(text).not.toContain('not-a-hash');
    for (const needle of needles(b)) expect(text, needle).not.toContain(needle);
    expect(text).not.toContain(admin);
  });

  it('erases the person from every table, keeping only the pseudonymous records', async () => {
    // A release of the results, computed with Anna's answers before her erasure.
    const population = `${CITY}/${staffSelfAssessment.id}`;
    const results = await selfAssessmentResults(store, CITY, staffSelfAssessment, framework);
    const built = await buildRelease(
      results.filter((r) => r.phase === 'baseline'),
      { population, breakdowns: [[]], minGroupSize: 5 },
      { framework },
    );
    expect(built.release.tables[0]!.cells[0]).toMatchObject({ n: 6, hidden: false });
    const published = await store.releases.publish(CITY, {
      population,
      sequence: 1,
      plan: { population, breakdowns: [[]], minGroupSize: 5 },
      release: built.release,
      ledger: built.ledger,
    });
    expect(published.ok).toBe(true);
    const publishedAt = (await store.releases.get(CITY, population, 1))!.publishedAt;
    expect(await store.erasures.answeredBeforeErasedAfter(CITY, publishedAt)).toBe(0);

    const before = Object.fromEntries(
      await Promise.all(needles(a).map(async (n) => [n, await occurrences(store, n)] as const)),
    );
    // The test finds what it looks for: every value is somewhere before the erasure.
    for (const [needle, found] of Object.entries(before))
      expect(found.length, needle).toBeGreaterThan(0);
    const bBefore = await Promise.all(needles(b).map((n) => occurrences(store, n)));

    const deletion = await store.deleteAccount(CITY, a.accountId, { programmes: [programme] });
    expect(deletion.deleted).toBe(true);
    // As the portal's route does after an erasure.
    await store.audit.record(CITY, { actorId: a.accountId, action: 'account-deleted' });

    for (const needle of needles(a)) {
      const left = await occurrences(store, needle);
      if (needle === a.accountId) expect(left.sort(), needle).toEqual(Object.keys(ID_KEPT).sort());
      else expect(left, needle).toEqual([]);
    }
    // The rows kept hold no email or content: only the id, moments, actions and counts.
    const kept = await sql<Record<string, unknown>>`
      select * from audit_events where city_id = ${CITY} and actor_id = ${a.accountId}`.execute(
      store.db,
    );
    expect(kept.rows.map((r) => r.action).sort()).toEqual(
      ['account-deleted', 'data-exported', 'signed-in'].sort(),
    );
    expect(kept.rows.every((r) => r.subject === null)).toBe(true);
    // Bruno's rows are all still there.
    expect(await Promise.all(needles(b).map((n) => occurrences(store, n)))).toEqual(bBefore);

    // The erasure is recorded as a moment and counts: the release computed before it reports
    // one account erased since whose answers it counts; a moment after the erasure, none.
    expect(await store.erasures.answeredBeforeErasedAfter(CITY, publishedAt)).toBe(1);
    expect(await store.erasures.answeredBeforeErasedAfter(CITY, new Date(Date.now() + 1000))).toBe(
      0,
    );
    expect(await store.erasures.answeredBeforeErasedAfter(OTHER_CITY, publishedAt)).toBe(0);
    // A release computed now leaves her answers out.
    const after = await selfAssessmentResults(store, CITY, staffSelfAssessment, framework);
    expect(after.filter((r) => r.respondent === a.accountId)).toEqual([]);
    expect(after).toHaveLength(results.length - 2);
  });

  it('counts an erasure only against releases computed after the person first answered', async () => {
    // Someone who answers only after a moment was not in data computed at that moment.
    const moment = new Date();
    const late = await setUpPerson(store, 'late', admin);
    await store.deleteAccount(CITY, late.accountId, { programmes: [programme] });
    expect(await store.erasures.answeredBeforeErasedAfter(CITY, moment)).toBe(0);
    // A deletion recorded before migration 0014 (no `answers_from`) counts when it removed
    // answers, and not when it removed none.
    for (const [id, responses] of [
      ['old-with-answers', 2],
      ['old-without', 0],
    ] as const)
      await store.db
        .insertInto('account_deletions')
        .values({
          city_id: CITY,
          deletion_id: id,
          account_id: id,
          deleted_at: new Date(Date.now() + 60_000),
          rows_deleted: JSON.stringify({ responses }),
        })
        .execute();
    expect(await store.erasures.answeredBeforeErasedAfter(CITY, new Date(Date.now() + 1000))).toBe(
      1,
    );
  });
}

const missing = inject('postgresMissing');
describe('GDPR proofs on PGlite', () => proofs('pglite'));
describe('GDPR proofs on PostgreSQL', () => {
  if (missing)
    it('runs against a real PostgreSQL', () => {
      throw new Error(`${missing}. Install Debian's postgresql (apt-get install postgresql).`);
    });
  else proofs('postgresql');
});
