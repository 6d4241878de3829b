import { extendFramework } from '@competence-kit/model';
import { stringOption, type Command } from '../command.js';
import { formatIssues } from '../format.js';
import { InputError } from '../io.js';
import { loadFramework, readJson, shownPath } from '../load.js';
import { frameworkJson, writeOutput } from '../output.js';

/** `competence-kit extend`: a city's extension applied to a base framework. */
export const extend: Command = {
  name: 'extend',
  summary: "apply a city's extension to a framework and write the result",
  help: `Usage: competence-kit extend <base.json> <extension.json> [-o <out.json>]

Applies an extension (schema framework-extension/v1: add, modify, remove) to the base
framework and writes the city's framework, which records the base it extends. Issues of the
extension are listed with JSON pointers into the extension; issues of the result are marked
"In the extended framework". Nothing is written when there are issues.

Options:
  -o, --output <file>  where to write the result (default: standard output)
  -h, --help           show this help

Exit codes: 0 written, 1 a file cannot be read or the extension does not apply, 2 wrong usage.

Example:
  competence-kit extend framework.json offenbach.json -o offenbach-framework.json
`,
  options: { output: { type: 'string', short: 'o' } },
  positionals: { min: 2, max: 2 },
  async run(args, { io }) {
    const [baseFile, extensionFile] = args.positionals as [string, string];
    const base = await loadFramework(io, baseFile, 'base framework');
    const extension = await readJson(io, extensionFile);
    const shown = shownPath(io, extensionFile);
    if (!extension.ok) throw new InputError(`${shown}: ${extension.issue.message}`);
    const result = extendFramework(base, extension.value);
    if (!result.ok) {
      throw new InputError(
        `${shown} cannot be applied to ${shownPath(io, baseFile)}; ${result.issues.length} issue(s):`,
        [formatIssues(result.issues)],
      );
    }
    const output = stringOption(args, 'output');
    await writeOutput(io, output, frameworkJson(result.value));
    if (output !== undefined && output !== '-') {
      const fw = result.value;
      io.stderr.write(
        `Wrote ${shownPath(io, output)}: ${fw.id} ${fw.version}, extending ${base.id} ${base.version}, with ${fw.competences.length} competences.\n`,
      );
    }
    return 0;
  },
};
