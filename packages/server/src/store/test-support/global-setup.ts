// Once per test run: a throwaway PostgreSQL server (when installed), and a PGlite data folder
// created by openStore on first start, which the PGlite tests copy instead of each paying for
// initdb again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openStore } from '../open-store.js';
import { findPostgresBinaries, startPostgres, type PostgresServer } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The admin connection string of the throwaway server, or '' when it could not start. */
    postgresAdminUrl: string;
    /** A template for other databases' URLs: replace `{database}`. */
    postgresUrlTemplate: string;
    /** Why there is no PostgreSQL server ('' when there is one). */
    postgresMissing: string;
    postgresVersion: string;
    /** A PGlite store folder created and migrated by openStore, closed again. */
    pgliteTemplate: string;
    /** The StoreInfo of that first open, as JSON. */
    pgliteFirstOpen: string;
  }
}

export default async function setup(project: TestProject) {
  // The PGlite template below must not open a developer's DATABASE_URL instead.
  process.env.DATABASE_URL = '';
  let server: PostgresServer | undefined;
  const binaries = findPostgresBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'ck-store-template-'));
  const dataDir = join(dir, 'store');
  // Both at once: each is seconds of CPU (two initdb runs, one of them in WebAssembly).
  const t0 = performance.now();
  const [started, firstOpen] = await Promise.allSettled([
    'bindir' in binaries
      ? startPostgres(binaries.bindir).then((s) => {
          console.log(
            `${s.version}: throwaway server up in ${Math.round(performance.now() - t0)} ms`,
          );
          return s;
        })
      : Promise.resolve(undefined),
    openStore({ dataDir }).then(async (store) => {
      await store.close();
      return store.info;
    }),
  ]);
  if (started.status === 'fulfilled') server = started.value;
  if (firstOpen.status === 'rejected' || started.status === 'rejected') {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
    throw firstOpen.status === 'rejected'
      ? firstOpen.reason
      : (started as PromiseRejectedResult).reason;
  }
  if (server) {
    project.provide('postgresAdminUrl', server.url('postgres'));
    project.provide('postgresUrlTemplate', server.url('{database}'));
    project.provide('postgresMissing', '');
    project.provide('postgresVersion', server.version);
  } else {
    project.provide('postgresAdminUrl', '');
    project.provide('postgresUrlTemplate', '');
    project.provide('postgresMissing', 'missing' in binaries ? binaries.missing : '');
    project.provide('postgresVersion', '');
  }
  console.log(
    `PGlite: first start of a new data folder (initdb, migrations) in ${Math.round(firstOpen.value.openMs)} ms`,
  );
  project.provide('pgliteTemplate', dataDir);
  project.provide('pgliteFirstOpen', JSON.stringify(firstOpen.value));

  return () => {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
