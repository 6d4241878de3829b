import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { migrations } from './index.js';

const here = import.meta.dirname;
const sha256 = (file: string) =>
  createHash('sha256')
    .update(readFileSync(join(here, file), 'utf8').replaceAll('\r\n', '\n'))
    .digest('hex');
const released = JSON.parse(readFileSync(join(here, 'released.json'), 'utf8')) as Record<
  string,
  string
>;
const files = readdirSync(here)
  .filter((f) => /^\d{4}-[a-z0-9-]+\.ts$/.test(f))
  .sort();

describe('migrations', () => {
  it('leaves every released migration exactly as it was released', () => {
    const entries = Object.entries(released).filter(([file]) => file !== '$comment');
    expect(entries.length).toBeGreaterThan(0);
    for (const [file, checksum] of entries) {
      expect(files, `${file} was released and must not be removed`).toContain(file);
      expect(
        sha256(file),
        `${file} was released and has changed: restore it and make the change a new migration`,
      ).toBe(checksum);
    }
  });

  it('registers every migration file once, in order, under its file name', () => {
    expect(Object.keys(migrations)).toEqual(files.map((f) => f.replace(/\.ts$/, '')));
    expect([...Object.keys(migrations)].sort()).toEqual(Object.keys(migrations));
  });

  it('were applied by the first start of a new PGlite folder', () => {
    const first = JSON.parse(inject('pgliteFirstOpen')) as {
      created: boolean;
      migrationsApplied: string[];
    };
    expect(first.created).toBe(true);
    expect(first.migrationsApplied).toEqual(Object.keys(migrations));
  });
});
