import { DIMENSIONS, type Framework, type LocalizedText } from '@competence-kit/schemas';
import { competencesByDomain, localize, translationCoverage } from '@competence-kit/model';
import { localeOption, type Command } from '../command.js';
import { WIDTH, bar, displayWidth, pad, percent, truncate, wrap, type Style } from '../format.js';
import { InputError } from '../io.js';
import { SAMPLE_PATH, findSample, loadFramework, shownPath } from '../load.js';

type Text = (text: LocalizedText | undefined) => string;

function heading(style: Style, title: string, note = ''): string {
  return `\n${style.bold(title)}${note ? ` ${style.dim(note)}` : ''}\n`;
}

/** Joins parts with `separator`, breaking lines between parts only. */
function joinWrapped(parts: string[], separator: string, width: number): string {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines[lines.length - 1];
    if (last !== undefined && displayWidth(last + separator + part) <= width) {
      lines[lines.length - 1] = last + separator + part;
    } else lines.push(part);
  }
  return lines.join('\n');
}

function header(fw: Framework, t: Text, locale: string, style: Style): string {
  const facts = [
    `version ${fw.version}`,
    fw.license ? `licence ${fw.license}` : 'no licence stated',
    `locales ${fw.locales.join(', ')} (default ${fw.defaultLocale})`,
  ];
  if (locale !== fw.defaultLocale) facts.push(`shown in ${locale} where translated`);
  const lines = [style.bold(wrap(t(fw.title), WIDTH)), fw.id, joinWrapped(facts, ' · ', WIDTH)];
  if (fw.extends) lines.push(`extends ${fw.extends.id} ${fw.extends.version}`);
  return `${lines.join('\n')}\n`;
}

/** Domains with their competences, numbered for the role-profile table. */
function competences(fw: Framework, t: Text, style: Style): string {
  const numberWidth = String(fw.competences.length).length;
  const dimensionWidth = Math.max(...DIMENSIONS.map((d) => d.length));
  const room = WIDTH - 4 - numberWidth - 2 - 2 - 2 - dimensionWidth;
  const idWidth = Math.min(29, Math.max(...fw.competences.map((c) => c.id.length)));
  const titleWidth = room - idWidth;
  let out = heading(
    style,
    'Domains and competences',
    `(${fw.domains.length} domains, ${fw.competences.length} competences)`,
  );
  for (const domain of fw.domains) {
    const members = competencesByDomain(fw, domain.id);
    out += `  ${style.bold(truncate(t(domain.title), WIDTH - 8))} ${style.dim(`(${members.length})`)}\n`;
    for (const c of members) {
      const n = String(fw.competences.indexOf(c) + 1).padStart(numberWidth);
      out += `    ${n}  ${style.dim(pad(c.id, idWidth))}  ${pad(t(c.title), titleWidth)}  ${c.dimension}\n`;
    }
  }
  const counts = DIMENSIONS.map(
    (d) => `${d} ${fw.competences.filter((c) => c.dimension === d).length}`,
  );
  out += heading(style, 'By dimension') + `  ${counts.join(' · ')}\n`;
  return out;
}

function levels(fw: Framework, t: Text, style: Style): string {
  let out = heading(style, 'Proficiency levels', '(lowest first)');
  const titles = fw.scale.levels.map((l) => t(l.title));
  const titleWidth = Math.min(20, Math.max(...titles.map(displayWidth)));
  fw.scale.levels.forEach((level, i) => {
    const start = `  ${i + 1}  ${pad(titles[i]!, titleWidth)}  `;
    const description = truncate(t(level.description), WIDTH - displayWidth(start));
    out += `${start}${style.dim(description)}`.trimEnd() + '\n';
  });
  return out;
}

/** One row per role profile: the target level (its position on the scale) per competence. */
function roles(fw: Framework, t: Text, style: Style): string {
  const profiles = fw.roleProfiles ?? [];
  if (profiles.length === 0) return heading(style, 'Role profiles') + '  none\n';
  const position = new Map(fw.scale.levels.map((l, i) => [l.id, i + 1]));
  const n = fw.competences.length;
  const cell = 2 + 1 + n * 3 + 12 <= WIDTH ? 3 : 2;
  const longest = Math.max(...profiles.map((p) => displayWidth(t(p.title))));
  const nameWidth = Math.max(12, Math.min(longest, 30, WIDTH - 3 - n * cell));
  const perBlock = Math.floor((WIDTH - 3 - nameWidth) / cell);
  const legend = fw.scale.levels.map((l, i) => `${i + 1} ${t(l.title)}`).join(', ');
  let out = heading(style, 'Role profiles', '(target level per competence, numbered as above)');
  out += `${wrap(`levels: ${legend}; · no target`, WIDTH, '  ')}\n`;
  for (let from = 0; from < fw.competences.length; from += perBlock) {
    if (from > 0) out += '\n';
    const block = fw.competences.slice(from, from + perBlock);
    const numbers = block.map((_, i) => String(from + i + 1));
    const digits = Math.max(...numbers.map((n) => n.length));
    // Competence numbers stand vertically, one digit per line, so two-digit numbers fit a cell.
    for (let d = 0; d < digits; d++) {
      const row = numbers.map((n) => (n.padStart(digits)[d] ?? ' ').padStart(cell)).join('');
      out += style.dim(`  ${' '.repeat(nameWidth)} ${row}`.trimEnd()) + '\n';
    }
    for (const profile of profiles) {
      const row = block
        .map((c) => {
          const level = profile.targets[c.id];
          return (level ? String(position.get(level) ?? '?') : '·').padStart(cell);
        })
        .join('');
      out += `  ${pad(t(profile.title), nameWidth)} ${row}\n`;
    }
  }
  return out;
}

