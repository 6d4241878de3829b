// Backup and restore of a whole store as a logical dump that does not depend on the store kind
// (decision 0024): a header line naming the format, the migrations and every table with its
// columns and row count; one line per row, tables in the order their foreign keys need, rows in a
// fixed order; a last line with the number of lines and the SHA-256 of everything before it. The
// same data gives the same bytes, from PGlite or from PostgreSQL.
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './database.js';
import type { Store } from './open-store.js';

/** The `format` of a backup file's first line. */
export const BACKUP_FORMAT = 'competence-kit-backup';
const VERSION = 1;
/** Kysely's own bookkeeping: the migrations are in the header, the lock is nobody's data. */
const NOT_DATA = new Set(['kysely_migration', 'kysely_migration_lock']);
/** Rows per insert statement on restore. */
const BATCH = 500;

/** A table as the header lists it. */
interface TableEntry {
  name: string;
  columns: string[];
  rows: number;
}

interface Header {
  format: typeof BACKUP_FORMAT;
  version: number;
  migrations: string[];
  tables: TableEntry[];
}

/** What {@link backupStore} wrote. */
export interface BackupSummary {
  migrations: string[];
  tables: { name: string; rows: number }[];
  /** Lines written, the last included. */
  lines: number;
  bytes: number;
  /** SHA-256 (hex) of every line before the last one, as the last line records it. */
  sha256: string;
}

/** What {@link restoreStore} restored. */
export interface RestoreSummary {
  migrations: string[];
  tables: { name: string; rows: number }[];
  /**
   * When the latest account erasure recorded in the backup happened (ISO 8601), if any: an
   * account erased after the backup was taken is in the store again and must be erased again.
   */
  latestErasure: string | undefined;
}

