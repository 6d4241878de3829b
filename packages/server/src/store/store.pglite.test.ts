import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';
import { defineStoreSuite } from './test-support/store-suite.js';
import { copyPgliteTemplate } from './test-support/stores.js';

defineStoreSuite('pglite');

describe('openStore on PGlite', () => {
  it('reopens a cleanly closed folder with nothing to recover, and keeps its rows (main thread, then worker)', async () => {
    const { dataDir, remove } = copyPgliteTemplate();
    try {
      // Written by PGlite on the main thread, read by PGlite in its worker (the default).
      const first = await openStore({ dataDir, pgliteThread: 'main' });
      expect(first.info).toMatchObject({
        kind: 'pglite',
        dataDir,
        pgliteThread: 'main',
        created: false,
        migrationsApplied: [],
        recovered: { staleLock: false, stalePostmasterPid: false },
      });
      await first.cities.ensure('kreis-offenbach');
      const created = await first.accounts.create('kreis-offenbach', {
        email: 'koordination@kreis-offenbach.de',
        role: 'coordinator',
        passwordHash: 'x',
      });
      await first.close();
      await first.close();
      expect(existsSync(join(dataDir, 'store.lock'))).toBe(false);
      expect(existsSync(join(dataDir, 'pgdata', 'postmaster.pid'))).toBe(false);

      const again = await openStore({ dataDir });
      try {
        expect(again.info.recovered).toEqual({ staleLock: false, stalePostmasterPid: false });
        expect(again.info.pgliteThread).toBe('worker');
        const found = await again.accounts.findByEmail(
          'kreis-offenbach',
          'koordination@kreis-offenbach.de',
        );
        expect(created.ok && found?.accountId).toBe(created.ok && created.account.accountId);
        console.log(`PGlite store, existing folder: open ${Math.round(again.info.openMs)} ms`);
      } finally {
        await again.close();
      }
    } finally {
      remove();
    }
  });

  it('rejects malformed options with a TypeError naming the option', async () => {
    await expect(openStore({ databaseUrl: 'mysql://localhost/portal' })).rejects.toThrow(
      /Invalid openStore options at databaseUrl/,
    );
    await expect(openStore({ poolSize: 0 })).rejects.toThrow(TypeError);
    await expect(openStore({ dataDir: '' })).rejects.toThrow(/dataDir/);
    await expect(openStore({ pgliteThread: 'thread' as 'main' })).rejects.toThrow(
      /Invalid openStore options at pgliteThread/,
    );
  });
});
