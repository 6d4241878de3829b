// The store's behaviour, run against each backend (store.pglite.test.ts and
// store.postgres.test.ts). Each test works in cities of its own (random ids), so the tests of
// one file share one store.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Store } from '../open-store.js';
import type { Account } from '../accounts.js';
import { newSessionToken } from '../session-tokens.js';
import { GroupCommit } from '../group-commit.js';
import { openTestStore, type Backend } from './stores.js';

const START = new Date('2027-03-01T09:00:00.000Z');
const HOUR = 3_600_000;
const instrument = 'https://w3id.org/competence-kit/instruments/staff-self-assessment';
const place = { programmeId: 'programme-2027', sessionId: 'module-1-day-1' };
const fullSession = { ...place, sessionId: 'full-session' };

/** A programme document (programme.schema.json) of one session. */
const programmeDoc = (id: string, capacity = 2) => ({
  id,
  territory: 'test-town',
  catalogue: { id: 'https://example.org/catalogue', version: '^1.0.0' },
  period: { start: '2027-01-01', end: '2027-12-31' },
  sessions: [
    {
      id: place.sessionId,
      module: 'module-1',
      dates: ['2027-02-01'],
      place: { type: 'in-person' as const, name: 'Room 1' },
      language: 'de',
      capacity,
    },
  ],
});

