import { describe, expect, inject, it } from 'vitest';
import { sql } from 'kysely';
import { migrations } from '../migrations/index.js';
import { openStore } from './open-store.js';
import { defineStoreSuite } from './test-support/store-suite.js';
import { createPostgresDatabase } from './test-support/stores.js';

const missing = inject('postgresMissing');
if (missing) {
  // Never a silent pass: without PostgreSQL's binaries these tests fail and say how to get them,
  // as the browser tests do without Chromium (.ci/run installs both on a fresh machine).
  it('runs against a real PostgreSQL', () => {
    throw new Error(
      `${missing}. Install Debian's postgresql (apt-get install postgresql), as .ci/run does.`,
    );
  });
} else {
  defineStoreSuite('postgresql');

  describe('openStore on PostgreSQL', () => {
    it('uses DATABASE_URL when no URL is passed, and ignores dataDir then', async () => {
      const { url, drop } = await createPostgresDatabase();
      const saved = process.env.DATABASE_URL;
      process.env.DATABASE_URL = url;
      try {
        const store = await openStore({ dataDir: '/nonexistent/never-created' });
        try {
          expect(store.info).toMatchObject({ kind: 'postgresql', dataDir: undefined });
          const { rows } = await sql<{ db: string }>`select current_database() as db`.execute(
            store.db,
          );
          expect(url).toContain(rows[0]?.db);
        } finally {
          await store.close();
        }
      } finally {
        if (saved === undefined) delete process.env.DATABASE_URL;
        else process.env.DATABASE_URL = saved;
        await drop();
      }
    });

    it('migrates a new database once when servers start together', async () => {
      const { url, drop } = await createPostgresDatabase();
      try {
        const stores = await Promise.all(
          [1, 2, 3].map(() => openStore({ databaseUrl: url, poolSize: 2 })),
        );
        const applied = stores.map((s) => s.info.migrationsApplied);
        expect(applied.filter((a) => a.length > 0)).toEqual([Object.keys(migrations)]);
        const { rows } = await sql<{
          name: string;
        }>`select name from kysely_migration order by name`.execute(stores[0]!.db);
        expect(rows.map((r) => r.name)).toEqual(Object.keys(migrations));
        await Promise.all(stores.map((s) => s.close()));
      } finally {
        await drop();
      }
    });
  });
}
