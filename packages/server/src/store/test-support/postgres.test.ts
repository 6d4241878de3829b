import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { findPostgresBinaries } from './postgres.js';

it('says plainly where it looked when PostgreSQL is not installed', () => {
  const empty = mkdtempSync(join(tmpdir(), 'ck-no-pg-'));
  try {
    const found = findPostgresBinaries(join(empty, 'postgresql'), empty);
    expect(found).toEqual({ missing: expect.stringMatching(/PostgreSQL is not installed/) });
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});
