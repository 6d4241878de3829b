import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNeedsReport } from '@competence-kit/needs-analysis';
import { REPO, repoText, runCli } from '../test-support/memory-io.js';

// The shipped content: the framework, the instruments of the sample studies' questionnaires,
// the Ravenna sample study, and the programme template with the catalogue.
const CONTENT = ['packages', 'framework-intercultural', 'content'];
const files = {
  'framework.json': repoText(...CONTENT, 'framework.json'),
  'staff.json': repoText(...CONTENT, 'instruments', 'staff-self-assessment.json'),
  'tcn.json': repoText(...CONTENT, 'needs-analysis', 'tcn-questionnaire.json'),
  'stakeholders.json': repoText(...CONTENT, 'needs-analysis', 'stakeholder-questionnaire.json'),
  'ravenna.json': repoText(...CONTENT, 'samples', 'ravenna.json'),
  'programme.json': repoText(...CONTENT, 'training', 'programme-template.json'),
  'catalogue.json': repoText(...CONTENT, 'training', 'catalogue.json'),
};
const INSTRUMENTS = [
  '--instrument',
  'staff.json',
  '--instrument',
  'tcn.json',
  '--instrument',
  'stakeholders.json',
];

describe('report', () => {
  it('writes the report of a study as data that parses, in the language asked', async () => {
    const { code, stdout, stderr } = await runCli(
      [
        'report',
        'ravenna.json',
        '--framework',
        'framework.json',
        ...INSTRUMENTS,
        '--locale',
        'it',
        '--format',
        'json',
      ],
      files,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const parsed = parseNeedsReport(stdout);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.locale).toBe('it');
    expect(parsed.value.priorities.length).toBeGreaterThan(0);
  });

  it('links the priorities to the programme when given one, and writes Markdown to a file', async () => {
    const { code, stderr, file } = await runCli(
      [
        'report',
        'ravenna.json',
        '--framework',
        'framework.json',
        ...INSTRUMENTS,
        '--programme',
        'programme.json',
        '--catalogue',
        'catalogue.json',
        '--locale',
        'it',
        '-o',
        'ravenna.md',
      ],
      files,
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^Wrote ravenna\.md: the needs report of ravenna\.json in it \(md\), \d+ priorities\.\n$/,
    );
    const markdown = file('ravenna.md')!;
    expect(markdown.startsWith('# ')).toBe(true);
    const json = await runCli(
      [
        'report',
        'ravenna.json',
        '--framework',
        'framework.json',
        ...INSTRUMENTS,
        '--programme',
        'programme.json',
        '--catalogue',
        'catalogue.json',
        '--format',
        'json',
      ],
      files,
    );
    const withProgramme = JSON.parse(json.stdout) as { programme?: unknown };
    expect(withProgramme.programme ?? null).not.toBeNull();
  });

  it('names the file and the pointer of what is wrong, and refuses wrong usage', async () => {
    const broken = JSON.parse(files['ravenna.json']) as { findings: { competences: string[] }[] };
    broken.findings[0]!.competences = ['no-such-competence'];
    const invalid = await runCli(
      ['report', 'ravenna.json', '--framework', 'framework.json', ...INSTRUMENTS],
      { ...files, 'ravenna.json': JSON.stringify(broken) },
    );
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('ravenna.json is not a valid needs study');
    expect(invalid.stderr).toContain('/findings/0/competences/0');
    for (const [argv, message] of [
      [['report', 'ravenna.json'], '--framework <file> is required'],
      [['report', 'ravenna.json', '--framework', 'f.json', '--programme', 'p.json'], 'go together'],
      [['report', 'ravenna.json', '--framework', 'f.json', '--format', 'pdf'], '--format "pdf"'],
      [
        ['report', 'ravenna.json', '--framework', 'f.json', '--min-group-size', '1'],
        'from 2 to 1000',
      ],
    ] as const) {
      const { code, stderr } = await runCli([...argv]);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toContain(message);
    }
  });

  it('runs through dist/bin.js', () => {
    const bin = join(import.meta.dirname, '..', '..', 'dist', 'bin.js');
    const at = (...p: string[]) => join(REPO, ...CONTENT, ...p);
    const result = spawnSync(
      process.execPath,
      [
        bin,
        'report',
        at('samples', 'ravenna.json'),
        '--framework',
        at('framework.json'),
        '--instrument',
        at('instruments', 'staff-self-assessment.json'),
        '--instrument',
        at('needs-analysis', 'tcn-questionnaire.json'),
        '--instrument',
        at('needs-analysis', 'stakeholder-questionnaire.json'),
        '--format',
        'csv',
      ],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toContain(',');
  }, 60_000);
});
