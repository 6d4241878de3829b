// Finds every README of the repository and splits it into fenced code blocks. Shared by the
// extraction of the runnable examples and by the checks of the other blocks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');

/** The READMEs whose code blocks are tested, as paths relative to the repository root. */
export function readmes() {
  const found = ['README.md', 'schemas/README.md', 'bench/README.md'];
  for (const dir of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, dir)).sort()) {
      found.push(`${dir}/${name}/README.md`);
    }
  }
  return found.filter((path) => existsSync(join(root, path)));
}

const SKIP = /^<!--\s*readme-test:\s*skip\b\s*(.*?)\s*-->$/;

/**
 * The fenced blocks of one README: `{ readme, lang, line, code, skip }`, where `line` is the
 * 1-based line of the opening fence and `skip` the reason given by a
 * `<!-- readme-test: skip <reason> -->` comment on the line before the fence (blank lines
 * between allowed), or undefined.
 */
export function blocks(readme) {
  const lines = readFileSync(join(root, readme), 'utf8').split('\n');
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})([\w-]*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const [, fence, lang] = open;
    const start = i;
    const code = [];
    for (i++; i < lines.length && !lines[i].startsWith(fence); i++) code.push(lines[i]);
    if (i >= lines.length)
      throw new Error(`${readme}:${start + 1}: code block is never closed (expected ${fence})`);
    let before = start - 1;
    while (before >= 0 && lines[before].trim() === '') before--;
    const marker = before >= 0 ? SKIP.exec(lines[before].trim()) : null;
    if (marker && !marker[1])
      throw new Error(`${readme}:${before + 1}: a readme-test skip marker must give its reason`);
    found.push({
      readme,
      lang: lang.toLowerCase(),
      line: start + 1,
      code: code.join('\n'),
      skip: marker ? marker[1] : undefined,
    });
  }
  return found;
}

export const relativeToRoot = (path) => relative(root, path);
