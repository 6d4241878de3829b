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
  let server: PostgresServer | undefined;
  const binaries = findPostgresBinaries();
  if ('bindir' in binaries) {
    server = startPostgres(binaries.bindir);
    project.provide('postgresAdminUrl', server.url('postgres'));
    project.provide('postgresUrlTemplate', server.url('{database}'));
    project.provide('postgresMissing', '');
    project.provide('postgresVersion', server.version);
  } else {
    project.provide('postgresAdminUrl', '');
    project.provide('postgresUrlTemplate', '');
    project.provide('postgresMissing', binaries.missing);
    project.provide('postgresVersion', '');
  }

  const dir = mkdtempSync(join(tmpdir(), 'ck-store-template-'));
  const dataDir = join(dir, 'store');
  const store = await openStore({ dataDir });
  await store.close();
  project.provide('pgliteTemplate', dataDir);
  project.provide('pgliteFirstOpen', JSON.stringify(store.info));

  return () => {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
