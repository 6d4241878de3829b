// Backup and restore (backupStore, restoreStore): a PGlite store with rows in every table (two
// cities, hostile and non-ASCII text) is backed up, restored into a fresh PGlite and a fresh
// PostgreSQL store, and backed up again: the files are equal byte for byte and every table holds
// the same rows. A backup taken while another connection writes is one snapshot. Malformed files
// and a store that cannot take them are refused with the line, and nothing is written.
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupStore, BackupError, restoreStore, verifyBackup } from './backup.js';
import type { Store } from './open-store.js';
import { newSessionToken } from './session-tokens.js';
import { openTestStore } from './test-support/stores.js';

const HOSTILE = `<script>alert("x")</script> '; drop table accounts; -- \u2028 é 😀 \\ "q"\nline`;
const place = { programmeId: 'programme-2027', sessionId: 'module-1-day-1' };
const programme = (id: string) => ({
  id,
  territory: 'test-town',
  catalogue: { id: 'https://example.org/catalogue', version: '^1.0.0' },
  period: { start: '2027-01-01', end: '2027-12-31' },
  sessions: [
    {
      id: place.sessionId,
      module: 'module-1',
      dates: ['2027-02-01'],
      place: { type: 'in-person' as const, name: HOSTILE },
      language: 'de',
      capacity: 2,
    },
  ],
});

/** Rows in every table of the store, for two cities. */
async function fill(store: Store) {
  for (const city of ['alpha-town', 'beta-town']) {
    await store.cities.ensure(city);
    const accounts = [];
    for (const n of [1, 2, 3]) {
      const created = await store.accounts.create(city, {
        email: `person-${n}@${city}.example.org`,
        role: n === 1 ? 'admin' : 'staff',
        passwordHash: `$scrypt$test$${randomUUID()}`,
        roleProfile: 'front-desk',
      });
      if (!created.ok) throw new Error(created.code);
      accounts.push(created.account.accountId);
    }
    const [admin, staff, erased] = accounts as [string, string, string];
    for (const id of [staff, erased]) {
      await store.sessions.create(city, {
        tokenHash: newSessionToken().tokenHash,
        accountId: id,
        expiresAt: new Date('2030-01-01T00:00:00.123Z'),
      });
      await store.transaction(async (r) => {
        const claim = { scope: 'responses', key: randomUUID(), requestHash: 'hash' };
        await r.idempotency.claim(city, claim);
        const stored = await r.responses.submit(city, id, {
          instrumentId: 'self-assessment',
          instrumentVersion: '1.0.0',
          response: { respondent: id, answers: [{ item: 'q1', value: HOSTILE }] },
        });
        await r.idempotency.complete(city, claim, {
          status: 201,
          body: { responseId: stored!.responseId },
        });
      });
      // After the submission (which ends the draft): the next one, begun.
      await store.drafts.save(city, id, {
        instrumentId: 'self-assessment',
        instrumentVersion: '1.0.0',
        draft: { note: HOSTILE, big: 12345678901234, nested: [1.5, null, true] },
      });
      await store.enrolments.enrol(city, id, place);
      await store.attendance.record(city, place, new Set([id]));
      await store.evaluation.give(city, id, {
        ...place,
        moduleId: 'module-1',
        satisfaction: 4,
        usefulness: 5,
        comment: HOSTILE,
      });
      await store.identities.link(
        city,
        { issuer: 'https://id.example.org', subject: `sub-${id}` },
        id,
      );
      await store.transaction((r) =>
        r.waitingList.join(city, id, { ...place, sessionId: 'full-session' }, 0),
      );
      await store.credentials.add(city, {
        credentialId: randomUUID(),
        accountId: id,
        programmeId: place.programmeId,
        module: 'module-1',
        credential: JSON.stringify({ signed: true, name: HOSTILE }),
      });
    }
    const drafted = await store.programmes.createDraft(city, programme('plan-2027'));
    if (!drafted.ok) throw new Error(JSON.stringify(drafted));
    await store.releases.publish(city, {
      population: 'staff',
      sequence: 1,
      plan: { breakdowns: [[]] },
      release: { tables: [{ cells: [{ n: 12, note: HOSTILE }] }] },
      ledger: { sequence: 1 },
    });
    await store.needsReviews.update(city, 'current', () => ({
      study: HOSTILE,
      plan: [],
      result: 0,
    }));
    await store.needsReviews.publishReport(city, 'current', { report: HOSTILE });
    await store.evaluation.openWave(city, 'post');
    await store.evaluation.publishRelease(city, { sequence: 1, release: 'A', ledger: 'A' });
    const opening = await store.questionnaires.open(city, {
      instrumentId: 'tcn',
      instrumentVersion: '1',
      title: HOSTILE,
      languages: ['ar', 'de'],
      opensOn: '2027-01-01',
      closesOn: '2027-12-31',
    });
    await store.questionnaires.addAnswer(city, opening.questionnaireId, {
      response: { text: 'أحتاج مترجمًا' },
      submittedAt: '2027-02-01',
      mode: 'self',
      language: 'ar',
    });
    await store.invitations.create(city, {
      tokenHash: `invitation-${city}`,
      email: `invited@${city}.example.org`,
      role: 'staff',
      createdBy: admin,
      expiresAt: new Date('2030-01-01T00:00:00Z'),
    });
    // Networks (0015): a document an account saved, a representative's scope, a registration.
    await store.networkDocuments.save(
      city,
      'network',
      'network-1',
      { name: HOSTILE },
      { by: admin },
    );
    await store.representatives.assign(city, admin, { network: 'network-1', stakeholder: 's-1' });
    await store.eventRegistrations.register(city, 'event-1', {
      type: 'ngo',
      key: `registration-${city}`,
      capacity: 10,
    });
    await store.audit.record(city, { actorId: admin, action: 'signed-in', subject: HOSTILE });
    await store.deleteAccount(city, erased);
  }
}

