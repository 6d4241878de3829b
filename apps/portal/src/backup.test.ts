// `npm run backup` / `npm run restore` as processes (`node dist/backup.js`, so run `npm run build`
// first; turbo does), on the store `npm start` uses (PGlite in .data/portal of the working
// folder): a backup, a damaged copy refused with its file and line and nothing written, the
// restore into a fresh folder, and the restored store backed up again to the same bytes.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '@competence-kit/server';

const CLI = fileURLToPath(new URL('../dist/backup.js', import.meta.url));

let dir: string;

/** Runs the command in `cwd` with PGlite (no DATABASE_URL); its exit code and output. */
function run(cwd: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.INIT_CWD;
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build in apps/portal.`);
  dir = mkdtempSync(join(tmpdir(), 'ck-portal-backup-'));
  const source = join(dir, 'source', '.data', 'portal');
  // One first start (initdb) for both folders: the target is a copy of the new, empty store.
  const store = await openStore({ dataDir: source });
  await store.close();
  cpSync(source, join(dir, 'target', '.data', 'portal'), { recursive: true });
  const filled = await openStore({ dataDir: source });
  await filled.cities.ensure('ravenna');
  const created = await filled.accounts.create('ravenna', {
    email: 'Staff.Person@ravenna.example.org',
    role: 'staff',
    passwordHash: '$scrypt$test$hash',
    roleProfile: null,
  });
  if (!created.ok) throw new Error(created.code);
  await filled.audit.record('ravenna', { actorId: null, action: 'signed-out', subject: 'é "q"' });
  await filled.close();
}, 60_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run backup / npm run restore', () => {
  it('backs up, refuses a damaged copy, restores into a fresh store, backs up the same bytes', async () => {
    const source = join(dir, 'source');
    const target = join(dir, 'target');
    const backedUp = await run(source, 'backup', '--out', '../first.jsonl');
    expect(backedUp.stderr).toBe('');
    expect(backedUp.code).toBe(0);
    expect(backedUp.stdout).toMatch(
      /^Backed up PGlite in .+ to .+first\.jsonl: 3 rows in \d+ tables, at migration \d{4}-[a-z-]+; \d+ bytes, SHA-256 [0-9a-f]{64}\./,
    );
    const first = readFileSync(join(dir, 'first.jsonl'), 'utf8');
    expect(first).toContain('staff.person@ravenna.example.org');
    // A backup never overwrites a file.
    expect((await run(source, 'backup', '--out', '../first.jsonl')).stderr).toMatch(
      /first\.jsonl exists already/,
    );

    const lines = first.split('\n');
    const damaged = [...lines];
    damaged[2] = damaged[2]!.replace('ravenna', 'rovenna');
    writeFileSync(join(dir, 'damaged.jsonl'), damaged.join('\n'));
    const refused = await run(target, 'restore', '--from', '../damaged.jsonl');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `Restore refused, nothing written: ${join(dir, 'damaged.jsonl')}:${lines.length - 1}: The checksum does not match`,
    );

    const restored = await run(target, 'restore', '--from', '../first.jsonl');
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('Restored');
    expect(restored.stdout).toContain('Any account erased after the backup was taken is back');
    const again = await run(target, 'backup', '--out', '../second.jsonl');
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'second.jsonl'), 'utf8')).toBe(first);

    expect((await run(target, 'restore')).code).toBe(2);
  }, 60_000);
});
