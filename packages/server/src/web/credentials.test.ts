// The credentials area through its routes: attendance completes a module, a coordinator issues
// the credentials, the person downloads theirs, and anyone verifies it; any changed byte makes
// it fail. Also: the public page holds no personal data, nobody else downloads it, erasure takes
// it off the web, a city without a key issues nothing, and the key is in no log and no table.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { resolveDidKey, verifyCredential } from '@competence-kit/credentials';
import { ed25519Signer } from '@competence-kit/credentials/node-signer';
import { openTestStore } from '../store/test-support/stores.js';
import { hashPassword } from './auth/password.js';
import { competenceKit } from './plugin.js';
import { ALPHA, Browser, startApp, TEST_COST, type TestApp } from './test-support/app.js';

const A = '/alpha-town';
const programme = ALPHA.programme!;
const session = programme.sessions[0]!;
const { privateKey } = generateKeyPairSync('ed25519');
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const seed = Buffer.from(privateKey.export({ format: 'jwk' }).d!, 'base64url');
const did = ed25519Signer(privateKey).verificationMethod.split('#')[0]!;
/** What must never appear in a log or a table. */
const SECRETS = [
  pem,
  pem.split('\n')[1]!, // the base64 body of the PEM
  seed.toString('hex'),
  seed.toString('base64'),
  seed.toString('base64url'),
];

let t: TestApp;
let coordinator: Browser;
const people: { browser: Browser; accountId: string; email: string }[] = [];

async function person(app: TestApp, email: string, role: 'staff' | 'coordinator') {
  const created = await app.store.accounts.create('alpha-town', {
    email,
    role,
    passwordHash: await hashPassword('a long password', TEST_COST),
    roleProfile: 'front-desk',
  });
  if (!created.ok) throw new Error(created.code);
  const browser = new Browser(app.app, { 'accept-language': 'en' });
  expect((await browser.signIn(A, email, 'a long password')).statusCode).toBe(303);
  return { browser, accountId: created.account.accountId, email };
}

/** Enrols the people in the first session and records who attended. */
async function attend(app: TestApp, enrolled: string[], attended: string[]) {
  const place = { programmeId: programme.id, sessionId: session.id };
  for (const id of enrolled) await app.store.enrolments.enrol('alpha-town', id, place);
  await app.store.attendance.record('alpha-town', place, new Set(attended));
}

const credentialRows = () =>
  t.store.db.selectFrom('credentials').selectAll().where('city_id', '=', 'alpha-town').execute();

/** A part of a multipart form: a field, or a file. */
type Part =
  | { name: string; value: string }
  | { name: string; filename: string; type: string; content: string | Buffer };

/** A multipart/form-data body of `parts`, as a browser builds it. */
function multipart(parts: Part[]) {
  const boundary = `----ck-test-${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const head =
      'filename' in part
        ? `Content-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.type}`
        : `Content-Disposition: form-data; name="${part.name}"`;
    chunks.push(Buffer.from(`--${boundary}\r\n${head}\r\n\r\n`));
    chunks.push(Buffer.from('filename' in part ? part.content : part.value));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` };
}

/**
 * Sends the /verify page's form as a browser does (multipart: the token, the paste field, the
 * file input), with `file` chosen (none: the empty part a browser sends); `over` replaces the
 * parts, `token: false` leaves the CSRF token out.
 */
async function upload(
  browser: Browser,
  file?: { filename: string; type: string; content: string | Buffer },
  options: { credential?: string; token?: boolean; parts?: Part[] } = {},
) {
  const token = await browser.csrf(`${A}/verify`);
  const parts: Part[] = options.parts ?? [
    ...(options.token === false ? [] : [{ name: '_csrf', value: token }]),
    { name: 'credential', value: options.credential ?? '' },
    { name: 'file', ...(file ?? { filename: '', type: 'application/octet-stream', content: '' }) },
  ];
  const body = multipart(parts.map((p) => (p.name === '_csrf' ? { ...p, value: token } : p)));
  return t.app.inject({
    method: 'POST',
    url: `${A}/verify`,
    headers: {
      ...browser.headers,
      'content-type': body.type,
      cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    },
    remoteAddress: browser.address,
    payload: body.payload,
  });
}

