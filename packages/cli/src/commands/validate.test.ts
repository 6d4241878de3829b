import { describe, expect, it } from 'vitest';
import { json, runCli, sample, sampleExtension } from '../test-support/memory-io.js';

function broken() {
  const fw = sample();
  fw.competences[1]!.domain = 'outreach';
  fw.scale.levels[3]!.rank = 2;
  return fw;
}

describe('validate', () => {
  it('exits 0 for a valid framework and says what it holds', async () => {
    const { code, stdout } = await runCli(['validate', 'ok.json'], { 'ok.json': json(sample()) });
    expect(code).toBe(0);
    expect(stdout).toContain('✓ ok.json  valid framework: 4 competences in 2 domains');
  });

  it('exits 1 and lists each issue with its path when a file is broken', async () => {
    const files = { 'ok.json': json(sample()), 'broken.json': json(broken()) };
    const { code, stdout } = await runCli(['validate', 'ok.json', 'broken.json'], files);
    expect(code).toBe(1);
    expect(stdout).toContain('✗ broken.json  2 issue(s)');
    expect(stdout).toMatch(/\/competences\/1\/domain +unknown-reference +Domain "outreach"/);
    expect(stdout).toMatch(/\/scale\/levels\/3\/rank +levels-not-ordered/);
    expect(stdout).toContain('2 files: 1 valid, 1 with issues.');
  });

  it('reports unreadable files and bad JSON with a line and column, and goes on', async () => {
    const files = {
      'bad.json': '{\n  "id": "x",\n  "version" "1.0.0"\n}\n',
      'ok.json': json(sample()),
    };
    const { code, stdout } = await runCli(
      ['validate', 'bad.json', 'gone.json', 'ok.json', '--json'],
      files,
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      ok: boolean;
      files: {
        file: string;
        ok: boolean;
        issues: { path: string; code: string; message: string }[];
      }[];
    };
    expect(report.ok).toBe(false);
    expect(report.files.map((f) => [f.file, f.ok, f.issues.map((i) => i.code)])).toEqual([
      ['bad.json', false, ['invalid-json']],
      ['gone.json', false, ['unreadable-file']],
      ['ok.json', true, []],
    ]);
    expect(report.files[0]!.issues[0]!.message).toContain('line 3, column 13');
    expect(report.files[1]!.issues[0]!.message).toContain('no such file');
  });

  it('prints machine-readable issues with --json', async () => {
    const { code, stdout } = await runCli(['validate', 'b.json', '--json'], {
      'b.json': json(broken()),
    });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      files: [
        {
          file: 'b.json',
          kind: 'framework',
          ok: false,
          issues: [
            expect.objectContaining({ path: '/competences/1/domain', code: 'unknown-reference' }),
            expect.objectContaining({ path: '/scale/levels/3/rank', code: 'levels-not-ordered' }),
          ],
        },
      ],
    });
  });

  it('applies extensions to --base and reports their issues with paths into the extension', async () => {
    const bad = sampleExtension();
    bad.remove = { domains: ['nowhere'] };
    const files = {
      'base.json': json(sample()),
      'ext.json': json(sampleExtension()),
      'bad.json': json(bad),
    };
    const { code, stdout } = await runCli(
      ['validate', '--kind', 'extension', '--base', 'base.json', 'ext.json', 'bad.json'],
      files,
    );
    expect(code).toBe(1);
    expect(stdout).toContain(
      '✓ ext.json  valid extension of https://w3id.org/competence-kit/frameworks/sample 0.1.0',
    );
    expect(stdout).toContain('the result has 5 competences');
    expect(stdout).toMatch(/\/remove\/domains\/0 +unknown-id/);
  });

  it('reports a broken base instead of checking the extensions against it', async () => {
    const files = { 'base.json': json(broken()), 'ext.json': json(sampleExtension()) };
    const text = await runCli(
      ['validate', '--kind', 'extension', '--base', 'base.json', 'ext.json'],
      files,
    );
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('✗ base.json  the base framework has 2 issue(s)');
    const asJson = await runCli(
      ['validate', '--kind', 'extension', '--base', 'base.json', 'ext.json', '--json'],
      files,
    );
    expect(JSON.parse(asJson.stdout)).toMatchObject({
      ok: false,
      base: { file: 'base.json', ok: false },
    });
  });

  it('exits 2 for --kind extension without --base, --base without it, and an unknown kind', async () => {
    for (const argv of [
      ['validate', 'x.json', '--kind', 'extension'],
      ['validate', 'x.json', '--base', 'b.json'],
      ['validate', 'x.json', '--kind', 'instrument'],
      ['validate'],
    ]) {
      expect((await runCli(argv)).code, argv.join(' ')).toBe(2);
    }
  });

  it('reads a framework from standard input with -', async () => {
    const { code, stdout } = await runCli(['validate', '-'], {}, { stdin: json(sample()) });
    expect(code).toBe(0);
    expect(stdout).toContain('✓ (stdin)  valid framework');
  });
});
