// Run by scripts/check-pack.mjs in an empty project where the packed tarball is installed: the
// store opens PGlite from the installed package (its WebAssembly files included), keeps data
// across a reopen and refuses a second store on the same folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, StoreLockedError } from '@competence-kit/server/store';

const dir = mkdtempSync(join(tmpdir(), 'ck-server-smoke-'));
try {
  const dataDir = join(dir, 'portal');
  const store = await openStore({ dataDir });
  if (!store.info.created || store.info.migrationsApplied.length === 0)
    throw new Error(`unexpected first start ${JSON.stringify(store.info)}`);
  await store.cities.ensure('smoke');
  const created = await store.accounts.create('smoke', {
    email: 'smoke@example.org',
    role: 'staff',
    passwordHash: 'x',
  });
  if (!created.ok) throw new Error(created.code);
  const second = await openStore({ dataDir }).then(
    () => 'opened',
    (error) => error,
  );
  if (!(second instanceof StoreLockedError)) throw new Error(`second store: ${second}`);
  await store.close();

  const reopened = await openStore({ dataDir });
  const found = await reopened.accounts.findByEmail('smoke', 'smoke@example.org');
  await reopened.close();
  if (found?.accountId !== created.account.accountId) throw new Error('the account is gone');
  console.log('server pack smoke ok');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
