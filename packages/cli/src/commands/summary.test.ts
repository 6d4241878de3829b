import { describe, expect, it } from 'vitest';
import type { Framework } from '@competence-kit/schemas';
import { displayWidth } from '../format.js';
import { json, runCli, sample } from '../test-support/memory-io.js';

const SAMPLE = 'schemas/examples/framework/valid/sample.json';

/**
 * Counts texts and their translations by walking the JSON, without the model package: a text
 * is an object whose keys are all two-letter locales and whose values are all strings (true of
 * the sample, whose role targets and other maps have longer keys).
 */
function countTexts(value: unknown, locale: string): { total: number; translated: number } {
  let total = 0;
  let translated = 0;
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v === null || typeof v !== 'object') return;
    const entries = Object.entries(v);
    if (
      entries.length > 0 &&
      entries.every(([k, x]) => /^[a-z]{2}$/.test(k) && typeof x === 'string')
    ) {
      total++;
      if (locale in v) translated++;
      return;
    }
    entries.forEach(([, x]) => walk(x));
  };
  walk(value);
  return { total, translated };
}

/** A synthetic framework with long ids and titles and 30 competences in 3 domains. */
function wide(): Framework {
  const fw = sample();
  const long = 'a-competence-with-a-really-very-long-identifier';
  const levels = fw.scale.levels.map((l) => l.id);
  fw.competences = Array.from({ length: 30 }, (_, i) => ({
    id: `${long}-${i}`,
    domain: i % 2 === 0 ? 'communication' : 'legal-knowledge',
    dimension: 'skills' as const,
    title: {
      en: `A title that goes on and on to see what happens at the end of the line ${i}`,
      de: `Ein Titel ${i}`,
    },
    descriptors: Object.fromEntries(levels.map((l) => [l, { en: l, de: l }])),
  }));
  fw.roleProfiles = [
    {
      id: 'someone',
      title: { en: 'Someone with a remarkably long role title', de: 'Jemand' },
      targets: Object.fromEntries(fw.competences.map((c, i) => [c.id, levels[i % 4]!])),
    },
  ];
  fw.mappings = [];
  return fw;
}

describe('summary', () => {
  it('shows the title, domains, levels, role targets, mappings and coverage of the sample', async () => {
    const fw = sample();
    const { code, stdout, stderr } = await runCli(['summary', 'sample.json'], {
      'sample.json': json(fw),
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Sample framework: welcoming public services');
    expect(stdout).toContain('https://w3id.org/competence-kit/frameworks/sample');
    expect(stdout).toContain('version 0.1.0 · licence CC-BY-4.0');
    for (const domain of fw.domains) expect(stdout).toContain(domain.title.en);
    for (const level of fw.scale.levels) expect(stdout).toContain(level.title.en);
    expect(stdout).toMatch(/1 {2}plain-language +Plain language +skills\n/);
    expect(stdout).toContain('knowledge 1 · skills 2 · attitudes 1 · values 0');
    // Target levels by position on the scale: case worker = advanced, practitioner, practitioner, advanced.
    expect(stdout).toMatch(/Case worker +3 {2}2 {2}2 {2}3\n/);
    expect(stdout).toMatch(
      /1 {2}coe\.int\/en\/web\/reference-framework-of-competences-for-democratic-culture/,
    );
    for (const [locale, required] of [
      ['en', true],
      ['de', true],
      ['it', false],
    ] as const) {
      const { total, translated } = countTexts(fw, locale);
      const percent = Math.floor((100 * translated) / total);
      const line = stdout.split('\n').find((l) => l.startsWith(`  ${locale}  `));
      expect(line).toBeDefined();
      expect(line).toContain(`${percent} %`);
      expect(line).toContain(`${translated}/${total}`);
      expect(line!.includes('required')).toBe(required);
    }
    expect(countTexts(fw, 'it')).toEqual({ total: 38, translated: 7 }); // the walk itself is sane
  });

  it('shows the texts in --locale, falling back where a text is missing', async () => {
    const { code, stdout } = await runCli(['summary', 'f.json', '--locale', 'it'], {
      'f.json': json(sample()),
    });
    expect(code).toBe(0);
    expect(stdout).toContain('Quadro di esempio: servizi pubblici accoglienti');
    expect(stdout).toContain('Comunicazione');
    expect(stdout).toContain('Legal knowledge'); // no Italian title
    expect(stdout).toContain('shown in it where translated');
  });

  it('finds the sample framework of the repository from a folder inside it', async () => {
    const { code, stdout } = await runCli(
      ['summary'],
      { [`../../${SAMPLE}`]: json(sample()) },
      {
        cwd: '/repo/packages/cli',
      },
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Sample framework: welcoming public services');
    expect(stdout).toContain(`/repo/${SAMPLE}`);
  });

  it('says so when no file is given and there is no sample to show', async () => {
    const { code, stdout, stderr } = await runCli(['summary']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('No framework file given');
  });

  it('lists every issue as path, code and message when the framework is not valid', async () => {
    const fw = sample();
    fw.competences[1]!.domain = 'outreach';
    delete (fw.domains[0] as Partial<Framework['domains'][0]>).title;
    const { code, stdout, stderr } = await runCli(['summary', 'bad.json'], {
      'bad.json': json(fw),
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('bad.json is not a valid framework');
    expect(stderr).toMatch(/\/domains\/0\/title +required +Required property "title" is missing\./);
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('fits every line into 80 columns, even with long ids and titles', async () => {
    for (const fw of [sample(), wide()]) {
      const { code, stdout } = await runCli(['summary', 'f.json'], { 'f.json': json(fw) });
      expect(code).toBe(0);
      for (const line of stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    }
  });

  it('shows role targets for many competences in numbered columns', async () => {
    const { stdout } = await runCli(['summary', 'f.json'], { 'f.json': json(wide()) });
    const lines = stdout.split('\n');
    const row = lines.find((l) => l.startsWith('  Someone'))!;
    // Levels cycle 1 2 3 4 over the 30 competences; all fit in one block of two-cell columns.
    expect(row.replace(/^ {2}\S.*?…? +(?=\d)/, '').trim()).toBe(
      Array.from({ length: 30 }, (_, i) => (i % 4) + 1).join(' '),
    );
    expect(lines.filter((l) => l.startsWith('  Someone'))).toHaveLength(1);
  });

  it('uses colours only on a terminal, and not with NO_COLOR', async () => {
    const files = { 'f.json': json(sample()) };
    const tty = await runCli(['summary', 'f.json'], files, { tty: true });
    expect(tty.stdout).toContain('\u001b[1m');
    const noColor = await runCli(['summary', 'f.json'], files, {
      tty: true,
      env: { NO_COLOR: '1' },
    });
    expect(noColor.stdout).not.toContain('\u001b[');
    const empty = await runCli(['summary', 'f.json'], files, { tty: true, env: { NO_COLOR: '' } });
    expect(empty.stdout).not.toContain('\u001b[');
    const piped = await runCli(['summary', 'f.json'], files);
    expect(piped.stdout).not.toContain('\u001b[');
  });

  it('rejects a malformed --locale as wrong usage', async () => {
    const { code, stderr } = await runCli(['summary', 'f.json', '--locale', 'de-de']);
    expect(code).toBe(2);
    expect(stderr).toContain('must be written "de-DE"');
  });
});