/** A backup file that cannot be restored, or a store it cannot be restored into. */
export class BackupError extends Error {
  constructor(
    message: string,
    /** The 1-based line of the file the problem is on, when it is on one. */
    readonly line?: number,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Anything lines can be written to (a file or a socket stream). */
export interface BackupWritable {
  write(chunk: string, callback?: (error?: Error | null) => void): boolean;
  once(event: 'drain' | 'error', listener: (error?: Error) => void): unknown;
  removeListener?(event: 'error', listener: (error?: Error) => void): unknown;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the catalogue is not in Database
type AnyDb = Kysely<any> | Transaction<any>;

/** The data tables of the store's schema, in an order every foreign key is satisfied by. */
async function tablesOf(db: AnyDb): Promise<{ name: string; columns: string[] }[]> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    select c.table_name, c.column_name
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
    order by c.table_name, c.ordinal_position`.execute(db);
  const byTable = new Map<string, string[]>();
  for (const { table_name, column_name } of columns.rows) {
    if (NOT_DATA.has(table_name)) continue;
    byTable.set(table_name, [...(byTable.get(table_name) ?? []), column_name]);
  }
  const references = await sql<{ child: string; parent: string }>`
    select fk.table_name as child, pk.table_name as parent
    from information_schema.referential_constraints rc
    join information_schema.table_constraints fk
      on fk.constraint_schema = rc.constraint_schema and fk.constraint_name = rc.constraint_name
    join information_schema.table_constraints pk
      on pk.constraint_schema = rc.unique_constraint_schema
      and pk.constraint_name = rc.unique_constraint_name
    where rc.constraint_schema = current_schema()`.execute(db);
  const parents = new Map<string, Set<string>>();
  for (const { child, parent } of references.rows)
    if (child !== parent && byTable.has(child) && byTable.has(parent))
      parents.set(child, (parents.get(child) ?? new Set()).add(parent));
  // Kahn's order, ties by name: the same schema gives the same order on every store.
  const ordered: string[] = [];
  const remaining = new Set([...byTable.keys()].sort());
  while (remaining.size > 0) {
    const next = [...remaining].find((t) =>
      [...(parents.get(t) ?? [])].every((p) => !remaining.has(p)),
    );
    if (next === undefined)
      throw new BackupError(
        `The foreign keys between ${[...remaining].join(', ')} form a cycle: no order restores them.`,
      );
    ordered.push(next);
    remaining.delete(next);
  }
  return ordered.map((name) => ({ name, columns: byTable.get(name)! }));
}

async function migrationsOf(db: AnyDb): Promise<string[]> {
  const applied = await sql<{
    name: string;
  }>`select name from kysely_migration order by name`.execute(db);
  return applied.rows.map((r) => r.name);
}

/** The prefix of a row's line; the row's JSON and `}` follow. */
const rowPrefix = (table: string) => `{"table":${JSON.stringify(table)},"row":`;

/**
 * Writes every row of every table of `store` to `out`: one repeatable-read, read-only
 * transaction, so the backup is one consistent snapshot while a PostgreSQL portal keeps running
 * (a PGlite folder is locked by its process: stop the portal to back it up). Timestamps are
 * written in UTC, rows ordered by their JSON text, so the same data gives the same bytes.
 */
export async function backupStore(store: Store, out: BackupWritable): Promise<BackupSummary> {
  const hash = createHash('sha256');
  let lines = 0;
  let bytes = 0;
  const write = async (line: string) => {
    const text = `${line}\n`;
    hash.update(text);
    lines++;
    bytes += Buffer.byteLength(text);
    if (!out.write(text))
      // Until the stream takes more, or fails (a full disk): never waiting for ever.
      await new Promise<void>((resolve, reject) => {
        const failed = (error?: Error) => reject(error ?? new Error('The output failed.'));
        out.once('error', failed);
        out.once('drain', () => {
          out.removeListener?.('error', failed);
          resolve();
        });
      });
  };
  const db = store.db as Kysely<Database>;
  const summary = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      await sql`set local timezone to 'UTC'`.execute(trx);
      const migrations = await migrationsOf(trx);
      const tables: TableEntry[] = [];
      for (const table of await tablesOf(trx)) {
        const counted = await sql<{
          n: string | number;
        }>`select count(*) as n from ${sql.table(table.name)}`.execute(trx);
        tables.push({ ...table, rows: Number(counted.rows[0]!.n) });
      }
      const header: Header = { format: BACKUP_FORMAT, version: VERSION, migrations, tables };
      await write(JSON.stringify(header));
      for (const table of tables) {
        // The row as PostgreSQL writes it to JSON (jsonb as JSON, big integers as digits): no
        // value passes through a JavaScript number or Date on its way to the file.
        const rows = await sql<{ j: string }>`
          select j from (select row_to_json(t)::text as j from ${sql.table(table.name)} t) rows
          order by j collate "C"`.execute(trx);
        if (rows.rows.length !== table.rows)
          throw new Error(`${table.name} changed during the backup's snapshot.`);
        const prefix = rowPrefix(table.name);
        for (const { j } of rows.rows) await write(`${prefix}${j}}`);
      }
      return { migrations, tables };
    });
  const sha256 = hash.digest('hex');
  const trailer = JSON.stringify({ end: BACKUP_FORMAT, lines: lines + 1, sha256 });
  await new Promise<void>((resolve, reject) =>
    out.write(`${trailer}\n`, (error) => (error ? reject(error) : resolve())),
  );
  return {
    migrations: summary.migrations,
    tables: summary.tables.map(({ name, rows }) => ({ name, rows })),
    lines: lines + 1,
    bytes: bytes + Buffer.byteLength(`${trailer}\n`),
    sha256,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

function parseHeader(text: string | undefined): Header {
  if (text === undefined) throw new BackupError('The file is empty: it is not a backup.', 1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupError(`The first line is not JSON: this is not a ${BACKUP_FORMAT} file.`, 1);
  }
  if (!isRecord(value) || value.format !== BACKUP_FORMAT)
    throw new BackupError(`The first line does not name the format ${BACKUP_FORMAT}.`, 1);
  if (value.version !== VERSION)
    throw new BackupError(
      `The backup has format version ${JSON.stringify(value.version)}; this version of Competence Kit reads version ${VERSION}.`,
      1,
    );
  const tables = value.tables;
  if (
    !isStrings(value.migrations) ||
    !Array.isArray(tables) ||
    !tables.every(
      (t) =>
        isRecord(t) &&
        typeof t.name === 'string' &&
        isStrings(t.columns) &&
        Number.isInteger(t.rows) &&
        (t.rows as number) >= 0,
    )
  )
    throw new BackupError('The header lacks its migrations or its list of tables.', 1);
  return value as unknown as Header;
}

/** What reading a backup calls back with, line by line. */
interface ReadHandlers {
  header?(header: Header): Promise<void>;
  row?(table: TableEntry, row: string, line: number): Promise<void>;
  tableEnd?(table: TableEntry): Promise<void>;
}

/**
 * Reads a backup from its first line to its last, checking its form, counts and checksum, and
 * hands the header and each row (its JSON text) to `on`.
 */
async function readBackup(input: Readable, on: ReadHandlers): Promise<Header> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  const reader = lines[Symbol.asyncIterator]();
  const nextLine = async () => {
    const next = await reader.next();
    return next.done ? undefined : next.value;
  };
  try {
    const hash = createHash('sha256');
    let lineNo = 1;
    const headerText = await nextLine();
    const header = parseHeader(headerText);
    hash.update(`${headerText}\n`);
    await on.header?.(header);
    for (const table of header.tables) {
      const prefix = rowPrefix(table.name);
      const columns = [...table.columns].sort().join();
      for (let n = 0; n < table.rows; n++) {
        const text = await nextLine();
        lineNo++;
        if (text === undefined)
          throw new BackupError(
            `The file ends in ${table.name}, after ${n} of its ${table.rows} rows: it is truncated.`,
            lineNo,
          );
        hash.update(`${text}\n`);
        let row: unknown;
        try {
          row = JSON.parse(text);
        } catch {
          throw new BackupError(
            `The line is not JSON (a row of ${table.name} was expected).`,
            lineNo,
          );
        }
        if (!isRecord(row) || row.table !== table.name || !text.startsWith(prefix))
          throw new BackupError(
            `A row of ${table.name} was expected (${n + 1} of ${table.rows}); the line is ${isRecord(row) && typeof row.table === 'string' ? `a row of ${row.table}` : 'something else'}.`,
            lineNo,
          );
        if (!isRecord(row.row) || Object.keys(row.row).sort().join() !== columns)
          throw new BackupError(
            `The row does not have the columns of ${table.name} (${table.columns.join(', ')}).`,
            lineNo,
          );
        await on.row?.(table, text.slice(prefix.length, -1), lineNo);
      }
      await on.tableEnd?.(table);
    }
    const trailerText = await nextLine();
    lineNo++;
    if (trailerText === undefined)
      throw new BackupError(
        'The file ends without its last line (count and checksum): it is truncated.',
        lineNo,
      );
    let trailer: unknown;
    try {
      trailer = JSON.parse(trailerText);
    } catch {
      throw new BackupError(
        'The line is not JSON (the last line, with the checksum, was expected).',
        lineNo,
      );
    }
    if (!isRecord(trailer) || trailer.end !== BACKUP_FORMAT)
      throw new BackupError(
        'More lines than the header announces: the last line (count and checksum) was expected.',
        lineNo,
      );
    if (trailer.lines !== lineNo)
      throw new BackupError(
        `The last line counts ${JSON.stringify(trailer.lines)} lines; the file has ${lineNo}.`,
        lineNo,
      );
    const sha256 = hash.digest('hex');
    if (trailer.sha256 !== sha256)
      throw new BackupError(
        `The checksum does not match: the file was altered or damaged after it was written (SHA-256 ${sha256}, recorded ${JSON.stringify(trailer.sha256)}).`,
        lineNo,
      );
    if ((await nextLine()) !== undefined)
      throw new BackupError(
        'There are lines after the last line (count and checksum).',
        lineNo + 1,
      );
    return header;
  } finally {
    lines.close();
  }
}

