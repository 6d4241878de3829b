import { Migrator, type Kysely, type MigrationResult } from 'kysely';
import { migrations } from '../migrations/index.js';

/**
 * Applies every migration that the database has not seen yet, in name order, and returns their
 * names. Kysely records them in `kysely_migration` and, on PostgreSQL, holds an advisory lock
 * while it migrates, so servers starting together do not migrate twice.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's Migrator takes any schema
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...migrations }) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r: MigrationResult) => r.status === 'Error');
    throw new Error(
      `Migration ${failed?.migrationName ?? '(before any migration)'} failed: ${
        error instanceof Error ? error.message : String(error)
      }`,
      { cause: error },
    );
  }
  return (results ?? []).map((r) => r.migrationName);
}
