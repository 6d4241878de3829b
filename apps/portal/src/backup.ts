// `npm run backup -- --out <file>` and `npm run restore -- --from <file>`: the whole store (the
// one `npm start` uses: DATABASE_URL, else PGlite in .data/portal) as one logical backup file
// (backupStore/restoreStore of @competence-kit/server, decision 0024). Relative file paths are
// taken from the folder npm was run in.
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { join, resolve } from 'node:path';
import {
  BackupError,
  backupStore,
  DEFAULT_DATA_DIR,
  openStore,
  restoreStore,
  StoreLockedError,
  verifyBackup,
  type Store,
} from '@competence-kit/server';

const USAGE = `Usage:
  npm run backup --workspace @competence-kit/portal -- --out <file>
  npm run restore --workspace @competence-kit/portal -- --from <file>
(node dist/backup.js backup --out <file> | restore --from <file>)`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const [command, flag, value, ...extra] = process.argv.slice(2);
const expected = command === 'backup' ? '--out' : command === 'restore' ? '--from' : undefined;
if (expected === undefined || flag !== expected || !value || extra.length > 0)
  fail(
    `${command === undefined ? '' : `Cannot read "${process.argv.slice(2).join(' ')}".\n`}${USAGE}`,
    2,
  );
const file = resolve(process.env.INIT_CWD ?? process.cwd(), value);

async function open(): Promise<Store> {
  try {
    return await openStore({ poolSize: 2 });
  } catch (error) {
    if (error instanceof StoreLockedError)
      fail(
        `${error.message}\nThe PGlite store can be used by one process at a time: stop the portal (Ctrl+C or SIGTERM), then ${command} again. (On PostgreSQL a backup runs beside the portal.)`,
      );
    throw error;
  }
}

/** Ends with `message` and exit code 1 once the store is closed (the `finally` below). */
function refuse(message: string) {
  console.error(message);
  process.exitCode = 1;
}

const where = (store: Store) =>
  store.info.kind === 'pglite' ? `PGlite in ${store.info.dataDir}` : 'PostgreSQL (DATABASE_URL)';

if (command === 'backup') {
  if (existsSync(file))
    fail(`${file} exists already: name a new file (a backup never overwrites).`);
  if (
    !process.env.DATABASE_URL &&
    !existsSync(join(resolve(DEFAULT_DATA_DIR), 'pgdata', 'PG_VERSION'))
  )
    fail(
      `There is no store in ${resolve(DEFAULT_DATA_DIR)} to back up (and DATABASE_URL is not set).`,
    );
  const store = await open();
  // Written under a temporary name and renamed when complete: a failed backup leaves no file
  // that looks like one.
  const partial = `${file}.partial`;
  try {
    const out = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
    const summary = await backupStore(store, out);
    out.end();
    await finished(out);
    await rename(partial, file);
    const rows = summary.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      `Backed up ${where(store)} to ${file}: ${rows} rows in ${summary.tables.length} tables, at migration ${summary.migrations.at(-1)}; ${summary.bytes} bytes, SHA-256 ${summary.sha256}.`,
    );
    console.log(
      'The file holds personal data: keep it as protected as the database, and delete it when its retention period ends (README, "Backup and restore").',
    );
  } catch (error) {
    await rm(partial, { force: true });
    refuse(`Backup failed, no file written: ${(error as Error).message}`);
  } finally {
    await store.close();
  }
} else {
  if (!existsSync(file)) fail(`${file} does not exist.`);
  // The whole file first (form, counts, checksum), without the store: a damaged file is told
  // as damaged, not by the first constraint one of its rows breaks.
  try {
    await verifyBackup(createReadStream(file, 'utf8'));
  } catch (error) {
    if (error instanceof BackupError)
      fail(
        `Restore refused, nothing written: ${file}${error.line === undefined ? '' : `:${error.line}`}: ${error.message}`,
      );
    throw error;
  }
  const store = await open();
  try {
    const summary = await restoreStore(store, createReadStream(file, 'utf8'));
    const rows = summary.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      `Restored ${file} into ${where(store)}: ${rows} rows in ${summary.tables.length} tables.`,
    );
    console.log(
      summary.latestErasure
        ? `Erasures: the latest account erasure in this backup is of ${summary.latestErasure}. Any account erased after the backup was taken is back: erase it again now (README, "Backup and restore").`
        : 'Erasures: this backup records none. Any account erased after the backup was taken is back: erase it again now (README, "Backup and restore").',
    );
  } catch (error) {
    refuse(
      error instanceof BackupError
        ? `Restore refused, nothing written: ${file}${error.line === undefined ? '' : `:${error.line}`}: ${error.message}`
        : `Restore failed, nothing written: ${(error as Error).message}`,
    );
  } finally {
    await store.close();
  }
}