export function defineStoreSuite(backend: Backend) {
  let store: Store;
  let dispose: () => Promise<void>;
  let clock = START;
  const later = (hours: number) => new Date(clock.getTime() + hours * HOUR);

  beforeAll(async () => {
    ({ store, dispose } = await openTestStore(backend, { now: () => clock }));
  });
  afterAll(async () => {
    await dispose?.();
  });

  async function newCity(): Promise<string> {
    const cityId = `city-${randomUUID().slice(0, 8)}`;
    await store.cities.ensure(cityId);
    return cityId;
  }

  async function newAccount(cityId: string, email = `${randomUUID().slice(0, 6)}@example.org`) {
    const created = await store.accounts.create(cityId, {
      email,
      role: 'staff',
      passwordHash: `$scrypt$test$${randomUUID()}`,
      roleProfile: 'front-desk',
    });
    if (!created.ok) throw new Error(created.code);
    return created.account;
  }

  describe(`store on ${backend}`, () => {
    it('registers cities idempotently', async () => {
      const cityId = `city-${randomUUID().slice(0, 8)}`;
      expect(await store.cities.exists(cityId)).toBe(false);
      const first = await store.cities.ensure(cityId);
      const second = await store.cities.ensure(cityId);
      expect(second).toEqual(first);
      expect(await store.cities.exists(cityId)).toBe(true);
    });

    it('creates accounts: email normalised, unique within a city, not across cities', async () => {
      const city = await newCity();
      const other = await newCity();
      const created = await store.accounts.create(city, {
        email: '  Giulia.Rossi@Comune.Ravenna.IT ',
        role: 'coordinator',
        passwordHash: 'hash-1',
      });
      expect(created.ok).toBe(true);
      if (!created.ok) return;
      expect(created.account).toMatchObject({
        cityId: city,
        email: 'giulia.rossi@comune.ravenna.it',
        role: 'coordinator',
        roleProfile: null,
      });
      expect(created.account.createdAt).toBeInstanceOf(Date);
      expect(created.account).not.toHaveProperty('passwordHash');
      expect(
        await store.accounts.create(city, {
          email: 'GIULIA.ROSSI@comune.ravenna.it',
          role: 'staff',
          passwordHash: 'x',
        }),
      ).toEqual({ ok: false, code: 'email-taken' });
      const elsewhere = await store.accounts.create(other, {
        email: 'giulia.rossi@comune.ravenna.it',
        role: 'staff',
        passwordHash: 'x',
      });
      expect(elsewhere.ok).toBe(true);
      expect(
        await store.accounts.create(`never-registered-${randomUUID()}`, {
          email: 'a@b.c',
          role: 'staff',
          passwordHash: 'x',
        }),
      ).toEqual({ ok: false, code: 'unknown-city' });
    });

    it('refuses a role outside staff, coordinator and admin (a database constraint)', async () => {
      const city = await newCity();
      await expect(
        store.accounts.create(city, {
          email: 'x@example.org',
          role: 'superuser' as 'admin',
          passwordHash: 'x',
        }),
      ).rejects.toThrow(/check constraint/);
    });

    it('finds an account by email (with its hash) and by id (without)', async () => {
      const city = await newCity();
      const account = await newAccount(city, 'Ana@Cartagena.es');
      const found = await store.accounts.findByEmail(city, ' ANA@cartagena.ES');
      expect(found).toMatchObject({ ...account, passwordHash: expect.stringMatching(/^\$scrypt/) });
      expect(await store.accounts.get(city, account.accountId)).toEqual(account);
      expect(await store.accounts.get(city, randomUUID())).toBeUndefined();
      expect(await store.accounts.get(city, 'not-a-uuid')).toBeUndefined();
      expect(await store.accounts.findByEmail(city, 'nobody@cartagena.es')).toBeUndefined();
    });

    it('changes the password hash and the role profile', async () => {
      const city = await newCity();
      const account = await newAccount(city);
      expect(await store.accounts.setPasswordHash(city, account.accountId, 'new-hash')).toBe(true);
      expect((await store.accounts.findByEmail(city, account.email))?.passwordHash).toBe(
        'new-hash',
      );
      expect(await store.accounts.setRoleProfile(city, account.accountId, 'team-lead')).toBe(true);
      expect((await store.accounts.get(city, account.accountId))?.roleProfile).toBe('team-lead');
      expect(await store.accounts.setPasswordHash(city, randomUUID(), 'x')).toBe(false);
    });

    it('keeps sessions by token hash until they expire', async () => {
      const city = await newCity();
      const account = await newAccount(city);
      const { token, tokenHash } = newSessionToken();
      expect(token).not.toBe(tokenHash);
      const session = await store.sessions.create(city, {
        tokenHash,
        accountId: account.accountId,
        expiresAt: later(8),
      });
      expect(session).toMatchObject({ cityId: city, tokenHash, accountId: account.accountId });
      expect(await store.sessions.findValid(city, tokenHash)).toEqual({ session, account });
      expect(await store.sessions.findValid(city, token)).toBeUndefined();
      expect(
        await store.sessions.create(city, {
          tokenHash: 'x',
          accountId: randomUUID(),
          expiresAt: later(1),
        }),
      ).toBeUndefined();

      clock = later(9);
      try {
        expect(await store.sessions.findValid(city, tokenHash)).toBeUndefined();
        expect(await store.sessions.extend(city, tokenHash, later(8))).toBe(true);
        expect((await store.sessions.findValid(city, tokenHash))?.session.expiresAt).toEqual(
          later(8),
        );
      } finally {
        clock = START;
      }
      expect(await store.sessions.delete(city, tokenHash)).toBe(true);
      expect(await store.sessions.delete(city, tokenHash)).toBe(false);
      expect(await store.sessions.findValid(city, tokenHash)).toBeUndefined();
    });

    it('deletes expired sessions and all of an account’s sessions', async () => {
      const city = await newCity();
      const account = await newAccount(city);
      for (const hours of [1, 2, 10]) {
        await store.sessions.create(city, {
          tokenHash: newSessionToken().tokenHash,
          accountId: account.accountId,
          expiresAt: later(hours),
        });
      }
      clock = later(5);
      try {
        expect(await store.sessions.deleteExpired(city)).toBe(2);
        expect(await store.sessions.deleteExpired(city)).toBe(0);
      } finally {
        clock = START;
      }
      expect(await store.sessions.deleteForAccount(city, account.accountId)).toBe(1);
    });

    it('saves, replaces, lists and discards drafts, keeping their JSON exactly', async () => {
      const city = await newCity();
      const account = await newAccount(city);
      const draft = {
        answers: [
          { item: 'q1', value: 3 },
          { item: 'q2', skipped: true, reason: 'declined' },
        ],
        notes: ['ä ö ü ß', 'مرحبا', '😀', ''],
        nested: { array: [[1, 2], []], nothing: null, yes: true, half: 0.5 },
      };
      const saved = await store.drafts.save(city, account.accountId, {
        instrumentId: instrument,
        instrumentVersion: '1.0.0',
        draft,
      });
      expect(saved).toMatchObject({ draft, instrumentVersion: '1.0.0', updatedAt: clock });
      expect(await store.drafts.load(city, account.accountId, instrument)).toEqual(saved);

      clock = later(1);
      try {
        const replaced = await store.drafts.save(city, account.accountId, {
          instrumentId: instrument,
          instrumentVersion: '1.1.0',
          draft: [1, 2, 3],
        });
        expect(replaced).toMatchObject({ draft: [1, 2, 3], instrumentVersion: '1.1.0' });
        expect(replaced?.updatedAt).toEqual(clock);
      } finally {
        clock = START;
      }
      await store.drafts.save(city, account.accountId, {
        instrumentId: 'a-first-instrument',
        instrumentVersion: '1.0.0',
        draft: {},
      });
      expect(
        (await store.drafts.listOwn(city, account.accountId)).map((d) => d.instrumentId),
      ).toEqual(['a-first-instrument', instrument]);
      expect(await store.drafts.delete(city, account.accountId, instrument)).toBe(true);
      expect(await store.drafts.load(city, account.accountId, instrument)).toBeUndefined();
      expect(
        await store.drafts.save(city, randomUUID(), {
          instrumentId: instrument,
          instrumentVersion: '1',
          draft: {},
        }),
      ).toBeUndefined();
    });

    it('submits responses, discarding the draft in the same transaction', async () => {
      const city = await newCity();
      const account = await newAccount(city);
      const colleague = await newAccount(city);
      await store.drafts.save(city, account.accountId, {
        instrumentId: instrument,
        instrumentVersion: '1.0.0',
        draft: { answers: [] },
      });
      const response = { respondent: 'p-7f3a9c', answers: [{ item: 'q1', value: 4 }] };
      const first = await store.responses.submit(city, account.accountId, {
        instrumentId: instrument,
        instrumentVersion: '1.0.0',
        response,
      });
      expect(first).toMatchObject({ response, submittedAt: START, accountId: account.accountId });
      expect(await store.drafts.load(city, account.accountId, instrument)).toBeUndefined();
      clock = later(24);
      try {
        await store.responses.submit(city, account.accountId, {
          instrumentId: instrument,
          instrumentVersion: '1.0.0',
          response: { ...response, phase: 'follow-up' },
        });
        await store.responses.submit(city, colleague.accountId, {
          instrumentId: instrument,
          instrumentVersion: '1.0.0',
          response: { respondent: 'p-colleague' },
        });
        await store.responses.submit(city, account.accountId, {
          instrumentId: 'another',
          instrumentVersion: '2.0.0',
          response: [],
        });
      } finally {
        clock = START;
      }
      const own = await store.responses.listOwn(city, account.accountId, instrument);
      expect(own.map((r) => r.response)).toEqual([response, { ...response, phase: 'follow-up' }]);
      expect(await store.responses.listOwn(city, account.accountId)).toHaveLength(3);
      expect(await store.responses.listForInstrument(city, instrument)).toHaveLength(3);
      expect(
        await store.responses.submit(city, randomUUID(), {
          instrumentId: instrument,
          instrumentVersion: '1',
          response: {},
        }),
      ).toBeUndefined();
    });

    it('enrols, counts, lists and leaves sessions of the programme', async () => {
      const city = await newCity();
      const account = await newAccount(city);
      const colleague = await newAccount(city);
      const enrolment = await store.enrolments.enrol(city, account.accountId, place);
      expect(enrolment).toEqual({
        cityId: city,
        accountId: account.accountId,
        ...place,
        enrolledAt: START,
      });
      clock = later(1);
      try {
        expect(await store.enrolments.enrol(city, account.accountId, place)).toEqual(enrolment);
        await store.enrolments.enrol(city, colleague.accountId, place);
        await store.enrolments.enrol(city, account.accountId, { ...place, sessionId: 'module-2' });
      } finally {
        clock = START;
      }
      expect(await store.enrolments.countForSession(city, place)).toBe(2);
      expect(
        (await store.enrolments.listOwn(city, account.accountId)).map((e) => e.sessionId),
      ).toEqual(['module-1-day-1', 'module-2']);
      expect(await store.enrolments.leave(city, account.accountId, place)).toBe(true);
      expect(await store.enrolments.leave(city, account.accountId, place)).toBe(false);
      expect(await store.enrolments.countForSession(city, place)).toBe(1);
      expect(await store.enrolments.enrol(city, randomUUID(), place)).toBeUndefined();
    });

    it('counts a module completed when a session of it was attended', async () => {
      const city = await newCity();
      const [a, b, c] = [await newAccount(city), await newAccount(city), await newAccount(city)];
      const programme = {
        id: place.programmeId,
        sessions: [
          { id: 'module-1-day-1', module: 'module-1' },
          { id: 'module-1-again', module: 'module-1' },
          { id: 'module-2', module: 'module-2' },
        ],
      };
      const run = (sessionId: string) => ({ programmeId: place.programmeId, sessionId });
      for (const account of [a, b, c]) await store.enrolments.enrol(city, account.accountId, place);
      await store.enrolments.enrol(city, a.accountId, run('module-2'));
      await store.enrolments.enrol(city, b.accountId, run('module-1-again'));
      await store.enrolments.enrol(city, a.accountId, run('gone-from-the-programme'));
      await store.attendance.record(city, place, new Set([a.accountId]));
      await store.attendance.record(city, run('module-2'), new Set()); // enrolled, absent
      await store.attendance.record(city, run('module-1-again'), new Set([b.accountId]));
      await store.attendance.record(city, run('gone-from-the-programme'), new Set([a.accountId]));
      const done = await store.attendance.completions(city, programme);
      expect([...done.keys()].sort()).toEqual([a.accountId, b.accountId].sort());
      expect([...done.get(a.accountId)!.entries()]).toEqual([
        ['module-1', { sessionId: 'module-1-day-1', recordedAt: START }],
      ]);
      expect(done.get(b.accountId)!.get('module-1')!.sessionId).toBe('module-1-again');
      expect(
        await store.attendance.completions(city, { ...programme, id: 'another-programme' }),
      ).toEqual(new Map());
    });

    it('stores credentials once per account, programme and module, text kept as given', async () => {
      const city = await newCity();
      const [a, b] = [await newAccount(city), await newAccount(city)];
      const text = '{"b":1,  "a":"é"}';
      const credential = (accountId: string, module: string, credentialId = randomUUID()) => ({
        credentialId,
        accountId,
        programmeId: place.programmeId,
        module,
        credential: text,
      });
      const first = credential(a.accountId, 'module-1');
      expect(await store.credentials.add(city, first)).toBe(true);
      // The same module again (another id), or the same id again: nothing stored.
      expect(await store.credentials.add(city, credential(a.accountId, 'module-1'))).toBe(false);
      expect(
        await store.credentials.add(city, credential(b.accountId, 'module-1', first.credentialId)),
      ).toBe(false);
      expect(await store.credentials.add(city, credential(randomUUID(), 'module-1'))).toBe(false);
      clock = later(1);
      try {
        expect(await store.credentials.add(city, credential(a.accountId, 'module-2'))).toBe(true);
        expect(await store.credentials.add(city, credential(b.accountId, 'module-1'))).toBe(true);
        expect(
          await store.credentials.add(city, {
            ...credential(b.accountId, 'module-1'),
            programmeId: 'another-programme',
          }),
        ).toBe(true);
      } finally {
        clock = START;
      }
      expect(await store.credentials.get(city, first.credentialId)).toEqual({
        cityId: city,
        ...first,
        issuedAt: START,
      });
      expect(await store.credentials.get(city, randomUUID())).toBeUndefined();
      expect((await store.credentials.listOwn(city, a.accountId)).map((c) => c.module)).toEqual([
        'module-1',
        'module-2',
      ]);
      const listed = await store.credentials.listForProgramme(city, place.programmeId);
      expect(listed).toHaveLength(3);
      expect(listed[0]).not.toHaveProperty('credential');
      expect(await store.credentials.listForProgramme(city, 'another-programme')).toHaveLength(1);
    });

    it('never gives a session more places than its capacity, however many enrol at once', async () => {
      const city = await newCity();
      const accounts = await Promise.all(Array.from({ length: 12 }, () => newAccount(city)));
      const outcomes = await Promise.all(
        accounts.map((a) =>
          store.transaction((r) => r.enrolments.enrolIfRoom(city, a.accountId, place, 5)),
        ),
      );
      expect(outcomes.filter((o) => o === 'enrolled')).toHaveLength(5);
      expect(outcomes.filter((o) => o === 'full')).toHaveLength(7);
      expect(await store.enrolments.countForSession(city, place)).toBe(5);
      // Enrolling again keeps the place and counts nothing twice; an unknown account gets none.
      const holder = accounts[outcomes.indexOf('enrolled')]!;
      expect(
        await store.transaction((r) => r.enrolments.enrolIfRoom(city, holder.accountId, place, 5)),
      ).toBe('enrolled');
      expect(
        await store.transaction((r) => r.enrolments.enrolIfRoom(city, randomUUID(), place, 5)),
      ).toBeUndefined();
      expect(await store.enrolments.countForSession(city, place)).toBe(5);
    });

    it('keeps each release once, in sequence, with its JSON exactly, and its ledger apart', async () => {
      const city = await newCity();
      const entry = (sequence: number) => ({
        population: 'staff-self-assessment',
        sequence,
        plan: { breakdowns: [[], ['roleProfile']], minGroupSize: 5 },
        release: { tables: [{ by: [], cells: [{ key: {}, n: 12, note: 'é \u2028 "q"' }] }] },
        ledger: { sequence, contributions: { '[]': ['a', 'b'] } },
      });
      const first = await store.releases.publish(city, entry(1));
      expect(first).toMatchObject({ ok: true, release: { sequence: 1, publishedAt: START } });
      // A second release 1 (a coordinator who built on an older ledger) is refused, not mixed.
      expect(await store.releases.publish(city, { ...entry(1), release: 'other' })).toEqual({
        ok: false,
        code: 'taken',
      });
      clock = later(24);
      try {
        await store.releases.publish(city, entry(2));
      } finally {
        clock = START;
      }
      const listed = await store.releases.list(city);
      expect(listed.map((r) => r.sequence)).toEqual([2, 1]);
      expect(listed[1]!.release).toEqual(entry(1).release);
      expect(listed[0]).not.toHaveProperty('ledger');
      expect((await store.releases.get(city, 'staff-self-assessment', 2))?.plan).toEqual(
        entry(2).plan,
      );
      expect(await store.releases.get(city, 'staff-self-assessment', 3)).toBeUndefined();
      expect(await store.releases.ledgers(city, 'staff-self-assessment')).toEqual([
        entry(1).ledger,
        entry(2).ledger,
      ]);
    });

    it('keeps an audit log: newest first, with the email while the account exists', async () => {
      const city = await newCity();
      const account = await newAccount(city);
      await store.audit.record(city, { actorId: null, action: 'sign-in-refused' });
      clock = later(1);
      try {
        await store.audit.record(city, { actorId: account.accountId, action: 'signed-in' });
        await store.audit.record(city, {
          actorId: account.accountId,
          action: 'release-published',
          subject: `staff#1${'x'.repeat(300)}`,
        });
      } finally {
        clock = START;
      }
      const events = await store.audit.list(city);
      expect(
        events
          .slice(0, 2)
          .map((e) => [e.action, e.actorEmail])
          .sort(),
      ).toEqual([
        ['release-published', account.email],
        ['signed-in', account.email],
      ]);
      expect(events[2]).toMatchObject({
        action: 'sign-in-refused',
        actorId: null,
        actorEmail: null,
      });
      expect(events.find((e) => e.action === 'release-published')!.subject).toHaveLength(200);
      expect(await store.audit.list(city, 1)).toHaveLength(1);
      // The account's own events are in its export; after deletion they stay, naming nobody.
      const exported = await store.exportAccountData(city, account.accountId);
      expect(exported!.auditEvents.map((e) => e.action).sort()).toEqual([
        'release-published',
        'signed-in',
      ]);
      await store.deleteAccount(city, account.accountId);
      const after = await store.audit.list(city);
      expect(after.filter((e) => e.actorId === account.accountId)).toHaveLength(2);
      expect(after.every((e) => e.actorEmail === null)).toBe(true);
      // An action outside the list is refused by the database.
      await expect(
        store.audit.record(city, { actorId: null, action: 'read-everything' as never }),
      ).rejects.toThrow();
    });

    it('stores programmes as drafts, validated, and publishes them: the latest is in force', async () => {
      const city = await newCity();
      expect(await store.programmes.inForce(city)).toBeUndefined();
      const first = await store.programmes.createDraft(city, programmeDoc('plan-2027'), {
        load: [],
      });
      expect(first.ok && first.programme).toMatchObject({
        cityId: city,
        programmeId: 'plan-2027',
        status: 'draft',
        plan: { load: [] },
        publishedAt: null,
      });
      expect(await store.programmes.createDraft(city, programmeDoc('plan-2027'))).toEqual({
        ok: false,
        code: 'exists',
      });
      // The schema's validator runs before anything is stored.
      const invalid = await store.programmes.createDraft(city, programmeDoc('bad', 0));
      expect(invalid.ok).toBe(false);
      expect(!invalid.ok && invalid.code === 'invalid' && invalid.issues[0]?.path).toMatch(
        /capacity/,
      );
      expect(await store.programmes.get(city, 'bad')).toBeUndefined();
      // A draft is not in force until it is published.
      expect(await store.programmes.inForce(city)).toBeUndefined();
      expect(await store.programmes.publish(city, 'plan-2027')).toBe(true);
      expect(await store.programmes.publish(city, 'plan-2027')).toBe(false);
      expect((await store.programmes.inForce(city))?.programmeId).toBe('plan-2027');
      const updated = await store.programmes.update(city, programmeDoc('plan-2027', 5));
      expect(updated.ok && updated.programme.status).toBe('published');
      expect((await store.programmes.get(city, 'plan-2027'))?.programme.sessions[0]?.capacity).toBe(
        5,
      );
      expect((await store.programmes.update(city, programmeDoc('plan-2027', 0))).ok).toBe(false);
      expect(await store.programmes.update(city, programmeDoc('nowhere'))).toEqual({
        ok: false,
        code: 'not-found',
      });
      // A programme published later replaces it.
      clock = later(1);
      try {
        await store.programmes.createDraft(city, programmeDoc('plan-2028'));
        await store.programmes.publish(city, 'plan-2028');
      } finally {
        clock = START;
      }
      expect((await store.programmes.inForce(city))?.programmeId).toBe('plan-2028');
      expect((await store.programmes.list(city)).map((p) => p.programmeId)).toEqual([
        'plan-2028',
        'plan-2027',
      ]);
      const locked = await store.transaction((r) =>
        r.programmes.get(city, 'plan-2027', { forUpdate: true }),
      );
      expect(locked?.programme.sessions[0]?.capacity).toBe(5);
    });

    it('refuses a change made on an older revision of a programme, storing nothing', async () => {
      const city = await newCity();
      const created = await store.programmes.createDraft(city, programmeDoc('shared-draft'));
      expect(created.ok && created.programme.revision).toBe(1);
      const capacity = async () =>
        (await store.programmes.get(city, 'shared-draft'))?.programme.sessions[0]?.capacity;
      // Two coordinators opened the draft at revision 1; the first saves, the second is stale.
      const first = await store.programmes.update(city, programmeDoc('shared-draft', 3), {
        revision: 1,
      });
      expect(first.ok && first.programme.revision).toBe(2);
      expect(
        await store.programmes.update(city, programmeDoc('shared-draft', 4), { revision: 1 }),
      ).toEqual({ ok: false, code: 'stale', revision: 2 });
      expect(await capacity()).toBe(3);
      // The store's clock stands still here: the time of the change could not tell them apart.
      expect((await store.programmes.get(city, 'shared-draft'))?.updatedAt).toEqual(
        created.ok && created.programme.updatedAt,
      );
      // Without a revision the change is stored whatever the row's; publishing is a change too.
      const plain = await store.programmes.update(city, programmeDoc('shared-draft', 5));
      expect(plain.ok && plain.programme.revision).toBe(3);
      expect(await store.programmes.publish(city, 'shared-draft')).toBe(true);
      expect((await store.programmes.get(city, 'shared-draft'))?.revision).toBe(4);
      expect(
        (await store.programmes.update(city, programmeDoc('shared-draft', 6), { revision: 3 })).ok,
      ).toBe(false);
      // Two saves of the same revision at once: one is stored, the other is stale.
      const both = await Promise.all(
        [7, 8].map((n) =>
          store.programmes.update(city, programmeDoc('shared-draft', n), { revision: 4 }),
        ),
      );
      const stored = both.flatMap((w) => (w.ok ? [w.programme] : []));
      expect(stored).toHaveLength(1);
      expect(both.filter((w) => !w.ok)).toEqual([{ ok: false, code: 'stale', revision: 5 }]);
      expect(await capacity()).toBe(stored[0]!.programme.sessions[0]!.capacity);
      expect(await store.programmes.update(city, programmeDoc('nowhere'), { revision: 1 })).toEqual(
        { ok: false, code: 'not-found' },
      );
      // Invalid documents are refused before the revision is looked at.
      const invalid = await store.programmes.update(city, programmeDoc('shared-draft', 0), {
        revision: 5,
      });
      expect(!invalid.ok && invalid.code).toBe('invalid');
      expect((await store.programmes.get(city, 'shared-draft'))?.revision).toBe(5);
    });

    it('keeps waiting lists in order and enrols the first in line when a place frees', async () => {
      const city = await newCity();
      const [a, b, c] = [await newAccount(city), await newAccount(city), await newAccount(city)];
      const join = (id: string, capacity = 1) =>
        store.transaction((r) => r.waitingList.join(city, id, place, capacity));
      expect(await join(a.accountId)).toBe('enrolled'); // room and nobody waiting: a place at once
      expect(await join(a.accountId)).toBe('enrolled');
      expect(await join(b.accountId)).toBe('waiting');
      expect(await join(b.accountId)).toBe('waiting'); // once in the list
      expect(await join(c.accountId)).toBe('waiting');
      expect(await join(randomUUID())).toBeUndefined();
      expect(await store.waitingList.queue(city, place)).toEqual([b.accountId, c.accountId]);
      expect(await store.waitingList.listOwn(city, c.accountId)).toEqual([
        { ...place, position: 2, joinedAt: START },
      ]);
      expect(await store.transaction((r) => r.waitingList.enrolledUnderLock(city, place))).toBe(1);
      // a leaves: b gets the place in the same transaction, c moves up.
      expect(
        await store.transaction((r) => r.waitingList.leaveSession(city, a.accountId, place, 1)),
      ).toEqual({ left: true, promoted: [b.accountId] });
      expect(await store.enrolments.listOwn(city, b.accountId)).toHaveLength(1);
      expect(await store.waitingList.listOwn(city, c.accountId)).toEqual([
        { ...place, position: 1, joinedAt: START },
      ]);
      expect(
        await store.transaction((r) => r.waitingList.leaveSession(city, a.accountId, place, 1)),
      ).toEqual({ left: false, promoted: [] });
      // A larger capacity lets the next in line in.
      expect(await store.transaction((r) => r.waitingList.promote(city, place, 2))).toEqual([
        c.accountId,
      ]);
      expect(await store.enrolments.countForSession(city, place)).toBe(2);
      expect(await store.waitingList.queue(city, place)).toEqual([]);
      // Leaving the list.
      expect(await join(a.accountId, 2)).toBe('waiting');
      expect(await store.waitingList.leave(city, a.accountId, place)).toBe(true);
      expect(await store.waitingList.leave(city, a.accountId, place)).toBe(false);
    });

    it('gives each place freed by people leaving at once to the next in line, never more', async () => {
      const city = await newCity();
      const people = [];
      for (let i = 0; i < 5; i++) people.push((await newAccount(city)).accountId);
      const [first, second, ...waiting] = people as [string, string, ...string[]];
      for (const id of people)
        await store.transaction((r) => r.waitingList.join(city, id, place, 2));
      expect(await store.waitingList.queue(city, place)).toEqual(waiting);
      const outcomes = await Promise.all(
        [first, second].map((id) =>
          store.transaction((r) => r.waitingList.leaveSession(city, id, place, 2)),
        ),
      );
      expect(outcomes.flatMap((o) => o.promoted).sort()).toEqual(waiting.slice(0, 2).sort());
      expect(await store.enrolments.countForSession(city, place)).toBe(2);
      expect(await store.waitingList.queue(city, place)).toEqual([waiting[2]]);
    });

    it('gives the place of an erased account to the first in line, in no other city', async () => {
      const stored = { ...place, programmeId: 'erase-2027' };
      const city = await newCity();
      const other = await newCity();
      const sessionOf = async (cityId: string) => {
        await store.programmes.createDraft(cityId, programmeDoc('erase-2027', 1));
        await store.programmes.publish(cityId, 'erase-2027');
        const [enrolled, waiting] = [await newAccount(cityId), await newAccount(cityId)];
        for (const id of [enrolled.accountId, waiting.accountId])
          await store.transaction((r) => r.waitingList.join(cityId, id, stored, 1));
        return { enrolled: enrolled.accountId, waiting: waiting.accountId };
      };
      // The same session, full with one waiting, in two cities.
      const here = await sessionOf(city);
      const there = await sessionOf(other);
      const enrolledIn = (cityId: string) =>
        store.db
          .selectFrom('enrolments')
          .select('account_id')
          .where('city_id', '=', cityId)
          .where('programme_id', '=', stored.programmeId)
          .where('session_id', '=', stored.sessionId)
          .execute()
          .then((rows) => rows.map((r) => r.account_id));
      expect(await store.waitingList.queue(city, stored)).toEqual([here.waiting]);
      const deletion = await store.deleteAccount(city, here.enrolled);
      expect(deletion).toMatchObject({
        deleted: true,
        promoted: [{ ...stored, accountId: here.waiting }],
      });
      expect(deletion.rowsDeleted.enrolments).toBe(1);
      expect(await enrolledIn(city)).toEqual([here.waiting]);
      expect(await store.waitingList.queue(city, stored)).toEqual([]);
      // The other city's session of the same ids is as it was.
      expect(await enrolledIn(other)).toEqual([there.enrolled]);
      expect(await store.waitingList.queue(other, stored)).toEqual([there.waiting]);
      // Erasing someone who only waited frees no place.
      const late = await newAccount(other);
      await store.transaction((r) => r.waitingList.join(other, late.accountId, stored, 1));
      expect((await store.deleteAccount(other, late.accountId)).promoted).toEqual([]);
      expect(await store.waitingList.queue(other, stored)).toEqual([there.waiting]);
    });

    it('reads the capacity of a programme the store does not hold from the caller', async () => {
      const city = await newCity();
      const file = { ...programmeDoc('city-file-2027', 1), id: 'city-file-2027' };
      const filePlace = { ...place, programmeId: file.id };
      const people = [];
      for (let i = 0; i < 4; i++) people.push((await newAccount(city)).accountId);
      const [a, b, c, d] = people as [string, string, string, string];
      for (const id of [a, b, c])
        await store.transaction((r) => r.waitingList.join(city, id, filePlace, 1));
      // Without the document the capacity is unknown: the place stays free, nobody is promoted.
      expect((await store.deleteAccount(city, a)).promoted).toEqual([]);
      expect(await store.waitingList.queue(city, filePlace)).toEqual([b, c]);
      expect(await store.enrolments.countForSession(city, filePlace)).toBe(0);
      // With it: d holds the place now free, then d's erasure gives it to b.
      await store.enrolments.enrol(city, d, filePlace);
      expect((await store.deleteAccount(city, d, { programmes: [file] })).promoted).toEqual([
        { ...filePlace, accountId: b },
      ]);
      expect(await store.waitingList.queue(city, filePlace)).toEqual([c]);
    });

    it('gives each place freed by erasures at once to the next in line, never more', async () => {
      const city = await newCity();
      await store.programmes.createDraft(city, programmeDoc('erase-together', 2));
      const together = { ...place, programmeId: 'erase-together' };
      const people = [];
      for (let i = 0; i < 5; i++) people.push((await newAccount(city)).accountId);
      const [first, second, ...waiting] = people as [string, string, ...string[]];
      for (const id of people)
        await store.transaction((r) => r.waitingList.join(city, id, together, 2));
      const deletions = await Promise.all(
        [first, second].map((id) => store.deleteAccount(city, id)),
      );
      expect(deletions.flatMap((d) => d.promoted.map((p) => p.accountId)).sort()).toEqual(
        waiting.slice(0, 2).sort(),
      );
      expect(await store.enrolments.countForSession(city, together)).toBe(2);
      expect(await store.waitingList.queue(city, together)).toEqual([waiting[2]]);
    });

    /** An account with a row in every table. */
    async function populated(city: string) {
      const account = await newAccount(city);
      const { tokenHash } = newSessionToken();
      await store.sessions.create(city, {
        tokenHash,
        accountId: account.accountId,
        expiresAt: later(8),
      });
      const expired = newSessionToken().tokenHash;
      await store.sessions.create(city, {
        tokenHash: expired,
        accountId: account.accountId,
        expiresAt: later(-1),
      });
      await store.drafts.save(city, account.accountId, {
        instrumentId: 'draft-instrument',
        instrumentVersion: '1.0.0',
        draft: { answers: [{ item: 'q1', value: 2 }] },
      });
      // Submitted with an idempotency key: the key's row names the response (and goes with it).
      const idempotencyKey = randomUUID().replaceAll('-', '');
      await store.transaction(async (r) => {
        const claim = { scope: 'responses', key: idempotencyKey, requestHash: 'hash-1' };
        expect(await r.idempotency.claim(city, claim)).toEqual({ kind: 'new' });
        const stored = await r.responses.submit(city, account.accountId, {
          instrumentId: instrument,
          instrumentVersion: '1.0.0',
          response: { respondent: 'p-1', answers: [] },
        });
        await r.idempotency.complete(city, claim, {
          status: 201,
          body: { responseId: stored!.responseId },
        });
      });
      await store.enrolments.enrol(city, account.accountId, place);
      await store.attendance.record(city, place, new Set([account.accountId]));
      await store.evaluation.give(city, account.accountId, {
        ...place,
        moduleId: 'module-1',
        satisfaction: 4,
        usefulness: 5,
        comment: 'Useful.',
      });
      await store.identities.link(
        city,
        { issuer: 'https://id.example.org', subject: `sub-${account.accountId}` },
        account.accountId,
      );
      // Waiting for a full session (capacity 0: nobody is ever promoted into it).
      await store.transaction((r) => r.waitingList.join(city, account.accountId, fullSession, 0));
      const credentialId = randomUUID();
      await store.credentials.add(city, {
        credentialId,
        accountId: account.accountId,
        programmeId: place.programmeId,
        module: 'module-1',
        credential: '{"signed": true}',
      });
      return { account, tokenHash, expired, credentialId, idempotencyKey };
    }

    it('exports all of an account’s data as JSON, without credentials (GDPR Art. 15/20)', async () => {
      const city = await newCity();
      const { account, tokenHash } = await populated(city);
      const exported = await store.exportAccountData(city, account.accountId);
      expect(exported).toMatchObject({
        format: 'competence-kit/account-export',
        formatVersion: 1,
        exportedAt: START.toISOString(),
        cityId: city,
        account: { accountId: account.accountId, email: account.email, role: 'staff' },
      });
      expect(exported?.sessions).toHaveLength(2);
      expect(exported?.drafts).toHaveLength(1);
      expect(exported?.responses).toHaveLength(1);
      expect(exported?.enrolments).toEqual([{ ...place, enrolledAt: START.toISOString() }]);
      // Who gave feedback is the person's; what they said is anonymous and not theirs to export.
      expect(exported?.feedbackGiven).toEqual([place]);
      expect(exported?.waitingList).toEqual([
        { ...place, sessionId: 'full-session', joinedAt: START.toISOString() },
      ]);
      expect(exported?.identities).toEqual([
        {
          issuer: 'https://id.example.org',
          subject: `sub-${account.accountId}`,
          createdAt: START.toISOString(),
          lastSignInAt: START.toISOString(),
        },
      ]);
      expect(exported?.credentials).toEqual([
        {
          credentialId: expect.any(String),
          programmeId: place.programmeId,
          module: 'module-1',
          issuedAt: START.toISOString(),
          credential: '{"signed": true}',
        },
      ]);
      expect(JSON.stringify(exported)).not.toContain('Useful.');
      expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
      const text = JSON.stringify(exported);
      expect(text).not.toContain('$scrypt');
      expect(text).not.toContain(tokenHash);
      expect(await store.exportAccountData(city, randomUUID())).toBeUndefined();
    });

    it('deletes an account and all its rows in one transaction, and records it (Art. 17)', async () => {
      const city = await newCity();
      const { account } = await populated(city);
      const colleague = await populated(city);
      const before = await store.exportAccountData(city, colleague.account.accountId);
      const deletion = await store.deleteAccount(city, account.accountId);
      expect(deletion).toEqual({
        deleted: true,
        promoted: [],
        rowsDeleted: {
          sessions: 2,
          assessment_drafts: 1,
          idempotency_keys: 1,
          responses: 1,
          enrolments: 1,
          attendance: 1,
          waiting_list: 1,
          feedback_given: 1,
          account_identities: 1,
          credentials: 1,
          accounts: 1,
        },
      });
      for (const table of [
        'sessions',
        'assessment_drafts',
        'responses',
        'enrolments',
        'attendance',
        'waiting_list',
        'feedback_given',
        'account_identities',
        'credentials',
        'accounts',
      ] as const) {
        const { n } = await store.db
          .selectFrom(table)
          .select(sql<number>`count(*)::int`.as('n'))
          .where('city_id', '=', city)
          .where('account_id', '=', account.accountId)
          .executeTakeFirstOrThrow();
        expect(n, table).toBe(0);
      }
      // The keys name no account: the account's went with its responses, the colleague's stay.
      const keys = await store.db
        .selectFrom('idempotency_keys')
        .select('key')
        .where('city_id', '=', city)
        .execute();
      expect(keys).toEqual([{ key: colleague.idempotencyKey }]);
      const record = await store.db
        .selectFrom('account_deletions')
        .selectAll()
        .where('city_id', '=', city)
        .execute();
      expect(record).toEqual([
        expect.objectContaining({
          account_id: account.accountId,
          rows_deleted: deletion.rowsDeleted,
        }),
      ]);
      expect(await store.exportAccountData(city, colleague.account.accountId)).toEqual(before);
      expect(await store.accounts.delete(city, account.accountId)).toEqual({
        deleted: false,
        promoted: [],
        rowsDeleted: {
          sessions: 0,
          assessment_drafts: 0,
          idempotency_keys: 0,
          responses: 0,
          enrolments: 0,
          attendance: 0,
          waiting_list: 0,
          feedback_given: 0,
          account_identities: 0,
          credentials: 0,
          accounts: 0,
        },
      });
    });

    /** Submits a response under an idempotency key, as the routes do (web/idempotency.ts). */
    const submitWithKey = (city: string, accountId: string, key: string, requestHash: string) =>
      store.transaction(async (r) => {
        const claim = { scope: 'responses', key, requestHash };
        const found = await r.idempotency.claim(city, claim);
        if (found.kind !== 'new') return found;
        const stored = await r.responses.submit(city, accountId, {
          instrumentId: instrument,
          instrumentVersion: '1.0.0',
          response: { respondent: accountId, requestHash },
        });
        const acknowledgement = { status: 201, body: { responseId: stored!.responseId } };
        await r.idempotency.complete(city, claim, acknowledgement);
        return { kind: 'stored' as const, acknowledgement };
      });
    const responsesIn = async (city: string) =>
      (await store.responses.listForInstrument(city, instrument)).length;

    it('stores an idempotency key with its submission: a retry repeats, another request is refused', async () => {
      const city = await newCity();
      const account = await newAccount(city);
      const key = 'key-0123456789abcdef';
      const first = await submitWithKey(city, account.accountId, key, 'hash-a');
      expect(first.kind).toBe('stored');
      const again = await submitWithKey(city, account.accountId, key, 'hash-a');
      expect(again).toEqual({
        kind: 'replay',
        acknowledgement: (first as { acknowledgement: unknown }).acknowledgement,
      });
      expect(await submitWithKey(city, account.accountId, key, 'hash-b')).toEqual({
        kind: 'mismatch',
      });
      expect(await responsesIn(city)).toBe(1);
      expect(await store.idempotency.count(city, 'responses')).toBe(1);
      // Another scope is another submission.
      const elsewhere = await store.transaction((r) =>
        r.idempotency.claim(city, { scope: 'q/other', key, requestHash: 'hash-a' }),
      );
      expect(elsewhere).toEqual({ kind: 'new' });
    });

    it('leaves no key behind when the submission rolls back, so that a retry stores it', async () => {
      const city = await newCity();
      const account = await newAccount(city);
      const key = 'rolled-back-key-0001';
      await expect(
        store.transaction(async (r) => {
          await r.idempotency.claim(city, { scope: 'responses', key, requestHash: 'h' });
          await r.responses.submit(city, account.accountId, {
            instrumentId: instrument,
            instrumentVersion: '1.0.0',
            response: {},
          });
          throw new Error('crashed before the reply');
        }),
      ).rejects.toThrow('crashed before the reply');
      expect(await store.idempotency.count(city, 'responses')).toBe(0);
      expect(await responsesIn(city)).toBe(0);
      expect((await submitWithKey(city, account.accountId, key, 'h')).kind).toBe('stored');
      expect(await responsesIn(city)).toBe(1);
    });

    it('stores once when twenty transactions claim one key at the same time', async () => {
      const city = await newCity();
      const account = await newAccount(city);
      const key = 'concurrent-key-000001';
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, () => submitWithKey(city, account.accountId, key, 'same')),
      );
      expect(outcomes.filter((o) => o.kind === 'stored')).toHaveLength(1);
      expect(outcomes.filter((o) => o.kind === 'replay')).toHaveLength(19);
      const ids = new Set(
        outcomes.map((o) => JSON.stringify((o as { acknowledgement: unknown }).acknowledgement)),
      );
      expect(ids.size).toBe(1);
      expect(await responsesIn(city)).toBe(1);
    });

    it('refuses malformed keys and claims outside a transaction', async () => {
      const city = await newCity();
      for (const key of ['short', 'x'.repeat(129), 'with space in the key!'])
        await expect(
          store.transaction((r) =>
            r.idempotency.claim(city, { scope: 'responses', key, requestHash: 'h' }),
          ),
        ).rejects.toThrow(TypeError);
      await expect(
        store.idempotency.claim(city, {
          scope: 'responses',
          key: 'outside-a-transaction',
          requestHash: 'h',
        }),
      ).rejects.toThrow('inside store.transaction');
      // The database refuses a malformed key too.
      await expect(
        store.db
          .insertInto('idempotency_keys')
          .values({
            city_id: city,
            scope: 'responses',
            key: 'bad key',
            request_hash: 'h',
            status: 201,
            body: '{}',
            created_at: START,
          })
          .execute(),
      ).rejects.toThrow();
    });

    it('purges keys older than a number of days, keeping the day only', async () => {
      const city = await newCity();
      const account = await newAccount(city);
      try {
        clock = new Date('2027-03-01T23:59:00Z');
        await submitWithKey(city, account.accountId, 'old-key-000000000001', 'h');
        clock = new Date('2027-03-08T08:00:00Z');
        await submitWithKey(city, account.accountId, 'new-key-000000000001', 'h');
        const days = await store.db
          .selectFrom('idempotency_keys')
          .select(['key', 'created_at'])
          .where('city_id', '=', city)
          .orderBy('key')
          .execute();
        expect(days.map((d) => [d.key, d.created_at.toISOString()])).toEqual([
          ['new-key-000000000001', '2027-03-08T00:00:00.000Z'],
          ['old-key-000000000001', '2027-03-01T00:00:00.000Z'],
        ]);
        await expect(store.idempotency.purge(city, 0)).rejects.toThrow(RangeError);
        expect(await store.idempotency.purge(city, 7)).toBe(0);
        // Stored on 1 March: more than seven days ago from 9 March on.
        clock = new Date('2027-03-09T00:30:00Z');
        expect(await store.idempotency.purge(city, 7)).toBe(1);
        expect(await store.idempotency.count(city, 'responses')).toBe(1);
        // The submissions stay: only their keys go.
        expect(await responsesIn(city)).toBe(2);
      } finally {
        clock = START;
      }
    });

    it('rolls a transaction back when it throws', async () => {
      const city = await newCity();
      await expect(
        store.transaction(async (repositories) => {
          const created = await repositories.accounts.create(city, {
            email: 'rollback@example.org',
            role: 'staff',
            passwordHash: 'x',
          });
          expect(created.ok).toBe(true);
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect(await store.accounts.findByEmail(city, 'rollback@example.org')).toBeUndefined();
      const committed = await store.transaction(async (repositories) => {
        const created = await repositories.accounts.create(city, {
          email: 'kept@example.org',
          role: 'admin',
          passwordHash: 'x',
        });
        if (!created.ok) throw new Error(created.code);
        // A repository function that has its own transaction joins this one.
        await repositories.responses.submit(city, created.account.accountId, {
          instrumentId: instrument,
          instrumentVersion: '1',
          response: {},
        });
        return created.account;
      });
      expect(await store.responses.listOwn(city, committed.accountId)).toHaveLength(1);
    });

    it('serves concurrent requests (one PGlite connection, a PostgreSQL pool)', async () => {
      const city = await newCity();
      const accounts = await Promise.all(
        Array.from({ length: 12 }, (_, i) => newAccount(city, `parallel-${i}@example.org`)),
      );
      await Promise.all(
        accounts.flatMap((a) => [
          store.responses.submit(city, a.accountId, {
            instrumentId: instrument,
            instrumentVersion: '1',
            response: { who: a.email },
          }),
          store.enrolments.enrol(city, a.accountId, place),
        ]),
      );
      expect(await store.responses.listForInstrument(city, instrument)).toHaveLength(12);
      expect(await store.enrolments.countForSession(city, place)).toBe(12);
    });

    describe('submissions in one statement, alone or grouped (decision 0025)', () => {
      const keyed = (key: string, requestHash = 'h') => ({
        scope: 'responses',
        key,
        requestHash,
        acknowledgement: { status: 201, body: { responseId: `ack-${key}` } },
      });
      const response = (accountId: string, key?: string, body: unknown = { accountId }) => ({
        responseId: randomUUID(),
        accountId,
        instrumentId: instrument,
        instrumentVersion: '1.0.0',
        response: body,
        claim: key === undefined ? undefined : keyed(key),
      });

      it('stores a batch with one outcome per item: an unknown account or a used key writes nothing', async () => {
        const city = await newCity();
        const account = await newAccount(city);
        await store.evaluation.openWave(city, 'post');
        await store.drafts.save(city, account.accountId, {
          instrumentId: instrument,
          instrumentVersion: '1.0.0',
          draft: { unfinished: true },
        });
        const first = await store.submissions.storeResponses(city, [
          response(account.accountId, 'batch-key-0000000001'),
          response(account.accountId),
          response('nobody-here', 'batch-key-0000000002'),
        ]);
        expect(first).toEqual(['stored', 'stored', 'no-account']);
        // The wave is the city's, whatever the response said; the draft is gone.
        const stored = await store.responses.listOwn(city, account.accountId);
        expect(stored.map((r) => (r.response as { phase: string }).phase)).toEqual([
          'post',
          'post',
        ]);
        expect(await store.drafts.load(city, account.accountId, instrument)).toBeUndefined();
        // The refused item's key stays free; the stored one's answers with its acknowledgement.
        const free = { scope: 'responses', key: 'batch-key-0000000002', requestHash: 'h' };
        expect(await store.submissions.findKey(city, free)).toEqual({ kind: 'new' });
        const used = { scope: 'responses', key: 'batch-key-0000000001', requestHash: 'h' };
        expect(await store.submissions.findKey(city, used)).toEqual({
          kind: 'replay',
          acknowledgement: { status: 201, body: { responseId: 'ack-batch-key-0000000001' } },
        });
        expect(await store.submissions.findKey(city, { ...used, requestHash: 'other' })).toEqual({
          kind: 'mismatch',
        });
        // Sent again beside a new one: the used key stores nothing, the new one stores.
        const again = await store.submissions.storeResponses(city, [
          response(account.accountId, 'batch-key-0000000001'),
          response(account.accountId, 'batch-key-0000000003'),
        ]);
        expect(again).toEqual(['taken', 'stored']);
        expect(await store.responses.listOwn(city, account.accountId)).toHaveLength(3);
        expect(await store.idempotency.count(city, 'responses')).toBe(2);
        // The same key twice in one statement would store twice: refused before writing.
        await expect(
          store.submissions.storeResponses(city, [
            response(account.accountId, 'batch-key-0000000004'),
            response(account.accountId, 'batch-key-0000000004'),
          ]),
        ).rejects.toThrow(TypeError);
        expect(await store.responses.listOwn(city, account.accountId)).toHaveLength(3);
      });

      it('stores answers with their keys in one statement', async () => {
        const city = await newCity();
        const opening = await store.questionnaires.open(city, {
          instrumentId: 'tcn',
          instrumentVersion: '1.0.0',
          title: 'Q',
          languages: ['it'],
          opensOn: '2027-01-01',
          closesOn: '2027-12-31',
        });
        const answer = (key?: string) => ({
          questionnaireId: opening.questionnaireId,
          answerId: randomUUID(),
          response: { answers: [] },
          submittedAt: '2027-03-01',
          mode: 'self' as const,
          language: 'it',
          claim:
            key === undefined
              ? undefined
              : {
                  scope: `q/${opening.questionnaireId}`,
                  key,
                  requestHash: 'h',
                  acknowledgement: { status: 201, body: { next: '/thanks' } },
                },
        });
        expect(
          await store.submissions.storeAnswers(city, [answer('answer-key-000000001'), answer()]),
        ).toEqual(['stored', 'stored']);
        expect(
          await store.submissions.storeAnswers(city, [answer('answer-key-000000001')]),
        ).toEqual(['taken']);
        expect(await store.questionnaires.countAnswers(city, opening.questionnaireId)).toBe(2);
      });

      it('groups concurrent submissions: duplicates of a key store once, a failing batch falls back item by item', async () => {
        const city = await newCity();
        const account = await newAccount(city);
        const queue = new GroupCommit(
          (items: ReturnType<typeof response>[]) => store.submissions.storeResponses(city, items),
          { keyOf: (item) => item.claim?.key },
        );
        // Twenty copies of one key among twenty other submissions, all at once.
        const outcomes = await Promise.all([
          ...Array.from({ length: 20 }, () =>
            queue.submit(response(account.accountId, 'group-key-000000001')),
          ),
          ...Array.from({ length: 20 }, (_, i) =>
            queue.submit(
              response(account.accountId, `group-key-1000000${String(i).padStart(2, '0')}`),
            ),
          ),
        ]);
        expect(outcomes.filter((o) => o === 'stored')).toHaveLength(21);
        expect(outcomes.filter((o) => o === 'taken')).toHaveLength(19);
        expect(await store.responses.listOwn(city, account.accountId)).toHaveLength(21);
        // Fewer writes than submissions: they were grouped.
        expect(queue.stats.batches).toBeLessThan(40);
        // A response the database cannot hold (a NUL character in jsonb) fails its batch; each
        // item is then written alone: the bad one fails, the others are stored.
        const before = queue.stats.fallbacks;
        const settled = await Promise.allSettled([
          queue.submit(response(account.accountId, 'fallback-key-0000001')),
          queue.submit(response(account.accountId, 'fallback-key-0000002')),
          queue.submit(response(account.accountId, 'fallback-key-0000003', { text: 'nul \u0000' })),
          queue.submit(response(account.accountId, 'fallback-key-0000004')),
        ]);
        expect(settled.map((s) => s.status)).toEqual([
          'fulfilled',
          'fulfilled',
          'rejected',
          'fulfilled',
        ]);
        expect(queue.stats.fallbacks).toBe(before + 1);
        expect(await store.responses.listOwn(city, account.accountId)).toHaveLength(24);
        const free = { scope: 'responses', key: 'fallback-key-0000003', requestHash: 'h' };
        expect(await store.submissions.findKey(city, free)).toEqual({ kind: 'new' });
      });

      it('stores once when twenty statements claim one key at the same time', async () => {
        const city = await newCity();
        const account = await newAccount(city);
        const outcomes = await Promise.all(
          Array.from({ length: 20 }, () =>
            store.submissions.storeResponses(city, [
              response(account.accountId, 'race-key-0000000001'),
            ]),
          ),
        );
        expect(outcomes.flat().filter((o) => o === 'stored')).toHaveLength(1);
        expect(outcomes.flat().filter((o) => o === 'taken')).toHaveLength(19);
        expect(await store.responses.listOwn(city, account.accountId)).toHaveLength(1);
      });
    });

    describe('networks, representatives and event registrations (0015)', () => {
      it('saves documents by kind and id with a revision that refuses a stale save', async () => {
        const city = await newCity();
        const editor = await newAccount(city);
        const network = { id: 'net', stakeholders: [{ id: 's1', name: 'Ü & <b>' }] };
        expect(await store.networkDocuments.save(city, 'network', 'net', network)).toEqual({
          ok: true,
          revision: 1,
        });
        // Saved again without a revision: replaced, one more revision.
        const second = { ...network, title: 'second' };
        expect(
          await store.networkDocuments.save(city, 'network', 'net', second, {
            by: editor.accountId,
          }),
        ).toEqual({ ok: true, revision: 2 });
        // A form opened on revision 1 is stale now: refused, nothing changes.
        expect(
          await store.networkDocuments.save(city, 'network', 'net', { id: 'net' }, { revision: 1 }),
        ).toEqual({ ok: false, code: 'conflict' });
        // A revision for a document never stored is no revision it can be at.
        expect(
          await store.networkDocuments.save(
            city,
            'network',
            'none',
            { id: 'none' },
            { revision: 1 },
          ),
        ).toEqual({ ok: false, code: 'conflict' });
        expect(await store.networkDocuments.get(city, 'network', 'none')).toBeUndefined();
        expect(await store.networkDocuments.get(city, 'network', 'net')).toEqual({
          kind: 'network',
          documentId: 'net',
          document: second,
          revision: 2,
          updatedAt: clock,
          updatedBy: editor.accountId,
        });
        // The current revision is accepted.
        expect(
          await store.networkDocuments.save(city, 'network', 'net', network, { revision: 2 }),
        ).toEqual({ ok: true, revision: 3 });
        expect((await store.networkDocuments.get(city, 'network', 'net'))?.updatedBy).toBeNull();
        // The same id under another kind is another document; lists are by kind, ordered by id.
        await store.networkDocuments.save(city, 'action-plan', 'net', { plan: 1 });
        await store.networkDocuments.save(city, 'action-plan', 'a-plan', { plan: 2 });
        expect(
          (await store.networkDocuments.list(city, 'action-plan')).map((d) => [
            d.documentId,
            d.revision,
            d.document,
          ]),
        ).toEqual([
          ['a-plan', 1, { plan: 2 }],
          ['net', 1, { plan: 1 }],
        ]);
        expect(await store.networkDocuments.revisions(city, 'action-plan')).toEqual([
          { documentId: 'a-plan', revision: 1 },
          { documentId: 'net', revision: 1 },
        ]);
        expect(await store.networkDocuments.revisions(city, 'network')).toEqual([
          { documentId: 'net', revision: 3 },
        ]);
        expect((await store.networkDocuments.list(city, 'network')).map((d) => d.revision)).toEqual(
          [3],
        );
        expect(await store.networkDocuments.list(city, 'knowledge-base')).toEqual([]);
      });

      it('lets one of two saves on the same revision through, never both', async () => {
        const city = await newCity();
        await store.networkDocuments.save(city, 'action-plan', 'plan', { v: 0 });
        const outcomes = await Promise.all(
          [1, 2, 3, 4].map((v) =>
            store.networkDocuments.save(city, 'action-plan', 'plan', { v }, { revision: 1 }),
          ),
        );
        expect(outcomes.filter((o) => o.ok)).toEqual([{ ok: true, revision: 2 }]);
        expect(outcomes.filter((o) => !o.ok)).toHaveLength(3);
        expect((await store.networkDocuments.get(city, 'action-plan', 'plan'))?.revision).toBe(2);
      });

      it('keeps a saved document when the account that saved it is erased, without its id', async () => {
        const city = await newCity();
        const editor = await newAccount(city);
        await store.networkDocuments.save(
          city,
          'network',
          'net',
          { id: 'net' },
          { by: editor.accountId },
        );
        expect((await store.deleteAccount(city, editor.accountId)).deleted).toBe(true);
        expect(await store.networkDocuments.get(city, 'network', 'net')).toMatchObject({
          document: { id: 'net' },
          revision: 1,
          updatedBy: null,
        });
      });

      it('gives a representative one scope, replaced, exported, and erased with the account', async () => {
        const city = await newCity();
        const rep = await newAccount(city);
        const other = await newAccount(city);
        expect(await store.representatives.of(city, rep.accountId)).toBeUndefined();
        await store.representatives.assign(city, rep.accountId, { network: 'n', stakeholder: 'a' });
        await store.representatives.assign(city, rep.accountId, { network: 'n', stakeholder: 'b' });
        await store.representatives.assign(city, other.accountId, {
          network: 'n',
          stakeholder: 'a',
        });
        expect(await store.representatives.of(city, rep.accountId)).toEqual({
          network: 'n',
          stakeholder: 'b',
        });
        expect((await store.exportAccountData(city, rep.accountId))?.representative).toEqual({
          network: 'n',
          stakeholder: 'b',
        });
        // An account that is nobody cannot be given a scope.
        await expect(
          store.representatives.assign(city, randomUUID(), { network: 'n', stakeholder: 'a' }),
        ).rejects.toThrow();
        await store.representatives.remove(city, other.accountId);
        expect(await store.representatives.of(city, other.accountId)).toBeUndefined();
        expect((await store.exportAccountData(city, other.accountId))?.representative).toBeNull();
        // Erasing the account takes its scope with it.
        expect((await store.deleteAccount(city, rep.accountId)).deleted).toBe(true);
        const { n } = await store.db
          .selectFrom('stakeholder_representatives')
          .select(sql<number>`count(*)::int`.as('n'))
          .where('city_id', '=', city)
          .executeTakeFirstOrThrow();
        expect(n).toBe(0);
      });

      it('accepts a representative’s invitation with its stakeholder, and only with one', async () => {
        const city = await newCity();
        const invite = (
          role: 'staff' | 'stakeholder-representative',
          scope?: object,
          token: string = randomUUID(),
        ) =>
          store.invitations.create(city, {
            tokenHash: token,
            email: `${randomUUID().slice(0, 6)}@example.org`,
            role,
            createdBy: null,
            expiresAt: later(24),
            scope: scope as never,
          });
        // The role needs a stakeholder; no other role may carry one (a database constraint).
        await expect(invite('stakeholder-representative')).rejects.toThrow(/check constraint/);
        await expect(invite('staff', { network: 'n', stakeholder: 's' })).rejects.toThrow(
          /check constraint/,
        );
        const invitation = await invite(
          'stakeholder-representative',
          { network: 'n', stakeholder: 's' },
          'rep-token',
        );
        expect(invitation.scope).toEqual({ network: 'n', stakeholder: 's' });
        const accepted = await store.invitations.accept(city, 'rep-token', 'hash');
        if (!accepted.ok) throw new Error(accepted.code);
        expect(accepted.account.role).toBe('stakeholder-representative');
        expect(await store.representatives.of(city, accepted.account.accountId)).toEqual({
          network: 'n',
          stakeholder: 's',
        });
      });

      it('counts registrations by type, once per key, never beyond the capacity', async () => {
        const city = await newCity();
        const key = (i: number) => `registration-key-${String(i).padStart(4, '0')}`;
        const reg = (type: string, i: number, capacity = 3) =>
          store.eventRegistrations.register(city, 'event-1', { type, key: key(i), capacity });
        expect(await reg('ngo', 1)).toEqual({ ok: true, registered: 1, replayed: false });
        // The same form sent again counts once.
        expect(await reg('ngo', 1)).toEqual({ ok: true, registered: 1, replayed: true });
        expect(await reg('business', 2)).toEqual({ ok: true, registered: 2, replayed: false });
        expect(await reg('ngo', 3)).toEqual({ ok: true, registered: 3, replayed: false });
        expect(await reg('ngo', 4)).toEqual({ ok: false, code: 'full' });
        // A replay of a stored registration is still answered when the event is full.
        expect(await reg('business', 2)).toEqual({ ok: true, registered: 3, replayed: true });
        expect(await store.eventRegistrations.counts(city, 'event-1')).toEqual({
          business: 1,
          ngo: 2,
        });
        expect(await store.eventRegistrations.counts(city, 'event-2')).toEqual({});
        await expect(
          store.eventRegistrations.register(city, 'event-1', {
            type: 'ngo',
            key: 'short',
            capacity: 9,
          }),
        ).rejects.toThrow(TypeError);
      });

      it('never registers more than the capacity when many register at once', async () => {
        const city = await newCity();
        const outcomes = await Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            store.eventRegistrations.register(city, 'event-rush', {
              type: i % 2 ? 'ngo' : 'university',
              key: `rush-registration-${String(i).padStart(3, '0')}`,
              capacity: 5,
            }),
          ),
        );
        expect(outcomes.filter((o) => o.ok)).toHaveLength(5);
        expect(outcomes.filter((o) => !o.ok)).toHaveLength(7);
        const counts = await store.eventRegistrations.counts(city, 'event-rush');
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(5);
      });
    });

    defineIsolationTest(() => ({ store, populated, newCity, newAccount, later }));
  });
}