/** The credential ids linked from a page. */
const idsOn = (body: string) => [
  ...new Set([...body.matchAll(/\/credentials\/([\w-]{22})\b/g)].map((m) => m[1]!)),
];

beforeAll(async () => {
  t = await startApp({ credentialKey: pem });
  coordinator = (await person(t, 'coordinator@alpha.example.org', 'coordinator')).browser;
  for (let i = 0; i < 2; i++) people.push(await person(t, `p${i}@alpha.example.org`, 'staff'));
  await attend(
    t,
    people.map((p) => p.accountId),
    [people[0]!.accountId],
  );
});
afterAll(async () => t?.close());

describe('credentials', () => {
  let id: string;
  let downloaded: string;

  it('lists who completed which module, and issues the missing credentials once', async () => {
    const page = await coordinator.get(`${A}/programme/credentials`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(people[0]!.email);
    expect(page.body).not.toContain(people[1]!.email); // enrolled, absent: not completed
    expect(page.body).toContain('Not issued yet');
    expect(page.body).toContain(did);
    const res = await coordinator.submit(
      `${A}/programme/credentials`,
      `${A}/programme/credentials`,
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${A}/programme/credentials?done=issued`);
    expect(await credentialRows()).toHaveLength(1);
    // Again, and twice at once: never a second credential for the same module.
    const token = await coordinator.csrf(`${A}/programme/credentials`);
    const again = () =>
      coordinator.request('POST', `${A}/programme/credentials`, { form: { _csrf: token } });
    expect((await Promise.all([again(), again()])).map((r) => r.statusCode)).toEqual([303, 303]);
    const rows = await credentialRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      account_id: people[0]!.accountId,
      programme_id: programme.id,
      module: session.module,
    });
    id = rows[0]!.credential_id;
    expect(id).toMatch(/^[\w-]{22}$/);
    const shown = await coordinator.get(`${A}/programme/credentials?done=issued`);
    expect(shown.body).toContain('The missing credentials were issued.');
    expect(shown.body).toContain(`/credentials/${id}`);
    expect(shown.body).toContain('Every completed module has its credential.');
    const audit = await t.store.audit.list('alpha-town');
    const issued = audit.filter((e) => e.action === 'credentials-issued');
    expect(issued.map((e) => e.subject).sort()).toEqual(['0', '0', '1']);
  });

  it('lets the person list and download their credential, which verifies', async () => {
    const own = await people[0]!.browser.get(`${A}/credentials`);
    expect(own.statusCode).toBe(200);
    expect(idsOn(own.body)).toEqual([id]);
    const res = await people[0]!.browser.get(`${A}/credentials/${id}/download`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="credential-${session.module}.json"`,
    );
    downloaded = res.body;
    expect(downloaded).toBe((await credentialRows())[0]!.credential);
    const credential = JSON.parse(downloaded) as {
      issuer: unknown;
      credentialSubject: { achievement: { humanCode: string }; identifier: unknown[] };
    };
    expect(await verifyCredential(credential, resolveDidKey)).toEqual({ ok: true });
    expect(credential.issuer).toMatchObject({ id: did, name: expect.any(String) });
    expect(credential.credentialSubject.achievement.humanCode).toBe(session.module);
    expect(downloaded).not.toContain(people[0]!.email);
    expect(credential.credentialSubject.identifier[0]).toMatchObject({
      hashed: true,
      identityHash: expect.stringMatching(/^sha256\$[0-9a-f]{64}$/),
    });
  });

  it('fails verification or parsing when any single byte of the download changes', async () => {
    const bytes = Buffer.from(downloaded, 'utf8');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const survivors: string[] = [];
    /** A different byte: another of the same kind for letters and digits, else one bit off. */
    const other = (b: number) => {
      const c = String.fromCharCode(b);
      if (/[a-y]|[A-Y]|[0-8]/.test(c)) return b + 1;
      if (c === 'z' || c === 'Z') return b - 25;
      if (c === '9') return 0x30;
      return b ^ 0x01;
    };
    /** JSON's whitespace: a space could become a tab and still parse. */
    const blank = [0x20, 0x09, 0x0a, 0x0d];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const candidates = new Set([other(b), b ^ 0x01]);
      if (blank.includes(b)) candidates.add(blank[(blank.indexOf(b) + 1) % blank.length]!);
      for (const replacement of candidates) {
        const changed = Buffer.from(bytes);
        changed[i] = replacement;
        expect(changed[i]).not.toBe(b);
        let parsed: unknown;
        try {
          parsed = JSON.parse(decoder.decode(changed));
        } catch {
          continue; // parsing fails: counted as a failure to verify
        }
        const result = await verifyCredential(parsed, resolveDidKey);
        if (result.ok) survivors.push(`${i}: ${b} → ${replacement}`);
      }
    }
    expect(bytes.length).toBeGreaterThan(1000);
    expect(survivors).toEqual([]);
  }, 300_000);

  it('shows the public page verified, without personal data, and the JSON as stored', async () => {
    const anonymous = new Browser(t.app, { 'accept-language': 'en' });
    const page = await anonymous.get(`${A}/credentials/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Verified: the signature is valid');
    expect(page.body).toContain(did);
    expect(page.body).toContain('This is the key this portal signs with now.');
    for (const p of people) expect(page.body).not.toContain(p.email);
    expect(page.body).not.toContain(people[0]!.accountId);
    const json = await anonymous.get(`${A}/credentials/${id}.json`);
    expect(json.statusCode).toBe(200);
    expect(json.body).toBe(downloaded);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
  });

  it('lets nobody else download it, and knows no other id', async () => {
    const other = people[1]!.browser;
    expect((await other.get(`${A}/credentials/${id}/download`)).statusCode).toBe(404);
    expect(idsOn((await other.get(`${A}/credentials`)).body)).toEqual([]);
    expect((await coordinator.get(`${A}/credentials/${id}/download`)).statusCode).toBe(404);
    const anonymous = new Browser(t.app);
    const res = await anonymous.get(`${A}/credentials/${id}/download`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(new RegExp(`^${A}/sign-in`));
    for (const path of [
      'AAAAAAAAAAAAAAAAAAAAAA',
      'AAAAAAAAAAAAAAAAAAAAAA.json',
      '%3Cscript%3E',
      `${id}x`,
      `${id}.xml`,
    ])
      expect((await anonymous.get(`${A}/credentials/${path}`)).statusCode, path).toBe(404);
    // Another city does not know this city's credentials.
    expect((await anonymous.get(`/beta-town/credentials/${id}`)).statusCode).toBe(404);
  });

  it('checks a pasted credential, and gives hostile input a clear answer', async () => {
    const anonymous = new Browser(t.app, { 'accept-language': 'en' });
    const paste = (credential: string) =>
      anonymous.submit(`${A}/verify`, `${A}/verify`, { credential });
    const good = await paste(downloaded);
    expect(good.statusCode).toBe(200);
    expect(good.body).toContain('Verified: the signature is valid');
    const tampered = JSON.parse(downloaded) as Record<string, unknown>;
    tampered.name = 'Something else';
    const bad = await paste(JSON.stringify(tampered));
    expect(bad.statusCode).toBe(200);
    expect(bad.body).toContain('Not verified: the signature does not match');
    let deep = '"bottom"';
    for (let i = 0; i < 5000; i++) deep = `{"a":${deep}}`;
    const hostile: [string, number, string][] = [
      ['', 400, 'Paste a credential'],
      ['{"unterminated": ', 400, 'This is not JSON'],
      ['[1, 2, 3]', 400, 'not a credential'],
      ['"<script>alert(1)</script>"', 400, 'not a credential'],
      ['{"proof": 5, "issuer": {"name": "<script>x</script>"}}', 200, 'Not verified'],
      [deep, 200, 'Not verified'],
      [`{"a": "${'x'.repeat(150_000)}"}`, 400, 'too large'],
    ];
    for (const [text, status, words] of hostile) {
      const res = await paste(text);
      expect(res.statusCode, text.slice(0, 40)).toBe(status);
      expect(res.body, text.slice(0, 40)).toContain(words);
      expect(res.body).not.toContain('<script>');
    }
  });

  it('checks an uploaded credential file, and refuses what is not one with a 400', async () => {
    const browser = () => new Browser(t.app, { 'accept-language': 'en' });
    const json = (content: string | Buffer, filename = 'credential.json') => ({
      filename,
      type: 'application/json',
      content,
    });
    // The page's form takes a file without any script.
    const page = await browser().get(`${A}/verify`);
    expect(page.body).toContain('enctype="multipart/form-data"');
    expect(page.body).toMatch(/<label for="credential-file">/);
    expect(page.body).toMatch(/<input\s+type="file"\s+id="credential-file"\s+name="file"/);

    const good = await upload(browser(), json(downloaded, `credential-${session.module}.json`));
    expect(good.statusCode).toBe(200);
    expect(good.body).toContain('Verified: the signature is valid');
    expect(good.body).toContain(`The file credential-${session.module}.json was checked.`);
    // A file the browser could not type, named .json, is read as well.
    const untyped = await upload(browser(), {
      ...json(downloaded),
      type: 'application/octet-stream',
    });
    expect(untyped.body).toContain('Verified: the signature is valid');

    // One byte of the signature's value changed: the file no longer verifies.
    const flipped = Buffer.from(downloaded, 'utf8');
    const at = downloaded.indexOf('"proofValue":"') + '"proofValue":"'.length + 10;
    flipped[at] = flipped[at] === 0x41 ? 0x42 : 0x41;
    const bad = await upload(browser(), json(flipped));
    expect(bad.statusCode).toBe(200);
    expect(bad.body).toContain('Not verified');
    expect(bad.body).not.toContain('Verified: the signature is valid');

    const refused: [string, Awaited<ReturnType<typeof upload>>, string][] = [
      [
        'oversize',
        await upload(browser(), json(`{"a": "${'x'.repeat(100_001)}"}`)),
        'This is too large for a credential (at most 100 KB).',
      ],
      [
        'an image',
        await upload(browser(), { filename: 'badge.png', type: 'image/png', content: 'PNG' }),
        'This file is not a JSON file (its type is image/png)',
      ],
      [
        'an untyped file of another name',
        await upload(browser(), {
          filename: 'badge.exe',
          type: 'application/octet-stream',
          content: downloaded,
        }),
        'This file is not a JSON file',
      ],
      ['not JSON', await upload(browser(), json('{"proof": ')), 'This is not JSON'],
      ['not text', await upload(browser(), json(Buffer.from([0xff, 0xfe, 0x00]))), 'not text'],
      ['an array', await upload(browser(), json('[1, 2]')), 'not a credential'],
      ['empty', await upload(browser(), json('')), 'This file is empty.'],
      ['nothing at all', await upload(browser()), 'Paste a credential'],
      [
        'a paste and a file',
        await upload(browser(), json(downloaded), { credential: downloaded }),
        'Paste a credential or choose a file, not both',
      ],
      [
        'two files',
        await upload(browser(), undefined, {
          parts: [
            { name: '_csrf', value: '' },
            { name: 'credential', value: '' },
            { name: 'file', ...json(downloaded) },
            { name: 'file', ...json(downloaded, 'again.json') },
          ],
        }),
        'Choose one file at a time.',
      ],
      [
        'a field the form does not have',
        await upload(browser(), undefined, {
          parts: [
            { name: '_csrf', value: '' },
            { name: 'credential', value: downloaded },
            { name: 'extra', value: 'x' },
          ],
        }),
        'The form held fields it does not have',
      ],
      [
        'the file under another name',
        await upload(browser(), undefined, {
          parts: [
            { name: '_csrf', value: '' },
            { name: 'document', ...json(downloaded) },
          ],
        }),
        'The form held fields it does not have',
      ],
    ];
    for (const [what, res, words] of refused) {
      expect(res.statusCode, what).toBe(400);
      expect(res.body, what).toContain(words);
      expect(res.body, what).toContain('role="alert"');
      expect(res.body, what).not.toContain('Verified: the signature is valid');
    }
    // A problem with the file is linked to the file input, which says it is invalid.
    const [, oversize] = refused[0]!;
    expect(oversize.body).toContain('<a href="#credential-file">');
    expect(oversize.body).toMatch(
      /id="credential-file"[^>]*aria-describedby="credential-file-hint credential-problem"\s+aria-invalid="true"/,
    );
    // In the person's language.
    const german = new Browser(t.app, { 'accept-language': 'de' });
    const image = { filename: 'badge.png', type: 'image/png', content: 'PNG' };
    expect((await upload(german, image)).body).toContain('Diese Datei ist keine JSON-Datei');
    // A pasted credential in the multipart form (the page's own) is checked as before.
    const pasted = await upload(browser(), undefined, { credential: downloaded });
    expect(pasted.statusCode).toBe(200);
    expect(pasted.body).toContain('Verified: the signature is valid');
  });

  it('refuses an upload without the CSRF token, and a form it cannot read', async () => {
    const browser = new Browser(t.app, { 'accept-language': 'en' });
    const file = { filename: 'credential.json', type: 'application/json', content: downloaded };
    const res = await upload(browser, file, { token: false });
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('Verified');
    // Another session's token is no token either.
    const other = new Browser(t.app, { 'accept-language': 'en' });
    const token = await other.csrf(`${A}/verify`);
    const forged = await upload(browser, file, {
      parts: [
        { name: 'credential', value: '' },
        { name: '_csrf_', value: token },
      ],
    });
    expect(forged.statusCode).toBe(403);
    // Bytes that are no multipart form: a page saying so, never a crash.
    await browser.csrf(`${A}/verify`);
    const broken = await t.app.inject({
      method: 'POST',
      url: `${A}/verify`,
      headers: {
        'content-type': 'multipart/form-data; boundary=nothing-here',
        cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
      remoteAddress: browser.address,
      payload: 'not a multipart body at all',
    });
    expect(broken.statusCode).toBe(403); // read as a form without a token
    expect(broken.body).toContain('<h1>');
    // A form cut short after its token: 400, saying the form could not be read.
    const token2 = await browser.csrf(`${A}/verify`);
    const whole = multipart([
      { name: '_csrf', value: token2 },
      { name: 'credential', value: '{"a": 1}' },
    ]);
    const cut = await t.app.inject({
      method: 'POST',
      url: `${A}/verify`,
      headers: {
        'accept-language': 'en',
        'content-type': whole.type,
        cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
      remoteAddress: browser.address,
      payload: whole.payload.subarray(0, whole.payload.length - 20),
    });
    expect(cut.statusCode).toBe(400);
    expect(cut.body).toContain('The form could not be read');
    // Only /verify reads multipart forms: elsewhere they are refused unread.
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: `${A}/sign-in`,
      headers: { 'content-type': multipart([]).type },
      payload: multipart([{ name: 'email', value: 'x@example.org' }]).payload,
    });
    expect(elsewhere.statusCode).toBe(415);
  });

  it('limits the checks one address can make', async () => {
    const browser = new Browser(t.app, { 'accept-language': 'en' });
    let last = 0;
    for (let i = 0; i < 22; i++)
      last = (await browser.submit(`${A}/verify`, `${A}/verify`, { credential: '{}' })).statusCode;
    expect(last).toBe(429);
    const res = await browser.submit(`${A}/verify`, `${A}/verify`, { credential: '{}' });
    expect(res.body).toContain('Too many checks');
    // An upload counts against the same limit.
    const file = { filename: 'credential.json', type: 'application/json', content: '{}' };
    const uploaded = await upload(browser, file);
    expect(uploaded.statusCode).toBe(429);
    expect(uploaded.body).toContain('Too many checks');
  });

  it('is in the person’s data export, and erased with the account', async () => {
    const exported = await t.store.exportAccountData('alpha-town', people[0]!.accountId);
    expect(exported?.credentials).toEqual([
      {
        credentialId: id,
        programmeId: programme.id,
        module: session.module,
        issuedAt: expect.any(String),
        credential: downloaded,
      },
    ]);
    const deletion = await t.store.deleteAccount('alpha-town', people[0]!.accountId);
    expect(deletion.rowsDeleted.credentials).toBe(1);
    const anonymous = new Browser(t.app);
    expect((await anonymous.get(`${A}/credentials/${id}`)).statusCode).toBe(404);
    expect((await anonymous.get(`${A}/credentials/${id}.json`)).statusCode).toBe(404);
  });
});

describe('a catalogue that does not fit the city’s framework', () => {
  let misfit: TestApp;
  beforeAll(async () => {
    const catalogue = {
      ...ALPHA.catalogue,
      framework: { ...ALPHA.catalogue.framework, id: 'https://example.org/frameworks/elsewhere' },
    };
    misfit = await startApp(
      { credentialKey: pem },
      { 'alpha-town': { city: { ...ALPHA, catalogue } } },
    );
  });
  afterAll(async () => misfit?.close());

  it('says that credentials could not be issued, and issues none', async () => {
    const c = await person(misfit, 'coordinator@alpha.example.org', 'coordinator');
    const staff = await person(misfit, 'staff@alpha.example.org', 'staff');
    await attend(misfit, [staff.accountId], [staff.accountId]);
    const res = await c.browser.submit(`${A}/programme/credentials`, `${A}/programme/credentials`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${A}/programme/credentials?done=issue-failed`);
    const page = await c.browser.get(res.headers.location as string);
    expect(page.body).toContain('Some credentials could not be issued');
    expect(page.body).not.toContain('The missing credentials were issued.');
    expect(page.body).toContain('Not issued yet');
    expect(
      await misfit.store.db.selectFrom('credentials').select('credential_id').execute(),
    ).toEqual([]);
  });
});

