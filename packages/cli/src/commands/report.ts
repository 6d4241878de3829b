import {
  buildNeedsReport,
  parseNeedsStudy,
  renderNeedsReportCsv,
  renderNeedsReportHtml,
  renderNeedsReportMarkdown,
} from '@competence-kit/needs-analysis';
import { parseInstrument } from '@competence-kit/scoring';
import {
  validateWithLimits,
  DEFAULT_LIMITS,
  type Catalogue,
  type Instrument,
  type Issue,
  type Programme,
} from '@competence-kit/schemas';
import { validateCatalogue, validateProgramme } from '@competence-kit/schemas/validators';
import { localeOption, stringOption, type Command } from '../command.js';
import { InputError, UsageError, type CliIo } from '../io.js';
import { formatIssues } from '../format.js';
import { loadFramework, readJson, shownPath } from '../load.js';
import { writeOutput } from '../output.js';

const FORMATS = ['md', 'html', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Reads a JSON file and checks it with `check`, or throws an InputError listing the issues. */
async function loadChecked<T>(
  io: CliIo,
  file: string,
  role: string,
  check: (value: unknown) => { ok: true; value: T } | { ok: false; issues: readonly Issue[] },
): Promise<T> {
  const json = await readJson(io, file);
  const where = shownPath(io, file);
  if (!json.ok) throw new InputError(`${where}: ${json.issue.message}`);
  const checked = check(json.value);
  if (checked.ok) return checked.value;
  throw new InputError(`${where} is not a valid ${role}. ${checked.issues.length} issue(s):`, [
    formatIssues(checked.issues),
  ]);
}

/** `competence-kit report`: a needs report from a study file. */
export const report: Command = {
  name: 'report',
  summary: 'write the needs report of a study (Markdown, HTML, CSV or JSON)',
  help: `Usage: competence-kit report <study.json> --framework <framework.json> --instrument <instrument.json>... [options] [-o <file>]

Builds the needs report of a needs study (schema needs-study/v1: sources, sessions,
questionnaires with their answers, coded findings): participation, the competences' levels,
the priorities with what each rests on, the findings, the internal review, the voices of
third-country nationals and the limitations, in one language; figures about fewer people than
the threshold are left out.

Options:
  --framework <file>    the framework the study refers to (required)
  --instrument <file>   an instrument of the study's questionnaires (once per instrument)
  --programme <file>    a 12-month programme (schema programme/v1): each priority then names the
                        modules that train it and when they run; needs --catalogue
  --catalogue <file>    the catalogue whose modules the programme's sessions refer to
  --locale <tag>        the report's language (default: the framework's default locale)
  --min-group-size <n>  the anonymity threshold, 2 to 1000 (default 5)
  --format <format>     md (default), html, csv or json (the report as data, schema
                        needs-report/v1)
  -o, --output <file>   where to write (default: standard output)
  -h, --help            show this help

Exit codes: 0 written, 1 a file cannot be read or is not valid (the message names the file and
the JSON pointer), 2 wrong usage.

Example:
  competence-kit report study.json --framework framework.json --instrument staff.json --instrument tcn.json --locale de -o report.md
`,
  options: {
    framework: { type: 'string' },
    instrument: { type: 'string', multiple: true },
    programme: { type: 'string' },
    catalogue: { type: 'string' },
    locale: { type: 'string' },
    'min-group-size': { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  positionals: { min: 1, max: 1 },
  async run(args, { io }) {
    const frameworkFile = stringOption(args, 'framework');
    if (frameworkFile === undefined)
      throw new UsageError(
        '--framework <file> is required: the framework the study refers to.',
        this.name,
      );
    const instrumentFiles = (args.values.instrument as unknown as string[] | undefined) ?? [];
    const programmeFile = stringOption(args, 'programme');
    const catalogueFile = stringOption(args, 'catalogue');
    if ((programmeFile === undefined) !== (catalogueFile === undefined))
      throw new UsageError(
        '--programme and --catalogue go together: the programme names modules of the catalogue.',
        this.name,
      );
    const format = (stringOption(args, 'format') ?? 'md') as Format;
    if (!FORMATS.includes(format))
      throw new UsageError(`--format "${format}" is not one of ${FORMATS.join(', ')}.`, this.name);
    const minText = stringOption(args, 'min-group-size');
    const minGroupSize = minText === undefined ? undefined : Number(minText);
    if (
      minGroupSize !== undefined &&
      (!Number.isInteger(minGroupSize) || minGroupSize < 2 || minGroupSize > 1000)
    )
      throw new UsageError(
        `--min-group-size "${minText}" is not a whole number from 2 to 1000.`,
        this.name,
      );
    const files = [
      args.positionals[0]!,
      frameworkFile,
      ...instrumentFiles,
      programmeFile,
      catalogueFile,
    ];
    if (files.filter((f) => f === '-').length > 1)
      throw new UsageError('Only one of the files can be standard input (-).', this.name);

    const framework = await loadFramework(io, frameworkFile);
    const locale = localeOption(args, 'locale', this.name) ?? framework.defaultLocale;
    const instruments: Instrument[] = [];
    for (const file of instrumentFiles)
      instruments.push(
        await loadChecked(io, file, 'instrument (schema instrument/v1)', (v) =>
          parseInstrument(v, framework),
        ),
      );
    const programme =
      programmeFile === undefined
        ? undefined
        : await loadChecked<Programme>(
            io,
            programmeFile,
            'programme (schema programme/v1)',
            (v) => {
              const checked = validateWithLimits(validateProgramme, v, DEFAULT_LIMITS);
              return checked.ok ? checked : { ok: false, issues: checked.issues };
            },
          );
    const catalogue =
      catalogueFile === undefined
        ? undefined
        : await loadChecked<Catalogue>(
            io,
            catalogueFile,
            'catalogue (schema catalogue/v1)',
            (v) => {
              const checked = validateWithLimits(validateCatalogue, v, DEFAULT_LIMITS);
              return checked.ok ? checked : { ok: false, issues: checked.issues };
            },
          );
    const studyFile = args.positionals[0]!;
    const study = await loadChecked(io, studyFile, 'needs study (schema needs-study/v1)', (v) =>
      parseNeedsStudy(v, { framework, instruments }),
    );
    const built = buildNeedsReport(study, framework, locale, {
      instruments,
      ...(minGroupSize !== undefined && { minGroupSize }),
      ...(programme && catalogue && { programme, modules: catalogue.modules }),
    });
    const text =
      format === 'json'
        ? `${JSON.stringify(built, null, 2)}\n`
        : format === 'html'
          ? renderNeedsReportHtml(built)
          : format === 'csv'
            ? renderNeedsReportCsv(built)
            : renderNeedsReportMarkdown(built);
    const output = stringOption(args, 'output');
    await writeOutput(io, output, text);
    if (output !== undefined && output !== '-')
      io.stderr.write(
        `Wrote ${shownPath(io, output)}: the needs report of ${shownPath(io, studyFile)} in ${locale} (${format}), ${built.priorities.length} priorities.\n`,
      );
    return 0;
  },
};
