// A throwaway PostgreSQL server for the tests: initdb into a temporary folder, started with
// pg_ctl on a Unix socket in that folder (no TCP port, so parallel runs never collide), stopped
// and removed afterwards. Run as the `postgres` (or `nobody`) user when the tests run as root,
// because initdb refuses root.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface PostgresServer {
  /** The server's version line (`postgres --version`). */
  version: string;
  /** A connection string for a database on this server. */
  url(database: string): string;
  stop(): void;
}

/** The folder with initdb and pg_ctl, or a sentence saying where they were looked for. */
export function findPostgresBinaries(
  debian = '/usr/lib/postgresql',
  path = process.env.PATH ?? '',
): { bindir: string } | { missing: string } {
  const candidates: string[] = [];
  if (existsSync(debian))
    candidates.push(
      ...readdirSync(debian)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => join(debian, v, 'bin')),
    );
  candidates.push(...path.split(delimiter).filter(Boolean));
  for (const dir of candidates)
    if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return { bindir: dir };
  return {
    missing:
      'PostgreSQL is not installed: no initdb and pg_ctl in /usr/lib/postgresql/<version>/bin or ' +
      'on PATH. Install it (Debian: apt-get install postgresql; .ci/run does this in CI).',
  };
}

function idOf(user: string): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

const execFileAsync = promisify(execFile);

/** Starts a server; throws with the server's log when it does not start. */
export async function startPostgres(bindir: string): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ck-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  let runAs: string | undefined;
  if (process.getuid?.() === 0) {
    runAs = ['postgres', 'nobody'].find((u) => idOf(u) !== undefined);
    if (!runAs)
      throw new Error('Running as root, and neither a postgres nor a nobody user exists.');
    const { uid, gid } = idOf(runAs)!;
    chownSync(dir, uid, gid);
  }
  const command = (program: string, args: string[]): [string, string[]] =>
    runAs
      ? ['runuser', ['-u', runAs, '--', join(bindir, program), ...args]]
      : [join(bindir, program), args];
  const env = { ...process.env, LC_ALL: 'C' };
  const run = (program: string, args: string[]) =>
    execFileAsync(...command(program, args), { encoding: 'utf8', env });
  try {
    await run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    await run('pg_ctl', [
      '-D',
      data,
      '-l',
      log,
      '-w',
      '-t',
      '60',
      '-o',
      `-k ${dir} -c listen_addresses='' -p 5432 -c fsync=off -c max_connections=50`,
      'start',
    ]);
  } catch (error) {
    let serverLog = '';
    try {
      serverLog = execFileSync('cat', [log], { encoding: 'utf8' });
    } catch {
      // no log yet
    }
    rmSync(dir, { recursive: true, force: true });
    const e = error as { message: string; stderr?: string };
    throw new Error(`PostgreSQL did not start: ${e.message}\n${e.stderr ?? ''}\n${serverLog}`);
  }
  const version = execFileSync(join(bindir, 'postgres'), ['--version'], {
    encoding: 'utf8',
  }).trim();
  return {
    version,
    url: (database) => `postgresql://postgres@/${database}?host=${encodeURIComponent(dir)}`,
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
