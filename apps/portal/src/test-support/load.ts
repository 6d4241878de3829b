// Load on the real portal process (issue 16), shared by apps/portal/src/durability.test.ts and
// the benchmarks bench/src/load.bench.mjs and bench/src/durability.bench.mjs (which import the
// built copy, dist/test-support/load.js): start `node dist/main.js` as `npm start` does (PGlite
// in a folder, or PostgreSQL through DATABASE_URL), prepare signed-in staff and an open
// questionnaire through the store (no scrypt under load), drive concurrent clients on node:http
// that submit self-assessments and anonymous questionnaire answers with an Idempotency-Key and
// retry with the same key when a reply is lost, and read the database afterwards: every
// acknowledged submission stored, none twice.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { staffSelfAssessment, tcnQuestionnaire } from '@competence-kit/framework-intercultural';
import type { Answer, Response } from '@competence-kit/schemas';
import { newSessionToken, openStore, type StoreOptions } from '@competence-kit/server';
import { rng, syntheticResponse } from '../seed.js';

/** `node dist/main.js`, from src/test-support (vitest) or dist/test-support (the benchmarks). */
const MAIN = [
  new URL('../main.js', import.meta.url),
  new URL('../../dist/main.js', import.meta.url),
]
  .map((url) => fileURLToPath(url))
  .find((path) => existsSync(path));

/** The portal's city files (apps/portal/cities), from src/ or dist/. */
const CITIES = fileURLToPath(new URL('../../cities/', import.meta.url));
/** The city every load runs in (a demo city of the portal). */
export const CITY = 'ravenna';
const ROLES = ['front-desk', 'immigration-case-worker', 'social-services', 'team-lead'];

// --- The portal process ---------------------------------------------------------------------

