import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as read from './read.js';
import * as main from './index.js';

describe('@competence-kit/model/read', () => {
  it('offers the same functions as the main entry', () => {
    for (const [name, value] of Object.entries(read))
      expect(value, name).toBe(main[name as keyof typeof main]);
  });

  it('loads no module that imports semver (so it runs unbundled in a browser)', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(join(import.meta.dirname, file), 'utf8');
      expect(source, file).not.toMatch(/from 'semver/);
      for (const [, dep] of source.matchAll(
        /^(?:import|export) (?!type)[^;]*? from '\.\/([^']+)\.js'/gm,
      ))
        visit(`${dep}.ts`);
    };
    visit('read.ts');
    expect(seen.size).toBeGreaterThan(2);
  });
});