interface IsolationContext {
  store: Store;
  populated: (city: string) => Promise<{
    account: Account;
    tokenHash: string;
    expired: string;
    credentialId: string;
    idempotencyKey: string;
  }>;
  newCity: () => Promise<string>;
  newAccount: (city: string, email?: string) => Promise<Account>;
  later: (hours: number) => Date;
}

/**
 * A second city's id never reads or changes the first city's rows, through any repository
 * function: each is called with city B and city A's ids, and must find nothing and change
 * nothing. A repository function without a case here fails the test.
 */
function defineIsolationTest(context: () => IsolationContext) {
  it('never lets a second city read or change the first city’s rows, through any function', async () => {
    const { store, populated, newCity, newAccount, later } = context();
    const cityA = await newCity();
    const cityB = await newCity();
    const a = await populated(cityA);
    const ownB = await populated(cityB);
    const id = a.account.accountId;

    const snapshotOfA = async () => ({
      export: await store.exportAccountData(cityA, id),
      withHash: await store.accounts.findByEmail(cityA, a.account.email),
      responses: await store.responses.listForInstrument(cityA, instrument),
      count: await store.enrolments.countForSession(cityA, place),
      drafts: await store.drafts.listOwn(cityA, id),
      releases: await store.releases.list(cityA),
      audit: await store.audit.list(cityA),
      ledgers: await store.releases.ledgers(cityA, 'staff'),
      needsReview: await store.needsReviews.get(cityA, 'current'),
      needsReports: await store.needsReviews.listReports(cityA, 'current'),
      needsReport: await store.needsReviews.getReport(cityA, 'current', 1),
      wave: await store.evaluation.wave(cityA),
      feedback: await store.evaluation.listForProgramme(cityA, place.programmeId),
      feedbackReleases: await store.evaluation.releases(cityA),
      feedbackLedgers: await store.evaluation.ledgers(cityA),
      questionnaires: await store.questionnaires.list(cityA),
      questionnaireAnswers: await store.db
        .selectFrom('questionnaire_answers')
        .selectAll()
        .where('city_id', '=', cityA)
        .orderBy('answer_id')
        .execute(),
      invitations: await store.db
        .selectFrom('invitations')
        .selectAll()
        .where('city_id', '=', cityA)
        .orderBy('invitation_id')
        .execute(),
      expiredStillThere: await store.db
        .selectFrom('sessions')
        .select('token_hash')
        .where('city_id', '=', cityA)
        .where('token_hash', '=', a.expired)
        .execute(),
      credential: await store.credentials.get(cityA, a.credentialId),
      deletions: await store.db
        .selectFrom('account_deletions')
        .select('account_id')
        .where('city_id', '=', cityA)
        .execute(),
      programmes: await store.programmes.list(cityA),
      inForce: await store.programmes.inForce(cityA),
      waiting: await store.waitingList.queue(cityA, fullSession),
      idempotencyKeys: await store.db
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('city_id', '=', cityA)
        .orderBy('scope')
        .orderBy('key')
        .execute(),
      networks: await store.networkDocuments.list(cityA, 'network'),
      representative: await store.representatives.of(cityA, id),
      registrations: await store.eventRegistrations.counts(cityA, 'event-of-a'),
    });
    await store.releases.publish(cityA, {
      population: 'staff',
      sequence: 1,
      plan: { breakdowns: [[]] },
      release: { tables: [] },
      ledger: { sequence: 1 },
    });
    await store.needsReviews.update(cityA, 'current', () => ({
      study: { of: 'A' },
      plan: [],
      result: 0,
    }));
    await store.needsReviews.publishReport(cityA, 'current', { report: 'A' }, { ledger: 'A' });
    // An erasure in A of an account that had answered: what A's releases report (0023).
    await store.db
      .insertInto('account_deletions')
      .values({
        city_id: cityA,
        deletion_id: 'erasure-in-a',
        account_id: 'erased-in-a',
        deleted_at: new Date('2030-01-01T00:00:00Z'),
        rows_deleted: JSON.stringify({ responses: 1 }),
        answers_from: new Date('2027-01-01T00:00:00Z'),
      })
      .execute();
    await store.evaluation.openWave(cityA, 'post');
    await store.evaluation.publishRelease(cityA, { sequence: 1, release: 'A', ledger: 'A' });
    const openingOfA = await store.questionnaires.open(cityA, {
      instrumentId: 'tcn',
      instrumentVersion: '1',
      title: 'A',
      languages: ['ar'],
      opensOn: '2027-01-01',
      closesOn: '2027-12-31',
    });
    await store.questionnaires.addAnswer(cityA, openingOfA.questionnaireId, {
      response: { of: 'A' },
      submittedAt: '2027-02-01',
      mode: 'self',
      language: 'ar',
    });
    const invitationOfA = await store.invitations.create(cityA, {
      tokenHash: 'invitation-of-a',
      email: 'invited@example.org',
      role: 'admin',
      createdBy: id,
      expiresAt: later(24),
    });
    await store.invitations.create(cityA, {
      tokenHash: 'expired-invitation-of-a',
      email: 'late@example.org',
      role: 'staff',
      createdBy: id,
      expiresAt: later(-1),
    });
    await store.programmes.createDraft(cityA, programmeDoc('programme-of-a'));
    await store.programmes.publish(cityA, 'programme-of-a');
    await store.programmes.createDraft(cityA, programmeDoc('draft-of-a'));
    // A's key is old enough for any purge: only A's own purge may take it.
    await store.db
      .updateTable('idempotency_keys')
      .set({ created_at: new Date('2026-01-01T00:00:00Z') })
      .where('city_id', '=', cityA)
      .execute();
    await store.networkDocuments.save(cityA, 'network', 'network-of-a', { of: 'A' }, { by: id });
    await store.representatives.assign(cityA, id, { network: 'network-of-a', stakeholder: 'a-1' });
    await store.eventRegistrations.register(cityA, 'event-of-a', {
      type: 'ngo',
      key: 'registration-key-of-a',
      capacity: 1,
    });
    const before = await snapshotOfA();
    expect(before.networks).toHaveLength(1);
    expect(before.representative).toEqual({ network: 'network-of-a', stakeholder: 'a-1' });
    expect(before.registrations).toEqual({ ngo: 1 });
    expect(before.idempotencyKeys).toHaveLength(1);
    expect(before.needsReport?.report).toEqual({ report: 'A' });
    expect(before.programmes).toHaveLength(2);
    expect(before.waiting).toEqual([id]);
    expect(before.feedback).toHaveLength(1);
    expect(before.expiredStillThere).toHaveLength(1);
    expect(before.releases).toHaveLength(1);

    const cases: Record<string, () => Promise<void>> = {
      'cities.ensure': async () => {
        expect((await store.cities.ensure(cityB)).cityId).toBe(cityB);
      },
      'cities.exists': async () => {
        expect(await store.cities.exists(cityB)).toBe(true);
      },
      'accounts.findByEmail': async () => {
        expect(await store.accounts.findByEmail(cityB, a.account.email)).toBeUndefined();
      },
      'accounts.get': async () => {
        expect(await store.accounts.get(cityB, id)).toBeUndefined();
      },
      'accounts.setPasswordHash': async () => {
        expect(await store.accounts.setPasswordHash(cityB, id, 'taken-over')).toBe(false);
      },
      'accounts.setRoleProfile': async () => {
        expect(await store.accounts.setRoleProfile(cityB, id, 'admin')).toBe(false);
      },
      'accounts.create': async () => {
        // The same email in city B is a different person's account, not A's.
        const created = await store.accounts.create(cityB, {
          email: a.account.email,
          role: 'admin',
          passwordHash: 'b',
        });
        expect(created.ok && created.account.accountId).not.toBe(id);
      },
      'accounts.list': async () => {
        expect((await store.accounts.list(cityB)).map((x) => x.accountId)).not.toContain(id);
      },
      'accounts.setRole': async () => {
        expect(await store.accounts.setRole(cityB, id, 'staff')).toEqual({
          ok: false,
          code: 'unknown-account',
        });
      },
      'invitations.create': async () => {
        // The same email in city B is B's own invitation.
        const ofB = await store.invitations.create(cityB, {
          tokenHash: 'invitation-of-b',
          email: 'invited@example.org',
          role: 'staff',
          createdBy: null,
          expiresAt: later(24),
        });
        expect(ofB.cityId).toBe(cityB);
      },
      'invitations.listOpen': async () => {
        const ofB = await store.invitations.listOpen(cityB);
        expect(ofB.map((x) => x.invitationId)).not.toContain(invitationOfA.invitationId);
      },
      'invitations.findByTokenHash': async () => {
        expect(await store.invitations.findByTokenHash(cityB, 'invitation-of-a')).toBeUndefined();
      },
      'invitations.revoke': async () => {
        expect(await store.invitations.revoke(cityB, invitationOfA.invitationId)).toBe(false);
      },
      'invitations.forgetExpired': async () => {
        // A's expired invitation keeps its email until A's own admins list theirs.
        expect(await store.invitations.forgetExpired(cityB)).toBe(0);
      },
      'invitations.accept': async () => {
        expect(await store.invitations.accept(cityB, 'invitation-of-a', 'b')).toEqual({
          ok: false,
          code: 'unknown',
        });
      },
      'identities.signIn': async () => {
        const ofA = { issuer: 'https://id.example.org', subject: `sub-${id}` };
        expect(await store.identities.signIn(cityB, ofA)).toBeUndefined();
      },
      'identities.link': async () => {
        // The same identity in city B is B's own row, and cannot name A's account.
        const ofA = { issuer: 'https://id.example.org', subject: `sub-${id}` };
        await expect(store.identities.link(cityB, ofA, id)).rejects.toThrow();
        expect(await store.identities.link(cityB, ofA, ownB.account.accountId)).toBe(true);
      },
      'identities.createWithIdentity': async () => {
        const created = await store.identities.createWithIdentity(
          cityB,
          { issuer: 'https://id.example.org', subject: 'new-in-b' },
          { email: 'new-in-b@example.org', role: 'admin' },
        );
        expect(created.ok && created.account.cityId).toBe(cityB);
      },
      'identities.listForAccount': async () => {
        expect(await store.identities.listForAccount(cityB, id)).toEqual([]);
      },
      'accounts.delete': async () => {
        expect((await store.accounts.delete(cityB, id)).deleted).toBe(false);
      },
      'sessions.create': async () => {
        expect(
          await store.sessions.create(cityB, {
            tokenHash: newSessionToken().tokenHash,
            accountId: id,
            expiresAt: later(1),
          }),
        ).toBeUndefined();
      },
      'sessions.findValid': async () => {
        expect(await store.sessions.findValid(cityB, a.tokenHash)).toBeUndefined();
      },
      'sessions.extend': async () => {
        expect(await store.sessions.extend(cityB, a.tokenHash, later(1000))).toBe(false);
      },
      'sessions.delete': async () => {
        expect(await store.sessions.delete(cityB, a.tokenHash)).toBe(false);
      },
      'sessions.deleteForAccount': async () => {
        expect(await store.sessions.deleteForAccount(cityB, id)).toBe(0);
      },
      'sessions.deleteExpired': async () => {
        // B's own expired session goes; A's stays (checked by the snapshot).
        expect(await store.sessions.deleteExpired(cityB)).toBe(1);
      },
      'drafts.save': async () => {
        expect(
          await store.drafts.save(cityB, id, {
            instrumentId: 'draft-instrument',
            instrumentVersion: '9',
            draft: 'overwritten',
          }),
        ).toBeUndefined();
      },
      'drafts.load': async () => {
        expect(await store.drafts.load(cityB, id, 'draft-instrument')).toBeUndefined();
      },
      'drafts.listOwn': async () => {
        expect(await store.drafts.listOwn(cityB, id)).toEqual([]);
      },
      'drafts.delete': async () => {
        expect(await store.drafts.delete(cityB, id, 'draft-instrument')).toBe(false);
      },
      'responses.submit': async () => {
        expect(
          await store.responses.submit(cityB, id, {
            instrumentId: instrument,
            instrumentVersion: '1',
            response: 'forged',
          }),
        ).toBeUndefined();
      },
      'responses.listOwn': async () => {
        expect(await store.responses.listOwn(cityB, id)).toEqual([]);
      },
      'responses.listForInstrument': async () => {
        const ofB = await store.responses.listForInstrument(cityB, instrument);
        expect(ofB.map((r) => r.accountId)).toEqual([ownB.account.accountId]);
      },
      'enrolments.enrol': async () => {
        expect(
          await store.enrolments.enrol(cityB, id, { ...place, sessionId: 'other' }),
        ).toBeUndefined();
      },
      'enrolments.enrolIfRoom': async () => {
        expect(
          await store.transaction((r) =>
            r.enrolments.enrolIfRoom(cityB, id, { ...place, sessionId: 'other' }, 100),
          ),
        ).toBeUndefined();
      },
      'enrolments.leave': async () => {
        expect(await store.enrolments.leave(cityB, id, place)).toBe(false);
      },
      'enrolments.listOwn': async () => {
        expect(await store.enrolments.listOwn(cityB, id)).toEqual([]);
      },
      'enrolments.countForSession': async () => {
        expect(await store.enrolments.countForSession(cityB, place)).toBe(1);
      },
      'attendance.record': async () => {
        // Only city B's enrolled people are recorded: A's account is not among them.
        expect(await store.attendance.record(cityB, place, new Set([id]))).toBe(1);
        expect(await store.attendance.attendedIn(cityB, place)).toEqual(new Set());
      },
      'attendance.attendedIn': async () => {
        expect(await store.attendance.attendedIn(cityB, place)).not.toContain(id);
      },
      'attendance.completions': async () => {
        const programme = {
          id: place.programmeId,
          sessions: [{ id: place.sessionId, module: 'm' }],
        };
        expect((await store.attendance.completions(cityB, programme)).has(id)).toBe(false);
      },
      'programmes.createDraft': async () => {
        // B's programme of the same id is B's own.
        const created = await store.programmes.createDraft(cityB, programmeDoc('draft-of-a', 9));
        expect(created.ok && created.programme.cityId).toBe(cityB);
      },
      'programmes.update': async () => {
        expect(await store.programmes.update(cityB, programmeDoc('programme-of-a', 9))).toEqual({
          ok: false,
          code: 'not-found',
        });
        // A's revision is nothing in B either.
        expect(
          await store.programmes.update(cityB, programmeDoc('programme-of-a', 9), { revision: 2 }),
        ).toEqual({ ok: false, code: 'not-found' });
      },
      'programmes.get': async () => {
        expect(await store.programmes.get(cityB, 'programme-of-a')).toBeUndefined();
      },
      'programmes.list': async () => {
        expect((await store.programmes.list(cityB)).every((p) => p.cityId === cityB)).toBe(true);
      },
      'programmes.inForce': async () => {
        expect(await store.programmes.inForce(cityB)).toBeUndefined();
      },
      'programmes.publish': async () => {
        expect(await store.programmes.publish(cityB, 'programme-of-a')).toBe(false);
      },
      'waitingList.queue': async () => {
        expect(await store.waitingList.queue(cityB, fullSession)).toEqual([ownB.account.accountId]);
      },
      'waitingList.promote': async () => {
        // Only B's own waiting colleague gets a place in B's session of the same id.
        expect(
          await store.transaction((r) => r.waitingList.promote(cityB, fullSession, 100)),
        ).toEqual([ownB.account.accountId]);
      },
      'waitingList.enrolledUnderLock': async () => {
        expect(await store.transaction((r) => r.waitingList.enrolledUnderLock(cityB, place))).toBe(
          1,
        );
      },
      'waitingList.join': async () => {
        expect(
          await store.transaction((r) => r.waitingList.join(cityB, id, fullSession, 100)),
        ).toBeUndefined();
      },
      'waitingList.leave': async () => {
        expect(await store.waitingList.leave(cityB, id, fullSession)).toBe(false);
      },
      'waitingList.leaveSession': async () => {
        expect(
          await store.transaction((r) => r.waitingList.leaveSession(cityB, id, place, 100)),
        ).toEqual({ left: false, promoted: [] });
      },
      'waitingList.listOwn': async () => {
        expect(await store.waitingList.listOwn(cityB, id)).toEqual([]);
      },
      'releases.publish': async () => {
        // City B's release 1 of a population of the same name is B's own, not A's.
        const published = await store.releases.publish(cityB, {
          population: 'staff',
          sequence: 1,
          plan: 'forged',
          release: 'forged',
          ledger: 'forged',
        });
        expect(published.ok && published.release.cityId).toBe(cityB);
      },
      'releases.list': async () => {
        expect((await store.releases.list(cityB)).every((r) => r.cityId === cityB)).toBe(true);
      },
      'releases.get': async () => {
        expect((await store.releases.get(cityB, 'staff', 1))?.release).toBe('forged');
      },
      'releases.ledgers': async () => {
        expect(await store.releases.ledgers(cityB, 'staff')).toEqual(['forged']);
      },
      'audit.record': async () => {
        // An event in B naming A's account id is B's row; A's log and export do not change.
        await store.audit.record(cityB, { actorId: id, action: 'signed-in' });
      },
      'audit.list': async () => {
        const events = await store.audit.list(cityB);
        expect(events.some((e) => e.actorEmail === a.account.email)).toBe(false);
      },
      'needsReviews.update': async () => {
        // B's review of the same id is B's own: it starts empty, whatever A holds.
        await store.needsReviews.update(cityB, 'current', (current) => {
          expect(current).toBeUndefined();
          return { study: 'forged', plan: [], result: 0 };
        });
      },
      'needsReviews.get': async () => {
        expect((await store.needsReviews.get(cityB, 'current'))?.study).toBe('forged');
      },
      'needsReviews.publishReport': async () => {
        // B's report is checked against B's earlier ledgers only: A's is not among them.
        const published = await store.needsReviews.publishReport(cityB, 'current', 'forged', {
          ledger: 'B',
          accept: (earlier) => {
            expect(earlier).toEqual([]);
            return true;
          },
        });
        expect(published.sequence).toBe(1);
      },
      'needsReviews.listReports': async () => {
        expect(await store.needsReviews.listReports(cityB, 'current')).toHaveLength(1);
      },
      'needsReviews.getReport': async () => {
        expect((await store.needsReviews.getReport(cityB, 'current', 1))?.report).toBe('forged');
      },
      'evaluation.wave': async () => {
        expect((await store.evaluation.wave(cityB)).wave).toBe('baseline');
      },
      'evaluation.openWave': async () => {
        expect(await store.evaluation.openWave(cityB, 'follow-up')).toBe(true);
      },
      'evaluation.give': async () => {
        // A's account is nobody in B: nothing is stored, A's feedback is untouched.
        expect(
          await store.evaluation.give(cityB, id, {
            ...place,
            sessionId: 'other',
            moduleId: 'module-1',
            satisfaction: 1,
            usefulness: 1,
            comment: 'forged',
          }),
        ).toBe('unknown-account');
      },
      'evaluation.givenBy': async () => {
        expect([...(await store.evaluation.givenBy(cityB, id, place.programmeId))]).toEqual([]);
      },
      'evaluation.listForProgramme': async () => {
        const ofB = await store.evaluation.listForProgramme(cityB, place.programmeId);
        expect(ofB.map((f) => f.comment)).toEqual(['Useful.']); // B's own colleague's
      },
      'evaluation.publishRelease': async () => {
        expect(
          await store.evaluation.publishRelease(cityB, { sequence: 1, release: 'B', ledger: 'B' }),
        ).toEqual({ ok: true, sequence: 1 });
      },
      'evaluation.releases': async () => {
        expect((await store.evaluation.releases(cityB)).map((r) => r.release)).toEqual(['B']);
      },
      'evaluation.ledgers': async () => {
        expect(await store.evaluation.ledgers(cityB)).toEqual(['B']);
      },
      'questionnaires.open': async () => {
        const opened = await store.questionnaires.open(cityB, {
          instrumentId: 'tcn',
          instrumentVersion: '1',
          title: 'B',
          languages: ['de'],
          opensOn: '2027-01-01',
          closesOn: '2027-12-31',
        });
        expect(opened.questionnaireId).not.toBe(openingOfA.questionnaireId);
      },
      'idempotency.complete': async () => {
        // A's key is no claim of B's: nothing to complete.
        await expect(
          store.transaction((r) =>
            r.idempotency.complete(
              cityB,
              { scope: 'responses', key: a.idempotencyKey },
              { status: 201, body: { of: 'B' } },
            ),
          ),
        ).rejects.toThrow('No such claimed idempotency key');
      },
      'idempotency.count': async () => {
        expect(await store.idempotency.count(cityB, 'responses')).toBe(1);
      },
      'idempotency.claim': async () => {
        // The same key in B is B's own: a new submission, then B's acknowledgement, not A's.
        const claim = { scope: 'responses', key: a.idempotencyKey, requestHash: 'hash-1' };
        await store.transaction(async (r) => {
          expect(await r.idempotency.claim(cityB, claim)).toEqual({ kind: 'new' });
          await r.idempotency.complete(cityB, claim, { status: 201, body: { of: 'B' } });
        });
        expect(await store.transaction((r) => r.idempotency.claim(cityB, claim))).toEqual({
          kind: 'replay',
          acknowledgement: { status: 201, body: { of: 'B' } },
        });
      },
      'submissions.storeResponses': async () => {
        // A's account is nobody in B, with A's key or without: nothing is written, in A or B.
        const responseId = randomUUID();
        expect(
          await store.submissions.storeResponses(cityB, [
            {
              responseId,
              accountId: id,
              instrumentId: instrument,
              instrumentVersion: '1',
              response: { of: 'B' },
              claim: {
                scope: 'responses',
                key: a.idempotencyKey,
                requestHash: 'hash-1',
                acknowledgement: { status: 201, body: { responseId } },
              },
            },
            {
              responseId: randomUUID(),
              accountId: id,
              instrumentId: instrument,
              instrumentVersion: '1',
              response: { of: 'B' },
            },
          ]),
        ).toEqual(['no-account', 'no-account']);
      },
      'submissions.storeAnswers': async () => {
        // The foreign key names the city: B cannot add an answer to A's opening.
        await expect(
          store.submissions.storeAnswers(cityB, [
            {
              questionnaireId: openingOfA.questionnaireId,
              answerId: randomUUID(),
              response: { of: 'B' },
              submittedAt: '2027-02-01',
              mode: 'self',
              language: 'de',
            },
          ]),
        ).rejects.toThrow();
      },
      'submissions.findKey': async () => {
        // A's key is unknown in B (B's own key of that name, stored above, answers B's).
        expect(
          await store.submissions.findKey(cityB, {
            scope: 'q/other',
            key: a.idempotencyKey,
            requestHash: 'hash-1',
          }),
        ).toEqual({ kind: 'new' });
      },
      'idempotency.purge': async () => {
        // B's keys are today's; A's old one is not B's to purge.
        expect(await store.idempotency.purge(cityB, 1)).toBe(0);
      },
      'questionnaires.get': async () => {
        expect(await store.questionnaires.get(cityB, openingOfA.questionnaireId)).toBeUndefined();
      },
      'questionnaires.list': async () => {
        expect((await store.questionnaires.list(cityB)).map((q) => q.title)).toEqual(['B']);
      },
      'questionnaires.close': async () => {
        expect(await store.questionnaires.close(cityB, openingOfA.questionnaireId)).toBe(false);
      },
      'questionnaires.addAnswer': async () => {
        // The foreign key names the city: B cannot add an answer to A's opening.
        await expect(
          store.questionnaires.addAnswer(cityB, openingOfA.questionnaireId, {
            response: { of: 'B' },
            submittedAt: '2027-02-01',
            mode: 'self',
            language: 'de',
          }),
        ).rejects.toThrow();
      },
      'questionnaires.countAnswers': async () => {
        expect(await store.questionnaires.countAnswers(cityB, openingOfA.questionnaireId)).toBe(0);
      },
      'questionnaires.listAnswers': async () => {
        expect(await store.questionnaires.listAnswers(cityB, openingOfA.questionnaireId)).toEqual(
          [],
        );
      },
      'credentials.add': async () => {
        // A's account is nobody in B, and A's credential id names nothing in B.
        expect(
          await store.credentials.add(cityB, {
            credentialId: randomUUID(),
            accountId: id,
            programmeId: place.programmeId,
            module: 'module-2',
            credential: 'forged',
          }),
        ).toBe(false);
        expect(
          await store.credentials.add(cityB, {
            credentialId: a.credentialId,
            accountId: ownB.account.accountId,
            programmeId: place.programmeId,
            module: 'module-2',
            credential: 'of B',
          }),
        ).toBe(true);
      },
      'credentials.get': async () => {
        expect((await store.credentials.get(cityB, a.credentialId))?.credential).toBe('of B');
      },
      'credentials.listOwn': async () => {
        expect(await store.credentials.listOwn(cityB, id)).toEqual([]);
      },
      'credentials.listForProgramme': async () => {
        const ofB = await store.credentials.listForProgramme(cityB, place.programmeId);
        expect(ofB.every((c) => c.cityId === cityB && c.accountId !== id)).toBe(true);
      },
      exportAccountData: async () => {
        expect(await store.exportAccountData(cityB, id)).toBeUndefined();
      },
      'erasures.answeredBeforeErasedAfter': async () => {
        // A's erasure (of an account that answered in 2027, erased in 2030) is not B's.
        expect(
          await store.erasures.answeredBeforeErasedAfter(cityA, new Date('2028-01-01T00:00:00Z')),
        ).toBe(1);
        expect(
          await store.erasures.answeredBeforeErasedAfter(cityB, new Date('2028-01-01T00:00:00Z')),
        ).toBe(0);
      },
      'networkDocuments.get': async () => {
        expect(await store.networkDocuments.get(cityB, 'network', 'network-of-a')).toBeUndefined();
      },
      'networkDocuments.revisions': async () => {
        expect(await store.networkDocuments.revisions(cityB, 'network')).toEqual([]);
      },
      'networkDocuments.list': async () => {
        expect(await store.networkDocuments.list(cityB, 'network')).toEqual([]);
      },
      'networkDocuments.save': async () => {
        // A's revision 1 is no revision of B's; without one, B stores its own document.
        expect(
          await store.networkDocuments.save(
            cityB,
            'network',
            'network-of-a',
            { of: 'B' },
            {
              revision: 1,
            },
          ),
        ).toEqual({ ok: false, code: 'conflict' });
        expect(
          await store.networkDocuments.save(cityB, 'network', 'network-of-a', { of: 'B' }),
        ).toEqual({ ok: true, revision: 1 });
      },
      'representatives.of': async () => {
        expect(await store.representatives.of(cityB, id)).toBeUndefined();
      },
      'representatives.assign': async () => {
        // A's account is nobody in B: the foreign key names the city.
        await expect(
          store.representatives.assign(cityB, id, { network: 'n', stakeholder: 'b' }),
        ).rejects.toThrow();
      },
      'representatives.remove': async () => {
        await store.representatives.remove(cityB, id);
      },
      'eventRegistrations.counts': async () => {
        expect(await store.eventRegistrations.counts(cityB, 'event-of-a')).toEqual({});
      },
      'eventRegistrations.register': async () => {
        // A's full event and A's key are nothing in B.
        expect(
          await store.eventRegistrations.register(cityB, 'event-of-a', {
            type: 'ngo',
            key: 'registration-key-of-a',
            capacity: 1,
          }),
        ).toEqual({ ok: true, registered: 1, replayed: false });
      },
      deleteAccount: async () => {
        // Whatever capacities B's caller gives, A's account is nobody in B: no place is freed,
        // and nobody waiting in A (A's own account, in the full session) is promoted.
        const roomy = {
          id: place.programmeId,
          sessions: [place, fullSession].map((p) => ({ id: p.sessionId, capacity: 100 })),
        };
        expect(
          await store.deleteAccount(cityB, id, { programmes: [roomy as never] }),
        ).toMatchObject({ deleted: false, promoted: [] });
      },
    };

    const functions = Object.entries(store).flatMap(([key, value]) =>
      key === 'db' || key === 'info' || key === 'transaction' || key === 'close'
        ? []
        : typeof value === 'function'
          ? [key]
          : Object.keys(value as object).map((name) => `${key}.${name}`),
    );
    expect(Object.keys(cases).sort()).toEqual(functions.sort());
    for (const [name, run] of Object.entries(cases)) {
      await run();
      expect(await snapshotOfA(), `after ${name}`).toEqual(before);
    }
    await newAccount(cityB);
    expect(await snapshotOfA()).toEqual(before);
  });
}