describe('a city without a signing key', () => {
  let bare: TestApp;
  beforeAll(async () => {
    bare = await startApp();
  });
  afterAll(async () => bare?.close());

  it('says it issues no credentials and refuses to issue (409)', async () => {
    const c = await person(bare, 'coordinator@alpha.example.org', 'coordinator');
    const staff = await person(bare, 'staff@alpha.example.org', 'staff');
    await attend(bare, [staff.accountId], [staff.accountId]);
    const page = await c.browser.get(`${A}/programme/credentials`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('This city does not issue credentials');
    expect(page.body).not.toContain('Issue the missing credentials');
    const res = await c.browser.submit(`${A}/programme/credentials`, `${A}/programme/credentials`);
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('This city does not issue credentials');
    expect(await bare.store.db.selectFrom('credentials').select('credential_id').execute()).toEqual(
      [],
    );
    expect((await staff.browser.get(`${A}/credentials`)).body).toContain(
      'This city does not issue credentials',
    );
  });

  it('refuses a key that is not an Ed25519 private key, without printing it', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    const { store, dispose } = await openTestStore('pglite');
    const app = Fastify();
    try {
      let message = '';
      try {
        await app.register(competenceKit, { city: ALPHA, store, credentialKey: rsa });
        await app.ready();
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain('credentialKey');
      expect(message).not.toContain(rsa.split('\n')[1]!);
    } finally {
      await app.close().catch(() => undefined);
      await dispose();
    }
  });
});

describe('the signing key', () => {
  it('is in no log line and no table after credentials were issued', async () => {
    let log = '';
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        log += chunk.toString();
        done();
      },
    });
    const { store, dispose } = await openTestStore('pglite');
    const app = Fastify({ logger: { level: 'trace', stream } });
    await app.register(competenceKit, {
      prefix: A,
      city: ALPHA,
      store,
      secure: false,
      passwordCost: TEST_COST,
      credentialKey: pem,
    });
    await app.ready();
    const logged: TestApp = { app, store, routes: [], close: async () => undefined };
    try {
      const c = await person(logged, 'coordinator@alpha.example.org', 'coordinator');
      const staff = await person(logged, 'staff@alpha.example.org', 'staff');
      await attend(logged, [staff.accountId], [staff.accountId]);
      const res = await c.browser.submit(
        `${A}/programme/credentials`,
        `${A}/programme/credentials`,
      );
      expect(res.statusCode).toBe(303);
      const [row] = await store.db.selectFrom('credentials').select('credential_id').execute();
      expect(row).toBeDefined();
      await staff.browser.get(`${A}/credentials/${row!.credential_id}/download`);
      expect(log).toContain('incoming request'); // the logger did write
      const tables = await sql<{ table_name: string }>`
        select table_name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(store.db);
      expect(tables.rows.map((r) => r.table_name)).toContain('credentials');
      let dump = '';
      for (const { table_name } of tables.rows) {
        const rows = await sql`select * from ${sql.table(table_name)}`.execute(store.db);
        dump += `${table_name}\n${JSON.stringify(rows.rows)}\n`;
      }
      expect(dump).toContain(did.slice('did:key:'.length));
      for (const secret of SECRETS) {
        expect(log.includes(secret), 'log').toBe(false);
        expect(dump.includes(secret), 'store').toBe(false);
      }
    } finally {
      await app.close();
      await dispose();
    }
  });
});