/** A running `node dist/main.js`. */
export interface PortalProcess {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  readonly port: number;
  /** Ends it with a signal; resolves when it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  output(): string;
}

/**
 * Starts the portal in `cwd` (PGlite in cwd/.data/portal unless `databaseUrl`), on `port` (0: a
 * free one), with a fixed PORTAL_SECRET so that CSRF tokens survive a restart, as they must in
 * any deployment that restarts. Resolves when it prints that it is ready.
 */
export async function startPortal(options: {
  cwd: string;
  databaseUrl?: string;
  port?: number;
  secret: string;
  /** Node options for the portal (`--cpu-prof` to profile it). */
  nodeArgs?: string[];
}): Promise<PortalProcess> {
  if (!MAIN)
    throw new Error('apps/portal/dist/main.js is missing: run npm run build in apps/portal.');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port ?? 0),
    HOST: '127.0.0.1',
    PORTAL_SECRET: options.secret,
  };
  delete env.DATABASE_URL;
  delete env.COMPETENCE_KIT_CREDENTIAL_KEY_FILE;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), MAIN], {
    cwd: options.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let ready = false;
  // Everything until ready, then the last 64 KB: the portal logs a line per request.
  const keep = (chunk: Buffer) => {
    out += chunk.toString();
    if (ready && out.length > 128 * 1024) out = out.slice(0, 16 * 1024) + out.slice(-64 * 1024);
  };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      keep(chunk);
      if (!ready && /Stop with Ctrl\+C/.test(out)) {
        ready = true;
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', keep);
    child.once('exit', (code, signal) =>
      reject(new Error(`the portal exited (${code ?? signal}) before it was ready:\n${out}`)),
    );
  });
  const origin = /reference portal: (http:\/\/[^/\s]+)\//.exec(out)![1]!;
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping)
      console.error(`The portal exited unexpectedly (${code ?? signal}); its output:\n${out}`);
  });
  return {
    origin,
    port: Number(new URL(origin).port),
    output: () => out,
    async stop(signal = 'SIGTERM') {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

// --- A throwaway PostgreSQL -----------------------------------------------------------------

/** A PostgreSQL server in a temporary folder (a Unix socket there, no TCP port). */
export interface Postgres {
  url(database: string): string;
  createDatabase(name: string): void;
  stop(): void;
}

const run = promisify(execFile);

/**
 * Starts PostgreSQL from /usr/lib/postgresql/<version>/bin with initdb and pg_ctl (as `postgres`
 * or `nobody` when running as root), as packages/server's test support does, but with the
 * server's default durability (fsync and synchronous_commit on): the benchmark measures what a
 * city would run.
 */
export async function startPostgres(): Promise<Postgres> {
  const root = '/usr/lib/postgresql';
  const version = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))[0]
    : undefined;
  if (!version) throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/<version>).');
  const bin = join(root, version, 'bin');
  const dir = mkdtempSync(join(tmpdir(), 'ck-load-pg-'));
  const data = join(dir, 'data');
  const user = process.getuid?.() === 0 ? 'postgres' : undefined;
  if (user) {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, user], { encoding: 'utf8' }).trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  const command = (program: string, args: string[]): [string, string[]] =>
    user
      ? ['runuser', ['-u', user, '--', join(bin, program), ...args]]
      : [join(bin, program), args];
  const env = { ...process.env, LC_ALL: 'C' };
  await run(...command('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']), {
    env,
  });
  await run(
    ...command('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-o',
      `-k ${dir} -c listen_addresses='' -p 5432 -c max_connections=100`,
      'start',
    ]),
    { env },
  );
  const url = (database: string) =>
    `postgresql://postgres@/${database}?host=${encodeURIComponent(dir)}`;
  return {
    url,
    createDatabase(name) {
      execFileSync(
        ...command('psql', ['-h', dir, '-U', 'postgres', '-qc', `create database "${name}"`]),
        { env },
      );
    },
    stop() {
      try {
        execFileSync(...command('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']), {
          stdio: 'ignore',
          env,
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

// --- Preparing the city ---------------------------------------------------------------------

/** A signed-in staff member: the session cookie's token and the account. */
export interface StaffSession {
  accountId: string;
  token: string;
}

/** What a load needs in the database: staff with sessions and an open questionnaire. */
export interface Prepared {
  staff: StaffSession[];
  questionnaireId: string;
}

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Creates the city, `staff` accounts with a session each, and opens the migrants' questionnaire,
 * directly in the store (before the portal starts: on PGlite it holds the folder's lock). The
 * accounts cannot sign in (no password hash), as the seed's synthetic staff; their sessions are
 * made as `startSession` makes them: a random token, its SHA-256 stored.
 */
export async function prepare(store: StoreOptions, staff: number): Promise<Prepared> {
  const opened = await openStore(store);
  try {
    // A city the portal finds in the store is not seeded again: the load needs no demo accounts
    // (and the start no scrypt hashes).
    for (const file of readdirSync(CITIES).filter((f) => f.endsWith('.json')))
      await opened.cities.ensure(file.slice(0, -'.json'.length));
    const tag = randomBytes(4).toString('hex');
    const sessions: StaffSession[] = [];
    for (let n = 0; n < staff; n++) {
      const created = await opened.accounts.create(CITY, {
        email: `load-${tag}-${n}@${CITY}.load.example`,
        role: 'staff',
        passwordHash: 'disabled',
        roleProfile: ROLES[n % ROLES.length]!,
      });
      if (!created.ok) throw new Error(`could not create a load account: ${created.code}`);
      const { token, tokenHash } = newSessionToken();
      await opened.sessions.create(CITY, {
        tokenHash,
        accountId: created.account.accountId,
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      sessions.push({ accountId: created.account.accountId, token });
    }
    const q = await opened.questionnaires.open(CITY, {
      instrumentId: tcnQuestionnaire.id,
      instrumentVersion: tcnQuestionnaire.version,
      title: `Load ${tag}`,
      languages: ['it', 'en'],
      opensOn: day(-1),
      closesOn: day(30),
    });
    return { staff: sessions, questionnaireId: q.questionnaireId };
  } finally {
    await opened.close();
  }
}

// --- HTTP ----------------------------------------------------------------------------------

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request; rejects on a connection error (refused, reset, hang-up). */
function request(
  origin: string,
  method: string,
  path: string,
  options: {
    agent?: http.Agent;
    headers?: http.OutgoingHttpHeaders;
    body?: string;
    localAddress?: string;
    /** Closes the connection this long after sending, reply or not: a lost reply. */
    dropAfterMs?: number;
  } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${origin}${path}`,
      {
        method,
        agent: options.agent ?? false,
        headers: options.headers,
        ...(options.localAddress && { localAddress: options.localAddress }),
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
    if (options.dropAfterMs !== undefined) {
      const drop = options.dropAfterMs;
      req.on('finish', () =>
        setTimeout(
          () => req.destroy(Object.assign(new Error('reply dropped'), { code: 'DROPPED' })),
          drop,
        ),
      );
    }
  });
}

/** The `name=value` of a Set-Cookie header's cookie `name`. */
function cookieOf(reply: Reply, name: string): string {
  const found = (reply.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${name}=`));
  if (!found) throw new Error(`no ${name} cookie (status ${reply.status})`);
  return found.split(';')[0]!;
}

/** A page's CSRF token (`<meta name="csrf-token">`) and the `ck-csrf` cookie it goes with. */
async function csrf(origin: string, path: string, cookie?: string) {
  const reply = await request(origin, 'GET', path, cookie ? { headers: { cookie } } : {});
  const token = /<meta name="csrf-token" content="([^"]+)"/.exec(reply.body)?.[1];
  if (reply.status !== 200 || !token)
    throw new Error(`${path} answered ${reply.status} without a CSRF token`);
  return { token, cookie: cookieOf(reply, 'ck-csrf') };
}

/**
 * A fresh loopback address per simulated respondent's device: 127.1.0.0 onwards, never the
 * same twice in a process. The questionnaire route allows 20 answers per questionnaire and
 * address in ten minutes (SUBMISSIONS in routes/questionnaires.ts); that limit stays on, and the
 * load, like real respondents, comes from many addresses, each sending at most
 * {@link ANSWERS_PER_ADDRESS}.
 */
let nextAddress = 0;
const newAddress = () => {
  const n = nextAddress++;
  return `127.${1 + ((n >> 16) & 0x7f)}.${(n >> 8) & 0xff}.${n & 0xff}`;
};
export const ANSWERS_PER_ADDRESS = 10;

/** A key as the portal's pages draw them: 16 random bytes in base64url. */
const newKey = () => randomBytes(16).toString('base64url');

/** A migrant's answers to the questionnaire: ratings, the choices, a sentence. */
function tcnAnswers(random: () => number): Response {
  return {
    instrument: { id: tcnQuestionnaire.id, version: tcnQuestionnaire.version },
    respondent: 'anonymous',
    phase: 'baseline',
    submittedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    answers: tcnQuestionnaire.sections
      .flatMap((s) => s.items)
      .map((item): Answer => {
        if (item.type === 'likert') return { item: item.id, value: 1 + Math.floor(random() * 4) };
        if (item.type === 'single-choice')
          return {
            item: item.id,
            value: item.options[Math.floor(random() * item.options.length)]!.id,
          };
        if (item.type === 'free-text')
          return { item: item.id, value: `Load test answer ${Math.floor(random() * 1e6)}` };
        return { item: item.id, skipped: true, reason: 'declined' };
      }),
  };
}

// --- The clients ----------------------------------------------------------------------------

/** What the clients are given: where the portal is (the harness may change it) and who they are. */
export interface LoadTarget {
  /** Read before every attempt: a harness that restarts the portal elsewhere sets it. */
  origin: string;
}

/** One submission: its key, its kind, and how it ended. */
export interface Submission {
  kind: 'self-assessment' | 'questionnaire';
  key: string;
  /** The staff account (self-assessments). */
  accountId?: string;
  /** Attempts made (1 without retries). */
  attempts: number;
  /** The acknowledgement: the response id (self-assessment) or `next` (questionnaire). */
  ack?: string;
  /** Whether the acknowledgement came as a replay (`Idempotent-Replayed: true`). */
  replayed: boolean;
  /** Whether the client dropped its first attempt's reply (see `dropShare`). */
  dropped?: boolean;
  /** When it was due: sent (closed loop) or scheduled (open loop), performance.now(). */
  dueAt?: number;
  /** From `dueAt` to the acknowledgement, ms. */
  latencyMs?: number;
  /** When it was acknowledged (performance.now()). */
  ackedAt?: number;
  /** The last refusal (a 4xx other than a retryable one) or error, when not acknowledged. */
  failure?: string;
}

/** Connected clients, ready to load: a token and cookies each. */
export interface Clients {
  staff: { accountId: string; cookie: string; token: string }[];
  respondents: { cookie: string; token: string }[];
  questionnaireId: string;
}

/**
 * Connects `count` clients: `staffShare` of them staff (each one of the prepared sessions, its
 * CSRF token from its landing page), the others anonymous respondents (each its own `ck-csrf`
 * cookie and token from the questionnaire's page). Not measured.
 */
export async function connect(
  origin: string,
  prepared: Prepared,
  count: number,
  staffShare = 0.5,
): Promise<Clients> {
  const staffCount = Math.round(count * staffShare);
  if (staffCount > prepared.staff.length)
    throw new Error(`${staffCount} staff clients, but ${prepared.staff.length} sessions prepared`);
  const clients: Clients = {
    staff: [],
    respondents: [],
    questionnaireId: prepared.questionnaireId,
  };
  const queue = Array.from({ length: count }, (_, i) => i);
  const worker = async () => {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      if (i < staffCount) {
        const s = prepared.staff[i]!;
        const session = `ck-session=${s.token}`;
        const got = await csrf(origin, `/${CITY}/`, session);
        clients.staff.push({
          accountId: s.accountId,
          cookie: `${session}; ${got.cookie}`,
          token: got.token,
        });
      } else {
        const got = await csrf(origin, `/${CITY}/q/${prepared.questionnaireId}/answer?lang=it`);
        clients.respondents.push({ cookie: got.cookie, token: got.token });
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return clients;
}

/** What a load did. */
export interface LoadResult {
  submissions: Submission[];
  /** The window in which new submissions were started, ms. */
  windowMs: number;
  /** Acknowledged within the window, per second. */
  perSecond: number;
  /** Latency percentiles of the acknowledged submissions (first attempt to acknowledgement). */
  p50: number;
  p99: number;
  acknowledged: number;
  /** Submissions that needed more than one attempt, and the attempts beyond the first. */
  retriedSubmissions: number;
  retries: number;
  /** Acknowledgements that were replays of a stored submission whose first reply was lost. */
  replayed: number;
  /** First replies the client dropped on purpose (each then retried). */
  dropped: number;
  /** Submissions never acknowledged (given up), with their last failure. */
  failed: Submission[];
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * Drives the clients for `durationMs`: each starts a submission, waits for its acknowledgement
 * and starts the next; staff submit self-assessments, respondents questionnaire answers. A
 * connection error or a 5xx is retried with the same key (after 20 ms, doubling to 500 ms) until
 * acknowledged or until `giveUpMs` after the window; anything else that is not 2xx ends the
 * submission as failed. A harness that kills and restarts the portal meanwhile does so on its
 * own timer (see {@link durabilityRun}).
 */
export async function runLoad(
  target: LoadTarget,
  clients: Clients,
  options: {
    durationMs: number;
    giveUpMs?: number;
    seed?: number;
    /** The share of submissions whose first reply the client drops (default 0). */
    dropShare?: number;
    /**
     * Open loop: the clients together send this many submissions per second, whatever the
     * replies. Submission k of client i is due at start + (k × clients + i) / rate; a client
     * still waiting for its previous reply sends as soon as it has it, and the latency runs from
     * the due time, not the sending (no coordinated omission). Without it, a closed loop: each
     * client sends its next submission as soon as the previous is acknowledged.
     */
    perSecond?: number;
    /**
     * Open loop: the schedule runs this long first, unmeasured (the clients' connections opening
     * at once, default 0); the measured window of `durationMs` follows. Its submissions are
     * stored and returned all the same.
     */
    warmUpMs?: number;
  },
): Promise<LoadResult> {
  const dropShare = options.dropShare ?? 0;
  const start = performance.now();
  const warmUpMs = options.perSecond === undefined ? 0 : (options.warmUpMs ?? 0);
  const end = start + warmUpMs + options.durationMs;
  const rate = options.perSecond;
  const everyone = clients.staff.length + clients.respondents.length;
  /** When client `index` sends its `k`-th submission; undefined once the window is over. */
  const dueTime = async (index: number, k: number): Promise<number | undefined> => {
    if (rate === undefined) {
      const at = performance.now();
      return at < end ? at : undefined;
    }
    const due = start + ((k * everyone + index) * 1000) / rate;
    if (due >= end) return undefined;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    return due;
  };
  const giveUpAt = end + (options.giveUpMs ?? 60_000);
  const submissions: Submission[] = [];
  const random = rng(options.seed ?? 16);
  const staffBodies = ROLES.map((role, i) =>
    syntheticResponse(staffSelfAssessment, 'placeholder', role, rng(1000 + i)),
  );

  const attempt = async (
    submission: Submission,
    send: (dropAfterMs: number | undefined) => Promise<Reply>,
    agentReset: () => void,
    /** When the submission was due: its latency runs from here. */
    first: number,
  ) => {
    // A share of first attempts loses its reply: the client hangs up 0–20 ms after sending,
    // whether or not the server stored the submission, and retries with the same key.
    const drop = random() < dropShare ? Math.floor(random() * 20) : undefined;
    let wait = 20;
    for (;;) {
      submission.attempts++;
      let reply: Reply | undefined;
      try {
        reply = await send(submission.attempts === 1 ? drop : undefined);
      } catch (error) {
        submission.failure = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        if (submission.failure === 'DROPPED') submission.dropped = true;
        agentReset();
      }
      if (reply && reply.status >= 200 && reply.status < 300) {
        const body = JSON.parse(reply.body) as { responseId?: string; next?: string };
        submission.ack = body.responseId ?? body.next;
        submission.replayed = reply.headers['idempotent-replayed'] === 'true';
        submission.ackedAt = performance.now();
        submission.latencyMs = submission.ackedAt - first;
        delete submission.failure;
        return;
      }
      if (reply && reply.status < 500) {
        submission.failure = `${reply.status} ${reply.body.slice(0, 200)}`;
        return;
      }
      if (reply) submission.failure = `${reply.status} ${reply.body.slice(0, 200)}`;
      if (performance.now() > giveUpAt) return;
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = Math.min(500, wait * 2);
    }
  };

  const staffClient = async (c: Clients['staff'][number], index: number) => {
    let agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const reset = () => {
      agent.destroy();
      agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    };
    let n = 0;
    for (let k = 0; ; k++) {
      const due = await dueTime(index, k);
      if (due === undefined) break;
      const template = staffBodies[(index + n++) % staffBodies.length]!;
      const body = JSON.stringify({
        ...template,
        respondent: c.accountId,
        submittedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      });
      const submission: Submission = {
        kind: 'self-assessment',
        dueAt: due,
        key: newKey(),
        accountId: c.accountId,
        attempts: 0,
        replayed: false,
      };
      submissions.push(submission);
      const headers = {
        'content-type': 'application/json',
        cookie: c.cookie,
        'csrf-token': c.token,
        'idempotency-key': submission.key,
      };
      await attempt(
        submission,
        (dropAfterMs) =>
          request(target.origin, 'POST', `/${CITY}/api/responses`, {
            agent,
            headers,
            body,
            ...(dropAfterMs !== undefined && { dropAfterMs }),
          }),
        reset,
        due,
      );
    }
    agent.destroy();
  };

  const respondentClient = async (c: Clients['respondents'][number], index: number) => {
    let agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    let address = newAddress();
    let sent = 0;
    const reset = () => {
      agent.destroy();
      agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    };
    for (let k = 0; ; k++) {
      const due = await dueTime(index, k);
      if (due === undefined) break;
      if (sent++ === ANSWERS_PER_ADDRESS) {
        // The next respondent, on another device.
        reset();
        address = newAddress();
        sent = 1;
      }
      const body = JSON.stringify(tcnAnswers(random));
      const submission: Submission = {
        kind: 'questionnaire',
        dueAt: due,
        key: newKey(),
        attempts: 0,
        replayed: false,
      };
      submissions.push(submission);
      const headers = {
        'content-type': 'application/json',
        cookie: c.cookie,
        'csrf-token': c.token,
        'idempotency-key': submission.key,
      };
      const from = address;
      await attempt(
        submission,
        (dropAfterMs) =>
          request(
            target.origin,
            'POST',
            `/${CITY}/q/${clients.questionnaireId}/responses?lang=it`,
            {
              agent,
              headers,
              body,
              localAddress: from,
              ...(dropAfterMs !== undefined && { dropAfterMs }),
            },
          ),
        reset,
        due,
      );
    }
    agent.destroy();
  };

  await Promise.all([
    ...clients.staff.map((c, i) => staffClient(c, i)),
    ...clients.respondents.map((c, i) => respondentClient(c, clients.staff.length + i)),
  ]);
  return summarise(submissions, start + warmUpMs, options.durationMs);
}

/** Rate and latencies of the submissions due from `start` on (after an open loop's warm-up). */
function summarise(submissions: Submission[], start: number, windowMs: number): LoadResult {
  const acked = submissions.filter((s) => s.ack !== undefined);
  const measured = acked.filter((s) => s.dueAt! >= start);
  const inWindow = measured.filter((s) => s.ackedAt! <= start + windowMs).length;
  const latencies = measured.map((s) => s.latencyMs!).sort((a, b) => a - b);
  const retried = submissions.filter((s) => s.attempts > 1);
  return {
    submissions,
    windowMs,
    perSecond: inWindow / (windowMs / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    acknowledged: acked.length,
    retriedSubmissions: retried.length,
    retries: retried.reduce((sum, s) => sum + s.attempts - 1, 0),
    replayed: acked.filter((s) => s.replayed).length,
    dropped: submissions.filter((s) => s.dropped).length,
    failed: submissions.filter((s) => s.ack === undefined),
  };
}

/**
 * The floor: the same clients' machinery on the same server's static route `/healthz` (no
 * store, no body), for `durationMs`: requests per second and latency percentiles.
 */
export async function runFloor(
  origin: string,
  count: number,
  durationMs: number,
): Promise<{ perSecond: number; p50: number; p99: number }> {
  const end = performance.now() + durationMs;
  const latencies: number[] = [];
  let inWindow = 0;
  await Promise.all(
    Array.from({ length: count }, async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      while (performance.now() < end) {
        const t0 = performance.now();
        const reply = await request(origin, 'GET', '/healthz', { agent });
        const t1 = performance.now();
        if (reply.status !== 200) throw new Error(`/healthz answered ${reply.status}`);
        latencies.push(t1 - t0);
        if (t1 <= end) inWindow++;
      }
      agent.destroy();
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    perSecond: inWindow / (durationMs / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

// --- The check ------------------------------------------------------------------------------

/** What the database holds of a load's submissions. */
export interface DatabaseCheck {
  /** Acknowledged submissions, by kind. */
  acknowledged: { selfAssessments: number; answers: number };
  /** Rows stored: self-assessments of the load's accounts, answers to its questionnaire. */
  stored: { selfAssessments: number; answers: number };
  /** Idempotency keys stored, by scope. */
  keys: { selfAssessments: number; answers: number };
  /** Acknowledged but not in the database. */
  lost: number;
  /** Rows without a key of their own: a submission stored twice. */
  duplicates: number;
}

/**
 * Reads the database (the portal stopped, on PGlite; or alongside it, on PostgreSQL): every
 * acknowledged self-assessment's response id is a row of its account, and its key's stored
 * acknowledgement names that row; every acknowledged answer's key is stored with a 201; no row
 * exists without a key of its own (the self-assessments: each row named by exactly one key's
 * acknowledgement; the answers, which have no id in their acknowledgement: as many rows as
 * keys).
 */
export async function checkDatabase(
  store: StoreOptions,
  prepared: Prepared,
  submissions: Submission[],
): Promise<DatabaseCheck> {
  const opened = await openStore(store);
  try {
    const accounts = prepared.staff.map((s) => s.accountId);
    const rows = await opened.db
      .selectFrom('responses')
      .select(['response_id', 'account_id'])
      .where('city_id', '=', CITY)
      .where('account_id', 'in', accounts)
      .execute();
    const keyRows = await opened.db
      .selectFrom('idempotency_keys')
      .select(['scope', 'key', 'status', 'body'])
      .where('city_id', '=', CITY)
      .where('scope', 'in', ['responses', `q/${prepared.questionnaireId}`])
      .execute();
    const answers = await opened.questionnaires.countAnswers(CITY, prepared.questionnaireId);
    const responseKeys = new Map<string, string>();
    const answerKeys = new Set<string>();
    for (const k of keyRows) {
      if (k.scope === 'responses') {
        const body = (typeof k.body === 'string' ? JSON.parse(k.body) : k.body) as {
          responseId?: string;
        };
        if (body.responseId) responseKeys.set(k.key, body.responseId);
      } else if (k.status === 201) answerKeys.add(k.key);
    }
    const stored = new Map(rows.map((r) => [r.response_id, r.account_id]));
    let lost = 0;
    const acked = submissions.filter((s) => s.ack !== undefined);
    for (const s of acked) {
      if (s.kind === 'self-assessment') {
        if (stored.get(s.ack!) !== s.accountId || responseKeys.get(s.key) !== s.ack) lost++;
      } else if (!answerKeys.has(s.key)) lost++;
    }
    // Each self-assessment row is named by exactly one key; the answers' rows match their keys.
    const named = new Map<string, number>();
    for (const id of responseKeys.values()) named.set(id, (named.get(id) ?? 0) + 1);
    let duplicates = 0;
    for (const id of stored.keys()) if (named.get(id) !== 1) duplicates++;
    duplicates += Math.max(0, answers - answerKeys.size);
    lost += Math.max(0, answerKeys.size - answers);
    return {
      acknowledged: {
        selfAssessments: acked.filter((s) => s.kind === 'self-assessment').length,
        answers: acked.filter((s) => s.kind === 'questionnaire').length,
      },
      stored: { selfAssessments: rows.length, answers },
      keys: { selfAssessments: responseKeys.size, answers: answerKeys.size },
      lost,
      duplicates,
    };
  } finally {
    await opened.close();
  }
}

// --- A whole durability run -----------------------------------------------------------------

/** What {@link durabilityRun} reports. */
export interface DurabilityReport {
  store: 'pglite' | 'postgresql';
  killed: boolean;
  clients: number;
  durationMs: number;
  load: LoadResult;
  check: DatabaseCheck;
  /** From SIGKILL to the restarted portal printing its address, ms. */
  downMs?: number;
  /** What the restarted portal printed about the recovery, if anything. */
  restartOutput?: string;
  /** How long each step took, ms: prepare, start, connect, load, stop, check. */
  steps: Record<string, number>;
}

/**
 * A durability run end to end, in a fresh temporary folder (or a new PostgreSQL database):
 * prepare the city, its staff and the questionnaire, start the portal, connect the clients, load
 * for `durationMs`; with `kill`, SIGKILL the portal at `killAt` of the window and start it again
 * on the same port and store while the clients retry; stop; check the database.
 */
export async function durabilityRun(options: {
  clients: number;
  durationMs: number;
  kill: boolean;
  killAt?: number;
  /** The share of submissions whose first reply is dropped by the client (see runLoad). */
  dropShare?: number;
  postgres?: Postgres;
}): Promise<DurabilityReport> {
  const dir = mkdtempSync(join(tmpdir(), 'ck-load-'));
  const secret = randomBytes(32).toString('base64url');
  let databaseUrl: string | undefined;
  if (options.postgres) {
    const name = `load_${randomBytes(4).toString('hex')}`;
    options.postgres.createDatabase(name);
    databaseUrl = options.postgres.url(name);
  }
  const store: StoreOptions = databaseUrl
    ? { databaseUrl }
    : { dataDir: join(dir, '.data', 'portal') };
  let portal: PortalProcess | undefined;
  const steps: Record<string, number> = {};
  let last = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    steps[name] = Math.round(now - last);
    last = now;
  };
  try {
    const prepared = await prepare(store, Math.ceil(options.clients / 2));
    step('prepare');
    portal = await startPortal({ cwd: dir, secret, ...(databaseUrl && { databaseUrl }) });
    step('start');
    const target: LoadTarget = { origin: portal.origin };
    const clients = await connect(portal.origin, prepared, options.clients);
    step('connect');
    let downMs: number | undefined;
    let restartOutput: string | undefined;
    let restarted: Promise<void> | undefined;
    if (options.kill) {
      const first = portal;
      restarted = new Promise<void>((resolve, reject) => {
        setTimeout(
          () => {
            const killed = performance.now();
            first
              .stop('SIGKILL')
              .then(() =>
                startPortal({
                  cwd: dir,
                  secret,
                  port: first.port,
                  ...(databaseUrl && { databaseUrl }),
                }),
              )
              .then((again) => {
                downMs = performance.now() - killed;
                restartOutput = again.output();
                portal = again;
                resolve();
              }, reject);
          },
          options.durationMs * (options.killAt ?? 0.5),
        );
      });
    }
    const load = await runLoad(target, clients, {
      durationMs: options.durationMs,
      ...(options.dropShare !== undefined && { dropShare: options.dropShare }),
    });
    await restarted;
    step('load');
    await portal.stop();
    portal = undefined;
    step('stop');
    const check = await checkDatabase(store, prepared, load.submissions);
    step('check');
    return {
      store: databaseUrl ? 'postgresql' : 'pglite',
      killed: options.kill,
      clients: options.clients,
      durationMs: options.durationMs,
      load,
      check,
      steps,
      ...(downMs !== undefined && { downMs }),
      ...(restartOutput !== undefined && { restartOutput }),
    };
  } finally {
    await portal?.stop('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}
