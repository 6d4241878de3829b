import { parseFramework } from '@competence-kit/model';
import { exportCasePackage, importCasePackage } from '@competence-kit/model/case';
import { checkEscoMappings, checkEscoUris } from '@competence-kit/model/esco';
import {
  exportMoodleCsv,
  exportMoodleTemplates,
  importMoodleCsv,
} from '@competence-kit/model/moodle';
import type { Dimension } from '@competence-kit/schemas';
import { localeOption, stringOption, type Args, type Command } from '../command.js';
import { InputError, UsageError } from '../io.js';
import { loadFramework, readJson, readText, shownPath } from '../load.js';
import { frameworkJson, writeOutput } from '../output.js';

const FORMATS = ['moodle', 'case'] as const;
type Format = (typeof FORMATS)[number];
const DIMENSIONS: readonly Dimension[] = ['knowledge', 'skills', 'attitudes', 'values'];

function formatOption(args: Args, name: 'to' | 'from', command: string): Format {
  const value = stringOption(args, name);
  if (value === undefined)
    throw new UsageError(
      `--${name} <moodle|case> is required: the format to ${name === 'to' ? 'write' : 'read'}.`,
      command,
    );
  if (!(FORMATS as readonly string[]).includes(value))
    throw new UsageError(
      `--${name} "${value}" is not a format; expected "moodle" or "case".`,
      command,
    );
  return value as Format;
}

/** Runs an export function, turning its refusal (an error with a `path`) into an input error. */
function exported<T>(where: string, make: () => T): T {
  try {
    return make();
  } catch (error) {
    const path = (error as { path?: unknown }).path;
    if (error instanceof Error && typeof path === 'string')
      throw new InputError(`${where}#${path}: ${error.message}`);
    throw error;
  }
}

