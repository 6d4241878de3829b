import { describe, expect, it } from 'vitest';
import { COMMANDS } from './cli.js';
import { json, runCli, sample } from './test-support/memory-io.js';

describe('competence-kit', () => {
  it('exits 2 on an unknown command, says which commands exist and suggests the near one', async () => {
    const { code, stdout, stderr } = await runCli(['sumary']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Unknown command "sumary"');
    expect(stderr).toContain('summary, validate, diff, extend, translations');
    expect(stderr).toContain('Did you mean "summary"?');
    expect(stderr).toContain('competence-kit --help');
  });

  it('exits 2 on an unknown option, naming the option and the command', async () => {
    const { code, stderr } = await runCli(['validate', 'a.json', '--strict']);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown option --strict for "validate"');
    expect(stderr).toContain('competence-kit validate --help');
    expect((await runCli(['summary', '--loc', 'de'])).stderr).toContain('Did you mean "--locale"?');
  });

  it('exits 2 on a missing option value, a value for a flag and a wrong number of files', async () => {
    expect(await runCli(['summary', 'f.json', '--locale'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Option --locale needs a value'),
    });
    expect(await runCli(['diff', 'a', 'b', '--json=yes'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Option --json takes no value'),
    });
    expect(await runCli(['diff', 'a.json'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('"diff" takes 2 files, got 1'),
    });
    expect(await runCli(['translations'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('needs a subcommand: export or import'),
    });
    expect(await runCli(['translations', 'exprot'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Did you mean "export"?'),
    });
  });

  it('prints help for the tool, a group and every command, with exit code 0', async () => {
    const main = await runCli(['--help']);
    expect(main.code).toBe(0);
    for (const command of COMMANDS) expect(main.stdout).toContain(command.name);
    for (const command of COMMANDS) {
      const help = await runCli([...command.name.split(' '), '--help']);
      expect(help).toMatchObject({ code: 0, stdout: command.help, stderr: '' });
      expect(help.stdout).toContain(`Usage: competence-kit ${command.name}`);
      expect(help.stdout).toContain('Exit codes');
      expect((await runCli(['help', ...command.name.split(' ')])).stdout).toBe(command.help);
    }
    expect((await runCli(['translations', '-h'])).stdout).toContain('translations import');
  });

  it('prints the help on stderr with exit code 2 when called without a command', async () => {
    const { code, stdout, stderr } = await runCli([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: competence-kit <command>');
  });

  it('prints its version', async () => {
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: '9.9.9\n' });
  });

  it('never shows a stack trace for a user error', async () => {
    const files = {
      'broken.json': '{"id": ',
      'list.json': '[1, 2]',
      'sample.json': json(sample()),
      'bad.csv': 'id,path\r\n"',
    };
    const attempts = [
      ['summary', 'broken.json'],
      ['summary', 'list.json'],
      ['summary', 'missing.json'],
      ['validate', 'broken.json', 'list.json', 'missing.json'],
      ['diff', 'sample.json', 'broken.json'],
      ['extend', 'sample.json', 'list.json'],
      ['extend', 'sample.json', 'broken.json'],
      ['translations', 'export', 'sample.json', '--locale', 'not a tag'],
      ['translations', 'import', 'sample.json', 'bad.csv', '--locale', 'uk'],
      ['translations', 'import', 'sample.json', 'missing.csv', '--locale', 'uk'],
      ['translations', 'export', 'sample.json', '--locale', 'uk', '-o', 'no/such/dir.csv'],
    ];
    for (const argv of attempts) {
      const { code, stderr, stdout } = await runCli(argv, files);
      expect([1, 2], argv.join(' ')).toContain(code);
      expect(stderr + stdout, argv.join(' ')).not.toMatch(/^\s+at /m);
      expect(stderr + stdout, argv.join(' ')).not.toContain('internal error');
    }
  });
});
