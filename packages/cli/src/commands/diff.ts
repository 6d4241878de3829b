import type { Framework } from '@competence-kit/schemas';
import type { FrameworkChange, FrameworkDiff } from '@competence-kit/model';
import { diffFrameworks } from '@competence-kit/model';
import inc from 'semver/functions/inc.js';
import type { Command } from '../command.js';
import type { Style } from '../format.js';
import { loadFramework, shownPath } from '../load.js';

/** The lowest next version of `a` that `diffFrameworks` accepts for these changes. */
export function suggestVersion(a: Framework, b: Framework): string | undefined {
  for (const step of ['patch', 'minor', 'major'] as const) {
    const candidate = inc(a.version, step);
    if (candidate && diffFrameworks(a, { ...b, version: candidate }).versionSufficient) {
      return candidate;
    }
  }
  return undefined;
}

function group(title: string, changes: FrameworkChange[], style: Style): string {
  if (changes.length === 0) return '';
  const paint = { major: style.red, minor: style.yellow, patch: style.dim };
  const order = { major: 0, minor: 1, patch: 2 };
  const sorted = [...changes].sort((x, y) => order[x.impact] - order[y.impact]);
  const lines = sorted.map((c) => `  ${paint[c.impact](c.impact.padEnd(5))}  ${c.description}`);
  return `\n${style.bold(`${title} (${changes.length})`)}\n${lines.join('\n')}\n`;
}

function formatDiff(a: Framework, b: Framework, d: FrameworkDiff, style: Style): string {
  let out = `${style.bold(`Changes from ${a.version} to ${b.version}`)}\n`;
  if (a.id !== b.id) out += `${a.id}\n  → ${b.id}\n`;
  else out += `${a.id}\n`;
  if (d.changes.length === 0) out += '\nNo changes.\n';
  out += group('Added', d.added, style);
  out += group('Removed', d.removed, style);
  out += group('Changed', d.changed, style);
  out += `\nRequired bump: ${d.bump}\nDeclared bump: ${d.declaredBump} (${a.version} → ${b.version})\n`;
  if (d.versionSufficient) {
    out += `${style.green('✓')} The version is sufficient.\n`;
  } else {
    const next = suggestVersion(a, b);
    out += `${style.red('✗')} The version is not sufficient: these changes need a ${d.bump} release${next ? `; use ${next} or higher` : ''}.\n`;
  }
  return out;
}

/** `competence-kit diff`: the changes between two versions and whether the version bump suffices. */
export const diff: Command = {
  name: 'diff',
  summary: 'compare two versions of a framework and check the version bump',
  help: `Usage: competence-kit diff <a.json> <b.json> [--json]

Compares the framework in a.json (the published version) with the one in b.json (the new
version): what was added, removed and changed, the impact of each change, the semver bump the
changes require and the bump b.json declares. Removing or re-scaling is major, adding is minor,
rewording or translating is a patch; before 1.0.0 a minor release may carry breaking changes.

Options:
  --json      print the diff as JSON (changes, added, removed, changed, bump, declaredBump,
              versionSufficient, suggestedVersion)
  -h, --help  show this help

Exit codes: 0 the version of b.json is sufficient, 1 it is not (or a file is not a valid
framework), 2 wrong usage. Run it in CI to stop a release with too small a version bump.

Example:
  competence-kit diff published/framework.json framework.json
`,
  options: { json: { type: 'boolean' } },
  positionals: { min: 2, max: 2 },
  async run(args, { io, style }) {
    const [fileA, fileB] = args.positionals as [string, string];
    const a = await loadFramework(io, fileA);
    const b = await loadFramework(io, fileB);
    const d = diffFrameworks(a, b);
    if (args.values.json === true) {
      const output = {
        from: { file: shownPath(io, fileA), id: a.id, version: a.version },
        to: { file: shownPath(io, fileB), id: b.id, version: b.version },
        ...d,
        suggestedVersion: d.versionSufficient ? b.version : (suggestVersion(a, b) ?? null),
      };
      io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    } else {
      io.stdout.write(formatDiff(a, b, d, style));
    }
    return d.versionSufficient ? 0 : 1;
  },
};