/**
 * Reads a whole backup without a store: its form, its counts and its checksum. Run it before
 * {@link restoreStore} on a file, so that a damaged file is reported as damaged rather than by
 * the first constraint a damaged row breaks.
 *
 * @throws BackupError naming the line.
 */
export async function verifyBackup(
  input: Readable,
): Promise<{ migrations: string[]; tables: { name: string; rows: number }[] }> {
  const header = await readBackup(input, {});
  return {
    migrations: header.migrations,
    tables: header.tables.map(({ name, rows }) => ({ name, rows })),
  };
}

/**
 * Restores a backup made by {@link backupStore} into `store`, which must be empty (no row in any
 * table) and at exactly the migrations the backup was made at. Everything is written in one
 * transaction, committed only when the last line's count and checksum match: a truncated,
 * altered or malformed file writes nothing. Sequences are set past the restored rows.
 *
 * @throws BackupError naming the line for a file it cannot restore, or the reason the store
 *   cannot take it (not empty, other migrations).
 */
export async function restoreStore(store: Store, input: Readable): Promise<RestoreSummary> {
  const db = store.db as Kysely<Database>;
  let names: string[] = [];
  const header = await db.transaction().execute(async (trx) => {
    await sql`set local timezone to 'UTC'`.execute(trx);
    let batch: string[] = [];
    let batchLine = 0;
    const flush = async (table: TableEntry) => {
      if (batch.length === 0) return;
      try {
        // json_populate_recordset maps each JSON object onto the table's row type by column
        // name; the file's text goes to PostgreSQL as one parameter, never into the SQL.
        await sql`insert into ${sql.table(table.name)} overriding system value
          select * from json_populate_recordset(null::${sql.table(table.name)}, ${`[${batch.join(',')}]`}::json)`.execute(
          trx,
        );
      } catch (error) {
        throw new BackupError(
          `The database refused the rows of ${table.name} on lines ${batchLine} to ${batchLine + batch.length - 1}: ${(error as Error).message}`,
          batchLine,
        );
      }
      batch = [];
    };
    return readBackup(input, {
      header: async (header) => {
        await checkTarget(trx, header);
        names = header.tables.map((t) => t.name);
      },
      row: async (table, row, line) => {
        if (batch.length === 0) batchLine = line;
        batch.push(row);
        if (batch.length >= BATCH) await flush(table);
      },
      tableEnd: flush,
    }).then(async (header) => {
      const sequences = await sql<{ table_name: string; column_name: string }>`
        select table_name, column_name from information_schema.columns
        where table_schema = current_schema()
          and (column_default like 'nextval(%' or is_identity = 'YES')
        order by table_name, column_name`.execute(trx);
      for (const { table_name, column_name } of sequences.rows)
        await sql`select setval(pg_get_serial_sequence(${table_name}, ${column_name}),
          coalesce((select max(${sql.ref(column_name)}) from ${sql.table(table_name)}), 0) + 1, false)`.execute(
          trx,
        );
      return header;
    });
  });

  let latestErasure: string | undefined;
  if (names.includes('account_deletions')) {
    const latest = await sql<{
      at: string | null;
    }>`select to_char(max(deleted_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at from account_deletions`.execute(
      db,
    );
    latestErasure = latest.rows[0]?.at ?? undefined;
  }
  return {
    migrations: header.migrations,
    tables: header.tables.map(({ name, rows }) => ({ name, rows })),
    latestErasure,
  };
}