/** `competence-kit export`: a framework for Moodle or a CASE server. */
export const exportFramework: Command = {
  name: 'export',
  summary: 'write a framework for Moodle (CSV) or a CASE server (JSON)',
  help: `Usage: competence-kit export <framework.json> --to <moodle|case> [--locale <tag>] [options] [-o <file>]

Writes the framework in one language for another system:

  --to moodle  the CSV of Moodle's "Import competency framework" (Site administration >
               Competencies): its 14 columns; one row for the framework with the scale as
               Moodle scale values, then each domain, its competences, and a row per level
               descriptor (ID number <competence>/<level>). Texts as HTML.
  --to case    a 1EdTech CASE 1.1 CFPackage (JSON): document, items for domains, competences
               and level descriptors, isChildOf associations, the mappings as exactMatchOf /
               isRelatedTo, a rubric of the scale. Identifiers are UUIDs derived from the ids,
               so every export gives the same ones.

Options:
  --to <format>          moodle or case (required)
  --locale <tag>         the language to write (default: the framework's default locale)
  --proficient-from <level>
                         moodle: the first level Moodle counts as proficient (default: the second)
  --templates <file>     moodle: also write the role profiles as learning-plan templates (CSV)
  --base-uri <uri>       case: where the package is served, e.g.
                         https://portal.example/ravenna/ims/case/v1p0 (default: urn:uuid: uris)
  -o, --output <file>    where to write (default: standard output)
  -h, --help             show this help

Exit codes: 0 written, 1 the framework cannot be read, is not valid or cannot be written
faithfully in that format (the message names the JSON pointer), 2 wrong usage.

Examples:
  competence-kit export framework.json --to moodle --locale de -o moodle-de.csv
  competence-kit export framework.json --to case --locale it -o case-it.json
`,
  options: {
    to: { type: 'string' },
    locale: { type: 'string' },
    'proficient-from': { type: 'string' },
    templates: { type: 'string' },
    'base-uri': { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  positionals: { min: 1, max: 1 },
  async run(args, { io }) {
    const to = formatOption(args, 'to', this.name);
    const locale = localeOption(args, 'locale', this.name);
    const file = args.positionals[0]!;
    const templates = stringOption(args, 'templates');
    const baseUri = stringOption(args, 'base-uri');
    const proficientFrom = stringOption(args, 'proficient-from');
    if (to === 'case' && (templates !== undefined || proficientFrom !== undefined))
      throw new UsageError(
        '--templates and --proficient-from are options of --to moodle.',
        this.name,
      );
    if (to === 'moodle' && baseUri !== undefined)
      throw new UsageError('--base-uri is an option of --to case.', this.name);
    if (baseUri !== undefined && !/^https?:\/\/[^\s]+$/.test(baseUri))
      throw new UsageError(`--base-uri "${baseUri}" is not an http(s) address.`, this.name);
    const fw = await loadFramework(io, file);
    const where = shownPath(io, file);
    const output = stringOption(args, 'output');
    if (to === 'moodle') {
      const options = {
        ...(locale !== undefined && { locale }),
        ...(proficientFrom !== undefined && { proficientFrom }),
      };
      await writeOutput(
        io,
        output,
        exported(where, () => exportMoodleCsv(fw, options)),
      );
      if (templates !== undefined)
        await writeOutput(
          io,
          templates,
          exported(where, () => exportMoodleTemplates(fw, options)),
        );
    } else {
      const pkg = exported(where, () =>
        exportCasePackage(fw, {
          ...(locale !== undefined && { locale }),
          ...(baseUri !== undefined && { baseUri }),
        }),
      );
      await writeOutput(io, output, `${JSON.stringify(pkg, null, 2)}\n`);
    }
    if (output !== undefined && output !== '-')
      io.stderr.write(
        `Wrote ${shownPath(io, output)} (${to === 'moodle' ? "Moodle's competency framework CSV" : 'CASE 1.1 CFPackage'}, ${locale ?? fw.defaultLocale})${templates ? ` and ${shownPath(io, templates)} (learning-plan templates)` : ''}.\n`,
      );
    return 0;
  },
};

/** `competence-kit import`: a framework from Moodle or a CASE package. */
export const importFramework: Command = {
  name: 'import',
  summary: 'read a framework from a Moodle CSV or a CASE package',
  help: `Usage: competence-kit import <file> --from <moodle|case> [--locale <tag>] [--version <semver>] [--dimension <d>] [-o <framework.json>]

Reads a competence framework made for, or in, another system and writes it as a framework file:

  --from moodle  the CSV of Moodle's competency framework import/export (ours, or one made in
                 Moodle): depth 1 becomes the domains, depth 2 the competences, depth 3 the
                 level descriptors; HTML descriptions become plain text.
  --from case    a 1EdTech CASE 1.0/1.1 CFPackage (JSON), ours or one published by others.

What had to change to fit, or has no place in a framework (Moodle's rules, cross-references,
CASE associations other than the tree and matches, missing level descriptors, made ids), is
listed on standard error with its line (Moodle) or JSON pointer (CASE). A file that cannot be
read is refused with the line and column or the JSON pointer and what was expected; then nothing
is written. The framework written passes "competence-kit validate".

Options:
  --from <format>       moodle or case (required)
  --locale <tag>        the language of the texts (required for moodle; case: the document's
                        language, else en)
  --version <semver>    the framework's version (default: 1.0.0, or the CASE document's)
  --dimension <d>       knowledge, skills, attitudes or values for every competence (neither
                        format has it; default skills, noted)
  -o, --output <file>   where to write the framework (default: standard output)
  -h, --help            show this help

Exit codes: 0 written (perhaps with notes), 1 the file cannot be read (nothing written), 2
wrong usage.

Examples:
  competence-kit import moodle-export.csv --from moodle --locale en -o framework.json
  competence-kit import package.json --from case -o framework.json
`,
  options: {
    from: { type: 'string' },
    locale: { type: 'string' },
    version: { type: 'string' },
    dimension: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  positionals: { min: 1, max: 1 },
  async run(args, { io, errStyle }) {
    const from = formatOption(args, 'from', this.name);
    const locale = localeOption(args, 'locale', this.name);
    const version = stringOption(args, 'version');
    if (version !== undefined && !/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version))
      throw new UsageError(
        `--version "${version}" is not a semantic version such as 1.0.0.`,
        this.name,
      );
    const dimension = stringOption(args, 'dimension');
    if (dimension !== undefined && !(DIMENSIONS as readonly string[]).includes(dimension))
      throw new UsageError(
        `--dimension "${dimension}" is not one of ${DIMENSIONS.join(', ')}.`,
        this.name,
      );
    if (from === 'moodle' && locale === undefined)
      throw new UsageError(
        '--locale <tag> is required with --from moodle: the language of its texts.',
        this.name,
      );
    const file = args.positionals[0]!;
    const where = shownPath(io, file);
    const options = {
      ...(locale !== undefined && { locale }),
      ...(version !== undefined && { version }),
      ...(dimension !== undefined && { dimension: dimension as Dimension }),
    };
    const note = (at: string, code: string, message: string) =>
      io.stderr.write(`${at}  ${errStyle.yellow('note   ')}  ${code}  ${message}\n`);
    const error = (at: string, code: string, message: string) =>
      io.stderr.write(`${at}  ${errStyle.red('error  ')}  ${code}  ${message}\n`);
    let framework;
    if (from === 'moodle') {
      const text = await readText(io, file);
      if (!text.ok) throw new InputError(`${where}: ${text.issue.message}`);
      const result = importMoodleCsv(text.value, { ...options, locale: locale! });
      if (!result.ok) {
        for (const i of result.issues)
          error(`${where}:${i.line}${i.column ? `:${i.column}` : ''}`, i.code, i.message);
        io.stderr.write(errStyle.red(`${result.issues.length} error(s); nothing was written.\n`));
        return 1;
      }
      for (const n of result.notes) note(`${where}:${n.line}`, n.code, n.message);
      framework = result.framework;
    } else {
      const json = await readJson(io, file);
      if (!json.ok) throw new InputError(`${where}: ${json.issue.message}`);
      const result = importCasePackage(json.value, options);
      if (!result.ok) {
        for (const i of result.issues) error(`${where}#${i.path}`, i.code, i.message);
        io.stderr.write(errStyle.red(`${result.issues.length} error(s); nothing was written.\n`));
        return 1;
      }
      for (const n of result.notes) note(`${where}#${n.path}`, n.code, n.message);
      framework = result.framework;
    }
    // The importers promise a valid framework; say so plainly if one ever is not.
    const parsed = parseFramework(framework);
    if (!parsed.ok)
      throw new InputError(
        `${where}: the framework read from it is not valid (a bug: please report it).`,
        [parsed.issues.map((i) => `${i.path} ${i.code} ${i.message}`).join('\n')],
      );
    const output = stringOption(args, 'output');
    await writeOutput(io, output, frameworkJson(framework));
    io.stderr.write(
      `${output !== undefined && output !== '-' ? `Wrote ${shownPath(io, output)}: ` : ''}${framework.domains.length} domain(s), ${framework.competences.length} competence(s), ${framework.scale.levels.length} level(s) in ${framework.defaultLocale}.\n`,
    );
    return 0;
  },
};

/** `competence-kit esco check`: the framework's ESCO mappings, checked. */
export const escoCheck: Command = {
  name: 'esco check',
  summary: "check the framework's ESCO URIs (and, with ESCO's skills file, that they exist)",
  help: `Usage: competence-kit esco check <framework.json> [--skills <skills_xx.csv>] [-o <framework.json>]

Checks the mappings to ESCO (their scheme or target under data.europa.eu/esco/):

- always: every target is a concept URI as ESCO mints it
  (http://data.europa.eu/esco/<skill|occupation|isco>/<id>);
- with --skills: each concept is in ESCO's skills file for a language (skills_de.csv …, as
  downloaded from ESCO's site; nothing is fetched) and released, and each mapping's targetLabel
  is set to the concept's preferred label in that language (written with -o).

Options:
  --skills <file>      ESCO's skills CSV for one language
  -o, --output <file>  write the framework with the preferred labels (needs --skills)
  -h, --help           show this help

Exit codes: 0 every ESCO mapping is well formed (and found), 1 one is not, or a file cannot be
read, 2 wrong usage.

Example:
  competence-kit esco check framework.json --skills skills_de.csv
`,
  options: {
    skills: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  positionals: { min: 1, max: 1 },
  async run(args, { io, style, errStyle }) {
    const skills = stringOption(args, 'skills');
    const output = stringOption(args, 'output');
    if (output !== undefined && skills === undefined)
      throw new UsageError(
        '-o writes the preferred labels, which need --skills <file>.',
        this.name,
      );
    const file = args.positionals[0]!;
    if (file === '-' && skills === '-')
      throw new UsageError('Only one of the two files can be standard input (-).', this.name);
    const fw = await loadFramework(io, file);
    const where = shownPath(io, file);
    const esco = (fw.mappings ?? []).filter(
      (m) =>
        /^https?:\/\/data\.europa\.eu\/esco\//.test(m.target) ||
        /^https?:\/\/data\.europa\.eu\/esco\//.test(m.scheme),
    ).length;
    if (skills === undefined) {
      const issues = checkEscoUris(fw);
      for (const i of issues)
        io.stderr.write(
          `${where}#${i.path}  ${errStyle.red('error  ')}  ${i.code}  ${i.message}${i.canonical ? ` (${i.canonical})` : ''}\n`,
        );
      io.stdout.write(
        issues.length === 0
          ? `${style.green('ok')}  ${esco} ESCO mapping(s), every URI well formed. Check that they exist with --skills <skills_xx.csv>.\n`
          : `${issues.length} of ${esco} ESCO mapping(s) have a malformed URI.\n`,
      );
      return issues.length === 0 ? 0 : 1;
    }
    const csv = await readText(io, skills);
    const csvShown = shownPath(io, skills);
    if (!csv.ok) throw new InputError(`${csvShown}: ${csv.issue.message}`);
    const result = checkEscoMappings(fw, csv.value);
    for (const i of result.fileIssues)
      io.stderr.write(
        `${csvShown}:${i.line}  ${errStyle.red('error  ')}  ${i.code}  ${i.message}\n`,
      );
    for (const c of result.checks) {
      if (c.status === 'found' && c.previousLabel === undefined) continue;
      const label = c.status === 'found' ? errStyle.yellow('label  ') : errStyle.red('error  ');
      const message =
        c.status === 'found'
          ? `"${c.previousLabel}" is "${c.preferredLabel}" in ESCO's file.`
          : c.message;
      io.stderr.write(`${where}#${c.path}  ${label}  ${c.status}  ${message}\n`);
    }
    const found = result.checks.filter((c) => c.status === 'found').length;
    io.stdout.write(
      `${result.ok ? style.green('ok') : 'not ok'}  ${found} of ${result.checks.length} ESCO mapping(s) found in ${csvShown}.\n`,
    );
    if (output !== undefined) await writeOutput(io, output, frameworkJson(result.framework));
    return result.ok ? 0 : 1;
  },
};