/** The data tables of a store (Kysely's own left out). */
async function tableNames(store: Store): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'
      and table_name not like 'kysely%'
    order by table_name`.execute(store.db);
  return rows.map((r) => r.table_name);
}

/**
 * Every table's rows as the driver reads them (Dates, parsed JSON), in a fixed order; numbers as
 * text, as pg reads a bigint and PGlite does not.
 */
async function contents(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of await tableNames(store)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
      store.db,
    );
    const normal = (row: Record<string, unknown>) =>
      JSON.stringify(
        Object.fromEntries(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : 1))),
        (_key, value: unknown) => (typeof value === 'number' ? String(value) : value),
      );
    out[table] = rows.map(normal).sort();
  }
  return out;
}

async function rowCount(store: Store): Promise<number> {
  let n = 0;
  for (const table of await tableNames(store)) {
    const { rows } = await sql<{
      n: string;
    }>`select count(*)::text as n from ${sql.table(table)}`.execute(store.db);
    n += Number(rows[0]!.n);
  }
  return n;
}

/** A backup into memory. */
async function backupText(store: Store) {
  const chunks: string[] = [];
  const summary = await backupStore(store, {
    write: (chunk, callback) => {
      chunks.push(chunk);
      callback?.();
      return true;
    },
    once: () => undefined,
  });
  return { text: chunks.join(''), summary };
}

const restoreText = (store: Store, text: string) => restoreStore(store, Readable.from([text]));

let source: { store: Store; dispose: () => Promise<void> };
let original: string;
const disposals: (() => Promise<void>)[] = [];

beforeAll(async () => {
  source = await openTestStore('pglite');
  disposals.push(source.dispose);
  await fill(source.store);
  ({ text: original } = await backupText(source.store));
});
afterAll(async () => {
  for (const dispose of disposals) await dispose();
});

describe('backup and restore', () => {
  it('fills every table, and backs them all up in foreign-key order with a checksum', async () => {
    const empty: string[] = [];
    for (const table of await tableNames(source.store)) {
      const { rows } = await sql`select 1 from ${sql.table(table)} limit 1`.execute(
        source.store.db,
      );
      if (rows.length === 0) empty.push(table);
    }
    expect(empty).toEqual([]);
    const lines = original.split('\n');
    expect(lines.at(-1)).toBe('');
    const header = JSON.parse(lines[0]!);
    expect(header.format).toBe('competence-kit-backup');
    expect(header.migrations).toContain('0001-initial');
    const names: string[] = header.tables.map((t: { name: string }) => t.name);
    expect([...names].sort()).toEqual(await tableNames(source.store));
    expect(names.indexOf('cities')).toBe(0);
    const total = header.tables.reduce((n: number, t: { rows: number }) => n + t.rows, 0);
    expect(total).toBe(await rowCount(source.store));
    expect(lines.length).toBe(total + 3); // header, rows, trailer, and the final newline
    const trailer = JSON.parse(lines.at(-2)!);
    expect(trailer).toMatchObject({ end: 'competence-kit-backup', lines: total + 2 });
    expect(trailer.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Timestamps in UTC, big numbers as digits, hostile text as JSON escapes it.
    expect(original).toContain('"expires_at":"2030-01-01T00:00:00.123+00:00"');
    expect(original).toContain('12345678901234');
    expect(original).toContain('"comment":"<script>alert(\\"x\\")</script>');
    // The same data, backed up again, gives the same bytes.
    expect((await backupText(source.store)).text).toBe(original);
  });

  for (const backend of ['pglite', 'postgresql'] as const)
    it(`restores into a fresh ${backend} store: the same rows, the same bytes backed up again`, async () => {
      const target = await openTestStore(backend);
      disposals.push(target.dispose);
      const restored = await restoreText(target.store, original);
      expect(restored.tables.find((t) => t.name === 'accounts')?.rows).toBe(4);
      expect(restored.latestErasure).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(await contents(target.store)).toEqual(await contents(source.store));
      expect((await backupText(target.store)).text).toBe(original);
      // Sequences continue after the restored rows.
      const { rows } = await sql<{
        seq: string;
      }>`select max(seq)::text as seq from waiting_list`.execute(target.store.db);
      const accountId = (await target.store.accounts.findByEmail(
        'alpha-town',
        'person-1@alpha-town.example.org',
      ))!.accountId;
      await target.store.transaction((r) =>
        r.waitingList.join('alpha-town', accountId, { ...place, sessionId: 'full-session' }, 0),
      );
      const after = await sql<{
        seq: string;
      }>`select seq::text from waiting_list where account_id = ${accountId}`.execute(
        target.store.db,
      );
      expect(Number(after.rows[0]!.seq)).toBe(Number(rows[0]!.seq) + 1);
    });

  it('backs up one snapshot while another connection writes (PostgreSQL)', async () => {
    const pg = await openTestStore('postgresql');
    disposals.push(pg.dispose);
    await restoreText(pg.store, original);
    const chunks: string[] = [];
    let drain: (() => void) | undefined;
    const backup = backupStore(pg.store, {
      write: (chunk, callback) => {
        chunks.push(chunk);
        callback?.();
        // After the header: the backup waits while another connection commits a new row.
        if (chunks.length === 1) return false;
        return true;
      },
      once: (event, listener) => {
        if (event === 'drain') drain = listener;
      },
    });
    await expect.poll(() => drain !== undefined).toBe(true);
    await pg.store.audit.record('alpha-town', { actorId: null, action: 'signed-out' });
    drain!();
    await backup;
    expect(await rowCount(pg.store)).toBe((await rowCount(source.store)) + 1);
    // The backup is the data before that row: the same bytes as the original.
    expect(chunks.join('')).toBe(original);
  });

  it('fails, rather than waits for ever, when the output fails', async () => {
    let fail: ((error?: Error) => void) | undefined;
    const backup = backupStore(source.store, {
      write: () => false,
      once: (event, listener) => {
        if (event === 'error') fail = listener;
      },
    });
    await expect.poll(() => fail !== undefined).toBe(true);
    fail!(new Error('ENOSPC: no space left on device'));
    await expect(backup).rejects.toThrow('ENOSPC');
    // The store is free again: its snapshot ended.
    expect((await backupText(source.store)).text).toBe(original);
  });

  describe('refuses what it cannot restore, naming the line, and writes nothing', () => {
    let target: Store;
    beforeAll(async () => {
      const opened = await openTestStore('pglite');
      disposals.push(opened.dispose);
      target = opened.store;
    });

    const lines = () => original.split('\n');
    const refused = async (text: string, message: RegExp, line?: number) => {
      const error = await restoreText(target, text).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BackupError);
      expect((error as BackupError).message).toMatch(message);
      expect((error as BackupError).line).toBe(line);
      expect(await rowCount(target)).toBe(0);
    };

    it('a truncated file', async () => {
      const all = lines();
      await refused(
        all.slice(0, 20).join('\n'),
        /ends in \w+, after \d+ of its \d+ rows: it is truncated/,
        21,
      );
      // Cut inside the last line.
      await refused(
        original.slice(0, -30),
        /not JSON \(the last line, with the checksum/,
        all.length - 1,
      );
      await refused(all.slice(0, -2).join('\n'), /ends without its last line/, all.length - 1);
    });

    it('a wrong checksum, an altered row, extra lines', async () => {
      const all = lines();
      const i = all.findIndex((l) => l.includes('"comment":"<script>'));
      const altered = [...all];
      altered[i] = altered[i]!.replace('<script>', '<b>');
      await refused(altered.join('\n'), /checksum does not match/, all.length - 1);
      const trailer = JSON.parse(all.at(-2)!);
      const wrongSum = [...all];
      wrongSum[all.length - 2] = JSON.stringify({ ...trailer, sha256: '0'.repeat(64) });
      await refused(wrongSum.join('\n'), /checksum does not match/, all.length - 1);
      await refused(`${original}{"more":1}\n`, /lines after the last line/, all.length);
      const wrongTable = [...all];
      wrongTable[2] = wrongTable[2]!.replace(/^\{"table":"\w+"/, '{"table":"accounts"');
      await refused(
        wrongTable.join('\n'),
        /A row of cities was expected \(2 of 2\); the line is a row of accounts/,
        3,
      );
      const notJson = [...all];
      notJson[5] = '{"table":';
      await refused(notJson.join('\n'), /line is not JSON/, 6);
    });

    it('rows the database refuses, in a file whose form and checksum are right', async () => {
      const all = lines().slice(0, -2);
      const i = all.findIndex((l) => l.startsWith('{"table":"accounts"'));
      all[i] = all[i]!.replace(/"city_id":"[a-z-]+"/, '"city_id":"nowhere"');
      const body = all.map((l) => `${l}\n`).join('');
      const sha256 = createHash('sha256').update(body).digest('hex');
      const text = `${body}${JSON.stringify({ end: 'competence-kit-backup', lines: all.length + 1, sha256 })}\n`;
      // The file itself is well formed: only the store can tell.
      expect((await verifyBackup(Readable.from([text]))).tables.length).toBeGreaterThan(10);
      await refused(
        text,
        /The database refused the rows of accounts on lines \d+ to \d+: .*foreign key/,
        all.findIndex((l) => l.startsWith('{"table":"accounts"')) + 1,
      );
      // verifyBackup finds a damaged file without a store.
      const damaged = original.replace('"comment":"<script>', '"comment":"<b>');
      await expect(verifyBackup(Readable.from([damaged]))).rejects.toThrow(
        /checksum does not match/,
      );
    });

    it('a newer migration, another format, an empty file', async () => {
      const [first, ...rest] = lines();
      const header = JSON.parse(first!);
      const newer = { ...header, migrations: [...header.migrations, '9999-from-the-future'] };
      await refused(
        [JSON.stringify(newer), ...rest].join('\n'),
        /newer version of Competence Kit: this store does not know the migration 9999-from-the-future/,
        1,
      );
      const older = { ...header, migrations: header.migrations.slice(0, -1) };
      await refused([JSON.stringify(older), ...rest].join('\n'), /made before the migration/, 1);
      await refused(
        [JSON.stringify({ ...header, version: 2 }), ...rest].join('\n'),
        /format version 2/,
        1,
      );
      await refused('id,name\n1,Anna\n', /not JSON: this is not a competence-kit-backup file/, 1);
      await refused('', /empty/, 1);
    });

    it('a store that is not empty', async () => {
      const before = await contents(source.store);
      const error = await restoreText(source.store, original).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(
        /The store is not empty \(cities has rows\): a backup is restored only into a new, empty store/,
      );
      expect(await contents(source.store)).toEqual(before);
    });
  });
});