/** Refuses a store that cannot take the backup: other migrations, other tables, not empty. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the catalogue is not in Database
async function checkTarget(db: Transaction<any>, header: Header): Promise<void> {
  const known = await migrationsOf(db);
  const unknown = header.migrations.filter((m) => !known.includes(m));
  if (unknown.length > 0)
    throw new BackupError(
      `The backup was made by a newer version of Competence Kit: this store does not know the migration ${unknown.join(', ')}. Restore it with that version or a later one.`,
      1,
    );
  const missing = known.filter((m) => !header.migrations.includes(m));
  if (missing.length > 0)
    throw new BackupError(
      `The backup was made before the migration ${missing.join(', ')}, which this store has: restore it with the version of Competence Kit that made it, then start this version to migrate.`,
      1,
    );
  const tables = await tablesOf(db);
  const expected = tables.map((t) => t.name).join(', ');
  const theirs = header.tables.map((t) => t.name).join(', ');
  if (theirs !== expected)
    throw new BackupError(`The backup's tables (${theirs}) are not this store's (${expected}).`, 1);
  for (const [i, table] of header.tables.entries()) {
    const own = tables[i]!.columns;
    if ([...table.columns].sort().join() !== [...own].sort().join())
      throw new BackupError(
        `The backup's columns of ${table.name} (${table.columns.join(', ')}) are not this store's (${own.join(', ')}).`,
        1,
      );
  }
  for (const { name } of tables) {
    const any = await sql`select 1 from ${sql.table(name)} limit 1`.execute(db);
    if (any.rows.length > 0)
      throw new BackupError(
        `The store is not empty (${name} has rows): a backup is restored only into a new, empty store.`,
      );
  }
}