function mappings(fw: Framework, style: Style): string {
  const list = fw.mappings ?? [];
  const bySchema = new Map<string, number>();
  for (const m of list) bySchema.set(m.scheme, (bySchema.get(m.scheme) ?? 0) + 1);
  let out = heading(style, 'Mappings', `(${list.length})`);
  if (list.length === 0) return `${out}  none\n`;
  const countWidth = Math.max(...[...bySchema.values()].map((n) => String(n).length));
  for (const [scheme, count] of bySchema) {
    const shown = scheme.replace(/^https?:\/\/(www\.)?/, '');
    out += `  ${String(count).padStart(countWidth)}  ${truncate(shown, WIDTH - 4 - countWidth)}\n`;
  }
  return out;
}

function coverage(fw: Framework, locale: string, style: Style): string {
  const rows = translationCoverage(fw, { locales: [locale] });
  const total = rows[0]?.total ?? 0;
  const localeWidth = Math.max(...rows.map((r) => r.locale.length));
  let out = heading(style, 'Translation coverage', `(${total} texts)`);
  for (const row of rows) {
    const p = percent(row.ratio);
    const paint = p === 100 ? style.green : row.required ? style.red : style.yellow;
    const counts = `${String(row.translated).padStart(String(total).length)}/${total}`;
    out += `  ${row.locale.padEnd(localeWidth)}  ${(row.required ? 'required' : '').padEnd(8)}  ${paint(bar(row.ratio, 30))}  ${String(p).padStart(3)} %  ${counts}\n`;
  }
  return out;
}

/** The text of the summary of a framework, laid out for an 80-column terminal. */
export function formatSummary(fw: Framework, locale: string, style: Style): string {
  const t: Text = (text) =>
    text ? localize(text, locale, { defaultLocale: fw.defaultLocale }) : '';
  return [
    header(fw, t, locale, style),
    competences(fw, t, style),
    levels(fw, t, style),
    roles(fw, t, style),
    mappings(fw, style),
    coverage(fw, locale, style),
  ].join('');
}

/** `competence-kit summary`: what a framework holds, for a person reading a terminal. */
export const summary: Command = {
  name: 'summary',
  summary: 'print a readable summary of a framework',
  help: `Usage: competence-kit summary [file] [--locale <tag>]

Loads a framework, validates it and prints its title, id, version and licence; its domains
and competences (id, title, dimension); the proficiency levels; the role profiles with their
target levels; the mappings by scheme; and the translation coverage of every locale.

Without a file, it shows the repository's sample framework (${SAMPLE_PATH})
when run inside the repository. Use - to read the framework from standard input.

Options:
  --locale <tag>  language of the texts (default: the framework's default locale); a text
                  missing in it falls back to the default locale
  -h, --help      show this help

Exit codes: 0 shown, 1 the file cannot be read or is not a valid framework, 2 wrong usage.

Example:
  competence-kit summary framework.json --locale de
`,
  options: { locale: { type: 'string' } },
  positionals: { min: 0, max: 1 },
  async run(args, { io, style }) {
    const locale = localeOption(args, 'locale', 'summary');
    let file = args.positionals[0];
    if (file === undefined) {
      const found = await findSample(io);
      if (!found) {
        throw new InputError(
          `No framework file given, and no sample framework (${SAMPLE_PATH}) in this folder or above. Give one: competence-kit summary framework.json`,
        );
      }
      file = found;
    }
    const fw = await loadFramework(io, file);
    io.stdout.write(formatSummary(fw, locale ?? fw.defaultLocale, style));
    if (args.positionals[0] === undefined) {
      io.stdout.write(
        style.dim(`\n(${shownPath(io, file)}; try: competence-kit summary <file>)\n`),
      );
    }
    return 0;
  },
};
