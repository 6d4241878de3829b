import { describe, expect, it } from 'vitest';
import type { Framework } from '@competence-kit/schemas';
import { collectTexts } from '@competence-kit/model';
import { exportTranslations } from '../translations.js';
import { json, runCli, sample } from '../test-support/memory-io.js';

describe('translations export', () => {
  it('writes the CSV to -o and says how much is left to translate', async () => {
    const { code, stdout, stderr, file } = await runCli(
      ['translations', 'export', 'f.json', '--locale', 'it', '-o', 'it.csv'],
      { 'f.json': json(sample()) },
    );
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(file('it.csv')).toBe(exportTranslations(sample(), 'it'));
    expect(stderr).toBe('Wrote it.csv: 38 texts, 7 already in it, 31 to translate.\n');
  });

  it('writes to standard output without -o, from --source', async () => {
    const { code, stdout } = await runCli(
      ['translations', 'export', 'f.json', '--locale', 'uk', '--source', 'de'],
      { 'f.json': json(sample()) },
    );
    expect(code).toBe(0);
    expect(stdout).toBe(exportTranslations(sample(), 'uk', { source: 'de' }));
  });

  it('needs --locale', async () => {
    const { code, stderr } = await runCli(['translations', 'export', 'f.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('--locale <tag> is required');
  });
});

describe('translations import', () => {
  function translated(): { csv: string; expected: Framework } {
    const expected = sample();
    collectTexts(expected).forEach(({ text }, i) => (text.uk = `Текст ${i}, "в лапках"`));
    return { csv: exportTranslations(expected, 'uk'), expected };
  }

  it('writes the translated framework to -o and reports the counts and the coverage', async () => {
    const { csv, expected } = translated();
    const { code, stdout, stderr, file } = await runCli(
      ['translations', 'import', 'f.json', 'uk.csv', '--locale', 'uk', '-o', 'out.json'],
      { 'f.json': json(sample()), 'uk.csv': csv },
    );
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(file('out.json')!)).toEqual(expected);
    expect(stderr).toContain('38 translation(s) applied, 0 unchanged, 0 empty cell(s)');
    expect(stderr).toContain('uk now covers 100 % of 38 texts (before: 0 %)');
    expect(stderr).toContain('add it to "locales"');
  });

  it('writes nothing and exits 1 on errors, listing them as file:line:column', async () => {
    const { csv } = translated();
    const lines = csv.split('\r\n');
    lines[4] = 'level:foundation/title,/scale/levels/0/title,Foundation'; // 3 columns, line 5
    lines[9] = lines[9]!.replace('/scale/levels/2/description', '/scale/levels/7/description'); // line 10
    const { code, stdout, stderr, file } = await runCli(
      ['translations', 'import', 'f.json', 'uk.csv', '--locale', 'uk', '-o', 'out.json'],
      { 'f.json': json(sample()), 'uk.csv': lines.join('\r\n') },
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(file('out.json')).toBeUndefined();
    expect(stderr).toContain('uk.csv:5  error    wrong-column-count');
    expect(stderr).toContain('uk.csv:10:2  error    unknown-path');
    expect(stderr).toContain('2 error(s); nothing was written.');
  });

  it('writes with warnings and exits 0 when only sources changed', async () => {
    const { csv } = translated();
    const edited = csv.replace(',Proficiency,', ',Level of proficiency,');
    const { code, stdout, stderr } = await runCli(
      ['translations', 'import', 'f.json', 'uk.csv', '--locale', 'uk'],
      { 'f.json': json(sample()), 'uk.csv': edited },
    );
    expect(code).toBe(0);
    expect(stderr).toContain('uk.csv:4:3  warning  source-changed');
    expect(JSON.parse(stdout)).toMatchObject({ scale: { title: { uk: 'Текст 2, "в лапках"' } } });
  });

  it('refuses to read both files from standard input', async () => {
    const { code } = await runCli(['translations', 'import', '-', '-', '--locale', 'uk']);
    expect(code).toBe(2);
  });
});
