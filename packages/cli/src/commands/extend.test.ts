import { describe, expect, it } from 'vitest';
import { extendFramework, parseFramework } from '@competence-kit/model';
import { json, runCli, sample, sampleExtension } from '../test-support/memory-io.js';

describe('extend', () => {
  const files = () => ({ 'base.json': json(sample()), 'ext.json': json(sampleExtension()) });

  it("writes the city's framework to -o, exactly what extendFramework returns", async () => {
    const { code, stdout, stderr, file } = await runCli(
      ['extend', 'base.json', 'ext.json', '-o', 'city.json'],
      files(),
    );
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'Wrote city.json: https://example.org/offenbach/frameworks/welcoming-services 0.1.0',
    );
    const written = JSON.parse(file('city.json')!) as unknown;
    const expected = extendFramework(sample(), sampleExtension());
    expect(expected.ok && written).toEqual(expected.ok && expected.value);
    expect(parseFramework(written).ok).toBe(true);
  });

  it('prints the result on standard output without -o', async () => {
    const { code, stdout, stderr } = await runCli(['extend', 'base.json', 'ext.json'], files());
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toMatchObject({ extends: { version: '0.1.0' } });
  });

  it('prints the issues, writes nothing and exits 1 when the extension does not apply', async () => {
    const ext = sampleExtension();
    ext.extends = { id: 'https://example.org/another', version: '^2.0.0' };
    const { code, stderr, file } = await runCli(
      ['extend', 'base.json', 'ext.json', '-o', 'out.json'],
      {
        ...files(),
        'ext.json': json(ext),
      },
    );
    expect(code).toBe(1);
    expect(stderr).toContain('ext.json cannot be applied to base.json; 2 issue(s)');
    expect(stderr).toMatch(/\/extends\/id +base-mismatch/);
    expect(stderr).toMatch(/\/extends\/version +base-version-mismatch/);
    expect(file('out.json')).toBeUndefined();
  });
});
