import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './test-support/memory-io.js';

// The one test that runs the built program as a user does. It needs dist/, which turbo builds
// before `test` (see this package's turbo.json); after a change run `npm run build` first.
describe('dist/bin.js', () => {
  it('runs `competence-kit summary` from the repository root', () => {
    const bin = join(import.meta.dirname, '..', 'dist', 'bin.js');
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const result = spawnSync(process.execPath, [bin, 'summary'], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Sample framework: welcoming public services');
    expect(result.stdout).toContain('Translation coverage (38 texts)');

    const unknown = spawnSync(process.execPath, [bin, 'nonsense'], { encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "nonsense"');
    // Two Node processes start here; on a busy 2-core CI machine that takes seconds.
  }, 60_000);
});
