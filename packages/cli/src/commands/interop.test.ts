import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCasePackage } from '@competence-kit/model/case';
import { exportMoodleCsv, exportMoodleTemplates } from '@competence-kit/model/moodle';
import type { Framework } from '@competence-kit/schemas';
import { json, runCli, sample } from '../test-support/memory-io.js';

describe('export', () => {
  it('writes the Moodle CSV and the templates, and says what it wrote', async () => {
    const { code, stdout, stderr, file } = await runCli(
      [
        'export',
        'f.json',
        '--to',
        'moodle',
        '--locale',
        'de',
        '-o',
        'm.csv',
        '--templates',
        't.csv',
      ],
      { 'f.json': json(sample()) },
    );
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(file('m.csv')).toBe(exportMoodleCsv(sample(), { locale: 'de' }));
    expect(file('t.csv')).toBe(exportMoodleTemplates(sample(), { locale: 'de' }));
    expect(stderr).toBe(
      "Wrote m.csv (Moodle's competency framework CSV, de) and t.csv (learning-plan templates).\n",
    );
  });

  it('writes a CASE package to standard output', async () => {
    const { code, stdout } = await runCli(
      ['export', 'f.json', '--to', 'case', '--base-uri', 'https://portal.example/x/ims/case/v1p0'],
      { 'f.json': json(sample()) },
    );
    expect(code).toBe(0);
    const pkg = JSON.parse(stdout) as ReturnType<typeof exportCasePackage>;
    expect(pkg.CFDocument.uri).toBe(
      `https://portal.example/x/ims/case/v1p0/CFDocuments/${pkg.CFDocument.identifier}`,
    );
  });

  it('exits 1 naming the JSON pointer of what Moodle cannot hold, 2 on wrong usage', async () => {
    const comma = sample();
    comma.scale.levels[0]!.title.en = 'Basic, first';
    const refused = await runCli(['export', 'f.json', '--to', 'moodle', '--locale', 'en'], {
      'f.json': json(comma),
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'f.json#/scale/levels/0/title/en: The level title "Basic, first"',
    );
    for (const [argv, message] of [
      [['export', 'f.json'], '--to <moodle|case> is required'],
      [['export', 'f.json', '--to', 'xml'], '--to "xml" is not a format'],
      [['export', 'f.json', '--to', 'case', '--templates', 't.csv'], 'options of --to moodle'],
      [['export', 'f.json', '--to', 'case', '--base-uri', 'ftp://x'], 'not an http(s) address'],
    ] as const) {
      const { code, stderr } = await runCli([...argv], { 'f.json': json(sample()) });
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toContain(message);
    }
  });
});

describe('import', () => {
  it('reads a Moodle CSV back into the same framework texts, noting the dimension', async () => {
    const csv = exportMoodleCsv(sample(), { locale: 'en' });
    const { code, stderr, file } = await runCli(
      ['import', 'm.csv', '--from', 'moodle', '--locale', 'en', '-o', 'f.json'],
      { 'm.csv': csv },
    );
    expect(code).toBe(0);
    const framework = JSON.parse(file('f.json')!) as Framework;
    expect(framework.competences.map((c) => c.id)).toEqual(sample().competences.map((c) => c.id));
    expect(stderr).toMatch(/^m\.csv:4 {2}note {5}dimension-assumed {2}/);
    expect(stderr).toContain(
      `Wrote f.json: ${sample().domains.length} domain(s), ${sample().competences.length} competence(s), 4 level(s) in en.\n`,
    );
  });

  it('lists the problems of a broken file as file:line:column and writes nothing', async () => {
    const broken = '"Parent ID number","ID number"\n,x\n';
    const { code, stderr, file } = await runCli(
      ['import', 'm.csv', '--from', 'moodle', '--locale', 'en', '-o', 'f.json'],
      { 'm.csv': broken },
    );
    expect(code).toBe(1);
    expect(file('f.json')).toBeUndefined();
    expect(stderr).toMatch(
      /^m\.csv:1 {2}error {4}missing-columns {2}The header lacks "Short name"/,
    );
    expect(stderr).toContain('1 error(s); nothing was written.');
  });

  it('reads a CASE package, with JSON pointers in its messages', async () => {
    const pkg = exportCasePackage(sample(), { locale: 'de' });
    const ok = await runCli(['import', 'p.json', '--from', 'case', '--dimension', 'values'], {
      'p.json': JSON.stringify(pkg),
    });
    expect(ok.code).toBe(0);
    const framework = JSON.parse(ok.stdout) as Framework;
    expect(framework.defaultLocale).toBe('de');
    expect(framework.competences.every((c) => c.dimension === 'values')).toBe(true);
    const bad = await runCli(['import', 'p.json', '--from', 'case'], {
      'p.json': JSON.stringify({
        CFDocument: { identifier: 'x' },
        CFItems: [],
        CFAssociations: [],
      }),
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('p.json#/CFDocument/title  error    invalid-field');
    const notJson = await runCli(['import', 'p.json', '--from', 'case'], { 'p.json': '{' });
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('Not valid JSON');
  });

  it('refuses wrong usage with exit code 2', async () => {
    for (const [argv, message] of [
      [['import', 'm.csv', '--from', 'moodle'], '--locale <tag> is required with --from moodle'],
      [['import', 'm.csv', '--from', 'case', '--version', 'one'], 'not a semantic version'],
      [['import', 'm.csv', '--from', 'case', '--dimension', 'talent'], 'not one of knowledge'],
    ] as const) {
      const { code, stderr } = await runCli([...argv]);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toContain(message);
    }
  });
});

describe('esco check', () => {
  const SKILL = 'http://data.europa.eu/esco/skill/';
  const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const mapped = (...targets: string[]): Framework => {
    const framework = sample();
    framework.mappings = targets.map((target, i) => ({
      id: `esco-${i}`,
      competence: framework.competences[0]!.id,
      relation: 'related',
      scheme: 'http://data.europa.eu/esco/concept-scheme/skills',
      target,
    }));
    return framework;
  };

  it('checks the URIs alone, then against the skills file, and writes the labels', async () => {
    const framework = mapped(`${SKILL}${id(1)}`, `${SKILL}${id(2)}`);
    const alone = await runCli(['esco', 'check', 'f.json'], { 'f.json': json(framework) });
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain('2 ESCO mapping(s), every URI well formed');
    const skills = `conceptUri,preferredLabel,status\n${SKILL}${id(1)},zuhören,released\n`;
    const checked = await runCli(
      ['esco', 'check', 'f.json', '--skills', 'skills_de.csv', '-o', 'out.json'],
      { 'f.json': json(framework), 'skills_de.csv': skills },
    );
    expect(checked.code).toBe(1);
    expect(checked.stdout).toBe('not ok  1 of 2 ESCO mapping(s) found in skills_de.csv.\n');
    expect(checked.stderr).toContain('f.json#/mappings/1  error    missing');
    const labelled = JSON.parse(checked.file('out.json')!) as Framework;
    expect(labelled.mappings!.map((m) => m.targetLabel)).toEqual(['zuhören', undefined]);
  });

  it('exits 1 on a malformed URI, 2 on -o without --skills', async () => {
    const bad = await runCli(['esco', 'check', 'f.json'], {
      'f.json': json(mapped(`https://data.europa.eu/esco/skill/${id(1)}`)),
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`not-http  ESCO writes this URI as "${SKILL}${id(1)}"`);
    const usage = await runCli(['esco', 'check', 'f.json', '-o', 'x.json'], {
      'f.json': json(sample()),
    });
    expect(usage.code).toBe(2);
  });
});

describe('dist/bin.js export and import, through the process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ck-cli-interop-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bin = join(import.meta.dirname, '..', '..', 'dist', 'bin.js');
  const cli = (...argv: string[]) =>
    spawnSync(process.execPath, [bin, ...argv], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });

  it('round-trips a framework through Moodle and CASE files, with exit codes', () => {
    writeFileSync(join(dir, 'f.json'), json(sample()));
    const moodle = cli('export', 'f.json', '--to', 'moodle', '--locale', 'de', '-o', 'm.csv');
    expect([moodle.status, moodle.stderr]).toEqual([
      0,
      "Wrote m.csv (Moodle's competency framework CSV, de).\n",
    ]);
    const back = cli('import', 'm.csv', '--from', 'moodle', '--locale', 'de', '-o', 'back.json');
    expect(back.status).toBe(0);
    const framework = JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8')) as Framework;
    expect(framework.competences.map((c) => c.title.de)).toEqual(
      sample().competences.map((c) => c.title.de),
    );
    expect(cli('validate', 'back.json').status).toBe(0);
    const caseExport = cli('export', 'f.json', '--to', 'case', '-o', 'p.json');
    expect(caseExport.status).toBe(0);
    expect(cli('import', 'p.json', '--from', 'case', '-o', 'back2.json').status).toBe(0);
    const broken = cli('import', 'f.json', '--from', 'moodle', '--locale', 'de');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('f.json:2:1  error    malformed-csv');
    expect(cli('import', 'm.csv', '--from', 'xml').status).toBe(2);
  }, 60_000);
});
