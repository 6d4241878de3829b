import type { Issue } from '@competence-kit/schemas';
import type { CliIo, Output } from './io.js';

/** The width the text output is laid out for. */
export const WIDTH = 80;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
// East Asian wide and fullwidth characters and emoji take two terminal cells.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|\p{Extended_Pictographic}/u;
// Marks, format characters (bidi controls, zero-width joiners) and controls take none.
const INVISIBLE = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]+$/u;

/** The number of terminal cells a text takes (an approximation good for labels). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of segmenter.segment(text)) {
    if (INVISIBLE.test(segment)) continue;
    width += WIDE.test(segment) ? 2 : 1;
  }
  return width;
}

/** Cuts a text to at most `width` cells, ending with `…` when cut. */
export function truncate(text: string, width: number): string {
  const oneLine = text.replace(/\s+/g, ' ');
  if (displayWidth(oneLine) <= width) return oneLine;
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(oneLine)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** Pads (or cuts) a text to exactly `width` cells. */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const cut = truncate(text, width);
  const fill = ' '.repeat(Math.max(0, width - displayWidth(cut)));
  return align === 'left' ? cut + fill : fill + cut;
}

/** A bar of `width` cells, filled in proportion to `ratio` (rounded down: full means all). */
export function bar(ratio: number, width: number): string {
  const filled = Math.floor(Math.min(1, Math.max(0, ratio)) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** A share as a whole percentage, rounded down, so that 100 % means complete. */
export function percent(ratio: number): number {
  return Math.floor(ratio * 100 + 1e-9);
}

/** ANSI styles, or plain text when colours are off. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
}

const ansi = (open: number, close: number) => (text: string) =>
  `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

/**
 * Colours only on an interactive terminal that is not `TERM=dumb`, and only while `NO_COLOR`
 * is unset (stricter than https://no-color.org, which ignores an empty `NO_COLOR`).
 */
export function styleFor(output: Output, env: CliIo['env']): Style {
  const on = output.isTTY === true && env.NO_COLOR === undefined && env.TERM !== 'dumb';
  return on
    ? {
        bold: ansi(1, 22),
        dim: ansi(2, 22),
        red: ansi(31, 39),
        green: ansi(32, 39),
        yellow: ansi(33, 39),
      }
    : { bold: plain, dim: plain, red: plain, green: plain, yellow: plain };
}

/** Issues as aligned lines `path  code  message`, each indented by `indent`. */
export function formatIssues(issues: readonly Issue[], indent = '  '): string {
  const shown = (i: Issue) => i.path || '(document)';
  const pathWidth = Math.min(40, Math.max(...issues.map((i) => shown(i).length), 1));
  const codeWidth = Math.max(...issues.map((i) => i.code.length), 1);
  return issues
    .map((i) => `${indent}${shown(i).padEnd(pathWidth)}  ${i.code.padEnd(codeWidth)}  ${i.message}`)
    .join('\n');
}

/** Wraps a text at spaces to lines of at most `width` cells, each prefixed with `indent`. */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && displayWidth(indent + candidate) > width) {
      lines.push(indent + current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(indent + current);
  return lines.join('\n');
}
