import { translationCoverage } from '@competence-kit/model';
import type { Framework } from '@competence-kit/schemas';
import { localeOption, stringOption, type Args, type Command } from '../command.js';
import { percent } from '../format.js';
import { InputError, UsageError } from '../io.js';
import { loadFramework, readText, shownPath } from '../load.js';
import { frameworkJson, writeOutput } from '../output.js';
import { importTranslations } from '../translation-import.js';
import { exportTranslations } from '../translations.js';

function requiredLocale(args: Args, command: string): string {
  const locale = localeOption(args, 'locale', command);
  if (locale === undefined) {
    throw new UsageError('--locale <tag> is required: the language to translate into.', command);
  }
  return locale;
}

function coverageOf(fw: Framework, locale: string) {
  return translationCoverage(fw, { locales: [locale] }).find((c) => c.locale === locale)!;
}

const CSV_FORMAT = `The CSV has the columns id,path,source,translation: a readable id of the text, its JSON
pointer in the framework, the text in the source language, and the translation (empty when
missing). It is RFC 4180, UTF-8 with a byte order mark, CRLF line breaks. A text that a
spreadsheet would run as a formula (starting with =, +, -, @, a tab or their full-width forms)
is written with a leading ' so that it stays text; import takes exactly that ' away again.`;

/** `competence-kit translations export`: a translation CSV for one target language. */
export const translationsExport: Command = {
  name: 'translations export',
  summary: 'write a CSV of every text for translators of one language',
  help: `Usage: competence-kit translations export <framework.json> --locale <tag> [--source <tag>] [-o <file.csv>]

Writes every text of the framework as a CSV for translating into --locale.

${CSV_FORMAT}

Options:
  --locale <tag>       the language to translate into, such as uk or ar (required)
  --source <tag>       the language to translate from (default: the framework's default locale;
                       a text missing in it is given in the default locale)
  -o, --output <file>  where to write the CSV (default: standard output)
  -h, --help           show this help

Exit codes: 0 written, 1 the framework cannot be read or is not valid, 2 wrong usage.

Example:
  competence-kit translations export framework.json --locale uk -o uk.csv
`,
  options: {
    locale: { type: 'string' },
    source: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  positionals: { min: 1, max: 1 },
  async run(args, { io }) {
    const locale = requiredLocale(args, this.name);
    const source = localeOption(args, 'source', this.name);
    const fw = await loadFramework(io, args.positionals[0]!);
    const output = stringOption(args, 'output');
    await writeOutput(io, output, exportTranslations(fw, locale, source ? { source } : {}));
    if (output !== undefined && output !== '-') {
      const c = coverageOf(fw, locale);
      io.stderr.write(
        `Wrote ${shownPath(io, output)}: ${c.total} texts, ${c.translated} already in ${locale}, ${c.total - c.translated} to translate.\n`,
      );
    }
    return 0;
  },
};

/** `competence-kit translations import`: a translated CSV written back into the framework. */
export const translationsImport: Command = {
  name: 'translations import',
  summary: 'write the translations of a CSV into the framework',
  help: `Usage: competence-kit translations import <framework.json> <file.csv> --locale <tag> [--source <tag>] [-o <out.json>]

Reads a CSV made by "translations export" (and edited in a spreadsheet) and writes its
translations into the framework for --locale.

- A filled translation cell sets the text; an empty cell leaves it as it is. Nothing is deleted.
- Errors, each with its CSV line: a malformed CSV (an unclosed quote, a row without 4 columns),
  a missing or wrong header, a path that is not a text of the framework, a path that appears
  twice, an id that does not match its path. When there is any error nothing is written.
- A warning, when the source text has changed since the export: the translation is still
  applied, but check that it fits the new source.
- The result must pass validation like any framework.

${CSV_FORMAT}
A CSV saved with ; or tab separators (as some spreadsheet programs do) is read too.

Options:
  --locale <tag>       the language of the translations (required)
  --source <tag>       the language the CSV was exported from (default: the default locale)
  -o, --output <file>  where to write the framework (default: standard output)
  -h, --help           show this help

Exit codes: 0 written (perhaps with warnings), 1 errors (nothing written), 2 wrong usage.

Example:
  competence-kit translations import framework.json uk.csv --locale uk -o framework.json
`,
  options: {
    locale: { type: 'string' },
    source: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  positionals: { min: 2, max: 2 },
  async run(args, { io, errStyle }) {
    const locale = requiredLocale(args, this.name);
    const source = localeOption(args, 'source', this.name);
    const [frameworkFile, csvFile] = args.positionals as [string, string];
    if (frameworkFile === '-' && csvFile === '-') {
      throw new UsageError('Only one of the two files can be standard input (-).', this.name);
    }
    const fw = await loadFramework(io, frameworkFile);
    const csv = await readText(io, csvFile);
    const csvShown = shownPath(io, csvFile);
    if (!csv.ok) throw new InputError(`${csvShown}: ${csv.issue.message}`);

    const result = importTranslations(fw, csv.value, locale, source ? { source } : {});
    for (const issue of result.issues) {
      const at = `${csvShown}:${issue.line}${issue.column ? `:${issue.column}` : ''}`;
      const severity =
        issue.severity === 'error' ? errStyle.red('error  ') : errStyle.yellow('warning');
      io.stderr.write(`${at}  ${severity}  ${issue.code}  ${issue.message}\n`);
    }
    const errors = result.issues.filter((i) => i.severity === 'error').length;
    const counts = `${result.applied} translation(s) applied, ${result.unchanged} unchanged, ${result.empty} empty cell(s) left as they were`;
    if (errors > 0) {
      io.stderr.write(
        `${errStyle.red(`${errors} error(s); nothing was written.`)} Fix the rows above and import again (${counts.replace('applied', 'would be applied')}).\n`,
      );
      return 1;
    }
    const output = stringOption(args, 'output');
    await writeOutput(io, output, frameworkJson(result.framework));
    const before = coverageOf(fw, locale);
    const after = coverageOf(result.framework, locale);
    const where = output !== undefined && output !== '-' ? `Wrote ${shownPath(io, output)}: ` : '';
    io.stderr.write(
      `${where}${counts}. ${locale} now covers ${percent(after.ratio)} % of ${after.total} texts (before: ${percent(before.ratio)} %).\n`,
    );
    if (after.missing.length === 0 && !result.framework.locales.includes(locale)) {
      io.stderr.write(
        `Every text is now in ${locale}; add it to "locales" to make it a required language.\n`,
      );
    }
    return 0;
  },
};
