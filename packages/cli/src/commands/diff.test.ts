import { describe, expect, it } from 'vitest';
import type { Framework } from '@competence-kit/schemas';
import { json, runCli, sample } from '../test-support/memory-io.js';
import { suggestVersion } from './diff.js';

/** The sample without its last competence (and whatever refers to it): a major change. */
function withoutResidenceLaw(version: string): Framework {
  const fw = sample();
  fw.version = version;
  fw.competences = fw.competences.filter((c) => c.id !== 'residence-law-basics');
  for (const profile of fw.roleProfiles ?? []) delete profile.targets['residence-law-basics'];
  return fw;
}

function reworded(version: string): Framework {
  const fw = sample();
  fw.version = version;
  fw.domains[0]!.title.de = 'Gesprächsführung';
  return fw;
}

describe('diff', () => {
  it('exits 1 when the declared version is too small for the changes, and says what would do', async () => {
    const files = { 'a.json': json(sample()), 'b.json': json(withoutResidenceLaw('0.1.1')) };
    const { code, stdout } = await runCli(['diff', 'a.json', 'b.json'], files);
    expect(code).toBe(1);
    expect(stdout).toContain('Changes from 0.1.0 to 0.1.1');
    expect(stdout).toMatch(
      /Removed \(1\)\n {2}major {2}competence "residence-law-basics" removed\./,
    );
    expect(stdout).toMatch(/Changed \(2\)\n {2}major {2}Role "front-desk" no longer targets/);
    expect(stdout).toContain('Required bump: major');
    expect(stdout).toContain('Declared bump: patch (0.1.0 → 0.1.1)');
    // Before 1.0.0 a minor release may break, so 0.2.0 is enough.
    expect(stdout).toContain(
      'not sufficient: these changes need a major release; use 0.2.0 or higher',
    );
  });

  it('exits 0 when the version is sufficient', async () => {
    const files = { 'a.json': json(sample()), 'b.json': json(reworded('0.1.1')) };
    const { code, stdout } = await runCli(['diff', 'a.json', 'b.json'], files);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /Changed \(1\)\n {2}patch {2}Text \/title\/de of domain "communication" reworded\./,
    );
    expect(stdout).toContain('Required bump: patch');
    expect(stdout).toContain('✓ The version is sufficient.');
  });

  it('exits 1 for a reworded text under the same version', async () => {
    const files = { 'a.json': json(sample()), 'b.json': json(reworded('0.1.0')) };
    const { code, stdout } = await runCli(['diff', 'a.json', 'b.json'], files);
    expect(code).toBe(1);
    expect(stdout).toContain('use 0.1.1 or higher');
  });

  it('says so when nothing changed', async () => {
    const files = { 'a.json': json(sample()), 'b.json': json(sample()) };
    const { code, stdout } = await runCli(['diff', 'a.json', 'b.json'], files);
    expect(code).toBe(0);
    expect(stdout).toContain('No changes.');
    expect(stdout).toContain('Required bump: none');
  });

  it('prints the diff as JSON with --json', async () => {
    const files = { 'a.json': json(sample()), 'b.json': json(withoutResidenceLaw('0.1.1')) };
    const { code, stdout } = await runCli(['diff', 'a.json', 'b.json', '--json'], files);
    expect(code).toBe(1);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      from: { file: 'a.json', version: '0.1.0' },
      to: { file: 'b.json', version: '0.1.1' },
      bump: 'major',
      declaredBump: 'patch',
      versionSufficient: false,
      suggestedVersion: '0.2.0',
      removed: [expect.objectContaining({ entity: 'competence', id: 'residence-law-basics' })],
    });
  });

  it('exits 1 with the issues when a file is not a valid framework', async () => {
    const bad = sample();
    bad.defaultLocale = 'fr';
    const { code, stderr } = await runCli(['diff', 'a.json', 'b.json'], {
      'a.json': json(sample()),
      'b.json': json(bad),
    });
    expect(code).toBe(1);
    expect(stderr).toContain('b.json is not a valid framework');
    expect(stderr).toMatch(/\/defaultLocale +unknown-reference/);
  });
});

describe('suggestVersion', () => {
  it('suggests the lowest version that the diff accepts', () => {
    const a = sample();
    expect(suggestVersion(a, withoutResidenceLaw('0.1.0'))).toBe('0.2.0');
    const one = { ...a, version: '1.4.2' };
    expect(suggestVersion(one, withoutResidenceLaw('1.4.2'))).toBe('2.0.0');
    expect(suggestVersion(one, reworded('1.4.2'))).toBe('1.4.3');
  });
});
